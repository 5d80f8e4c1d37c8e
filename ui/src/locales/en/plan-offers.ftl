# What the app offers about the plan as the relief window moves on (relief-core's
# plan::offers): the plan of a new phase, a note for a plan that is not the
# app's own, a review date come, and the next step of a dose. Offers, never
# advice: nothing changes without the person's yes.

## The app's plan for a new phase
# $phase: the phase's name (phase-*).
offer-phase-title = You are now in a new part of your relief window: { $phase }
offer-phase-intro = The app has a plan for this part. Here is what would change in your plan.
offer-phase-use = Use the new plan
offer-phase-not-now = Not now
offer-phase-kept = Your current plan goes to Earlier plans, so nothing is lost.
offer-phase-done = Your new plan is in place.
offer-phase-later = Your plan stays as it is. You can look at the new plan again here in Routine.
offer-phase-show = Show the plan for this part of your window
offer-phase-hide = Hide the suggested plan
offer-unchanged-show = Show them
offer-unchanged-hide = Hide them
offer-clinician = A clinician should check that these exercises and amounts suit you.

# The routine is written for the lower back; $region is the region's name (region-*).
offer-scope = This routine was made for the lower back. Your procedure was on another part of the spine ({ $region }), so please ask your clinic which exercises suit you.

## A plan that is not the app's own, at a phase change
offer-notice-title = You are now in a new part of your relief window: { $phase }
offer-notice-file = Your plan came from your physiotherapist. They may want to update it for this part of your window.
offer-notice-edited = You changed your plan yourself. Your physiotherapist may want to look at it for this part of your window.
offer-notice-ok = OK, thank you

## A plan file's review date
# $date: the review date, formatted.
offer-review-title = Time to ask for a plan review
offer-review-body = Your physiotherapist asked to review your plan on { $date }. You may want to contact them to ask for a review.
offer-review-ok = OK, thank you

## The next step of a dose
offer-steps-title = Ready for a next step?
offer-steps-intro = These exercises have been done a few times at the same amount. If they feel comfortable, you can add a little. If not, stay where you are: that is fine too.
# $name: the exercise; $count: sessions done at the current amount.
offer-step-done = { $name }: done { $count ->
    [one] once
   *[other] { $count } times
  } at this amount.
# $from and $to: amounts, such as "10 minutes".
offer-step-change = Now: { $from }. Next step: { $to }.
offer-step-use = Use the next step
offer-step-not-now = Not now
offer-step-done-status = { $name } is now { $to }.
offer-step-later = { $name } stays at { $from }. The app will ask again after a few more sessions.

## No procedure recorded
offer-no-procedure = With no procedure date recorded, the app suggests its gentlest plan: walking and gentle movement.
offer-record-procedure = Record your procedure
