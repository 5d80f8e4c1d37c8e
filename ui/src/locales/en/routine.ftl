# The Routine section: plans, the library, the guided session and the log.

purpose-aerobic = Fitness
purpose-mobility = Mobility
purpose-core-control = Core control
purpose-strength = Strength
position-lying = Lying down
position-kneeling = On hands and knees
position-standing = Standing
position-walking = Walking

# $sets, $reps (numbers)
dose-reps = { $sets ->
    [one] 1 set of { $reps }
   *[other] { $sets } sets of { $reps }
}
# $sets, $reps, $seconds (numbers)
dose-hold = { $sets ->
    [one] { $reps } holds of { $seconds } seconds
   *[other] { $sets } sets of { $reps } holds of { $seconds } seconds
}
# $minutes (number)
dose-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}

## Routine home (plan, quick log, sessions)

routine-title = Routine
routine-loading = Loading your routine…
routine-intro = Your exercise plan for the relief window. Go at your own pace: a little, often, is the aim.
routine-check = Check the exercises and amounts with your physiotherapist or clinic. Stop and ask for advice if your symptoms get clearly worse or something new starts. If a leg goes numb or weak and stays that way, or both legs do, it is an emergency: open Get help.
routine-plan-title = Your plan
routine-plan-none = You do not have a plan yet. Here is the app's plan for where you are in your relief window.
routine-plan-use = Use this plan
routine-plan-from-default = The app's plan for your phase.
routine-plan-from-edited = Your own version of the plan.
routine-plan-from-file = From your physiotherapist.
# $author (text)
routine-plan-author = Written by { $author }.
# $date (text)
routine-plan-review = Review by { $date }.
# $days, $times (numbers)
routine-item-schedule = { $days ->
    [one] 1 day a week
   *[other] { $days } days a week
}{ $times ->
    [one] {""}
   *[other] , { $times } times a day
}
routine-start = Start today's routine
routine-quick-log = I did today's routine
routine-library = Browse the exercise library
routine-edit = Change your plan
routine-history = Earlier plans
routine-back = Back to your routine
routine-plan-saved = Your plan is saved.
routine-quick-title = Log today's routine
routine-quick-intro = This saves today's routine as done, without the guided session.
routine-effort = How hard did it feel? (0 is very easy, 10 is the hardest you can do)
routine-quick-save = Save
routine-session-saved = Well done. Your session is saved.
routine-sessions-title = Your recent sessions
routine-sessions-none = No sessions yet. When you do your routine, it will appear here.
# $done, $skipped (numbers)
# $done, $total (numbers): exercises done of all in the session; $skipped: skipped with a reason.
# The rest were passed over or not reached, and are not counted as done.
routine-session-counts = { $done } of { $total } exercises done{ $skipped ->
    [0] {""}
   *[other] , { $skipped } skipped
}
# $effort (number)
routine-session-effort = Effort { $effort } out of 10
# $before, $after (numbers)
routine-session-pain = Pain before { $before }, after { $after }
routine-session-name = session from { $date }
routine-session-deleted = Session deleted.
routine-session-restored = Session restored.
routine-history-none = There are no earlier plans.
# $date (text)
routine-history-replaced = Used until { $date }

## Guided session

