## Progress: the charts, their summaries and tables, and the ranges.
## Summaries describe the numbers only: never advice, never a judgement.
## $reader is "self" for the person's own journal and "patient" while a
## physiotherapist reviews a patient's backup (i18n `t` always passes it).

progress-intro = Your records over time, drawn from your journal. Each chart can also be read as a table.
progress-range-legend = Show
progress-range-4w = 4 weeks
progress-range-3m = 3 months
progress-range-12m = 12 months
progress-range-all = All
progress-loading = { $reader ->
    [patient] Loading the records in the file…
   *[self] Loading your progress…
  }
progress-empty = Nothing is recorded for this time yet. When you log pain, sessions, walks or measures, they will show here.
# The stretch a summary talks about, one per range.
progress-over-4w = over these 4 weeks
progress-over-3m = over these 3 months
progress-over-12m = over these 12 months
progress-over-all = { $reader ->
    [patient] over all their records
   *[self] over all your records
  }
progress-show-table = Show as table
progress-hide-table = Hide table
progress-pain-rolling-none = Too few days

## Pain over time
progress-pain-title = Pain over time
progress-pain-label = { $reader ->
    [patient] Chart of their pain from 0 to 10 by day, with their 7-day average.
   *[self] Chart of your pain from 0 to 10 by day, with your 7-day average.
  }
progress-pain-summary-trend = { $reader ->
    [patient] Their 7-day average went from { $first } to { $last } { $over }.
   *[self] Your 7-day average went from { $first } to { $last } { $over }.
  }
progress-pain-summary-days = { $reader ->
    [patient] Pain was logged on { $days ->
        [one] 1 day
       *[other] { $days } days
      } { $over }.
   *[self] You logged pain on { $days ->
        [one] 1 day
       *[other] { $days } days
      } { $over }.
  }
progress-pain-summary-none = { $reader ->
    [patient] No pain scores were logged { $over }.
   *[self] You logged no pain scores { $over }.
  }
progress-pain-summary-baseline = { $reader ->
    [patient] Their usual pain before the procedure was { $baseline }.
   *[self] Your usual pain before the procedure was { $baseline }.
  }
progress-pain-summary-band = The shaded band runs from { $low } to { $high }: a change of { $mcid } points or more is one people usually notice.
progress-pain-summary-no-baseline = { $reader ->
    [patient] There is no line for their usual pain before the procedure, because it has not been recorded.
   *[self] There is no line for your usual pain before the procedure, because it has not been recorded.
  }
progress-pain-key-daily = Dots: the average of each day's scores
progress-pain-key-rolling = Solid line: the 7-day average
progress-pain-key-baseline = { $reader ->
    [patient] Dashed line: their usual pain before the procedure ({ $baseline })
   *[self] Dashed line: your usual pain before the procedure ({ $baseline })
  }
progress-pain-key-band = { $reader ->
    [patient] Shaded band: { $low } to { $high }, within { $mcid } points of their usual pain before the procedure
   *[self] Shaded band: { $low } to { $high }, within { $mcid } points of your usual pain before the procedure
  }
progress-pain-caption = Pain by day, from 0 to 10 (only days with a score)
progress-pain-date = Date
progress-pain-mean = Average that day
progress-pain-readings = Scores that day
progress-pain-rolling = 7-day average
progress-pain-axis = Pain (0 to 10)

## Sessions per week
progress-sessions-title = Sessions per week
progress-sessions-label = { $reader ->
    [patient] Bar chart of the days they did their routine each week, beside the days their plan asked for.
   *[self] Bar chart of the days you did your routine each week, beside the days your plan asked for.
  }
# The range as a whole, first; then the latest week. $over is one of the progress-over-* phrases.
progress-sessions-summary-range = { $reader ->
    [patient] They did their routine on { $done } of { $planned } planned days { $over } ({ $percent }{"\u00A0"}%).
   *[self] You did your routine on { $done } of { $planned } planned days { $over } ({ $percent }{"\u00A0"}%).
  }
progress-sessions-summary-range-unplanned = { $reader ->
    [patient] They did their routine on { $done ->
        [one] 1 day
       *[other] { $done } days
      } { $over }; their plan asked for none.
   *[self] You did your routine on { $done ->
        [one] 1 day
       *[other] { $done } days
      } { $over }; your plan asked for none.
  }
progress-sessions-summary = { $reader ->
    [patient] In the week starting { $week }, they did their routine on { $done } of { $planned } planned days ({ $percent }{"\u00A0"}%).
   *[self] In the week starting { $week }, you did your routine on { $done } of { $planned } planned days ({ $percent }{"\u00A0"}%).
  }
