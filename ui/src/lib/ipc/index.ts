// The one door to Rust. Views call these typed functions; nothing else in the
// UI imports @tauri-apps/*. A failed command rejects with an ApiError.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { ApiError } from './bindings/ApiError';
import type { Notice } from './bindings/Notice';
import type { PainDraft } from './bindings/PainDraft';
import type { PainEntry } from './bindings/PainEntry';
import type { Preferences } from './bindings/Preferences';
import type { StartupStatus } from './bindings/StartupStatus';
import type { Theme } from './bindings/Theme';
import type { Procedure } from './bindings/Procedure';
import type { ProcedureDraft } from './bindings/ProcedureDraft';
import type { Timeline } from './bindings/Timeline';
import type { Exercise } from './bindings/Exercise';
import type { Plan } from './bindings/Plan';
import type { PlanRecord } from './bindings/PlanRecord';
import type { PlanSource } from './bindings/PlanSource';
import type { PlanImportPreview } from './bindings/PlanImportPreview';
import type { SessionDraft } from './bindings/SessionDraft';
import type { SessionRecord } from './bindings/SessionRecord';
import type { Destination } from './bindings/Destination';
import type { DueReminder } from './bindings/DueReminder';
import type { LocalTime } from './bindings/LocalTime';
import type { Occurrence } from './bindings/Occurrence';
import type { Pause } from './bindings/Pause';
import type { Pending } from './bindings/Pending';
import type { QuietHours } from './bindings/QuietHours';
import type { Reminder } from './bindings/Reminder';
import type { ReminderAnswer } from './bindings/ReminderAnswer';
import type { ReminderDraft } from './bindings/ReminderDraft';
import type { ReminderKind } from './bindings/ReminderKind';
import type { RemindersOverview } from './bindings/RemindersOverview';
import type { Schedule } from './bindings/Schedule';
import type { SnoozeChoice } from './bindings/SnoozeChoice';
import type { Weekday } from './bindings/Weekday';
import type { WhenQuiet } from './bindings/WhenQuiet';
import type { ProgressRange } from './bindings/ProgressRange';
import type { ProgressView } from './bindings/ProgressView';
import type { TodaySummary } from './bindings/TodaySummary';
import type { MonitorState } from './bindings/MonitorState';
import type { PainTag } from './bindings/PainTag';
import type { Walk } from './bindings/Walk';
import type { PsfsDraft } from './bindings/PsfsDraft';
import type { PsfsRecord } from './bindings/PsfsRecord';
import type { ScoredMeasureDraft } from './bindings/ScoredMeasureDraft';
import type { ScoredMeasureRecord } from './bindings/ScoredMeasureRecord';
import type { Measure } from './bindings/Measure';
import type { ExportChoices } from './bindings/ExportChoices';
import type { ExportFormat } from './bindings/ExportFormat';
import type { ExportSource } from './bindings/ExportSource';
import type { PaperSize } from './bindings/PaperSize';
import type { RecordCounts } from './bindings/RecordCounts';
import type { RestoreChoice } from './bindings/RestoreChoice';
import type { RestoreDone } from './bindings/RestoreDone';
import type { RestorePreview } from './bindings/RestorePreview';
import type { ReviewInfo } from './bindings/ReviewInfo';
import type { DoseStepOffer } from './bindings/DoseStepOffer';
import type { OfferAnswer } from './bindings/OfferAnswer';
import type { OfferKey } from './bindings/OfferKey';
import type { PhasePlanOffer } from './bindings/PhasePlanOffer';
import type { PlanOffers } from './bindings/PlanOffers';
import { toApiError } from './error';

export type {
  ApiError,
  DoseStepOffer,
  OfferAnswer,
  OfferKey,
  PhasePlanOffer,
  PlanOffers,
  ExportChoices,
  ExportFormat,
  ExportSource,
  PaperSize,
  RecordCounts,
  RestoreChoice,
  RestoreDone,
  RestorePreview,
  ReviewInfo,
  ProgressRange,
  ProgressView,
  TodaySummary,
  MonitorState,
  PainTag,
  Walk,
  PsfsDraft,
  PsfsRecord,
  ScoredMeasureDraft,
  ScoredMeasureRecord,
  Measure,
  Exercise,
  Plan,
  PlanRecord,
  PlanSource,
  PlanImportPreview,
  Destination,
  DueReminder,
  LocalTime,
  Occurrence,
  Pause,
  Pending,
  QuietHours,
  Reminder,
  ReminderAnswer,
  ReminderDraft,
  ReminderKind,
  RemindersOverview,
  Schedule,
  SnoozeChoice,
  Weekday,
  WhenQuiet,
  SessionDraft,
  SessionRecord,
  Notice,
  PainDraft,
  PainEntry,
  Preferences,
  Procedure,
  ProcedureDraft,
  StartupStatus,
  Theme,
  Timeline,
};
export { toApiError };

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (thrown) {
    throw toApiError(thrown);
  }
}

