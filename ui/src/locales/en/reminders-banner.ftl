# Reminders that rang, shown in the window: a banner for each one, the
# catch-up prompt for reminders missed while the app was closed, the
# "next reminder" line on Today, and the follow-up reminder the timeline
# offers. The headings for each kind are reminder-title-* (relief-window.ftl,
# shared with the desktop notifications); the skip reasons are the guided
# session's player-skip-* (routine.ftl).
# Style: calm, plain, short, second person, no blame.

## A banner for a reminder that rang

banner-do-now = Do it now
banner-snooze = Snooze
banner-snooze-legend = Remind me again in
banner-snooze-tenMinutes = 10 minutes
banner-snooze-thirtyMinutes = 30 minutes
banner-snooze-oneHour = 1 hour
banner-snooze-untilTomorrow = Tomorrow
banner-skip = Skip
banner-back = Go back
# $title: the heading for the kind; $message: the person's own words
banner-arrived = Reminder: { $title }. { $message }
banner-done = Marked as done.
# $choice: tenMinutes, thirtyMinutes, oneHour or untilTomorrow
banner-snoozed = { $choice ->
    [tenMinutes] Snoozed. You will be reminded again in 10 minutes.
    [thirtyMinutes] Snoozed. You will be reminded again in 30 minutes.
    [oneHour] Snoozed. You will be reminded again in 1 hour.
   *[untilTomorrow] Snoozed until tomorrow.
}
banner-skipped = Skipped for this time.
banner-time-hint = Use the 24-hour clock. For half past three in the afternoon, enter 15 and 30.
banner-time-invalid = Please enter an hour from 0 to 23 and a minute from 0 to 59.

## The catch-up prompt: reminders missed while the app was closed

catch-up-title = While Relief Window was closed
catch-up-intro = These reminders went by while the app was closed or the computer was asleep. Choose what to do with each one, or decide later.
catch-up-list = Missed reminders
# $time: a clock time such as 21:00
catch-up-yesterday = Yesterday at { $time }
catch-up-later = Later today
catch-up-later-legend = What time today?
catch-up-later-confirm = Remind me then
# $time: a clock time such as 15:30
catch-up-later-set = You will be reminded again at { $time }.
catch-up-decide-later = Decide later
catch-up-all-done = You have answered all the missed reminders.
catch-up-waiting = { $count ->
    [one] 1 missed reminder is here when you are ready.
   *[other] { $count } missed reminders are here when you are ready.
}
catch-up-show = { $count ->
    [one] Look at it
   *[other] Look at them
}

## Today: when the next reminder rings

# $when: "today at 10:00", "tomorrow at 10:00", "Thursday at 10:00" or a
# full date at a time (reminders-today-at and the like, reminders.ftl)
next-reminder-line = Next reminder: { $when }
# $when: the time it was set for, before quiet hours, a snooze or a pause moved it.
next-reminder-moved = (It was set for { $when }.)
next-reminder-none = No reminders set. Set them up in Reminders.
next-reminder-none-coming = No reminders are coming up.
next-reminder-paused = Reminders are paused until { $when }.
next-reminder-set-up = Set up reminders
next-reminder-open = Go to Reminders

## The follow-up reminder the timeline offers near month 10

follow-up-title = A follow-up with your clinic
follow-up-question = For some people, relief starts to fade in the months ahead. Would you like a reminder to book a follow-up with your clinic?
follow-up-yes = Yes, set a reminder
follow-up-date = Date of the reminder
follow-up-time = Time of the reminder
follow-up-message = What the reminder says
# Not reminders-default-follow-up (reminders.ftl), on purpose: this reminder is
# to book the appointment, that one is for an appointment already booked.
follow-up-default-message = Book a follow-up with your clinic to talk about how your relief is going.
follow-up-save = Set the reminder
follow-up-cancel = Not now
# $when: as in next-reminder-line
follow-up-set = Your reminder to book a follow-up is set for { $when }.
follow-up-existing = You have a reminder to book a follow-up: { $when }.
follow-up-strip-open = Set a follow-up reminder
