// An in-memory stand-in for the Rust side, behind mockIPC: the commands the
// UI calls, with the same shapes and ApiError answers.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { ApiError } from '../src/lib/ipc/bindings/ApiError';
import type { Notice } from '../src/lib/ipc/bindings/Notice';
import type { PainDraft } from '../src/lib/ipc/bindings/PainDraft';
import type { PainEntry } from '../src/lib/ipc/bindings/PainEntry';
import type { Preferences } from '../src/lib/ipc/bindings/Preferences';
import type { Procedure } from '../src/lib/ipc/bindings/Procedure';
import type { ProcedureDraft } from '../src/lib/ipc/bindings/ProcedureDraft';
import type { Timeline } from '../src/lib/ipc/bindings/Timeline';
import type { Plan } from '../src/lib/ipc/bindings/Plan';
import type { PlanRecord } from '../src/lib/ipc/bindings/PlanRecord';
import type { PlanSource } from '../src/lib/ipc/bindings/PlanSource';
import type { SessionDraft } from '../src/lib/ipc/bindings/SessionDraft';
import type { SessionRecord } from '../src/lib/ipc/bindings/SessionRecord';
import type { LocalTime } from '../src/lib/ipc/bindings/LocalTime';
import type { Occurrence } from '../src/lib/ipc/bindings/Occurrence';
import type { Pause } from '../src/lib/ipc/bindings/Pause';
import type { Pending } from '../src/lib/ipc/bindings/Pending';
import type { Reminder } from '../src/lib/ipc/bindings/Reminder';
import type { ReminderAnswer } from '../src/lib/ipc/bindings/ReminderAnswer';
import type { ReminderDraft } from '../src/lib/ipc/bindings/ReminderDraft';
import type { DueReminder } from '../src/lib/ipc/bindings/DueReminder';
import type { Weekday } from '../src/lib/ipc/bindings/Weekday';
import type { ProgressRange } from '../src/lib/ipc/bindings/ProgressRange';
import type { ProgressView } from '../src/lib/ipc/bindings/ProgressView';
import type { TodaySummary } from '../src/lib/ipc/bindings/TodaySummary';
import type { PainTag } from '../src/lib/ipc/bindings/PainTag';
import type { PsfsDraft } from '../src/lib/ipc/bindings/PsfsDraft';
import type { PsfsRecord } from '../src/lib/ipc/bindings/PsfsRecord';
import type { ScoredMeasureDraft } from '../src/lib/ipc/bindings/ScoredMeasureDraft';
import type { ScoredMeasureRecord } from '../src/lib/ipc/bindings/ScoredMeasureRecord';
import type { Walk } from '../src/lib/ipc/bindings/Walk';
import type { ExportChoices } from '../src/lib/ipc/bindings/ExportChoices';
import type { ExportSource } from '../src/lib/ipc/bindings/ExportSource';
import type { RecordCounts } from '../src/lib/ipc/bindings/RecordCounts';
import type { ReviewInfo } from '../src/lib/ipc/bindings/ReviewInfo';
import type { OfferKey } from '../src/lib/ipc/bindings/OfferKey';
import type { PlanOffers } from '../src/lib/ipc/bindings/PlanOffers';
import type { SessionExercise } from '../src/lib/ipc/bindings/SessionExercise';
// Generated from relief-core by `cargo xtask bindings`, so the fake's data is real.
import LIBRARY from '../../tests/fixtures/exercise-library.json';
import DEFAULT_PLANS from '../../tests/fixtures/default-plans.json';
// What Rust computed for a seeded year (`cargo xtask bindings`; a drift test keeps it true).
import PROGRESS_JSON from '../../tests/fixtures/progress.json';

export const PROGRESS = PROGRESS_JSON as unknown as {
  today: string;
  summary: TodaySummary;
  views: Record<ProgressRange, ProgressView>;
};

export { DEFAULT_PLANS, LIBRARY };

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

