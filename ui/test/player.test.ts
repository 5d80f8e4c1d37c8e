// The guided session: lib/player.ts as plain logic with a pinned clock, then
// the Player view driven by keyboard against the fake journal.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../src/lib/ipc/bindings/Exercise';
import type { PlanItem } from '../src/lib/ipc/bindings/PlanItem';
import type { SessionDraft } from '../src/lib/ipc/bindings/SessionDraft';
import type { SessionRecord } from '../src/lib/ipc/bindings/SessionRecord';
import { sessionCounts } from '../src/lib/sessions';
import * as P from '../src/lib/player';
import Player from '../src/views/routine/Player.svelte';
import { fakeJournal, LIBRARY } from './fake-journal';
import { chosenPain, painOption } from './helpers';

const T0 = Date.parse('2026-03-03T09:00:00Z');

const item = (id: string, dose: PlanItem['dose']): PlanItem => ({
  exercise: { kind: 'library', id },
  dose,
  daysPerWeek: 5,
  timesPerDay: 1,
});

const REPS = item('cat-camel', { kind: 'reps', sets: 2, reps: 2 });
const HOLD = item('pelvic-tilt', { kind: 'hold', sets: 1, reps: 2, seconds: 5 });
const SKIPPED = item('knee-rolls', { kind: 'hold', sets: 1, reps: 3, seconds: 5 });
const WALK = item('walking', { kind: 'minutes', minutes: 10 });
const CUSTOM: PlanItem = {
  exercise: { kind: 'custom', name: 'Calf raises', steps: ['Stand by a wall.', 'Rise onto your toes.'], keyPoints: [] },
  dose: { kind: 'reps', sets: 1, reps: 1 },
  daysPerWeek: 3,
  timesPerDay: 1,
};

describe('lib/player: timers from the wall clock', () => {
  it('counts a hold down from timestamps and records it when the deadline passes', () => {
    let s = P.startHold(P.start([HOLD], T0), T0);
    expect(s.step.kind).toBe('hold');
    const timer = (s.step as { timer: P.Timer }).timer;
    const check = (at: number, left: number) => expect(P.secondsLeft(timer, T0 + at)).toBe(left);
    check(0, 5);
    check(1, 5);
    check(1200, 4);
    check(4001, 1);
    check(5000, 0);
    expect(P.tick(s, T0 + 4999)).toBe(s);
    s = P.tick(s, T0 + 5000);
    expect(s.step.kind).toBe('ready');
    expect(s.progress[0]).toEqual({ setsDone: 0, repsDone: [1], holdSeconds: [5] });
  });

  it('ends a hold early with the whole seconds held', () => {
    let s = P.startHold(P.start([HOLD], T0), T0);
    s = P.endHold(s, T0 + 2400);
    expect(s.progress[0].holdSeconds).toEqual([2]);
    expect(P.cue(P.startHold(P.start([HOLD], T0), T0), s)).toEqual({ kind: 'relax', done: 1, of: 2 });
  });

  it('keeps the time left while paused, and counts on from it after resuming', () => {
    let s = P.startHold(P.start([HOLD], T0), T0);
    s = P.pause(s, T0 + 2000);
    const left = () => P.leftMs((s.step as { timer: P.Timer }).timer, T0 + 600_000);
    expect(left()).toBe(3000);
    // Ten minutes paused: the hold neither ends nor moves.
    expect(P.tick(s, T0 + 600_000)).toBe(s);
    expect(P.startHold(s, T0)).toBe(s);
    s = P.resume(s, T0 + 600_000);
    expect(P.secondsLeft((s.step as { timer: P.Timer }).timer, T0 + 601_000)).toBe(2);
    s = P.tick(s, T0 + 603_000);
    expect(s.progress[0].holdSeconds).toEqual([5]);
  });

  it('shows the right time after a long gap without ticks (a hidden window)', () => {
    let s = P.rep(P.rep(P.start([REPS], T0), T0), T0 + 1000);
    expect(s.step.kind).toBe('rest');
    // Hidden for 12 seconds: no ticks at all, then one render.
    expect(P.secondsLeft((s.step as { timer: P.Timer }).timer, T0 + 13_000)).toBe(P.REST_SECONDS - 12);
    // Hidden for ten minutes: the rest is over at the first tick.
    const woken = P.tick(s, T0 + 601_000);
    expect(woken.step.kind).toBe('ready');
    expect(P.setNumber(woken)).toBe(2);
    // A hold that ended while hidden is recorded at its full length, once.
    s = P.startHold(P.start([HOLD], T0), T0);
    s = P.tick(s, T0 + 3_600_000);
    expect(s.progress[0].holdSeconds).toEqual([5]);
    expect(P.tick(s, T0 + 3_700_000)).toBe(s);
  });
});

