# Relief Window: every word a person sees, in English.
# The Rust side reads this same file for the error-* and notice-* messages,
# so keep those ids exactly as they are.
# Style: calm, plain, short, second person, no blame.

## App shell

app-name = Relief Window
skip-to-main = Skip to main content
nav-label = Sections
nav-today = Today
nav-learn = Learn
nav-routine = Routine
nav-reminders = Reminders
nav-progress = Progress
nav-export = Export
nav-settings = Settings
loading = Opening your journal…

## Get help

help-open = Get help
help-title = Get help
help-intro = This app is for keeping a record. It cannot give medical advice. If something worries you, contact a health professional.
help-emergency-title = Call your local emergency number now if you have
help-emergency-numbness = numbness or tingling around your genitals, buttocks or inner thighs
help-emergency-bladder = new trouble passing urine, or loss of control of your bladder or bowels
help-emergency-both-legs = weakness or numbness in both legs
help-emergency-sexual = new problems with sexual function
help-emergency-leg = weakness or numbness in a leg that does not go away or is getting worse
help-emergency-why = The first four can be signs of cauda equina syndrome, a rare problem with the nerves at the base of the spine. It needs treatment straight away.
help-clinic-title = Contact your clinic or a doctor the same day if you have
# $phone: the clinic's phone number as the person wrote it; $clinic: its name.
help-clinic-phone = Your clinic's phone number: { $phone }
help-clinic-phone-named = Your clinic ({ $clinic }): { $phone }
help-clinic-fever = a fever after your procedure, with back pain that is getting worse
help-clinic-infection = pain that is getting worse where a needle went in, with redness, heat or swelling. This can be a sign of infection.
help-soon-title = Contact a doctor soon if you have
help-soon-weight = weight loss that you cannot explain
help-soon-night = pain that is much worse at night
help-sources-title = Where this comes from
help-source-nhs-norfolk = NHS Norfolk and Waveney Community Health, MSK service: “Got back pain?”
help-source-roh = The Royal Orthopaedic Hospital NHS Foundation Trust: radiofrequency denervation of nerves
help-close = Close

## Today

today-title = Today
today-log-title = How is your pain right now?
pain-label = Pain score, from 0 to 10
pain-word-0 = No pain
pain-word-mild = Mild
pain-word-moderate = Moderate
pain-word-severe = Severe
pain-word-10 = Worst imaginable
# $score (number), $word (text)
pain-valuetext = { $score }, { $word }
pain-scale-0 = 0 No pain
pain-scale-5 = 5 Moderate
pain-scale-10 = 10 Worst imaginable
pain-keys-hint = Choose a number. You can also use the arrow keys, or type a number from 0 to 9.
pain-not-chosen = No number chosen yet
pain-missing = Please choose a number from 0 to 10 for your pain, then save.
note-label = Note (optional)
# $max (number), $left (number)
note-hint = Anything you want to remember, such as what you were doing. Up to { $max } characters; { $left } left.
save = Save
save-saving = Saving…
save-changes = Save changes
cancel = Cancel
# $score (number), $time (text)
saved-status = Saved: pain { $score } at { $time }
updated-status = Updated: pain { $score } at { $time }
restored-status = Entry restored: pain { $score } at { $time }
deleted-status = Entry deleted.
undo = Undo
undo-name = Undo: bring back the deleted entry
recent-title = Recent entries
recent-empty = You have no entries yet. When you save a pain score, it will appear here.
recent-loading = Loading your entries…
# $score (number), $word (text)
entry-score = Pain { $score } ({ $word })
entry-edited = edited
edit = Edit
delete = Delete
# $time (text): when the entry was recorded
entry-name = entry from { $time }
edit-title = Edit entry from { $time }

## Notices

notices-title = Messages
dismiss = Dismiss
dismiss-name = this message

## Section titles

learn-title = Learn
reminders-title = Reminders
progress-title = Progress
export-title = Export

## Settings

settings-title = Settings
settings-saved = Your settings are saved.
theme-legend = Colours
theme-system = Same as your computer
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
text-size-legend = Text size
# $percent (number)
text-size-option = { $percent } %
text-size-standard = { $percent } % (standard)
language-label = Language
language-en = English

## Journal could not be opened

journal-error-title = Your journal could not be opened
journal-error-folder = Your data folder:
journal-error-folder-unknown = The data folder could not be found.
journal-error-what-title = What you can do
journal-error-step-restart = Close Relief Window and open it again.
journal-error-step-folder = Check that the data folder is on a disk you can write to, with some free space.
journal-error-step-support = If it still does not open, contact the person who set up the app for you, or ask for support. Relief Window does not delete anything in that folder.