export interface FakeOptions {
  entries?: PainEntry[];
  journalError?: ApiError | null;
  notices?: Notice[];
  /** Defaults to onboarding done: most tests are about the app after first run. */
  preferences?: Partial<Preferences>;
  procedures?: Procedure[];
  /** What `timeline` answers; the real one is computed in relief-core. */
  timeline?: Timeline | null;
  /** The current plan, if any. */
  plan?: PlanRecord | null;
  /** What `plan_offers` answers (relief-core decides it); by default none,
   * with the timeline's phase. */
  planOffers?: Partial<PlanOffers>;
  sessions?: SessionRecord[];
  /** What the native Save dialog answers in clinician mode: a path, or null
   * for a cancel. Defaults to a path. */
  savedPlanPath?: string | null;
  /** What the native Open dialog picks: a file (its name, plan and unknown
   * ids, as Rust would have read and checked it), or null for a cancel. */
  planFile?: { fileName: string; plan: Plan; unknownIds?: string[] } | null;
  reminders?: Reminder[];
  paused?: Pause | null;
  /** What waits for an answer when the app starts. */
  pending?: Partial<Pending>;
  /** What reminders_overview calls next; by default, an hour from now for the first enabled reminder. */
  nextReminder?: DueReminder | null;
  /** What the native Save dialog answers for the calendar file; null is a cancel. */
  calendarPath?: string | null;
  launchAtLogin?: boolean;
  /** Answer this command with this error, once per listed time. */
  failNext?: Record<string, ApiError>;
  /** What `progress` answers per range (such as PROGRESS.views); an empty view otherwise. */
  progress?: Partial<Record<ProgressRange, ProgressView>>;
  /** What `today_summary` answers. */
  todaySummary?: TodaySummary;
  /** Stored PSFS records, oldest first, for `list_psfs`. */
  psfs?: PsfsRecord[];
  /** The person's local date for the "not in the future" rules; defaults to the real today. */
  today?: string;
  /** What the native Save dialog answers for export_file: a path, or null
   * for a cancel. Defaults to Rust's suggested name in /home/pat. */
  exportPath?: string | null;
  /** What the native Open dialog picks for a restore: the backup's name and
   * counts as Rust read them, or null for a cancel. */
  restoreFile?: { fileName: string; inFile: RecordCounts; newInMerge: RecordCounts } | null;
  /** What the native Open dialog picks for a review, or null for a cancel. */
  reviewFile?: ReviewInfo | null;
  /** A review already open as the app starts. */
  review?: ReviewInfo | null;
  /** What review_progress answers per range; the fixture's views (PROGRESS) otherwise. */
  reviewProgress?: Partial<Record<ProgressRange, ProgressView>>;
  /** The native Save and Open windows stay open until this settles (a person
   * taking their time), so a test can press buttons while one is open. */
  dialogsOpenUntil?: Promise<unknown>;
}

const DIALOG_COMMANDS = ['export_file', 'open_restore', 'open_review'];

/** One export the page asked for, and what the Save dialog answered. */
export interface ExportCall {
  choices: ExportChoices;
  source: ExportSource;
  path: string | null;
}

const PAIN_TAG_ORDER: PainTag[] = ['morning', 'afterExercise', 'work', 'sleep'];

/** relief-core's SessionExercise::settled: skipped or not done keeps no
 * counts, and nothing done (no rep, hold or minute) is not done. */
function settled(e: SessionExercise): SessionExercise {
  const did =
    e.repsDone.some((r) => r > 0) ||
    e.holdSeconds.length > 0 ||
    (e.minutesDone ?? 0) > 0 ||
    (e.minutesDone === undefined && e.repsDone.length === 0 && e.setsDone > 0);
  if (e.skipped || e.notDone || !did) {
    const { minutesDone: _gone, notDone: _was, ...rest } = e;
    return { ...rest, setsDone: 0, repsDone: [], holdSeconds: [], ...(e.skipped ? {} : { notDone: true }) };
  }
  return e;
}

