// A stand-in for Tauri's IPC inside the page. Playwright runs
// installFakeTauri(scenario) before any page script (page.addInitScript), so
// @tauri-apps/api/core's invoke() finds window.__TAURI_INTERNALS__ and talks
// to this in-memory journal instead of Rust. It must be self-contained: it
// is serialised into the page.

export function installFakeTauri(scenario) {
  const calls = [];
  const entries = new Map((scenario.entries ?? []).map((e) => [e.id, e]));
  const deleted = new Map();
  let nextId = Math.max(0, ...entries.keys()) + 1;
  let preferences = {
    theme: 'system',
    textSize: 100,
    language: 'en',
    // Past the first-run welcome unless a scenario asks for it: most tests are
    // about the app after first run.
    onboardingDone: true,
    clinicianMode: false,
    closeToTray: true,
    trayExplained: false,
    ...scenario.preferences,
  };
  const failNext = { ...scenario.failNext };
  const procedures = new Map((scenario.procedures ?? []).map((p) => [p.id, p]));
  const deletedProcedures = new Map();
  let nextProcedureId = Math.max(0, ...procedures.keys()) + 1;
  const procedureNotFound = { code: 'not_found', message: 'This record could not be found.' };

  // The real library and default plans (tests/fixtures, generated from
  // relief-core), passed in by the harness because this function runs in the page.
  const library = scenario.library ?? [];
  const defaultPlans = scenario.defaultPlans ?? {};
  let plan = scenario.plan ?? null;
  const history = [];
  const savedPlanFiles = [];
  let pendingToken = 0;
  let pendingPlan = null;
  let nextPlanId = (plan?.id ?? 0) + 1;
  const sessions = new Map((scenario.sessions ?? []).map((r) => [r.id, r]));
  const deletedSessions = new Map();
  let nextSessionId = Math.max(0, ...sessions.keys()) + 1;
  const sessionNotFound = { code: 'not_found', message: 'This session could not be found.' };
  const now = () => new Date().toISOString();

  // relief-core's SessionExercise::settled: skipped or not done keeps no
  // counts, and nothing done (no rep, hold or minute) is not done.
  function settled(e) {
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

  // What plan_offers answers (relief-core decides it); none by default.
  const offers = {
    phase: scenario.timeline?.position.phase ?? null,
    region: null,
    phasePlan: null,
    phaseNotice: null,
    reviewDue: null,
    doseSteps: [],
    ...scenario.planOffers,
  };

  function sessionFrom(draft) {
    if (!Number.isInteger(draft.effort) || draft.effort < 0 || draft.effort > 10) {
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

  function procedureFrom(id, draft) {
    if (!draft.region) {
      throw { code: 'region_missing', message: 'Please choose the part of your spine that was treated.' };
    }
    return {
      id,
      date: draft.date,
      region: draft.region,
      levels: draft.levels ?? [],
      side: draft.side ?? null,
      clinic: draft.clinic?.trim() || null,
      clinician: draft.clinician?.trim() || null,
      clinicPhone: draft.clinicPhone?.trim() || null,
      baselinePain: draft.baselinePain ?? null,
      notes: draft.notes?.trim() || null,
    };
  }

  const notFound = { code: 'not_found', message: 'This entry could not be found. It may have been deleted already.' };

  // relief-core's PainDraft::validate: the score, then each diary rating
  // (named by its field), and the tags as a set in PainTag::ALL order.
  function checkDraft(draft) {
    if (!Number.isInteger(draft.score)) {
      throw { code: 'pain_not_whole', message: 'Pain is rated in whole numbers.' };
    }
    if (draft.score < 0 || draft.score > 10) {
      throw { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10.' };
    }
    for (const field of ['worst24h', 'average24h', 'interference']) {
      const value = draft[field];
      if (value === undefined || value === null) continue;
      if (value < 0 || value > 10) throw { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10.', field };
      if (!Number.isInteger(value)) throw { code: 'pain_not_whole', message: 'Pain is rated in whole numbers.', field };
    }
  }

  /** The diary's additions as the journal stores them: absent when not given. */
  function diary(draft) {
    const out = {};
    for (const field of ['worst24h', 'average24h', 'interference']) {
      if (draft[field] !== undefined && draft[field] !== null) out[field] = draft[field];
    }
    const tags = ['morning', 'afterExercise', 'work', 'sleep'].filter((tag) => draft.tags?.includes(tag));
    if (tags.length > 0) out.tags = tags;
    return out;
  }

  // Progress entry: walking, PSFS and ODI/RMDQ totals, with relief-core's rules
  // (stats/measures.rs, pain.rs Walk::new) by their codes and fields.
  const localDate = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const today = () => scenario.today ?? localDate(new Date());
  const realDate = (text) => {
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [y, m, d] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  };
  const invalidInput = (field) => ({
    code: 'invalid_input',
    message: 'Something in this entry could not be saved. Please check it and try again.',
    ...(field ? { field } : {}),
  });
  const walks = new Map();
  const psfs = new Map((scenario.psfs ?? []).map((r) => [r.id, r]));
  const deletedPsfs = new Map();
  let nextPsfsId = Math.max(0, ...psfs.keys()) + 1;
  const measures = new Map();
  const deletedMeasures = new Map();
  let nextMeasureId = 1000;
  const recordNotFound = { code: 'not_found', message: 'This record could not be found.' };

  function notInFuture(date, field) {
    if (date > today()) {
      throw { code: 'date_in_future', message: 'This date is in the future. Please choose today or an earlier day.', field };
    }
  }

  function checkPsfs(draft) {
    const count = draft.activities?.length ?? 0;
    if (count < 1 || count > 5) throw { code: 'psfs_activity_count', message: 'Please list from 1 to 5 activities.', field: 'activities' };
    const kept = [];
    draft.activities.forEach((activity, i) => {
      if (!Number.isInteger(activity.score) || activity.score < 0 || activity.score > 255) throw invalidInput(`activities[${i}].score`);
      const field = `activities[${i}].name`;
      const name = (activity.name ?? '').trim();
      if (!name) throw { code: 'field_required', message: 'Please fill this in.', field };
      if ([...name].length > 80) throw { code: 'text_too_long', message: 'This text is too long to save. Please shorten it to 80 characters or fewer.', field };
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

  function checkMeasure(draft) {
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

  const baseMeasures = () => scenario.progress?.views?.all?.measures ?? [];

  /** A view with this fake's own changes to the measures: added ones appended, deleted ones gone. */
  function withMeasures(view, range) {
    const base = view.measures.filter((m) => !deletedMeasures.has(m.id) && !measures.has(m.id));
    const added = [...measures.values()].filter(
      (m) => range === 'all' || (m.recordedOn >= view.range.first && m.recordedOn <= view.range.last),
    );
    return { ...view, measures: [...base, ...added].sort((a, b) => a.recordedOn.localeCompare(b.recordedOn) || a.id - b.id) };
  }

  function handleEntry(cmd, args) {
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
        if (!old) throw recordNotFound;
        psfs.delete(args.id);
        deletedPsfs.set(args.id, old);
        return old;
      }
      case 'undo_delete_psfs': {
        const old = deletedPsfs.get(args.id);
        if (!old) throw recordNotFound;
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
        if (!old || deletedMeasures.has(args.id)) throw recordNotFound;
        measures.delete(args.id);
        deletedMeasures.set(args.id, old);
        return old;
      }
      case 'undo_delete_measure': {
        const old = deletedMeasures.get(args.id);
        if (!old) throw recordNotFound;
        deletedMeasures.delete(args.id);
        measures.set(args.id, old);
        return old;
      }
      default:
        return undefined;
    }
  }

  // Reminders: the list, quiet hours, pause, what waits for an answer, and the
  // rules Rust checks (relief-core), by their codes.
  const reminders = new Map((scenario.reminders ?? []).map((r) => [r.id, r]));
  const deletedReminders = new Map();
  let nextReminderId = Math.max(0, ...reminders.keys()) + 1;
  let paused = scenario.paused ?? null;
  let pending = { due: [], catchUp: [], ...scenario.pending };
  const answers = [];
  let launchAtLogin = scenario.launchAtLogin ?? false;
  const reminderNotFound = { code: 'not_found', message: 'This reminder could not be found.' };

  function checkReminder(draft) {
    const message = (draft.message ?? '').trim();
    if (!message) throw { code: 'field_required', message: 'Please fill this in.', field: 'message' };
    if (message.length > 200) {
      throw { code: 'text_too_long', message: 'This text is too long. Please keep it to 200 characters or fewer.', field: 'message' };
    }
    const schedule = draft.schedule;
    if (schedule.kind === 'weekly') {
      if (!schedule.days.length) throw { code: 'no_weekday', message: 'Please choose at least one day.', field: 'schedule.days' };
      if (!schedule.times.length) throw { code: 'no_time', message: 'Please add at least one time.', field: 'schedule.times' };
      schedule.times.forEach((time, i) => {
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
    if (scenario.nextReminder !== undefined) return scenario.nextReminder;
    const first = [...reminders.values()].find((r) => r.enabled);
    if (!first) return null;
    const due = new Date(Date.now() + 3_600_000);
    return { occurrence: { reminderId: first.id, local: due.toISOString().slice(0, 19), due: due.toISOString() }, kind: first.kind, message: first.message };
  }

  function handleReminders(cmd, args) {
    switch (cmd) {
      case 'reminders_overview':
        return { reminders: [...reminders.values()], quietHours: preferences.quietHours ?? null, next: nextReminder(), paused };
      case 'save_reminder': {
        const valid = checkReminder(args.draft);
        if (args.id != null && !reminders.has(args.id)) throw reminderNotFound;
        const reminder = { id: args.id ?? nextReminderId++, ...valid };
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
          for (const [kind, message, hour] of [
            ['routine', "Time for today's exercises. A little, often, is the aim.", 10],
            ['diary', 'How is your pain today? Take a moment to note it.', 19],
          ]) {
            const id = nextReminderId++;
            reminders.set(id, { id, kind, message, enabled: true, schedule: { kind: 'weekly', days: every, times: [{ hour, minute: 0 }] } });
          }
        }
        return [...reminders.values()];
      case 'set_quiet_hours': {
        const quiet = args.quiet;
        if (quiet && quiet.start.hour === quiet.end.hour && quiet.start.minute === quiet.end.minute) {
          throw { code: 'quiet_hours_empty', message: 'Quiet hours need a different start and end time.', field: 'end' };
        }
        preferences = { ...preferences, quietHours: quiet ?? undefined };
        if (!quiet) delete preferences.quietHours;
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
        return scenario.calendarPath === undefined ? '/home/pat/relief-window-reminders.ics' : scenario.calendarPath;
      case 'launch_at_login':
        return launchAtLogin;
      case 'set_launch_at_login':
        launchAtLogin = args.enabled;
        return launchAtLogin;
      default:
        return undefined;
    }
  }

  // Progress: what Rust computed for a seeded year (tests/fixtures/progress.json,
  // passed in by a test as scenario.progress), or an empty view of the range.
  // The statistics live in relief-core; the fake never recomputes them.
  function emptyView(range) {
    const days = { '4w': 28, '3m': 91, '12m': 365, all: 1 }[range] ?? 28;
    const today = new Date();
    const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const dates = Array.from({ length: days }, (_, i) => {
      const d = new Date(today);
      d.setDate(d.getDate() - (days - 1 - i));
      return iso(d);
    });
    return {
      range: { first: dates[0], last: dates[dates.length - 1] },
      pain: { days: dates.map((date) => ({ date, mean: null, readings: 0, rollingMean: null })), baseline: null, band: null, mcid: 2 },
      adherence: { weeks: [], range: { planned: 0, done: 0, percent: null }, exercises: [], skips: ['tooPainful', 'noTime', 'noSpaceOrEquipment', 'other'].map((reason) => ({ reason, fromSessions: 0, fromReminders: 0 })) },
      activeDays: dates.map((date) => ({ date, active: false, sessions: 0, sessionMinutes: 0, walkingMinutes: 0 })),
      psfs: [],
      measures: [],
      monitor: { state: 'quiet', reason: 'noBaseline' },
    };
  }

  function handleProgress(cmd, args) {
    switch (cmd) {
      case 'progress':
        if (!['4w', '3m', '12m', 'all'].includes(args.range)) {
          throw { code: 'invalid_input', message: 'Something went wrong inside the app. Please try again.', field: 'range' };
        }
        return withMeasures(scenario.progress?.views?.[args.range] ?? emptyView(args.range), args.range);
      case 'today_summary':
        return scenario.todaySummary ?? scenario.progress?.summary ?? { activeDaysThisWeek: 0, monitor: { state: 'quiet', reason: 'noBaseline' } };
      default:
        return undefined;
    }
  }

  // Export, restore and review (src-tauri/src/commands/export.rs). The
  // choices are checked as ExportChoices::check does; the native dialogs
  // answer as the scenario says: scenario.exportPath (a path, or null for a
  // cancel; Rust's suggested name in /home/pat otherwise), scenario.restoreFile
  // ({fileName, inFile, newInMerge}: what Rust read from the picked backup, or
  // null) and scenario.reviewFile ({fileName, painEntries, sessions}, or null).
  // A review open at start is scenario.review; review_progress answers
  // scenario.reviewProgress (tests/fixtures/progress.json) or an empty view.
  const exports = [];
  const restores = [];
  let reviewInfo = scenario.review ?? null;
  let restoreToken = 0;
  let waitingRestore = null;
  const EXTENSIONS = { pdf: 'pdf', csv: 'zip', fhir: 'json', backup: 'json' };
  const SUGGESTED = { pdf: 'report', csv: 'csv', fhir: 'fhir', backup: 'backup' };
  const sum = (counts) => Object.values(counts).reduce((a, b) => a + b, 0);
  const reviewNotOpen = { code: 'review_not_open', message: 'No file is open for review.' };

  function journalCounts() {
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

  function checkExport(choices, source) {
    if (!choices || !(choices.format in EXTENSIONS)) throw invalidInput('format');
    if (source !== 'journal' && source !== 'review') throw invalidInput();
    if (source === 'review' && !reviewInfo) throw reviewNotOpen;
    for (const field of ['since', 'until', 'birthDate']) {
      const date = choices[field];
      if (date === undefined || date === null) continue;
      if (!realDate(date)) throw invalidInput(field);
      if (date > today()) {
        throw { code: 'export_date_in_future', message: 'This date is after today. Please choose today or an earlier day.', field };
      }
    }
    if (choices.since && choices.until && choices.since > choices.until) {
      throw { code: 'export_dates_reversed', message: 'The last day comes before the first. Please check the dates.', field: 'until' };
    }
    if (choices.name && [...choices.name].length > 120) {
      throw { code: 'export_name_too_long', message: 'The name is too long. Please shorten it.', field: 'name' };
    }
  }

  function handleExport(cmd, args) {
    switch (cmd) {
      case 'export_file': {
        checkExport(args.choices, args.source);
        const { format } = args.choices;
        const path =
          scenario.exportPath === undefined ? `/home/pat/relief-window-${SUGGESTED[format]}-${today()}.${EXTENSIONS[format]}` : scenario.exportPath;
        exports.push({ choices: args.choices, source: args.source, path });
        return path;
      }
      case 'open_restore': {
        const file = scenario.restoreFile;
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
        return { records: sum(args.choice === 'merge' ? file.newInMerge : file.inFile), backupFile: `journal-${stamp}-before-restore.sqlite3`, preferencesPending: false };
      }
      case 'cancel_restore':
        waitingRestore = null;
        return null;
      case 'open_review':
        if (!scenario.reviewFile) return null;
        reviewInfo = scenario.reviewFile;
        return reviewInfo;
      case 'review_status':
        return reviewInfo;
      case 'review_progress':
        if (!reviewInfo) throw reviewNotOpen;
        if (!['4w', '3m', '12m', 'all'].includes(args.range)) throw invalidInput('range');
        return scenario.reviewProgress?.views?.[args.range] ?? emptyView(args.range);
      case 'close_review':
        reviewInfo = null;
        return null;
      default:
        return undefined;
    }
  }

  // Events Rust sends (reminders-changed, navigate): listeners registered by
  // @tauri-apps/api/event's listen(), called by __FAKE_TAURI__.emit().
  const listeners = new Map();
  let nextEventId = 1;

  function handle(cmd, args) {
    if (failNext[cmd]) {
      const error = failNext[cmd];
      delete failNext[cmd];
      throw error;
    }
    if (cmd === 'plugin:event|listen') {
      const id = nextEventId++;
      listeners.set(id, { event: args.event, handler: args.handler });
      return id;
    }
    if (cmd === 'plugin:event|unlisten') {
      listeners.delete(args.eventId);
      return null;
    }
    const reminderAnswer = handleReminders(cmd, args);
    if (reminderAnswer !== undefined) return reminderAnswer;
    const progressAnswer = handleProgress(cmd, args);
    if (progressAnswer !== undefined) return progressAnswer;
    const entryAnswer = handleEntry(cmd, args);
    if (entryAnswer !== undefined) return entryAnswer;
    const exportAnswer = handleExport(cmd, args);
    if (exportAnswer !== undefined) return exportAnswer;
    switch (cmd) {
      case 'startup_status':
        return {
          journalError: scenario.journalError ?? null,
          dataDir: '/home/pat/.local/share/relief-window',
          notices: scenario.notices ?? [],
        };
      case 'dismiss_recovery':
        return null;
      case 'get_preferences':
        return preferences;
      case 'set_preferences':
        if (![100, 125, 150, 175, 200].includes(args.preferences.textSize)) {
          throw { code: 'text_size_unsupported', message: 'That text size is not available.' };
        }
        preferences = args.preferences;
        return preferences;
      case 'log_pain': {
        checkDraft(args.draft);
        const now = new Date().toISOString();
        const entry = {
          id: nextId++,
          score: args.draft.score,
          note: args.draft.note?.trim() || null,
          recordedAt: args.draft.recordedAt ?? now,
          updatedAt: now,
          ...diary(args.draft),
        };
        entries.set(entry.id, entry);
        return entry;
      }
      case 'update_pain': {
        const old = entries.get(args.id);
        if (!old) throw notFound;
        checkDraft(args.draft);
        const { worst24h, average24h, interference, tags, ...kept } = old;
        const entry = { ...kept, score: args.draft.score, note: args.draft.note?.trim() || null, updatedAt: new Date().toISOString(), ...diary(args.draft) };
        entries.set(entry.id, entry);
        return entry;
      }
      case 'delete_pain': {
        const old = entries.get(args.id);
        if (!old) throw notFound;
        entries.delete(args.id);
        deleted.set(args.id, old);
        return old;
      }
      case 'undo_delete_pain': {
        const old = deleted.get(args.id);
        if (!old) throw notFound;
        deleted.delete(args.id);
        entries.set(old.id, old);
        return old;
      }
      case 'recent_pain':
        return [...entries.values()]
          .sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt))
          .slice(0, args.limit);
      case 'ui_ready':
        return null;
      case 'list_procedures':
        return [...procedures.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
      case 'add_procedure': {
        const created = procedureFrom(nextProcedureId++, args.draft);
        procedures.set(created.id, created);
        return created;
      }
      case 'update_procedure': {
        if (!procedures.has(args.id)) throw procedureNotFound;
        const updated = procedureFrom(args.id, args.draft);
        procedures.set(args.id, updated);
        return updated;
      }
      case 'delete_procedure': {
        const old = procedures.get(args.id);
        if (!old) throw procedureNotFound;
        procedures.delete(args.id);
        deletedProcedures.set(args.id, old);
        return old;
      }
      case 'undo_delete_procedure': {
        const old = deletedProcedures.get(args.id);
        if (!old) throw procedureNotFound;
        deletedProcedures.delete(args.id);
        procedures.set(args.id, old);
        return old;
      }
      case 'timeline':
        // Computed by relief-core in the real app; a scenario gives a fixed one.
        return scenario.timeline ?? null;
      case 'exercise_library':
        return library;
      case 'current_plan':
        return plan;
      case 'default_plan_for_today':
        // With no procedure recorded, the gentlest plan (relief-core's starting_plan).
        return defaultPlans[scenario.timeline?.position.phase ?? 'planned'];
      case 'plan_offers':
        return offers;
      case 'answer_offer': {
        const key = JSON.stringify(args.key);
        const same = (k) => !!k && JSON.stringify(k) === key;
        if (same(offers.phasePlan?.key)) offers.phasePlan = { ...offers.phasePlan, hidden: true };
        if (same(offers.phaseNotice)) offers.phaseNotice = null;
        if (same(offers.reviewDue?.key)) offers.reviewDue = null;
        offers.doseSteps = offers.doseSteps.filter((s) => !same(s.key));
        return { key: args.key, at: now() };
      }
      case 'accept_offer': {
        const key = JSON.stringify(args.key);
        const step = offers.doseSteps.find((s) => JSON.stringify(s.key) === key);
        let next;
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
          throw {
            code: 'offer_expired',
            message: 'This suggestion has changed since it was shown. Your plan has not changed. Please look at it again.',
          };
        }
        if (plan) history.unshift({ ...plan, replacedAt: now() });
        plan = { id: nextPlanId++, plan: next, source: 'default', createdAt: now(), replacedAt: null };
        return plan;
      }
      case 'save_plan':
        if (!args.plan.items?.length) {
          throw { code: 'plan_item_count', message: 'A plan needs at least 1 exercise and can have up to 30.', field: 'items' };
        }
        if (plan) history.unshift({ ...plan, replacedAt: now() });
        plan = { id: nextPlanId++, plan: args.plan, source: args.source, createdAt: now(), replacedAt: null };
        return plan;
      case 'plan_history':
        return history;
      case 'save_plan_file':
        // Rust checks the plan, shows the native Save dialog and writes the file.
        if (!args.plan.items?.length) {
          throw { code: 'plan_item_count', message: 'A plan needs at least 1 exercise and can have up to 30.', field: 'items' };
        }
        savedPlanFiles.push(args.plan);
        return scenario.savedPlanPath === undefined ? '/home/physio/relief-window-plan.json' : scenario.savedPlanPath;
      case 'open_plan_file':
        // scenario.planFile: what Rust read and checked from the picked file
        // ({fileName, plan, unknownIds}), or null for a cancelled dialog.
        if (!scenario.planFile) return null;
        pendingToken += 1;
        pendingPlan = scenario.planFile.plan;
        return { token: pendingToken, fileName: scenario.planFile.fileName, plan: pendingPlan, unknownIds: scenario.planFile.unknownIds ?? [], current: plan };
      case 'confirm_plan_import':
        if (!pendingPlan || args.token !== pendingToken) {
          throw { code: 'import_expired', message: 'That plan preview is out of date. Please open the plan file again.' };
        }
        if (plan) history.unshift({ ...plan, replacedAt: now() });
        plan = { id: nextPlanId++, plan: pendingPlan, source: 'file', createdAt: now(), replacedAt: null };
        pendingPlan = null;
        return plan;
      case 'cancel_plan_import':
        pendingPlan = null;
        return null;
      case 'log_session': {
        const record = { id: nextSessionId++, session: sessionFrom(args.draft), planId: plan?.id ?? null };
        sessions.set(record.id, record);
        return record;
      }
      case 'update_session': {
        const old = sessions.get(args.id);
        if (!old) throw sessionNotFound;
        const record = { ...old, session: sessionFrom(args.draft) };
        sessions.set(args.id, record);
        return record;
      }
      case 'delete_session': {
        const old = sessions.get(args.id);
        if (!old) throw sessionNotFound;
        sessions.delete(args.id);
        deletedSessions.set(args.id, old);
        return old;
      }
      case 'undo_delete_session': {
        const old = deletedSessions.get(args.id);
        if (!old) throw sessionNotFound;
        deletedSessions.delete(args.id);
        sessions.set(args.id, old);
        return old;
      }
      case 'recent_sessions':
        return [...sessions.values()]
          .sort((a, b) => Date.parse(b.session.startedAt) - Date.parse(a.session.startedAt))
          .slice(0, args.limit);
      case 'open_source':
        // Rust opens the address it finds for this id in sources.json.
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(args.id)) {
          throw { code: 'unknown_source', message: 'This source could not be found.' };
        }
        return null;
      default:
        // What Tauri itself rejects with for an unknown command: a bare string.
        throw `command ${cmd} not found`;
    }
  }

  // The commands that show a native Save or Open window: scenario.dialogMs
  // keeps it open that long (a person choosing a folder).
  const DIALOG_COMMANDS = ['export_file', 'open_restore', 'open_review', 'save_plan_file', 'open_plan_file', 'export_calendar'];

  // The shape @tauri-apps/api v2 (core.js, mocks.js) expects.
  const callbacks = new Map();
  window.__TAURI_INTERNALS__ = {
    metadata: {
      currentWindow: { label: 'main' },
      currentWebview: { windowLabel: 'main', label: 'main' },
    },
    invoke(cmd, args = {}, _options) {
      calls.push({ cmd, args: JSON.parse(JSON.stringify(args)) });
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            resolve(handle(cmd, args));
          } catch (error) {
            reject(error);
          }
        }, (DIALOG_COMMANDS.includes(cmd) && scenario.dialogMs) || (scenario.latencyMs ?? 5));
      });
    },
    transformCallback(callback, once = false) {
      const id = window.crypto.getRandomValues(new Uint32Array(1))[0];
      callbacks.set(id, (data) => {
        if (once) callbacks.delete(id);
        return callback && callback(data);
      });
      return id;
    },
    unregisterCallback(id) {
      callbacks.delete(id);
    },
    runCallback(id, data) {
      callbacks.get(id)?.(data);
    },
    callbacks,
    convertFileSrc(path, protocol = 'asset') {
      return `${protocol}://localhost/${encodeURIComponent(path)}`;
    },
  };
  // For the tests to read what the page asked for.
  window.__FAKE_TAURI__ = {
    calls,
    savedPlanFiles,
    answers,
    walks,
    psfs,
    /** Every export_file that got past the checks, with the dialog's answer. */
    exports,
    /** Every confirmed restore: its token and choice. */
    restores,
    get review() {
      return reviewInfo;
    },
    get reminders() {
      return [...reminders.values()];
    },
    /** What a tick in Rust would do: new pending reminders, then the event. */
    setPending(next) {
      pending = { due: [], catchUp: [], ...next };
      this.emit('reminders-changed', null);
    },
    emit(event, payload) {
      for (const [id, listener] of listeners) {
        if (listener.event === event) window.__TAURI_INTERNALS__.runCallback(listener.handler, { event, id, payload });
      }
    },
  };
}