## Errors (shared with the Rust side; keep the ids)

error-pain_out_of_range = Pain is rated from 0 to 10. Please choose a number in that range.
error-pain_not_whole = Pain is rated in whole numbers. Please choose a whole number from 0 to 10.
# $max (number)
error-note_too_long = Your note is too long to save. Please shorten it to { $max } characters or fewer.
error-time_unreadable = The time of this entry could not be read. Please try again.
error-time_in_future = This entry’s time is in the future. Please choose a time that has already passed.
error-invalid_input = Something in this entry could not be saved. Please check it and try again.
error-not_found = This entry could not be found. It may have been deleted already.
error-journal_unavailable = Your journal is not available right now. Please close the app and open it again.
error-journal_corrupt = Your journal file could not be read. Your entries have not been deleted.
# $path (text)
error-data_dir_unwritable = Relief Window cannot save in this folder: { $path }. Please choose a folder you can write to.
error-disk_full = Your computer's disk is full, so Relief Window cannot save just now. Please free some space, for example by emptying the bin, then try again. Everything you saved before is safe.
# $path (text)
error-read_only_medium = The drive that holds your journal can be read but not written: { $path }. If it is a memory card or a USB stick, check its lock switch, or move the folder to your computer.
# $path (text)
error-no_permission = Your user account is not allowed to save in this folder: { $path }. Please choose a folder in your own user folder.
# $path (text)
error-not_a_folder = A file is in the way where Relief Window keeps your journal: { $path }. Please move or rename that file, then start Relief Window again.
error-journal_read_only = Your journal can only be read where it is now, so this was not saved. You can still look at your records and export them.
error-journal_busy = Relief Window is busy with another task, such as an import that is still running. Please wait a moment, then try again. Nothing was changed.
error-storage_failed = Your entry could not be saved just now. Please try again.
error-backup_failed = A backup copy of your journal could not be made. Your entries are still saved.
error-migration_failed = Your journal could not be updated to work with this version of the app. Your entries have not been changed.
error-text_size_unsupported = That text size is not available. Please choose one of the sizes offered.
error-language_unsupported = That language is not available yet. Please choose one of the languages offered.
error-window_implausible = The saved window position did not fit your screen, so the window opened in the usual place.
# $max (number)
error-text_too_long = This text is too long to save. Please shorten it to { $max } characters or fewer.
error-date_invalid = That date does not exist. Please check the day, month and year.
error-date_implausible = That date seems too far in the past or the future. Please check the year.
error-id_out_of_range = This entry could not be found. It may have been deleted already.
error-region_missing = Please choose the part of your spine that was treated.
# $level (text)
error-level_not_in_region = The level { $level } is not part of the region you chose. Please check the levels.
error-unknown_source = That source is not in the list, so it cannot be opened.
error-open_failed = Your web browser could not be opened. You can type the address into your browser yourself.
# $min, $max (numbers), $field (text)
error-dose_out_of_range = This number is outside what the app allows. Please choose from { $min } to { $max }.
error-days_per_week_out_of_range = Days per week can be from 1 to 7.
error-times_per_day_out_of_range = Times per day can be from 1 to 3.
# $max (number)
error-plan_item_count = A plan needs at least 1 exercise and can have up to { $max }.
error-exercise_unknown = This exercise is not in the app's library.
error-exercise_repeated = This exercise is already in the plan.
error-field_required = Please fill this in.
# $max (number)
error-list_too_long = This list is too long. Please keep it to { $max } lines or fewer.
error-review_date_implausible = That review date seems too far away. Please check the year.
error-effort_out_of_range = Effort is rated with a whole number from 0 to 10.
# $max (number)
error-session_exercise_count = A session needs at least 1 exercise and can have up to { $max }.
error-exercise_outcome_conflict = An exercise is either skipped or not done, not both. Please try again.
error-session_ends_before_start = The session ends before it starts. Please check the times.
error-session_too_long = A session can last up to one day. Please check the times.
error-plan_file_too_large = This file is too big to be a plan file. Plan files are smaller than 1 MB. Your current plan has not changed.
error-plan_file_not_json = This file could not be read as a plan. It may be damaged or cut short. Your current plan has not changed.
error-plan_file_wrong_format = This is not a Relief Window plan file. Your current plan has not changed.
# $found (text), $supported (number)
error-plan_file_wrong_version = This plan file is version { $found }. This app reads version { $supported }. Your current plan has not changed.
# $field (text)
error-plan_file_markup = This plan file contains web-page code at { $field }, so it was not opened. Your current plan has not changed.
# $field (text), $problem (text: the broken rule's own message)
error-plan_file_invalid = Something in this plan file is not right, at { $field }: { $problem } Your current plan has not changed.
plan-file-wrong-shape = A value is missing, or is not the kind of value expected there.
error-file_unreadable = That file could not be opened. Please check it is still there, then try again.
error-file_unwritable = The file could not be saved there. Please choose another folder, then try again.
error-offer_expired = This suggestion has changed since it was shown. Your plan has not changed. Please look at it again.
error-import_expired = That plan preview is out of date. Please open the plan file again.
error-backup_too_large = This file is far larger than any Relief Window backup, so it was not opened. Nothing was changed.
error-backup_not_json = This file is not a Relief Window backup: it may be damaged or cut short. Nothing was changed.
error-backup_not_a_backup = This file is not a Relief Window backup. Nothing was changed.
# $found (number)
error-backup_unsupported_version = This backup was made by a newer version of Relief Window (version { $found }). Please update the app, then try again. Nothing was changed.
# $field (text), $reason (text)
error-backup_wrong_shape = This backup has something the app cannot read, at { $field }: { $reason }. Nothing was changed.
error-backup_inconsistent = This backup does not hold together, at { $field }: { $reason }. Nothing was changed.
error-restore_expired = That restore preview is out of date. Please open the backup again.
error-export_failed = The file could not be made. Nothing was saved. Please try again.
error-export_date_in_future = This date is after today. Please choose today or an earlier day.
error-export_dates_reversed = The last day comes before the first. Please check the dates.
error-export_name_too_long = The name is too long. Please shorten it.
error-review_failed = The file could not be opened for review. Nothing was changed.
error-review_not_open = No file is open for review.
dialog-backup-filter = Relief Window backup
dialog-open-backup-title = Open a Relief Window backup
dialog-open-review-title = Open a patient's backup to review
dialog-save-pdf-title = Save the report
dialog-save-csv-title = Save the CSV files
dialog-save-fhir-title = Save the FHIR file
dialog-save-backup-title = Save a backup
dialog-pdf-filter = PDF document
dialog-csv-filter = Zip of CSV files
dialog-fhir-filter = FHIR JSON
dialog-plan-filter = Relief Window plan
dialog-save-plan-title = Save the plan file
dialog-open-plan-title = Open a plan file from your physiotherapist
error-internal = Something went wrong inside the app. Please try again. If it keeps happening, close the app and open it again.

