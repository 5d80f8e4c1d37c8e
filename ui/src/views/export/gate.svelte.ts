// One native file window at a time. While Rust shows a Save or Open window,
// every Export button that would open another is marked busy and ignores
// clicks, so a double click never opens two.
export class DialogGate {
  /** Which action has a window open, or null. */
  open = $state<string | null>(null);

  /** Runs `task` unless a window is already open (then does nothing). */
  async run(what: string, task: () => Promise<void>): Promise<void> {
    if (this.open) return;
    this.open = what;
    try {
      await task();
    } finally {
      this.open = null;
    }
  }
}
