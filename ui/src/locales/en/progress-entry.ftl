## Adding to the record: the pain diary's extra questions, walking minutes,
## PSFS activities and ODI/RMDQ totals.

## The pain diary's optional questions (PainForm, EntryItem).
diary-more = More details (optional)
diary-more-hint = Worst and average pain, how much pain got in the way, and when it happened.
diary-worst-label = Worst pain in the last 24 hours
diary-average-label = Average pain in the last 24 hours
diary-interference-label = How much did pain get in the way of what you wanted to do?
diary-interference-hint = 0 is not at all, 10 is completely.
diary-not-answered = Not answered
diary-pain-option = { $score } – { $word }
diary-interference-option = { $score ->
    [0] 0 – Not at all
    [10] 10 – Completely
   *[other] { $score }
}
diary-tags-legend = When was this? (optional)
diary-tags-hint = Tick any that fit.
diary-tag-morning = Morning
diary-tag-afterExercise = After exercise
diary-tag-work = Work
diary-tag-sleep = Sleep
diary-shown-worst = Worst in 24 hours: { $score }
diary-shown-average = Average in 24 hours: { $score }
diary-shown-interference = Got in the way: { $score } of 10
diary-shown-tags = Marked: { $tags }

## After a guided session or a quick log: an offer to add to the pain diary.
diary-after-saved = Your session is saved.
diary-after-offer = You can also note your pain now. It goes into your pain diary, marked "After exercise".
diary-after-add = Add to your pain diary
diary-after-title = Your pain after exercise
diary-after-done = Done
diary-after-logged = Saved in your pain diary: pain { $score }.

## Today: active days this week, the relief-window monitor's notice, and the
## routine line.
today-active-days = { $days ->
    [0] A new week — any movement counts.
    [one] You have been active on 1 day this week.
   *[other] You have been active on { $days } days this week.
}
today-active-title = This week
today-monitor-title = About your recent pain
today-monitor-body = Your recent pain is getting closer to where it was before the procedure. This can happen as relief wears off. You may want to talk to your clinician about it.
today-monitor-numbers = Your pain scores, for your clinician
today-monitor-recent = Average of the last 2 weeks: { $score }
today-monitor-best = Best 2-week average since the procedure: { $score }
today-monitor-baseline = Before the procedure: { $score }
today-monitor-since = Since: { $date }
today-monitor-dismiss = Dismiss
today-monitor-dismiss-name = the note about your recent pain
today-routine-title = Today's routine
today-routine-line = Your exercises for today are ready when you are.
today-routine-open = Start today's routine
today-routine-log = Log a session you did

## Adding to the record (Progress): walking, PSFS and ODI/RMDQ totals.
entry-title = Add to your record
entry-intro = Walking, the activities you find hard, and scores from your clinic. Each one adds to your charts.
entry-date-invalid = That date does not exist. Please check the day, month and year.
entry-required = Please fill this in.
entry-delete-name = { $what }
entry-saving = Saving…
walking-title = Walking
walking-intro = How many minutes did you walk on this day? Saving again for the same day replaces the number.
walking-date = Which day?
walking-minutes = Minutes walked
walking-minutes-hint = A rough number is fine. 0 means you did not walk.
walking-save = Save walking
walking-saved = Saved: { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
} of walking on { $date }.
psfs-title = Activities you find hard
psfs-intro-first = Name up to 5 everyday activities that your back makes hard, such as putting on socks or walking to the shops. Three to five is usual; one is fine. Then score how well you can do each one today.
psfs-intro-again = Score the same activities again to see how each one changes. You can also add or remove one.
psfs-scale-hint = 0 means you are unable to do it. 10 means you can do it as well as before your back problem.
psfs-activities-legend = Your activities
psfs-activity-name = Activity { $number }
psfs-activity-score = Score for activity { $number }
psfs-score-choose = Choose a score
psfs-score-0 = 0 – Unable to do it
psfs-score-10 = 10 – As well as before
psfs-score-missing = Please choose a score from 0 to 10.
psfs-remove = Remove
psfs-remove-name = activity { $number }
psfs-add = Add an activity
psfs-date = Date of these scores
psfs-save = Save scores
psfs-saved = Saved your scores for { $date }.
psfs-rate-again = Score them again
psfs-start = Name your activities
psfs-cancel = Cancel
psfs-history = Earlier scores
psfs-history-empty = No scores yet.
psfs-record-name = scores from { $date }
psfs-activity-line = { $name }: { $score } out of 10
psfs-deleted = Scores deleted.
psfs-restored = Scores restored.
measure-title = Oswestry (ODI) and Roland–Morris (RMDQ) scores
measure-intro = These questionnaires are filled in elsewhere, usually with your clinic. Here you only note the total score, so you can see it over time.
measure-choice = Which questionnaire?
measure-odi = Oswestry Disability Index (ODI), 0 to 100 %
measure-rmdq = Roland–Morris Disability Questionnaire (RMDQ), 0 to 24
measure-odi-short = ODI
measure-rmdq-short = RMDQ
measure-total = Total score
measure-total-hint-odi = A percentage from 0 to 100, as written on the form.
measure-total-hint-rmdq = A whole number from 0 to 24, as written on the form.
measure-date = Date it was scored
measure-scored-by = Scored by (optional)
measure-scored-by-hint = For example, the name of your clinic, or "me".
measure-save = Save score
measure-saved = Saved: { $measure } { $total } on { $date }.
measure-history = Scores you have noted
measure-history-empty = No scores noted yet.
measure-line = { $measure } { $total }{ $unit }
measure-line-by = scored by { $by }
measure-record-name = { $measure } score from { $date }
measure-deleted = Score deleted.
measure-restored = Score restored.