## Notices at start-up (shared with the Rust side; keep the ids)

# $damage (emptied, unreadable, not_upgradable or damaged), $movedTo (text),
# $backupDate (text, the person's local time)
notice-journal_restored =
    { $damage ->
        [emptied] Your journal file had been emptied, perhaps by a sync program, a full disk or a slip.
        [unreadable] Part of your journal file could no longer be read.
        [not_upgradable] Your journal file could not be brought up to date for this version of Relief Window.
       *[damaged] Your journal file was damaged.
    } Your entries were brought back from the backup made on { $backupDate }. Anything entered after that time is not in it. The damaged file was kept at { $movedTo }.
# $damage (as above), $movedTo (text)
notice-journal_recreated =
    { $damage ->
        [emptied] Your journal file had been emptied, perhaps by a sync program, a full disk or a slip.
        [unreadable] Part of your journal file could no longer be read.
        [not_upgradable] Your journal file could not be brought up to date for this version of Relief Window.
       *[damaged] Your journal file was damaged.
    } There was no backup to bring back, so a new, empty journal was started. The damaged file was kept at { $movedTo }.
# $path (text)
notice-journal_read_only = Your journal is in a folder that can only be read: { $path }. You can look at your records and export them. New entries cannot be saved until the folder can be written to again. A locked memory card is one cause.
notice-backup_failed = Today's automatic backup of your journal could not be made. Your entries are safe and saved as usual. Relief Window will try again next time it starts.
notice-preferences_reset = Your settings could not be read, so the usual settings are being used. You can change them in Settings.

## Command line (shared with the Rust side; printed before any window exists)

cli-no_display = Relief Window needs a graphical desktop, and none was found.
    Start it from your desktop session (DISPLAY or WAYLAND_DISPLAY must be set).
    On a server or in CI, run it under a virtual display, for example: xvfb-run -a relief-window