export const startupStatus = () => call<StartupStatus>('startup_status');
/** The person has read the notice of a recovered journal (`Notice.recovery`):
 * it is not told again, in this run or the next. */
export const dismissRecovery = (id: number) => call<null>('dismiss_recovery', { id });

export const getPreferences = () => call<Preferences>('get_preferences');
export const setPreferences = (preferences: Preferences) =>
  call<Preferences>('set_preferences', { preferences });

export const logPain = (draft: PainDraft) => call<PainEntry>('log_pain', { draft });
export const updatePain = (id: number, draft: PainDraft) =>
  call<PainEntry>('update_pain', { id, draft });
export const deletePain = (id: number) => call<PainEntry>('delete_pain', { id });
export const undoDeletePain = (id: number) => call<PainEntry>('undo_delete_pain', { id });
export const recentPain = (limit: number) => call<PainEntry[]>('recent_pain', { limit });

export const listProcedures = () => call<Procedure[]>('list_procedures');
export const addProcedure = (draft: ProcedureDraft) => call<Procedure>('add_procedure', { draft });
export const updateProcedure = (id: number, draft: ProcedureDraft) =>
  call<Procedure>('update_procedure', { id, draft });
export const deleteProcedure = (id: number) => call<Procedure>('delete_procedure', { id });
export const undoDeleteProcedure = (id: number) =>
  call<Procedure>('undo_delete_procedure', { id });
/** Where the person stands in their relief window; null until a procedure is recorded. */
export const timeline = () => call<Timeline | null>('timeline');

export const exerciseLibrary = () => call<Exercise[]>('exercise_library');
export const currentPlan = () => call<PlanRecord | null>('current_plan');
/** The plan the app offers someone with none: their phase's, or with no
 * procedure recorded the gentlest (by date only). */
export const defaultPlanForToday = () => call<Plan>('default_plan_for_today');
export const savePlan = (plan: Plan, source: PlanSource) =>
  call<PlanRecord>('save_plan', { plan, source });
export const planHistory = () => call<PlanRecord[]>('plan_history');
/** What the app offers about the plan today (a new phase's plan, a note for a
 * plan not the app's own, a review date come, dose steps), decided in Rust. */
export const planOffers = () => call<PlanOffers>('plan_offers');
/** "Not now" to an offer, or "OK" to a note; kept in the journal. */
export const answerOffer = (key: OfferKey) => call<OfferAnswer>('answer_offer', { key });
/** Takes up an offer if it still stands; the old plan goes to the history.
 * Rejects with `offer_expired` (and changes nothing) if it no longer does. */
export const acceptOffer = (key: OfferKey) => call<PlanRecord>('accept_offer', { key });
/** Clinician mode: Rust checks the plan, shows the native Save dialog and writes
 * the plan file atomically. Resolves to the saved path, or null if cancelled. */
export const savePlanFile = (plan: Plan) => call<string | null>('save_plan_file', { plan });
/** Shows the native Open dialog; Rust reads and checks the file. Resolves to a
 * preview to confirm, or null if cancelled. The current plan is untouched. */
export const openPlanFile = () => call<PlanImportPreview | null>('open_plan_file');
/** Makes the previewed plan current; the old plan goes to the history. */
export const confirmPlanImport = (token: number) =>
  call<PlanRecord>('confirm_plan_import', { token });
export const cancelPlanImport = () => call<null>('cancel_plan_import');
export const logSession = (draft: SessionDraft) => call<SessionRecord>('log_session', { draft });
export const updateSession = (id: number, draft: SessionDraft) =>
  call<SessionRecord>('update_session', { id, draft });
export const deleteSession = (id: number) => call<SessionRecord>('delete_session', { id });
export const undoDeleteSession = (id: number) => call<SessionRecord>('undo_delete_session', { id });
export const recentSessions = (limit: number) =>
  call<SessionRecord[]>('recent_sessions', { limit });

export const remindersOverview = () => call<RemindersOverview>('reminders_overview');
/** Adds a reminder (id null) or changes one; Rust checks it first. */
export const saveReminder = (id: number | null, draft: ReminderDraft) =>
  call<Reminder>('save_reminder', { id, draft });
export const deleteReminder = (id: number) => call<Reminder>('delete_reminder', { id });
export const undoDeleteReminder = (id: number) => call<Reminder>('undo_delete_reminder', { id });
/** The gentle defaults (one routine, one diary reminder a day), only if there are none. */
export const addDefaultReminders = () => call<Reminder[]>('add_default_reminders');
/** Sets (or with null clears) the quiet hours; resolves to the saved preferences. */
export const setQuietHours = (quiet: QuietHours | null) =>
  call<Preferences>('set_quiet_hours', { quiet });
/** What waits for an answer: banners for reminders that just rang, and the
 * catch-up prompt for ones missed while the app was closed or asleep. */