player-region = Guided session
# $number, $count (numbers)
player-exercise-of = Exercise { $number } of { $count }
player-steps-title = How to do it
player-custom-note = Your own exercise
# $set, $sets (numbers)
player-set-of = Set { $set } of { $sets }
# $done, $reps (numbers)
player-reps-done = { $done } of { $reps } done
player-rep-button = Count a rep
player-hold-start = Start hold
player-hold-end = End hold now
# $done, $reps (numbers)
player-holds-done = { $done } of { $reps } holds done
player-holding = Hold
player-seconds-left = { $seconds ->
    [one] 1 second left
   *[other] { $seconds } seconds left
}
player-resting = Rest
player-rest-skip = Skip the rest
player-minutes-label = Minutes you did
player-minutes-hint = A whole number. You can change it before you mark it as done.
player-minutes-done = Mark as done
# $minutes (number)
player-minutes-recorded = { $minutes ->
    [one] You did 1 minute.
   *[other] You did { $minutes } minutes.
}
player-complete = Done. Well done.
player-skipped = You skipped this one.
player-unskip = Do it after all
player-pause = Pause
player-paused-title = Paused
player-paused-body = Take your time. The timer waits for you.
player-resume = Resume
player-stop = Stop without saving
player-previous = Previous exercise
player-next = Next exercise
player-finish = Finish and rate the session
player-skip = Skip this exercise
player-skip-title = Skip this exercise
player-skip-legend = Why are you skipping it?
player-skip-tooPainful = It is too painful today
player-skip-noTime = No time today
player-skip-noSpaceOrEquipment = No space or equipment
player-skip-other = Another reason
player-skip-text = Your reason (optional)
player-skip-confirm = Skip it
player-skip-cancel = Go back
player-keys-title = Keyboard shortcuts
player-keys-space = Space: count a rep, or start or end a hold
player-keys-arrows = Right and left arrow: next or previous exercise
player-keys-escape = Escape: pause or resume
# Spoken by screen readers when the phase changes (never each second).
# $seconds (number)
player-cue-hold = { $seconds ->
    [one] Hold, 1 second
   *[other] Hold, { $seconds } seconds
}
# $done, $reps (numbers)
player-cue-relax = Relax. { $done } of { $reps } holds done.
# $seconds (number)
player-cue-rest = Rest { $seconds } seconds
# $set, $sets (numbers)
# $seconds (number), $next (an exercise's name): an exercise is done, a rest, then the next.
player-cue-done-rest = Exercise done. Rest { $seconds } seconds, then { $next }.
# $name: the exercise that comes after the rest.
player-next-up = Next: { $name }
player-cue-set = Set { $set } of { $sets }
player-cue-complete = Exercise done
player-cue-paused = Paused
player-cue-resumed = Resumed
player-end-title = How did it go?
player-end-intro = You reached the end of today's session. Rate it, then save.
player-effort-label = How hard did it feel?
player-effort-hint = 0 is very easy, 10 is as hard as it could be.
player-effort-choose = Choose a number
player-effort-missing = Please choose how hard it felt, from 0 to 10.
# $score (number)
player-effort-option = { $score ->
    [0] 0, very easy
    [10] 10, as hard as it could be
   *[other] { $score }
}
player-pain-before-label = Pain before the session (optional)
player-pain-after-label = Pain after the session (optional)
player-pain-none = Not recorded
# $score (number), $word (text)
player-pain-option = { $score }, { $word }
player-save = Save session
player-saving = Saving…
player-back-to-exercises = Back to the exercises

## Plan editor

editor-title = Change your plan
editor-intro = Change which exercises you do, how much, and how often. Your current plan is kept in Earlier plans.
editor-sets = Sets
editor-reps = Repetitions
editor-holds = Holds per set
editor-seconds = Seconds each hold
editor-minutes = Minutes
editor-days = Days a week
editor-times = Times a day
editor-notes = Notes (optional)
editor-remove = Remove
# $name (text)
editor-remove-name = Remove { $name } from the plan
editor-add-label = Add an exercise
editor-add = Add
editor-save = Save plan
editor-empty = Your plan has no exercises. Add at least one.
# $position (number), $name (text)
editor-problem-at = Exercise { $position } ({ $name }):

## Library

