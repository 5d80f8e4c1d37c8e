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

  function sessionFrom(draft) {
    if (!Number.isInteger(draft.effort) || draft.effort < 0 || draft.effort > 10) {
      throw { code: 'effort_out_of_range', message: 'Effort is rated with a whole number from 0 to 10.' };
    }
    return {
      startedAt: draft.startedAt,
      finishedAt: draft.finishedAt,
      exercises: draft.exercises,
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
      baselinePain: draft.baselinePain ?? null,
      notes: draft.notes?.trim() || null,
    };
  }

  const notFound = { code: 'not_found', message: 'This entry could not be found. It may have been deleted already.' };

  function checkDraft(draft) {
    if (!Number.isInteger(draft.score)) {
      throw { code: 'pain_not_whole', message: 'Pain is rated in whole numbers.' };
    }
    if (draft.score < 0 || draft.score > 10) {
      throw { code: 'pain_out_of_range', message: 'Pain is rated from 0 to 10.' };
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
      adherence: { weeks: [], exercises: [], skips: ['tooPainful', 'noTime', 'noSpaceOrEquipment', 'other'].map((reason) => ({ reason, fromSessions: 0, fromReminders: 0 })) },
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
        return scenario.progress?.views?.[args.range] ?? emptyView(args.range);
      case 'today_summary':
        return scenario.todaySummary ?? scenario.progress?.summary ?? { activeDaysThisWeek: 0, monitor: { state: 'quiet', reason: 'noBaseline' } };
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
    switch (cmd) {
      case 'startup_status':
        return {
          journalError: scenario.journalError ?? null,
          dataDir: '/home/pat/.local/share/relief-window',
          notices: scenario.notices ?? [],
        };
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
        };
        entries.set(entry.id, entry);
        return entry;
      }
      case 'update_pain': {
        const old = entries.get(args.id);
        if (!old) throw notFound;
        checkDraft(args.draft);
        const entry = { ...old, score: args.draft.score, note: args.draft.note?.trim() || null, updatedAt: new Date().toISOString() };
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
        return defaultPlans[scenario.timeline?.position.phase ?? 'strengthen'];
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
        }, scenario.latencyMs ?? 5);
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