export const pendingReminders = () => call<Pending>('pending_reminders');
export const answerReminder = (occurrence: Occurrence, answer: ReminderAnswer) =>
  call<Pending>('answer_reminder', { occurrence, answer });
/** Holds every reminder back: 'oneHour' for "snooze all", 'untilTomorrow' to pause. */
export const pauseReminders = (choice: SnoozeChoice) => call<Pause>('pause_reminders', { choice });
export const resumeReminders = () => call<null>('resume_reminders');
/** Rust shows the native Save dialog and writes an .ics file; the path, or null if cancelled. */
export const exportCalendar = () => call<string | null>('export_calendar');
/** Whether the app starts at login (the operating system's own setting). */
export const launchAtLogin = () => call<boolean>('launch_at_login');
export const setLaunchAtLogin = (enabled: boolean) =>
  call<boolean>('set_launch_at_login', { enabled });

/** Everything the Progress section draws for a range ending today; computed in Rust. */
export const progress = (range: ProgressRange) => call<ProgressView>('progress', { range });
/** Today's gentle line about the week, and what the relief-window monitor says. */
export const todaySummary = () => call<TodaySummary>('today_summary');
/** Sets the minutes walked on a day (YYYY-MM-DD), replacing what was there; 0 is "did not walk". */
export const setWalking = (date: string, minutes: number) =>
  call<Walk>('set_walking', { date, minutes });
export const addPsfs = (draft: PsfsDraft) => call<PsfsRecord>('add_psfs', { draft });
export const deletePsfs = (id: number) => call<PsfsRecord>('delete_psfs', { id });
export const undoDeletePsfs = (id: number) => call<PsfsRecord>('undo_delete_psfs', { id });
/** Every PSFS, oldest first. */
export const listPsfs = () => call<PsfsRecord[]>('list_psfs');
/** An ODI or RMDQ total scored elsewhere; no questionnaire text is shipped. */
export const addMeasure = (draft: ScoredMeasureDraft) =>
  call<ScoredMeasureRecord>('add_measure', { draft });
export const deleteMeasure = (id: number) => call<ScoredMeasureRecord>('delete_measure', { id });
export const undoDeleteMeasure = (id: number) =>
  call<ScoredMeasureRecord>('undo_delete_measure', { id });

/** Makes the report (pdf), the CSV zip (csv), the FHIR file (fhir) or a
 * backup (always the whole journal) from the person's journal or the file
 * under review; Rust shows the native Save dialog, which asks before replacing
 * a file, and writes it whole. Resolves to the saved full path, or null if
 * the person cancelled. Bad choices reject before the dialog, with `field`
 * naming 'since', 'until', 'birthDate' or 'name'. */
export const exportFile = (choices: ExportChoices, source: ExportSource) =>
  call<string | null>('export_file', { choices, source });
/** Shows the native Open dialog for a backup; Rust checks the whole file.
 * Resolves to a preview with counts to confirm, or null if cancelled. The
 * journal is untouched. */
export const openRestore = () => call<RestorePreview | null>('open_restore');
/** Restores the previewed backup: 'merge' adds what is new, 'replace' makes
 * the journal hold exactly the backup. Rust backs the journal up first. */
export const confirmRestore = (token: number, choice: RestoreChoice) =>
  call<RestoreDone>('confirm_restore', { token, choice });
export const cancelRestore = () => call<null>('cancel_restore');
/** Clinician mode: opens a patient's backup read-only, in a private journal
 * of its own; null if cancelled. Replaces any review already open. */
export const openReview = () => call<ReviewInfo | null>('open_review');
/** The file under review, if any. */
export const reviewStatus = () => call<ReviewInfo | null>('review_status');
/** Progress for the file under review, as `progress` is for the journal. */
export const reviewProgress = (range: ProgressRange) =>
  call<ProgressView>('review_progress', { range });
/** Ends the review; Rust deletes its private journal. */
export const closeReview = () => call<null>('close_review');

/** Calls `handler` whenever reminders rang, were answered or changed. Resolves
 * to a function that stops listening. */
export const onRemindersChanged = (handler: () => void) =>
  listen('reminders-changed', () => handler());
/** Calls `handler` when the tray or a notification asks the window to go somewhere. */
export const onNavigate = (handler: (to: Destination) => void) =>
  listen<Destination>('navigate', (event) => handler(event.payload));

/** Opens a Learn source in the person's web browser. Rust looks the address
 * up by id in lib/learn/sources.json, so the webview never opens a web
 * address itself. Rejects with `unknown_source` or `open_failed`. */
export const openSource = (id: string) => call<null>('open_source', { id });

let readySent = false;
/** Tells Rust the first meaningful screen is on show. Only the first call counts. */
export async function uiReady(): Promise<void> {
  if (readySent) return;
  readySent = true;
  try {
    await call<null>('ui_ready');
  } catch {
    // Nothing a person can do about a missed timing signal; the app works on.
  }
}

/** For tests only: forget that ui_ready was sent. */
export function resetUiReadyForTests(): void {
  readySent = false;
}