describe('lib/player: sets, rests and skips', () => {
  it('goes rep, rep, rest, set 2, rep, rep, done', () => {
    const states = [P.start([REPS, HOLD], T0)];
    const step = (f: (s: P.PlayerState) => P.PlayerState) => states.push(f(states[states.length - 1]));
    step((s) => P.rep(s, T0));
    step((s) => P.rep(s, T0 + 1000));
    step((s) => P.skipRest(s));
    step((s) => P.rep(s, T0 + 3000));
    step((s) => P.rep(s, T0 + 4000));
    const cues = states.slice(1).map((s, i) => P.cue(states[i], s));
    expect(cues).toEqual([
      null,
      { kind: 'rest', seconds: 30 },
      { kind: 'set', set: 2, sets: 2 },
      null,
      // Done: a rest, then the next exercise by itself.
      { kind: 'done-rest', seconds: 30, next: 1 },
    ]);
    const last = states[states.length - 1];
    expect(last.progress[0]).toEqual({ setsDone: 2, repsDone: [2, 2], holdSeconds: [] });
    expect(last.step).toMatchObject({ kind: 'rest', next: true });
    // Nothing more counts once the exercise is done.
    expect(P.rep(last, T0 + 5000)).toBe(last);
    // The rest ends (or is skipped) and the next exercise is on show.
    expect(P.tick(last, T0 + 4000 + 29_999).index).toBe(0);
    expect(P.tick(last, T0 + 4000 + 30_000).index).toBe(1);
    expect(P.skipRest(last).index).toBe(1);
    expect(P.next(last).index).toBe(1);
    // Back again: complete.
    expect(P.previous(P.next(last)).step.kind).toBe('complete');
  });

  it('stays on the last exercise once it is done, the end one press away', () => {
    let s = P.start([HOLD], T0);
    for (let i = 0; i < 2; i++) s = P.endHold(P.startHold(s, T0), T0 + 5000);
    expect(s.step.kind).toBe('complete');
    expect(s.index).toBe(0);
    expect(P.atEnd(P.next(s))).toBe(true);
  });

  it('records a skip with its reason, drops what was counted, and moves on', () => {
    const check = (reason: Parameters<typeof P.skip>[1], recorded: unknown) => {
      const s = P.skip(P.rep(P.start([REPS, WALK], T0), T0), reason);
      expect(s.index).toBe(1);
      expect(P.sessionExercises(s)[0]).toEqual({
        exercise: REPS.exercise,
        planned: REPS.dose,
        setsDone: 0,
        repsDone: [],
        holdSeconds: [],
        skipped: recorded,
      });
    };
    check({ reason: 'tooPainful' }, { reason: 'tooPainful' });
    check({ reason: 'noSpaceOrEquipment' }, { reason: 'noSpaceOrEquipment' });
    check({ reason: 'other', text: '  visitors came  ' }, { reason: 'other', text: 'visitors came' });
    check({ reason: 'other', text: '   ' }, { reason: 'other' });
  });

  it('marks minutes for a timed exercise, then rests and moves on', () => {
    const s = P.markMinutes(P.start([WALK], T0), 12, T0);
    expect(s.step.kind).toBe('complete');
    expect(P.sessionExercises(s)[0]).toMatchObject({ setsDone: 1, minutesDone: 12 });
    const first = P.markMinutes(P.start([WALK, HOLD], T0), 12, T0);
    expect(first.step).toMatchObject({ kind: 'rest', next: true });
    expect(P.tick(first, T0 + 30_000).index).toBe(1);
  });

  it('writes RFC 3339 with the local offset, to the second', () => {
    const date = new Date(2026, 10, 25, 9, 30, 7, 450);
    const text = P.toRfc3339(date);
    expect(text).toMatch(/^2026-11-25T09:30:07[+-]\d\d:\d\d$/);
    expect(Date.parse(text)).toBe(date.getTime() - 450);
    const offset = -date.getTimezoneOffset();
    const sign = offset >= 0 ? '+' : '-';
    const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
    const mm = String(Math.abs(offset) % 60).padStart(2, '0');
    expect(text.endsWith(`${sign}${hh}:${mm}`)).toBe(true);
  });

  it('leaves out pain and note when not given', () => {
    const s = P.start([WALK], T0);
    const draft = P.sessionDraft(s, { effort: 3, painBefore: null, note: '  ' }, T0 + 60_000);
    expect(Object.keys(draft).sort()).toEqual(['effort', 'exercises', 'finishedAt', 'startedAt']);
  });
});