# $reason (text)
cli-could_not_start = Relief Window could not start: { $reason }
cli-no_data_dir = Relief Window could not find your app-data folder. Name one with --data-dir.
cli-no_journal = There is no journal in this folder yet.
cli-out_in_data_dir = That is inside the folder where Relief Window keeps your journal and its backups. Choose a file somewhere else, such as your Documents folder.
cli-output_exists = A file is already there. Choose another name, or add --force to replace it.
# $path (text)
cli-exported = Saved { $path }
# $count (number), $backup (text)
cli-imported_merge = Added { $count } records to your journal. Your journal as it was before is saved at { $backup }
cli-imported_replace = Your journal now holds exactly what the backup holds ({ $count } records). Your journal as it was before is saved at { $backup }
# $path (text), $reason (text)
# $count (number), $reason (text)
cli-preferences_later = Your journal now holds exactly what the backup holds ({ $count } records), but its settings could not be saved: { $reason }. They will be saved the next time Relief Window opens your journal.
cli-input_unusable = { $path } cannot be used: { $reason }
cli-data_dir_unusable = The data folder { $path } cannot be used: { $reason }
cli-output_unwritable = { $path } was not written: { $reason }

## Procedure records

learn-yours-title = Your procedure and timeline
learn-yours-detail = Record what was done, and see where you are in your relief window.
learn-yours-open = Open your procedure and timeline

region-lumbar = Lower back (lumbar)
region-thoracic = Middle back (thoracic)
region-cervical = Neck (cervical)
region-sacroiliac = Sacroiliac joint (bottom of the spine)
side-left = Left
side-right = Right
side-both = Both sides
side-unknown = Not sure
procedure-title = Your procedure
procedure-intro = Record each procedure you have had or have booked. Repeats are common, so you can add more than one.
procedure-history = Your procedures
procedure-none = You have not recorded a procedure yet.
procedure-add = Add a procedure
procedure-add-title = Add a procedure
procedure-edit-title = Change the procedure from { $date }
procedure-date = Date of the procedure
procedure-date-hint = For example, 27 3 2026. If it is booked for a future date, it is saved as planned.
date-day = Day
date-month = Month
date-year = Year
procedure-region = Which part of your spine was treated?
procedure-levels = Which levels were treated?
procedure-levels-hint = Leave these empty if you are not sure. Your clinic's letter may list them.
procedure-side = Which side?
procedure-clinic = Clinic or hospital (optional)
procedure-clinician = Clinician (optional)
procedure-clinic-phone = Clinic phone number (optional)
procedure-clinic-phone-hint = Get help shows it, so it is there when you need it.
procedure-baseline = Your usual pain before the procedure
procedure-baseline-hint = This is the number your progress is compared with later. Choose "Not recorded" if you would rather not say.
procedure-baseline-none = Not recorded
procedure-notes = Notes (optional)
procedure-save = Save procedure
procedure-saved = Procedure saved.
procedure-deleted = Procedure deleted.
procedure-restored = Procedure restored.
procedure-planned = Planned
procedure-done = Done
procedure-levels-value = Levels: { $levels }
procedure-side-value = Side: { $side }
procedure-clinic-value = Clinic: { $clinic }
procedure-clinician-value = Clinician: { $clinician }
procedure-clinic-phone-value = Clinic phone: { $phone }
procedure-baseline-value = Usual pain before: { $score } out of 10
procedure-name = procedure from { $date }
procedure-back = Back

## Before the day (a planned procedure)

before-title = Before the day
before-intro = A few things to sort out before your procedure. Your clinic's own advice always comes first.
before-driver = Someone to drive you home. You should not drive for 24 hours afterwards.
before-blood-thinners = If you take blood thinners, talk to your clinic about them well before the day.
before-questions = Questions you might ask:
before-question-levels = Which levels will be treated, and on which side?
before-question-after = What should I do, and avoid, in the first few days?
before-question-exercise = When can I start exercises or physiotherapy?
before-question-contact = Who do I contact if I am worried afterwards?

## The relief-window timeline

timeline-title = Your relief window
timeline-none = Record your procedure to see where you are in your relief window.
timeline-record = Record your procedure
timeline-open = See your timeline
timeline-you-are-here = You are here
timeline-expect = What to expect now
timeline-do = What to do now
timeline-phases = The phases of your relief window
timeline-starts = From { $date }
timeline-note = Every person is different. These times are typical, not promises.
here-days-until = { $count ->
    [one] 1 day until your procedure
   *[other] { $count } days until your procedure
}
here-day = Day { $count } after your procedure
here-week = Week { $count } after your procedure
here-month = Month { $count } after your procedure
phase-planned = Planned
phase-planned-expect = Your procedure is coming up.
phase-planned-do = Read "Before the day" and ask your clinic anything you are unsure about.
phase-recovery = Recovery
phase-recovery-expect = Soreness where the needles went in is common. Your usual pain may flare for a few days, sometimes longer.
phase-recovery-do = Walk a little each day and move gently. Rest when you need to.
phase-relief-builds = Relief builds
phase-relief-builds-expect = Relief often builds over two to three weeks.
phase-relief-builds-do = This is a good time to start your exercise routine, gently.
phase-strengthen = Strengthen
phase-strengthen-expect = For many people, this is the time with the most relief.
phase-strengthen-do = Use it to build strength and fitness, step by step.
phase-review = Review
phase-review-expect = For some people, relief starts to fade in these months. The treated nerves may be slowly growing back. The timing is different for each person, and some keep their relief for longer.
phase-review-do = Think about a follow-up with your clinician to talk about what comes next.
phase-beyond = After the usual window
phase-beyond-expect = When RFN helps, relief often lasts many months, and sometimes more than a year. Some people still have relief now. For others, the pain has come back.
phase-beyond-do = If your pain has come back, talk to your clinician. The procedure can often be repeated.