progress-sessions-summary-unplanned = { $reader ->
    [patient] In the week starting { $week }, they did their routine on { $done ->
        [one] 1 day
       *[other] { $done } days
      }; their plan asked for none.
   *[self] In the week starting { $week }, you did your routine on { $done ->
        [one] 1 day
       *[other] { $done } days
      }; your plan asked for none.
  }
progress-sessions-summary-weeks = The chart shows { $weeks ->
    [one] 1 week
   *[other] { $weeks } weeks
  }.
progress-sessions-summary-months = The chart shows { $weeks } weeks month by month ({ $months ->
    [one] 1 month
   *[other] { $months } months
  }); the table lists each week.
progress-sessions-axis-month = Days in the month
progress-sessions-summary-none = There are no weeks with a plan or a session { $over }.
progress-sessions-planned = Days planned
progress-sessions-done = Days done
progress-sessions-percent = Share of the plan
progress-sessions-week = Week starting
progress-sessions-caption = Days of routine per week: planned and done
progress-sessions-percent-value = { $percent }{"\u00A0"}%
progress-sessions-nothing-planned = Nothing planned
progress-sessions-axis = Days

## PSFS
progress-psfs-title = { $reader ->
    [patient] Activities they find hard (PSFS)
   *[self] Activities you find hard (PSFS)
  }
progress-psfs-label = { $reader ->
    [patient] Line chart of their scores for each activity, from 0 (unable to do it) to 10 (able to do it as before).
   *[self] Line chart of your scores for each activity, from 0 (unable to do it) to 10 (able to do it as before).
  }
progress-psfs-scale = Scores run from 0 (unable to do it) to 10 (able to do it as before).
progress-psfs-summary-one = { $name }: { $first } on { $firstDate }, { $last } on { $lastDate }.
progress-psfs-summary-single = { $name }: { $score } on { $date }.
progress-psfs-none = { $reader ->
    [patient] No activities were rated { $over }.
   *[self] You rated no activities { $over }.
  }
progress-psfs-caption = Scores for “{ $name }”
progress-psfs-date = Date
progress-psfs-score = Score (0 to 10)
progress-psfs-axis = Score (0 to 10)

## Active days
progress-active-title = Active days
progress-active-label = { $reader ->
    [patient] Calendar of their active days: weeks from left to right, Monday at the top. A filled square is a day with a session or a walk.
   *[self] Calendar of your active days: weeks from left to right, Monday at the top. A filled square is a day with a session or a walk.
  }
progress-active-summary = { $reader ->
    [patient] They were active on { $active } of { $days ->
        [one] 1 day
       *[other] { $days } days
      } { $over }.
   *[self] You were active on { $active } of { $days ->
        [one] 1 day
       *[other] { $days } days
      } { $over }.
  }
progress-active-how = Each square is a day: weeks run from left to right, Monday at the top. A filled square is a day with a session or a walk.
progress-active-scroll = Calendar of active days, latest weeks first in view; scroll sideways to see earlier weeks
progress-active-caption = Active days, week by week
progress-active-week = Week starting
progress-active-days = Days with a session or a walk
progress-active-none = None
progress-active-yes = Active
progress-active-no = Not active

## Adherence per exercise
progress-exercises-title = Each exercise
progress-exercises-caption = Each exercise { $over }: times planned, done, skipped and not done
progress-exercises-note = “Not done” counts the planned times that were neither done nor skipped: passed over in a session, or a planned day without a session.
progress-exercises-name = Exercise
progress-exercises-planned = Planned
progress-exercises-done = Done
progress-exercises-skipped = Skipped
progress-exercises-not-done = Not done
progress-exercises-none = No exercises were planned or done { $over }.

## Skip reasons
progress-skips-title = Reasons for skipping
progress-skips-caption = Reasons given for skipping { $over }
progress-skips-reason = Reason
progress-skips-sessions = In sessions
progress-skips-reminders = From reminders
progress-skips-tooPainful = Too painful
progress-skips-noTime = No time
progress-skips-noSpaceOrEquipment = No space or equipment
progress-skips-other = Another reason
progress-skips-note = “From reminders” counts reminders answered with Skip, including those in a catch-up.

## ODI and RMDQ totals
progress-measures-title = Questionnaire totals
progress-measures-caption = ODI and RMDQ totals { $over }
progress-measures-date = Date
progress-measures-measure = Questionnaire
progress-measures-total = Total
progress-measures-by = Scored by
progress-measures-by-none = Not given
progress-measures-odi = ODI (0 to 100{"\u00A0"}%)
progress-measures-rmdq = RMDQ (0 to 24)
progress-measures-odi-total = { $total }{"\u00A0"}%
progress-measures-none = No ODI or RMDQ totals { $over }.