describe('Player, by keyboard', () => {
  function setup() {
    const journal = fakeJournal();
    let clock = T0;
    const onfinish = vi.fn();
    const oncancel = vi.fn();
    const user = userEvent.setup();
    render(Player, {
      plan: { items: [REPS, HOLD, SKIPPED, WALK, CUSTOM] },
      library: LIBRARY as Exercise[],
      onfinish,
      oncancel,
      now: () => clock,
    });
    return {
      journal,
      user,
      onfinish,
      oncancel,
      advance: (ms: number) => (clock += ms),
      at: () => clock,
    };
  }

  async function heading(name: string) {
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name })).toHaveFocus());
  }

  async function tabTo(user: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
    for (let i = 0; i < 30; i += 1) {
      const el = document.activeElement;
      const text = (el as HTMLElement | null)?.textContent?.trim() ?? '';
      const label = (el as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '';
      if (typeof name === 'string' ? text === name || label === name : name.test(text) || name.test(label)) return;
      await user.tab();
    }
    throw new Error(`could not tab to ${name}`);
  }

  it('does a whole short session and saves exactly what was done', async () => {
    const { journal, user, onfinish, advance, at } = setup();
    const status = () => screen.getByRole('status');

    await heading('Cat–camel');
    expect(screen.getByText('Exercise 1 of 5')).toBeInTheDocument();
    expect(screen.getByText('2 sets of 2')).toBeInTheDocument();
    expect(screen.getByText('Kneel on your hands and knees, with your hands under your shoulders.')).toBeInTheDocument();
    expect(screen.getByText('Set 1 of 2')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('1 of 2 done')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(status()).toHaveTextContent('Rest 30 seconds');
    expect(screen.getByRole('button', { name: 'Skip the rest' })).toBeInTheDocument();
    // Space does not skip a rest; the clock ends it.
    await user.keyboard(' ');
    advance(31_000);
    await waitFor(() => expect(status()).toHaveTextContent('Set 2 of 2'));
    await user.keyboard('  ');
    expect(status()).toHaveTextContent('Exercise done');
    await user.keyboard('{ArrowRight}');

    await heading('Pelvic tilt');
    await user.keyboard(' ');
    expect(status()).toHaveTextContent('Hold, 5 seconds');
    advance(2_000);
    await waitFor(() => expect(screen.getByText('3 seconds left')).toBeInTheDocument());
    advance(3_000);
    await waitFor(() => expect(status()).toHaveTextContent('Relax. 1 of 2 holds done.'));
    await user.keyboard(' ');
    advance(2_000);
    await user.keyboard(' '); // ends the second hold early, at 2 seconds
    expect(status()).toHaveTextContent('Exercise done');
    // Back and forth keeps what was done.
    await user.keyboard('{ArrowLeft}');
    await heading('Cat–camel');
    await user.keyboard('{ArrowRight}');
    await heading('Pelvic tilt');
    await user.keyboard('{ArrowRight}');

    await heading('Knee rolls');
    await tabTo(user, 'Skip this exercise');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Skip this exercise' })).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('radio', { name: 'It is too painful today' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'No time today' })).toBeChecked();
    await tabTo(user, 'Skip it');
    await user.keyboard('{Enter}');

    await heading('Walking');
    await tabTo(user, 'Minutes you did');
    await user.keyboard('{Backspace}{Backspace}12');
    // Keys in a text field stay in the field.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('heading', { level: 1, name: 'Walking' })).toBeInTheDocument();
    await tabTo(user, 'Mark as done');
    await user.keyboard('{Enter}');
    expect(screen.getByText('You did 12 minutes.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');

    await heading('Calf raises');
    expect(screen.getByText('Rise onto your toes.')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Finish and rate the session' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');

    await heading('How did it go?');
    advance(60_000);
    await tabTo(user, 'Save session');
    await user.keyboard('{Enter}');
    expect(screen.getByText('Please choose how hard it felt, from 0 to 10.')).toBeInTheDocument();
    expect(screen.getByLabelText('How hard did it feel?')).toHaveFocus();
    expect(journal.callsTo('log_session')).toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('How hard did it feel?'), '4');
    await user.selectOptions(screen.getByLabelText('Pain before the session (optional)'), '5');
    await user.type(screen.getByLabelText('Note (optional)'), 'Felt looser after.');
    await tabTo(user, 'Save session');
    await user.keyboard('{Enter}');

    // Saved: the end offers the pain diary; Done moves on.
    await heading('Your session is saved.');
    await waitFor(() => expect(journal.callsTo('log_session')).toHaveLength(1));
    expect(onfinish).not.toHaveBeenCalled();
    await tabTo(user, 'Done');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onfinish).toHaveBeenCalledOnce());
    expect(journal.callsTo('log_pain')).toHaveLength(0);
    const [call] = journal.callsTo('log_session');
    const expected: SessionDraft = {
      startedAt: P.toRfc3339(new Date(T0)),
      finishedAt: P.toRfc3339(new Date(at())),
      exercises: [
        { exercise: REPS.exercise, planned: REPS.dose, setsDone: 2, repsDone: [2, 2], holdSeconds: [] },
        { exercise: HOLD.exercise, planned: HOLD.dose, setsDone: 1, repsDone: [2], holdSeconds: [5, 2] },
        {
          exercise: SKIPPED.exercise,
          planned: SKIPPED.dose,
          setsDone: 0,
          repsDone: [],
          holdSeconds: [],
          skipped: { reason: 'noTime' },
        },
        { exercise: WALK.exercise, planned: WALK.dose, setsDone: 1, repsDone: [], holdSeconds: [], minutesDone: 12 },
        { exercise: CUSTOM.exercise, planned: CUSTOM.dose, setsDone: 1, repsDone: [1], holdSeconds: [] },
      ],
      effort: 4,
      painBefore: 5,
      note: 'Felt looser after.',
    };
    expect(call.args.draft).toEqual(expected);
    expect(onfinish.mock.calls[0][0]).toMatchObject({ id: 1, session: { effort: 4, painAfter: null } });
  });

  it('moves on after an exercise is done, focus on the next thing to press, and passes over count as not done', async () => {
    const { journal, user, onfinish, advance } = setup();
    const focused = (name: string) => expect(screen.getByRole('button', { name })).toHaveFocus();

    await heading('Cat–camel');
    await tabTo(user, 'Count a rep');
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    // The set is done: the button pressed is gone, focus is on the rest's.
    await waitFor(() => focused('Skip the rest'));
    await user.keyboard('{Enter}');
    await waitFor(() => focused('Count a rep'));
    await user.keyboard('{Enter}{Enter}');
    // The exercise is done: a rest, the next one named, focus kept.
    await waitFor(() => focused('Skip the rest'));
    expect(screen.getByText('Next: Pelvic tilt')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Exercise done. Rest 30 seconds, then Pelvic tilt.');
    // Left alone, the rest ends and the next exercise comes by itself.
    advance(30_000);
    await heading('Pelvic tilt');

    // Passed over with the arrow keys.
    await user.keyboard('{ArrowRight}');
    await heading('Knee rolls');
    await user.keyboard('{ArrowRight}');
    await heading('Walking');
    await tabTo(user, 'Mark as done');
    await user.keyboard('{Enter}');
    await waitFor(() => focused('Skip the rest'));
    await user.keyboard('{Enter}');
    await heading('Calf raises');
    await user.keyboard('{ArrowRight}');

    await heading('How did it go?');
    await user.selectOptions(screen.getByLabelText('How hard did it feel?'), '3');
    await tabTo(user, 'Save session');
    await user.keyboard('{Enter}');
    await heading('Your session is saved.');
    await tabTo(user, 'Done');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onfinish).toHaveBeenCalledOnce());
    expect(journal.callsTo('log_session')).toHaveLength(1);
    const record = onfinish.mock.calls[0][0] as SessionRecord;
    expect(sessionCounts(record.session)).toEqual({ done: 2, skipped: 0, notDone: 3, total: 5 });
    expect(record.session.exercises.map((e) => !!e.notDone)).toEqual([false, true, true, false, true]);
  });

  it('pauses with Escape and the button, and keeps the hold time', async () => {
    const { user, advance } = setup();
    await heading('Cat–camel');
    await user.keyboard('{ArrowRight}');
    await heading('Pelvic tilt');
    await user.keyboard(' ');
    advance(2_000);
    await user.keyboard('{Escape}');
    const dialog = await screen.findByRole('dialog', { name: 'Paused' });
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus();
    advance(120_000);
    // Space on the Resume button is the button's own: it resumes.
    await user.keyboard(' ');
    expect(dialog).not.toHaveAttribute('open');
    await waitFor(() => expect(screen.getByText('3 seconds left')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(dialog).toHaveAttribute('open');
    // The dialog's own Escape (cancel) resumes too.
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });

  it('reaches Get help from the pause; Escape there closes only Get help', async () => {
    const { user } = setup();
    await heading('Cat–camel');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const paused = await screen.findByRole('dialog', { name: 'Paused' });
    const opener = within(paused).getByRole('button', { name: 'Get help' });
    await user.click(opener);
    const help = within(paused).getByRole('dialog', { name: 'Get help' });
    expect(help).toHaveAttribute('open');
    expect(help).toHaveTextContent(/both legs/);
    expect(help).toHaveTextContent(/the same day/);
    expect(within(help).getByRole('heading', { level: 2, name: 'Get help' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(help).not.toHaveAttribute('open');
    expect(paused).toHaveAttribute('open');
    expect(opener).toHaveFocus();
    // Closing it with its button is the same: back to the pause.
    await user.click(opener);
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(help).not.toHaveAttribute('open');
    expect(paused).toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it('shows an error from saving and keeps what was typed', async () => {
    const { journal, user, onfinish } = setup();
    await heading('Cat–camel');
    for (let i = 0; i < 5; i += 1) await user.keyboard('{ArrowRight}');
    await heading('How did it go?');
    journal.failNext('log_session', { code: 'effort_out_of_range', message: 'Effort is rated with a whole number from 0 to 10.' });
    await user.selectOptions(screen.getByLabelText('How hard did it feel?'), '7');
    await user.type(screen.getByLabelText('Note (optional)'), 'Short one.');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Effort is rated with a whole number from 0 to 10.');
    expect(onfinish).not.toHaveBeenCalled();
    expect(screen.getByLabelText('How hard did it feel?')).toHaveValue('7');
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('Short one.');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(onfinish).toHaveBeenCalledOnce());
    const drafts = journal.callsTo('log_session').map((c) => c.args.draft as SessionDraft);
    expect(drafts[1].exercises.map((e) => e.setsDone)).toEqual([0, 0, 0, 0, 0]);
  });

  it('after saving, adds a real pain entry marked "After exercise", with the pain after prefilled', async () => {
    const { journal, user, onfinish } = setup();
    await heading('Cat–camel');
    for (let i = 0; i < 5; i += 1) await user.keyboard('{ArrowRight}');
    await heading('How did it go?');
    await user.selectOptions(screen.getByLabelText('How hard did it feel?'), '3');
    await user.selectOptions(screen.getByLabelText('Pain after the session (optional)'), '4');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    await heading('Your session is saved.');

    await user.click(screen.getByRole('button', { name: 'Add to your pain diary' }));
    const form = screen.getByRole('form', { name: 'Your pain after exercise' });
    expect(painOption(4, within(form))).toHaveFocus();
    expect(chosenPain(within(form))).toBe(4);
    expect(within(form).getByRole('checkbox', { name: 'After exercise' })).toBeChecked();
    await user.selectOptions(within(form).getByLabelText('Worst pain in the last 24 hours'), '6');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(journal.callsTo('log_pain')).toHaveLength(1));
    expect(journal.callsTo('log_pain')[0].args.draft).toStrictEqual({ score: 4, note: '', worst24h: 6, tags: ['afterExercise'] });
    expect(journal.entries.get(1)).toMatchObject({ score: 4, worst24h: 6, tags: ['afterExercise'] });
    expect(await screen.findByText('Saved in your pain diary: pain 4.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    expect(onfinish).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onfinish).toHaveBeenCalledOnce();
  });

  it('starts the diary form with no score when no pain after was given, and Cancel goes back to the offer', async () => {
    const { journal, user } = setup();
    await heading('Cat–camel');
    for (let i = 0; i < 5; i += 1) await user.keyboard('{ArrowRight}');
    await user.selectOptions(screen.getByLabelText('How hard did it feel?'), '3');
    await user.click(screen.getByRole('button', { name: 'Save session' }));
    await user.click(await screen.findByRole('button', { name: 'Add to your pain diary' }));
    expect(chosenPain()).toBeNull();
    // Save asks for a score rather than record one nobody gave.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Please choose a number from 0 to 10 for your pain, then save.')).toBeInTheDocument();
    expect(journal.callsTo('log_pain')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Add to your pain diary' })).toHaveFocus();
    expect(journal.callsTo('log_pain')).toHaveLength(0);
  });
});