/** The local calendar date, as Rust's `now().date_naive()` would give it. */
export function localToday(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** What Rust's NaiveDate accepts: a real date as YYYY-MM-DD. */
function realDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const invalidInput = (field?: string): ApiError => ({
  code: 'invalid_input',
  message: 'Something in this entry could not be saved. Please check it and try again.',
  ...(field ? { field } : {}),
});

/** A view with no records, as Rust answers for an empty journal: every day of the range, none with data. */
export function emptyProgressView(range: ProgressRange, today = new Date(NOW)): ProgressView {
  const length = { '4w': 28, '3m': 91, '12m': 365, all: 1 }[range];
  const dates = Array.from({ length }, (_, i) => {
    const d = new Date(today);
    d.setUTCDate(d.getUTCDate() - (length - 1 - i));
    return d.toISOString().slice(0, 10);
  });
  return {
    range: { first: dates[0], last: dates[dates.length - 1] },
    pain: {
      days: dates.map((date) => ({ date, mean: null, readings: 0, rollingMean: null })),
      baseline: null,
      band: null,
      mcid: 2,
    },
    adherence: {
      weeks: [],
      range: { planned: 0, done: 0, percent: null },
      exercises: [],
      skips: (['tooPainful', 'noTime', 'noSpaceOrEquipment', 'other'] as const).map((reason) => ({
        reason,
        fromSessions: 0,
        fromReminders: 0,
      })),
    },
    activeDays: dates.map((date) => ({ date, active: false, sessions: 0, sessionMinutes: 0, walkingMinutes: 0 })),
    psfs: [],
    measures: [],
    monitor: { state: 'quiet', reason: 'noBaseline' },
  };
}

export const NOW = '2026-03-03T09:30:00+00:00';

export function entry(id: number, score: number, recordedAt: string, note: string | null = null): PainEntry {
  return { id, score, note, recordedAt, updatedAt: recordedAt };
}

export function fakeJournal(options: FakeOptions = {}) {
  const calls: Call[] = [];
  const entries = new Map<number, PainEntry>((options.entries ?? []).map((e) => [e.id, e]));
  const deleted = new Map<number, PainEntry>();
  let nextId = Math.max(0, ...entries.keys()) + 1;
  let preferences: Preferences = {
    theme: 'system',
    textSize: 100,
    language: 'en',
    onboardingDone: true,
    clinicianMode: false,
    closeToTray: true,
    trayExplained: false,
    ...options.preferences,
  };
  const failNext: Record<string, ApiError> = { ...options.failNext };
  const procedures = new Map<number, Procedure>((options.procedures ?? []).map((p) => [p.id, p]));
  const deletedProcedures = new Map<number, Procedure>();
  let nextProcedureId = Math.max(0, ...procedures.keys()) + 1;

  let plan: PlanRecord | null = options.plan ?? null;
  const history: PlanRecord[] = [];
  const savedPlanFiles: Plan[] = [];
  let pendingToken = 0;
  let pendingPlan: Plan | null = null;
  let nextPlanId = (plan?.id ?? 0) + 1;
  const offers: PlanOffers = {
    phase: options.timeline?.position.phase ?? null,
    region: null,
    phasePlan: null,
    phaseNotice: null,
    reviewDue: null,
    doseSteps: [],
    ...options.planOffers,
  };
  const sessions = new Map<number, SessionRecord>((options.sessions ?? []).map((r) => [r.id, r]));
  const deletedSessions = new Map<number, SessionRecord>();
  let nextSessionId = Math.max(0, ...sessions.keys()) + 1;
  const sessionNotFound = { code: 'not_found', message: 'This session could not be found.' };

  function sessionFrom(draft: SessionDraft) {
    if (draft.effort < 0 || draft.effort > 10 || !Number.isInteger(draft.effort)) {
      throw { code: 'effort_out_of_range', message: 'Effort is rated with a whole number from 0 to 10.' };
    }
    return {
      startedAt: draft.startedAt,
      finishedAt: draft.finishedAt,
      exercises: draft.exercises.map(settled),
      effort: draft.effort,
      painBefore: draft.painBefore ?? null,
      painAfter: draft.painAfter ?? null,
      note: draft.note?.trim() || null,
    };
  }

  function procedureFrom(id: number, draft: ProcedureDraft): Procedure {
    if (!draft.region) {
      throw { code: 'region_missing', message: 'Please choose the part of your spine that was treated.' };
    }
    return {
      id,
      date: draft.date,
      region: draft.region,
      levels: draft.levels,
      side: draft.side ?? null,
      clinic: draft.clinic?.trim() || null,
      clinician: draft.clinician?.trim() || null,
      clinicPhone: draft.clinicPhone?.trim() || null,
      baselinePain: draft.baselinePain ?? null,
      notes: draft.notes?.trim() || null,
    };
  }

  // relief-core's PainDraft::validate: the score, then each diary rating
  // (named by its field), and the tags as a set in PainTag::ALL order.
  function check(draft: PainDraft) {
    if (draft.score < 0 || draft.score > 10) {
      throw { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10.' } satisfies ApiError;
    }
    for (const field of ['worst24h', 'average24h', 'interference'] as const) {
      const value = draft[field];
      if (value === undefined || value === null) continue;
      if (value < 0 || value > 10) {
        throw { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10.', field } satisfies ApiError;
      }
      if (!Number.isInteger(value)) {
        throw { code: 'pain_not_whole', message: 'Pain is rated in whole numbers.', field } satisfies ApiError;
      }
    }
  }

  /** The diary's additions as the journal stores them: absent when not given. */
  function diary(draft: PainDraft): Partial<PainEntry> {
    const out: Partial<PainEntry> = {};
    if (draft.worst24h != null) out.worst24h = draft.worst24h;
    if (draft.average24h != null) out.average24h = draft.average24h;
    if (draft.interference != null) out.interference = draft.interference;
    const tags = PAIN_TAG_ORDER.filter((tag) => draft.tags?.includes(tag));
    if (tags.length > 0) out.tags = tags;
    return out;
  }

  // Progress entry: walking, PSFS and ODI/RMDQ totals, with relief-core's rules
  // (stats/measures.rs, pain.rs Walk::new) by their codes and fields.
  const today = () => options.today ?? localToday();
  const walks = new Map<string, Walk>();
  const psfs = new Map<number, PsfsRecord>((options.psfs ?? []).map((r) => [r.id, r]));
  const deletedPsfs = new Map<number, PsfsRecord>();
  let nextPsfsId = Math.max(0, ...psfs.keys()) + 1;
  const measures = new Map<number, ScoredMeasureRecord>();
  const deletedMeasures = new Map<number, ScoredMeasureRecord>();
  let nextMeasureId = 1000;
  const measureNotFound = { code: 'not_found', message: 'This record could not be found.' };

  function notInFuture(date: string, field: string) {
    if (date > today()) {
      throw { code: 'date_in_future', message: 'This date is in the future. Please choose today or an earlier day.', field } satisfies ApiError;
    }
  }

  function checkPsfs(draft: PsfsDraft): Omit<PsfsRecord, 'id'> {
    const count = draft.activities?.length ?? 0;
    if (count < 1 || count > 5) {
      throw { code: 'psfs_activity_count', message: 'Please list from 1 to 5 activities.', field: 'activities' };
    }
    const kept: PsfsRecord['activities'] = [];
    draft.activities.forEach((activity, i) => {
      if (!Number.isInteger(activity.score) || activity.score < 0 || activity.score > 255) {
        throw invalidInput(`activities[${i}].score`);
      }
      const field = `activities[${i}].name`;
      const name = (activity.name ?? '').trim();
      if (!name) throw { code: 'field_required', message: 'Please fill this in.', field };
      if ([...name].length > 80) {
        throw { code: 'text_too_long', message: 'This text is too long to save. Please shorten it to 80 characters or fewer.', field };
      }
      if (kept.some((a) => a.name.toLowerCase() === name.toLowerCase())) {
        throw { code: 'psfs_duplicate_activity', message: 'You have listed this activity already. Please give each activity a different name.', field };
      }
      if (activity.score > 10) {
        throw { code: 'psfs_score_out_of_range', message: 'Each activity is scored with a whole number from 0 to 10.', field: `activities[${i}].score` };
      }
      kept.push({ name, score: activity.score });
    });
    if (!realDate(draft.recordedOn)) throw invalidInput('recordedOn');
    notInFuture(draft.recordedOn, 'recordedOn');
    return { activities: kept, recordedOn: draft.recordedOn };
  }

  function checkMeasure(draft: ScoredMeasureDraft): Omit<ScoredMeasureRecord, 'id'> {
    if (draft.measure !== 'odi' && draft.measure !== 'rmdq') throw invalidInput('measure');
    if (typeof draft.total !== 'number') throw invalidInput('total');
    const max = draft.measure === 'odi' ? 100 : 24;
    const whole = draft.measure === 'odi' || Number.isInteger(draft.total);
    if (!(draft.total >= 0 && draft.total <= max) || !whole) {
      throw draft.measure === 'odi'
        ? { code: 'odi_out_of_range', message: 'The Oswestry (ODI) score is a percentage from 0 to 100. Please check the number.', field: 'total' }
        : { code: 'rmdq_out_of_range', message: 'The Roland–Morris (RMDQ) score is a whole number from 0 to 24. Please check the number.', field: 'total' };
    }
    if (!realDate(draft.recordedOn)) throw invalidInput('recordedOn');
    notInFuture(draft.recordedOn, 'recordedOn');
    const scoredBy = draft.scoredBy?.trim() || null;
    if (scoredBy && [...scoredBy].length > 80) {
      throw { code: 'text_too_long', message: 'This text is too long to save. Please shorten it to 80 characters or fewer.', field: 'scoredBy' };
    }
    return { measure: draft.measure, total: draft.total, recordedOn: draft.recordedOn, scoredBy };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function handleEntry(cmd: string, args: Record<string, any>): unknown {
    switch (cmd) {
      case 'set_walking': {
        if (!realDate(args.date)) throw invalidInput();
        const minutes = args.minutes;
        if (typeof minutes !== 'number' || !(minutes >= 0 && minutes <= 1440) || !Number.isInteger(minutes)) {
          throw { code: 'walking_minutes_out_of_range', message: 'Walking is logged in whole minutes, from 0 to 1440 (a whole day). Please check the number.', field: 'minutes' };
        }
        notInFuture(args.date, 'date');
        const walk = { date: args.date, minutes };
        walks.set(walk.date, walk);
        return walk;
      }
      case 'add_psfs': {
        const record = { id: nextPsfsId++, ...checkPsfs(args.draft) };
        psfs.set(record.id, record);
        return record;
      }
      case 'delete_psfs': {
        const old = psfs.get(args.id);
        if (!old) throw measureNotFound;
        psfs.delete(args.id);
        deletedPsfs.set(args.id, old);
        return old;
      }
      case 'undo_delete_psfs': {
        const old = deletedPsfs.get(args.id);
        if (!old) throw measureNotFound;
        deletedPsfs.delete(args.id);
        psfs.set(args.id, old);
        return old;
      }
      case 'list_psfs':
        return [...psfs.values()].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.id - b.id);
      case 'add_measure': {
        const record = { id: nextMeasureId++, ...checkMeasure(args.draft) };
        measures.set(record.id, record);
        return record;
      }
      case 'delete_measure': {
        const old = measures.get(args.id) ?? baseMeasures().find((m) => m.id === args.id);
        if (!old) throw measureNotFound;
        measures.delete(args.id);
        deletedMeasures.set(args.id, old);
        return old;
      }
      case 'undo_delete_measure': {
        const old = deletedMeasures.get(args.id);
        if (!old) throw measureNotFound;
        deletedMeasures.delete(args.id);
        measures.set(args.id, old);
        return old;
      }
      default:
        return undefined;
    }
  }

  /** The measures the scenario's progress view holds, before anything was added or deleted here. */
  function baseMeasures(): ScoredMeasureRecord[] {
    return options.progress?.all?.measures ?? [];
  }

  /** A view with this fake's own changes to the measures: added ones appended, deleted ones gone. */
  function withMeasures(view: ProgressView, range: ProgressRange): ProgressView {
    const base = view.measures.filter((m) => !deletedMeasures.has(m.id) && !measures.has(m.id));
    // 'all' reaches back to the first record, so everything added is in it.
    const added = [...measures.values()].filter(
      (m) => range === 'all' || (m.recordedOn >= view.range.first && m.recordedOn <= view.range.last),
    );
    const all = [...base, ...added].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.id - b.id);
    return { ...view, measures: all };
  }

  // Reminders: the list, quiet hours, pause, what waits for an answer, and the
  // rules Rust checks (relief-core), by their codes.
  const reminders = new Map<number, Reminder>((options.reminders ?? []).map((r) => [r.id, r]));
  const deletedReminders = new Map<number, Reminder>();
  let nextReminderId = Math.max(0, ...reminders.keys()) + 1;
  let paused: Pause | null = options.paused ?? null;
  let pending: Pending = { due: [], catchUp: [], ...options.pending };
  const answers: { occurrence: Occurrence; answer: ReminderAnswer }[] = [];
  let launchAtLogin = options.launchAtLogin ?? false;
  const reminderNotFound = { code: 'not_found', message: 'This reminder could not be found.' };

  function checkReminder(draft: ReminderDraft) {
    const message = (draft.message ?? '').trim();
    if (!message) throw { code: 'field_required', message: 'Please fill this in.', field: 'message' };
    if (message.length > 200) {
      throw { code: 'text_too_long', message: 'This text is too long. Please keep it to 200 characters or fewer.', field: 'message' };
    }
    const schedule = draft.schedule;
    if (schedule.kind === 'weekly') {
      if (!schedule.days.length) throw { code: 'no_weekday', message: 'Please choose at least one day.', field: 'schedule.days' };
      if (!schedule.times.length) throw { code: 'no_time', message: 'Please add at least one time.', field: 'schedule.times' };
      schedule.times.forEach((time: LocalTime, i: number) => {
        if (time.hour > 23 || time.minute > 59) {
          throw { code: 'time_out_of_range', message: 'Hours are from 0 to 23 and minutes from 0 to 59.', field: `schedule.times[${i}].hour` };
        }
      });
    } else if (Date.parse(schedule.at) <= Date.now()) {
      throw { code: 'reminder_in_past', message: 'That time has already passed. Please choose a time in the future.', field: 'schedule.at' };
    }
    return { ...draft, message };
  }

  function nextReminder() {
    if (options.nextReminder !== undefined) return options.nextReminder;
    const first = [...reminders.values()].find((r) => r.enabled);
    if (!first) return null;
    const due = new Date(Date.now() + 3_600_000);
    return { occurrence: { reminderId: first.id, local: due.toISOString().slice(0, 19), due: due.toISOString() }, kind: first.kind, message: first.message };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function handleReminders(cmd: string, args: Record<string, any>): unknown {
    switch (cmd) {
      case 'reminders_overview':
        return { reminders: [...reminders.values()], quietHours: preferences.quietHours ?? null, next: nextReminder(), paused };
      case 'save_reminder': {
        const valid = checkReminder(args.draft);
        if (args.id != null && !reminders.has(args.id)) throw reminderNotFound;
        const reminder = { id: args.id ?? nextReminderId++, ...valid } as Reminder;
        reminders.set(reminder.id, reminder);
        return reminder;
      }
      case 'delete_reminder': {
        const old = reminders.get(args.id);
        if (!old) throw reminderNotFound;
        reminders.delete(args.id);
        deletedReminders.set(args.id, old);
        return old;
      }
      case 'undo_delete_reminder': {
        const old = deletedReminders.get(args.id);
        if (!old) throw reminderNotFound;
        deletedReminders.delete(args.id);
        reminders.set(args.id, old);
        return old;
      }
      case 'add_default_reminders':
        if (reminders.size === 0) {
          const every = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
          for (const [kind, message, hour] of <[Reminder['kind'], string, number][]>[
            ['routine', "Time for today's exercises. A little, often, is the aim.", 10],
            ['diary', 'How is your pain today? Take a moment to note it.', 19],
          ]) {
            const id = nextReminderId++;
            reminders.set(id, { id, kind, message, enabled: true, schedule: { kind: 'weekly', days: every as Weekday[], times: [{ hour, minute: 0 }] } });
          }
        }
        return [...reminders.values()];
      case 'set_quiet_hours': {
        const quiet = args.quiet;
        if (quiet && quiet.start.hour === quiet.end.hour && quiet.start.minute === quiet.end.minute) {
          throw { code: 'quiet_hours_empty', message: 'Quiet hours need a different start and end time.', field: 'end' };
        }
        preferences = { ...preferences, quietHours: quiet ?? undefined };
        if (!quiet) delete (preferences as Partial<Preferences>).quietHours;
        return preferences;
      }
      case 'pending_reminders':
        return pending;
      case 'answer_reminder': {
        const id = args.occurrence.reminderId;
        if (args.answer.answer === 'later' && (args.answer.at.hour > 23 || args.answer.at.minute > 59)) {
          throw { code: 'time_out_of_range', message: 'Hours are from 0 to 23 and minutes from 0 to 59.', field: 'at.hour' };
        }
        answers.push({ occurrence: args.occurrence, answer: args.answer });
        pending = { due: pending.due.filter((d) => d.occurrence.reminderId !== id), catchUp: pending.catchUp.filter((d) => d.occurrence.reminderId !== id) };
        return pending;
      }
      case 'pause_reminders': {
        const until = new Date(Date.now() + (args.choice === 'oneHour' ? 3_600_000 : 86_400_000));
        paused = { from: new Date().toISOString(), until: until.toISOString() };
        return paused;
      }
      case 'resume_reminders':
        paused = null;
        return null;
      case 'export_calendar':
        return options.calendarPath === undefined ? '/home/pat/relief-window-reminders.ics' : options.calendarPath;
      case 'launch_at_login':
        return launchAtLogin;
      case 'set_launch_at_login':
        launchAtLogin = args.enabled;
        return launchAtLogin;
      default:
        return undefined;
    }
  }

  // Export, restore and review (src-tauri/src/commands/export.rs): the
  // choices are checked as ExportChoices::check does, the native dialogs
  // answer as the scenario says, and a restore waits under a token.
  const exports: ExportCall[] = [];
  let reviewInfo: ReviewInfo | null = options.review ?? null;
  let restoreToken = 0;
  let waitingRestore: { token: number; file: NonNullable<FakeOptions['restoreFile']> } | null = null;
  const restores: { token: number; choice: string }[] = [];
  const EXTENSIONS = { pdf: 'pdf', csv: 'zip', fhir: 'json', backup: 'json' } as const;
  const SUGGESTED = { pdf: 'report', csv: 'csv', fhir: 'fhir', backup: 'backup' } as const;
  const sum = (c: RecordCounts) => Object.values(c).reduce((a, b) => a + b, 0);

  function journalCounts(): RecordCounts {
    return {
      procedures: procedures.size,
      painEntries: entries.size,
      sessions: sessions.size,
      plans: (plan ? 1 : 0) + history.length,
      walkingDays: walks.size,
      measures: psfs.size + measures.size + baseMeasures().filter((m) => !deletedMeasures.has(m.id)).length,
      reminders: reminders.size,
    };
  }

  function checkExport(choices: ExportChoices, source: ExportSource) {
    if (!choices || !(choices.format in EXTENSIONS)) throw invalidInput('format');
    if (source !== 'journal' && source !== 'review') throw invalidInput();
    if (source === 'review' && !reviewInfo) throw { code: 'review_not_open', message: 'No file is open for review.' };
    const field = (name: string, code: string, message: string) => ({ code, message, field: name });
    for (const name of ['since', 'until', 'birthDate'] as const) {
      const date = choices[name];
      if (date === undefined || date === null) continue;
      if (!realDate(date)) throw invalidInput(name);
      if (date > today()) {
        throw field(name, 'export_date_in_future', 'This date is after today. Please choose today or an earlier day.');
      }
    }
    if (choices.since && choices.until && choices.since > choices.until) {
      throw field('until', 'export_dates_reversed', 'The last day comes before the first. Please check the dates.');
    }
    if (choices.name && [...choices.name].length > 120) {
      throw field('name', 'export_name_too_long', 'The name is too long. Please shorten it.');
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  function handleExport(cmd: string, args: Record<string, any>): unknown {
    switch (cmd) {
      case 'export_file': {
        const { choices, source } = args as { choices: ExportChoices; source: ExportSource };
        checkExport(choices, source);
        const path =
          options.exportPath === undefined
            ? `/home/pat/relief-window-${SUGGESTED[choices.format]}-${today()}.${EXTENSIONS[choices.format]}`
            : options.exportPath;
        exports.push({ choices, source, path });
        return path;
      }
      case 'open_restore': {
        const file = options.restoreFile;
        if (!file) return null;
        restoreToken += 1;
        waitingRestore = { token: restoreToken, file };
        return { token: restoreToken, fileName: file.fileName, inFile: file.inFile, newInMerge: file.newInMerge, inJournal: journalCounts() };
      }
      case 'confirm_restore': {
        if (args.choice !== 'merge' && args.choice !== 'replace') throw invalidInput();
        if (!waitingRestore || args.token !== waitingRestore.token) {
          throw { code: 'restore_expired', message: 'That restore preview is out of date. Please open the backup again.' };
        }
        const { file } = waitingRestore;
        waitingRestore = null;
        restores.push({ token: args.token, choice: args.choice });
        const stamp = new Date().toISOString().replace(/[-:]/g, '');
        return {
          records: sum(args.choice === 'merge' ? file.newInMerge : file.inFile),
          backupFile: `journal-${stamp}-before-restore.sqlite3`,
          preferencesPending: false,
        };
      }
      case 'cancel_restore':
        waitingRestore = null;
        return null;
      case 'open_review':
        if (!options.reviewFile) return null;
        reviewInfo = options.reviewFile;
        return reviewInfo;
      case 'review_status':
        return reviewInfo;
      case 'review_progress': {
        if (!reviewInfo) throw { code: 'review_not_open', message: 'No file is open for review.' };
        const range = args.range as ProgressRange;
        if (!['4w', '3m', '12m', 'all'].includes(range)) throw invalidInput('range');
        return options.reviewProgress?.[range] ?? PROGRESS.views[range];
      }
      case 'close_review':
        reviewInfo = null;
        return null;
      default:
        return undefined;
    }
  }

  function answer(cmd: string, args: Record<string, unknown>): unknown {
    const failure = failNext[cmd];
    if (failure) {
      delete failNext[cmd];
      throw failure;
    }
    if (cmd === 'progress') {
      const range = args.range as ProgressRange;
      if (!['4w', '3m', '12m', 'all'].includes(range)) {
        throw { code: 'invalid_input', message: 'Something went wrong inside the app. Please try again.', field: 'range' };
      }
      const view = options.progress?.[range] ?? emptyProgressView(range);
      return withMeasures(view, range);
    }
    const entryAnswer = handleEntry(cmd, args);
    if (entryAnswer !== undefined) return entryAnswer;
    const exportAnswer = handleExport(cmd, args);
    if (exportAnswer !== undefined) return exportAnswer;
    if (cmd === 'today_summary') {
      return options.todaySummary ?? { activeDaysThisWeek: 0, monitor: { state: 'quiet', reason: 'noBaseline' } };
    }
    const reminderAnswer = handleReminders(cmd, args);
    if (reminderAnswer !== undefined) return reminderAnswer;
    switch (cmd) {
      case 'startup_status':
        return {
          journalError: options.journalError ?? null,
          dataDir: '/home/pat/.local/share/relief-window',
          notices: options.notices ?? [],
        };
      case 'dismiss_recovery':
        return null;
      case 'get_preferences':
        return preferences;
      case 'set_preferences': {
        const next = args.preferences as Preferences;
        if (![100, 125, 150, 175, 200].includes(next.textSize)) {
          throw { code: 'text_size_unsupported', message: 'That text size is not available.' };
        }
        preferences = next;
        return preferences;
      }
      case 'log_pain': {
        const draft = args.draft as PainDraft;
        check(draft);
        const created = { ...entry(nextId++, draft.score, draft.recordedAt ?? NOW, draft.note?.trim() || null), ...diary(draft) };
        entries.set(created.id, created);
        return created;
      }
      case 'update_pain': {
        const id = args.id as number;
        const draft = args.draft as PainDraft;
        const old = entries.get(id);
        if (!old) throw { code: 'not_found', message: 'This entry could not be found.' };
        check(draft);
        const { worst24h: _w, average24h: _a, interference: _i, tags: _t, ...kept } = old;
        const updated = { ...kept, score: draft.score, note: draft.note?.trim() || null, updatedAt: NOW, ...diary(draft) };
        entries.set(id, updated);
        return updated;
      }
      case 'delete_pain': {
        const id = args.id as number;
        const old = entries.get(id);
        if (!old) throw { code: 'not_found', message: 'This entry could not be found.' };
        entries.delete(id);
        deleted.set(id, old);
        return old;
      }
      case 'undo_delete_pain': {
        const id = args.id as number;
        const old = deleted.get(id);
        if (!old) throw { code: 'not_found', message: 'This entry could not be found.' };
        deleted.delete(id);
        entries.set(id, old);
        return old;
      }
      case 'recent_pain':
        return [...entries.values()]
          .sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))
          .slice(0, args.limit as number);
      case 'ui_ready':
        return null;
      case 'list_procedures':
        return [...procedures.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
      case 'add_procedure': {
        const created = procedureFrom(nextProcedureId++, args.draft as ProcedureDraft);
        procedures.set(created.id, created);
        return created;
      }
      case 'update_procedure': {
        const id = args.id as number;
        if (!procedures.has(id)) throw { code: 'not_found', message: 'This record could not be found.' };
        const updated = procedureFrom(id, args.draft as ProcedureDraft);
        procedures.set(id, updated);
        return updated;
      }
      case 'delete_procedure': {
        const id = args.id as number;
        const old = procedures.get(id);
        if (!old) throw { code: 'not_found', message: 'This record could not be found.' };
        procedures.delete(id);
        deletedProcedures.set(id, old);
        return old;
      }
      case 'undo_delete_procedure': {
        const id = args.id as number;
        const old = deletedProcedures.get(id);
        if (!old) throw { code: 'not_found', message: 'This record could not be found.' };
        deletedProcedures.delete(id);
        procedures.set(id, old);
        return old;
      }
      case 'timeline':
        return options.timeline ?? null;
      case 'exercise_library':
        return LIBRARY;
      case 'current_plan':
        return plan;
      case 'default_plan_for_today':
        // With no procedure recorded, the gentlest plan (relief-core's starting_plan).
        return DEFAULT_PLANS[options.timeline?.position.phase ?? 'planned'];
      case 'plan_offers':
        return offers;
      case 'answer_offer': {
        const key = JSON.stringify(args.key);
        const same = (k: OfferKey | undefined | null) => !!k && JSON.stringify(k) === key;
        if (same(offers.phasePlan?.key) && offers.phasePlan) offers.phasePlan = { ...offers.phasePlan, hidden: true };
        if (same(offers.phaseNotice)) offers.phaseNotice = null;
        if (same(offers.reviewDue?.key)) offers.reviewDue = null;
        offers.doseSteps = offers.doseSteps.filter((s) => !same(s.key));
        return { key: args.key, at: NOW };
      }
      case 'accept_offer': {
        const key = JSON.stringify(args.key);
        const expired = {
          code: 'offer_expired',
          message: 'This suggestion has changed since it was shown. Your plan has not changed. Please look at it again.',
        };
        const step = offers.doseSteps.find((s) => JSON.stringify(s.key) === key);
        let next: Plan;
        if (offers.phasePlan && JSON.stringify(offers.phasePlan.key) === key) {
          next = offers.phasePlan.plan;
          offers.phasePlan = null;
        } else if (step && plan) {
          next = {
            ...plan.plan,
            items: plan.plan.items.map((i) =>
              i.exercise.kind === 'library' && i.exercise.id === step.exercise ? { ...i, dose: step.to } : i,
            ),
          };
          offers.doseSteps = offers.doseSteps.filter((s) => s !== step);
        } else {
          throw expired;
        }
        if (plan) history.unshift({ ...plan, replacedAt: NOW });
        plan = { id: nextPlanId++, plan: next, source: 'default', createdAt: NOW, replacedAt: null };
        return plan;
      }
      case 'save_plan': {
        const next = args.plan as Plan;
        if (next.items.length === 0) {
          throw { code: 'plan_item_count', message: 'A plan needs at least 1 exercise and can have up to 30.', field: 'items' };
        }
        if (plan) history.unshift({ ...plan, replacedAt: NOW });
        plan = { id: nextPlanId++, plan: next, source: args.source as PlanSource, createdAt: NOW, replacedAt: null };
        return plan;
      }
      case 'plan_history':
        return history;
      case 'save_plan_file': {
        const next = args.plan as Plan;
        if (next.items.length === 0) {
          throw { code: 'plan_item_count', message: 'A plan needs at least 1 exercise and can have up to 30.', field: 'items' };
        }
        savedPlanFiles.push(next);
        return options.savedPlanPath === undefined ? '/home/physio/relief-window-plan.json' : options.savedPlanPath;
      }
      case 'open_plan_file': {
        const file = options.planFile;
        if (!file) return null;
        pendingToken += 1;
        pendingPlan = file.plan;
        return { token: pendingToken, fileName: file.fileName, plan: file.plan, unknownIds: file.unknownIds ?? [], current: plan };
      }
      case 'confirm_plan_import': {
        if (!pendingPlan || args.token !== pendingToken) {
          throw { code: 'import_expired', message: 'That plan preview is out of date. Please open the plan file again.' };
        }
        if (plan) history.unshift({ ...plan, replacedAt: NOW });
        plan = { id: nextPlanId++, plan: pendingPlan, source: 'file', createdAt: NOW, replacedAt: null };
        pendingPlan = null;
        return plan;
      }
      case 'cancel_plan_import':
        pendingPlan = null;
        return null;
      case 'log_session': {
        const record = { id: nextSessionId++, session: sessionFrom(args.draft as SessionDraft), planId: plan?.id ?? null };
        sessions.set(record.id, record as SessionRecord);
        return record;
      }
      case 'update_session': {
        const id = args.id as number;
        const old = sessions.get(id);
        if (!old) throw sessionNotFound;
        const record = { ...old, session: sessionFrom(args.draft as SessionDraft) } as SessionRecord;
        sessions.set(id, record);
        return record;
      }
      case 'delete_session': {
        const id = args.id as number;
        const old = sessions.get(id);
        if (!old) throw sessionNotFound;
        sessions.delete(id);
        deletedSessions.set(id, old);
        return old;
      }
      case 'undo_delete_session': {
        const id = args.id as number;
        const old = deletedSessions.get(id);
        if (!old) throw sessionNotFound;
        deletedSessions.delete(id);
        sessions.set(id, old);
        return old;
      }
      case 'recent_sessions':
        return [...sessions.values()]
          .sort((a, b) => Date.parse(b.session.startedAt) - Date.parse(a.session.startedAt))
          .slice(0, args.limit as number);
      default:
        throw `unknown command ${cmd}`;
    }
  }

  // Events (reminders-changed, navigate) are mocked too: tests send them with
  // `emit` from @tauri-apps/api/event, as Rust would.
  mockIPC(
    (cmd, args) => {
      const payload = (args ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args: payload });
      if (options.dialogsOpenUntil && DIALOG_COMMANDS.includes(cmd)) {
        return options.dialogsOpenUntil.then(() => answer(cmd, payload));
      }
      return answer(cmd, payload);
    },
    { shouldMockEvents: true },
  );

  return {
    calls,
    entries,
    procedures,
    sessions,
    get plan() {
      return plan;
    },
    history,
    answers,
    get reminders() {
      return [...reminders.values()];
    },
    /** What a tick in Rust would leave waiting (send 'reminders-changed' after). */
    setPending(next: Partial<Pending>) {
      pending = { due: [], catchUp: [], ...next };
    },
    /** Every plan clinician mode asked Rust to save as a file. */
    savedPlanFiles,
    get preferences() {
      return preferences;
    },
    walks,
    psfs,
    measures,
    /** Every export_file that got past the checks, with the dialog's answer. */
    exports,
    /** Every confirmed restore: its token and choice. */
    restores,
    get review() {
      return reviewInfo;
    },
    callsTo: (cmd: string) => calls.filter((c) => c.cmd === cmd),
    failNext: (cmd: string, error: ApiError) => {
      failNext[cmd] = error;
    },
  };
}
