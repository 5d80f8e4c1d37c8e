# Clinician mode: the plan builder a physiotherapist uses to write a plan file.

## Settings

clinician-mode-label = Clinician mode
clinician-mode-hint = For physiotherapists: adds a plan builder to Routine, to write plan files for patients. It changes nothing in your own records.

## The plan builder

builder-title = Build a plan file
builder-intro = Write an exercise plan for a patient and save it as a file. Your patient opens the file in their copy of Relief Window. Nothing here changes your own plan or records.
builder-details-legend = About the plan
builder-plan-title = Plan title (optional)
builder-plan-title-hint = For example: Weeks 3 to 6. Without a title, the app names the plan.
builder-author = Your name (optional)
builder-author-hint = Your patient sees who set the plan.
builder-review = Review date (optional)
builder-review-hint = When you want to see your patient again. For example: 15 1 2027.
builder-plan-notes = Notes for your patient (optional)
builder-plan-notes-hint = Anything about the plan as a whole.
builder-exercises-title = Exercises
builder-empty = No exercises yet. Add exercises from the library, or write your own. A plan needs at least one.
builder-add-label = Add an exercise from the library
builder-add = Add
builder-add-custom = Write your own exercise
builder-custom-unnamed = your own exercise
# $position (number), $name (text)
builder-item-legend = Exercise { $position }: { $name }
builder-remove = Remove
# $position (number), $name (text)
builder-remove-which = exercise { $position }, { $name }
builder-item-notes = Note for your patient (optional)
builder-save = Save plan file…
builder-saving = Saving…
# $path (text): where the file was saved
builder-saved = Saved to { $path }. Give this file to your patient. They open it in Routine with “Import a plan from your physiotherapist”.
builder-cancelled = The plan file was not saved. Your plan is still here.
# $field (text): which field the problem is in, one of the builder-field-* below
builder-problem-at-field = { $field }:
builder-field-title = Plan title
builder-field-author = Your name
builder-field-review = Review date
builder-field-notes = Notes for your patient

## A custom exercise

builder-custom-name = Name of the exercise
builder-custom-purpose = What it is for (optional)
builder-custom-position = Position (optional)
builder-custom-not-set = Not set
builder-custom-steps = Steps
builder-custom-steps-hint = One step on each line, in order.
builder-custom-key-points = Key points (optional)
builder-custom-key-points-hint = One point on each line.
builder-custom-stop-if = When to stop (optional)
builder-custom-stop-if-hint = For example: Stop if you feel pain in your hip.
builder-dose-kind = How it is measured
builder-dose-reps = Sets and repetitions
builder-dose-hold = Holds of some seconds
builder-dose-minutes = Minutes