library-title = Exercise library
library-intro = Every exercise the app knows, with steps and drawings. Open one to see how to do it.
library-scope = These exercises were made for people who had RFN in the lower back. If yours was in the neck, the middle of the back or the sacroiliac joint, ask your clinic which ones suit you.
library-search-label = Search the exercises
library-search-hint = Type a name, or a word such as knees or breathing.
library-purpose-legend = What it is for
library-purpose-all = All
library-position-legend = Position
library-position-all = All
# $total (number): how many exercises there are
library-count-all = Showing all { $total } exercises.
# $count (number): how many match the search and filters
library-count = { $count ->
    [0] No exercises match.
    [one] 1 exercise matches.
   *[other] { $count } exercises match.
}
library-results = Exercises
library-empty = Try another word, or clear the search and filters to see every exercise again.
library-clear = Clear search and filters
# $dose (text), e.g. "5 holds of 5 seconds"
library-start-with = Start with { $dose }
library-back = Back to the library
library-fact-purpose = What it is for
library-fact-position = Position
library-fact-start = Start with
library-fact-target = Build up to
library-check = Check these amounts with your physiotherapist or clinic.
library-drawings-title = What it looks like
library-steps-title = How to do it
library-keys-title = Key points
library-progression-title = How it builds
library-stop-title = When to stop
# Beside every exercise's stop line, once: soreness is not a reason to stop.
library-stop-kind = It is normal to feel a bit sore while you get stronger. Hurt does not always mean harm, so build up from what you managed last time.

## Importing a plan file from the physiotherapist

routine-import = Import a plan from your physiotherapist…
routine-build = Build a plan file for a patient
import-title = A new plan from your physiotherapist

## The plan-file preview: what a physio's plan would change, before it is used

import-intro = Nothing changes until you choose. Read what the new plan would change, then decide.
import-about-title = About the new plan
import-fact-file = File
import-fact-author = Written by
import-fact-review = Review by
import-fact-title = Plan name
import-fact-notes = Notes from your physiotherapist
# $count (number): exercises the file named that this app does not know
import-unknown = { $count ->
    [one] 1 exercise is not in this app's library; it is shown with your physiotherapist's own instructions.
   *[other] { $count } exercises are not in this app's library; they are shown with your physiotherapist's own instructions.
}
import-no-current = You do not have a plan yet. This is what the new plan asks you to do.
import-same = The new plan has the same exercises, amounts and notes as your current plan.
# $count (number) for each heading below
import-all-title = The exercises in this plan ({ $count })
import-added-title = New in this plan ({ $count })
import-changed-title = Changed ({ $count })
import-removed-title = No longer in the plan ({ $count })
import-unchanged-title = Staying the same ({ $count })
import-field-dose = How much
import-field-days = Days a week
import-field-times = Times a day
import-field-notes = Notes
import-field-instructions = How to do it
import-before = Before:
import-now = Now:
# $days (number)
import-days-value = { $days ->
    [one] 1 day a week
   *[other] { $days } days a week
}
# $times (number)
import-times-value = { $times ->
    [one] Once a day
   *[other] { $times } times a day
}
import-notes-none = No notes
import-instructions-changed = Your physiotherapist changed the instructions. Open them below to read them.
import-custom-note = Your physiotherapist's own exercise
import-custom-show = Instructions from your physiotherapist
import-custom-steps = How to do it
import-custom-keys = Key points
import-custom-stop = When to stop
import-custom-no-steps = The file has no steps for this exercise. Please ask your physiotherapist how to do it.
import-decide-title = Your choice
import-keeps-current = If you use this plan, your current plan is kept in Earlier plans. If you keep your current plan, nothing changes.
import-keeps-none = If you do not use this plan, nothing changes.
import-use = Use this plan
import-keep = Keep my current plan
import-not-now = Do not use this plan
import-saving = Saving…

## Editing a past session

session-edit-title = Change the session from { $date }
session-edit-updated = Session updated.
# $before (number)
session-edit-pain-before-only = Pain before { $before }
# $after (number)
session-edit-pain-after-only = Pain after { $after }
import-done = Your new plan is in place. Your previous plan is kept in Earlier plans.
