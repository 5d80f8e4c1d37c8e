# Reminders: the page, its settings, and the first-run offer. The words the
# notifications themselves use (reminder-title-*, reminder-default-*) are in
# relief-window.ftl, which Rust reads.

## The page

reminders-intro = Reminders arrive as your computer's own notifications while Relief Window runs. They still come when the window is closed: the app keeps running in the tray, near the clock.
reminders-loading = Loading your reminders…
reminders-upcoming-title = Coming up

## When: "today at 10:00", "tomorrow at 08:00", "Thursday at 10:00"

reminders-today-at = today at { $time }
reminders-tomorrow-at = tomorrow at { $time }
reminders-day-at = { $day } at { $time }

## Next, and the pause

reminders-next = Next reminder: { $when }
reminders-next-none = None of your reminders is due to ring.
reminders-next-moved = It was set for { $when }. Quiet hours, a snooze or a pause moved it.
reminders-paused = Reminders are paused until { $when }.
reminders-paused-hint = Reminders that fall in the pause are skipped, so none pile up. A one-time reminder waits until the pause ends.
reminders-pause-hint = Need a break? You can pause every reminder for a while.
reminders-pause-tomorrow = Pause until tomorrow
reminders-snooze-hour = Snooze all for 1 hour
reminders-resume = Resume reminders
reminders-resumed = Reminders are back on.

## The list

reminders-list-title = Your reminders
reminders-empty = You have no reminders yet.
reminders-suggested-intro = We suggest two gentle reminders each day: one for your exercises at { $routine }, and one for your pain diary at { $diary }. You can change or remove them at any time.
reminders-add-suggested = Add the suggested reminders
reminders-add = Add a reminder
reminders-added-suggested = { $count ->
    [one] One reminder added.
   *[other] { $count } reminders added.
}
reminders-kind-routine = Exercises
reminders-kind-diary = Pain diary
reminders-kind-follow-up = Follow-up appointment
reminders-kind-custom = Other
reminders-when-every-day = Every day at { $times }
reminders-when-weekdays = Monday to Friday at { $times }
reminders-when-days = Every { $days } at { $times }
reminders-when-no-days = No days chosen, at { $times }
reminders-when-once = Once, on { $date } at { $time }
reminders-name = { $kind }, { $when }
reminders-switch = Remind me
reminders-off = Turned off. It will not ring until you turn it back on.
reminders-turned-on = Turned on: { $name }.
reminders-turned-off = Turned off: { $name }.
reminders-deleted = Reminder deleted.
reminders-restored = Reminder brought back.
reminders-undo-name = bring back the deleted reminder
reminders-added = Reminder added: { $name }.
reminders-saved = Reminder saved: { $name }.

## Adding or changing a reminder

reminders-form-add-title = Add a reminder
reminders-form-edit-title = Change this reminder
reminders-kind-legend = What is this reminder for?
reminders-message-label = What the reminder says
reminders-message-hint = Up to 200 characters.
reminders-default-follow-up = Your follow-up appointment is coming up. Write down any questions you want to ask.
reminders-repeat-legend = How often?
reminders-repeat-weekly = On the days you choose, each week
reminders-repeat-once = Once, on one date
reminders-days-legend = On which days?
reminders-days-every = Every day
reminders-days-every-name = tick all seven days
reminders-days-weekdays = Weekdays
reminders-days-weekdays-name = tick Monday to Friday
reminders-times-legend = At what times?
reminders-time-legend = Time { $number }
reminders-hour = Hour
reminders-minute = Minute
reminders-time-remove = Remove
reminders-time-remove-name = time { $number }
reminders-time-add = Add another time
reminders-once-date = Date
reminders-once-date-hint = For example: 3 12 2026
reminders-once-time = Time
reminders-enabled = Remind me
reminders-save = Save reminder

## Quiet hours

reminders-quiet-title = Quiet hours
reminders-quiet-intro = No reminder rings during your quiet hours, for example at night.
reminders-quiet-legend = Keep reminders quiet at set times
reminders-quiet-off = Off
reminders-quiet-on = On
reminders-quiet-start = From
reminders-quiet-end = Until
reminders-quiet-end-hint = This can be the next morning.
reminders-quiet-when-legend = When a reminder falls in quiet hours
reminders-quiet-defer = Wait until they end
reminders-quiet-drop = Skip it
reminders-quiet-save = Save quiet hours
reminders-quiet-saved = Quiet hours saved: { $start } to { $end }.
reminders-quiet-cleared = Quiet hours are off.

## Calendar file

reminders-calendar-title = Your calendar
reminders-calendar-intro = Puts your reminders in your phone or computer calendar. The times stay at the same clock time wherever you are.
reminders-calendar-save = Save to a calendar file (.ics)
reminders-calendar-saved = Your calendar file is saved: { $path }
reminders-calendar-cancelled = Nothing was saved.

## Settings

settings-close-to-tray-label = Keep running in the tray when the window is closed
settings-close-to-tray-hint = Reminders can only arrive while Relief Window is running. If this is off, closing the window quits the app.
settings-launch-at-login-label = Start Relief Window when I log in
settings-launch-at-login-hint = Then your reminders can arrive without you opening the app first.

## First run

onboarding-reminders-legend = Two things that can help (both optional)
onboarding-reminders-hint = Leave them unticked to skip them. Reminders only arrive while Relief Window is running, so starting it when you log in helps. You can change both later in Reminders and Settings.
onboarding-reminders-defaults = Turn on gentle reminders (one for exercises at { $routine }, one for your pain diary at { $diary })
onboarding-reminders-login = Start Relief Window when I log in
onboarding-reminders-untick = You can untick it and carry on, and change it later.
