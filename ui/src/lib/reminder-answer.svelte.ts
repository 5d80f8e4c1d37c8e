// How one reminder is answered, wherever it shows: a banner while the window
// is open (Do it now, Snooze, Skip) or an item of the catch-up after the app
// was closed (Do it now, Later today, Skip). The buttons differ; the rules do
// not: one answer at a time, the error of the last one shown beside it, one
// panel open at once, and closing a panel puts focus back on its button.
import { tick } from 'svelte';
import type { ApiError, ReminderAnswer } from './ipc';

export class ReminderAnswering<Panel extends string> {
  /** The panel open below the buttons, if any. */
  open = $state<Panel | null>(null);
  /** What went wrong with the last answer given here. */
  problem = $state<ApiError | null>(null);
  /** The button that opens each panel, for focus to return to. */
  buttons: Partial<Record<Panel, HTMLButtonElement>> = {};
  #busy = false;
  #record: () => (answer: ReminderAnswer) => Promise<ApiError | null>;

  /** `record` gives the caller's current answer handler, which resolves to
   * null once recorded, or to the error to show. */
  constructor(record: () => (answer: ReminderAnswer) => Promise<ApiError | null>) {
    this.#record = record;
  }

  /** Records `answer` unless one is already on its way; resolves to its
   * error, for a panel that shows errors itself. */
  async send(answer: ReminderAnswer): Promise<ApiError | null> {
    if (this.#busy) return null;
    this.#busy = true;
    try {
      return await this.#record()(answer);
    } finally {
      this.#busy = false;
    }
  }

  /** Records `answer` and shows its error beside the buttons. */
  async give(answer: ReminderAnswer): Promise<void> {
    this.problem = null;
    this.problem = await this.send(answer);
  }

  toggle(panel: Panel): void {
    this.problem = null;
    this.open = this.open === panel ? null : panel;
  }

  /** Closes the open panel and puts focus back on the button that opened it. */
  async close(): Promise<void> {
    const button = this.open === null ? undefined : this.buttons[this.open];
    this.open = null;
    await tick();
    button?.focus();
  }
}