## First run

onboarding-title = Welcome to Relief Window
onboarding-intro = Relief Window helps you use the time after radiofrequency neurotomy (RFN) well. You can learn what to expect, keep a pain journal and follow an exercise routine.
onboarding-what-title = What this app is, and is not
onboarding-what = Relief Window is for learning and keeping records. It does not give medical advice, and it does not replace your clinic or your doctor.
onboarding-help = Call your local emergency number if you have numbness around your bottom or genitals, or new problems with your bladder or bowels. Do the same if one leg goes numb or weak and it does not go away, or if both legs do. The Get help button, at the top of every screen, lists these warning signs.
onboarding-private = Everything you record stays on this computer.
onboarding-understand = I understand, continue
onboarding-understand-skip = I understand, skip the rest
onboarding-procedure-title = Your procedure
onboarding-procedure-intro = If you like, record your procedure now. You can also do it later from Today or Learn.
onboarding-later = I'll do this later
onboarding-done-title = You are all set
onboarding-done = You can change your settings at any time in Settings.
onboarding-start = Go to Today
onboarding-step = Step { $step } of { $steps }

## The tray, and closing the window

tray-open = Open Relief Window
tray-log-pain = Log pain…
tray-start-routine = Start today's routine
tray-quit = Quit Relief Window
tray-explained-title = Relief Window is still running
tray-explained-body = It keeps running so your reminders can arrive. To open it again, use the Relief Window icon near the clock, or start the app again. To quit, choose Quit in that menu. You can change this in Settings.

# Reminders
error-time_out_of_range = Please choose a time from 00:00 to 23:59.
error-no_weekday = Please choose at least one day of the week.
error-no_time = Please choose at least one time of day.
# $max (number)
error-too_many_times = A reminder can have up to { $max } times a day.
error-reminder_in_past = This time has already passed. Please choose a time that is still to come.
error-quiet_hours_empty = Quiet hours need to start and end at different times.

## Reminders as notifications, and the reminder commands

reminder-title-routine = Time for your exercises
reminder-title-diary = Time for your pain diary
reminder-title-follow-up = Your follow-up appointment
reminder-title-custom = A reminder from Relief Window
# $count (number)
reminder-catch-up-title = { $count ->
    [one] You missed a reminder
   *[other] You missed { $count } reminders
}
reminder-catch-up-body = They fell due while Relief Window was closed or the computer was asleep. Open Relief Window to see them.
reminder-default-routine = Time for today's exercises. A little, often, is the aim.
reminder-default-diary = How is your pain today? Take a moment to note it.
dialog-save-calendar-title = Save your reminders as a calendar file
dialog-calendar-filter = Calendar file
error-autostart_unavailable = Starting with your computer is not available here.
error-autostart_failed = The setting to start with your computer could not be changed. Please try again.
tray-snooze-all = Snooze all reminders for 1 hour
tray-pause = Pause reminders until tomorrow

## Progress

error-date_range_invalid = These dates cannot be shown together. Please choose a start date before the end date, less than 50 years apart.
error-date_in_future = This date is in the future. Please choose today or an earlier day.
error-psfs_activity_count = Please list from 1 to 5 activities.
error-psfs_duplicate_activity = You have listed this activity already. Please give each activity a different name.
error-psfs_score_out_of_range = Each activity is scored with a whole number from 0 to 10.
error-odi_out_of_range = The Oswestry (ODI) score is a percentage from 0 to 100. Please check the number.
error-rmdq_out_of_range = The Roland–Morris (RMDQ) score is a whole number from 0 to 24. Please check the number.

## Progress data

error-walking_minutes_out_of_range = Walking is logged in whole minutes, from 0 to 1440 (a whole day). Please check the number.
