//! Every word the report prints, in one place, so the app can pass a
//! translation. `Words::default()` is English.
//!
//! Sentences with numbers in them are templates with `{name}` placeholders
//! (filled by [`fill`]) rather than fragments glued together, because word
//! order differs between languages. Month names and the decimal separator are
//! here too: chrono's own month names are English only.
//!
//! The words describe; they never advise. No template may turn a score into a
//! judgement ("improved", "worse"): the report states numbers and the
//! physiotherapist reads them.

/// All text of the report. Fields are public so a caller can start from
/// `Words::default()` and replace what it has translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// BCP 47 language of these words, e.g. "en"; written into the PDF so
    /// screen readers pick the right voice.
    pub language: String,
    /// Title of the document (first heading and the PDF's title).
    pub title: String,
    /// Names of the months, January first, short forms ("Jan").
    pub months: [String; 12],
    /// A day: `{day}`, `{month}` (from `months`), `{year}`.
    pub date: String,
    /// A month in tables and chart ticks: `{month}`, `{year}`.
    pub month_year: String,
    /// Between the whole and the decimal part of numbers.
    pub decimal_separator: String,
    /// A percentage: `{value}`.
    pub percent: String,
    /// A span of days: `{from}`, `{to}`.
    pub date_range: String,
    /// Shown where a number or date is missing.
    pub missing: String,

    // Header.
    /// Label of the patient line.
    pub patient: String,
    /// Name and date of birth: `{name}`, `{date_of_birth}`.
    pub patient_name_born: String,
    /// Date of birth without a name: `{date_of_birth}`.
    pub patient_born: String,
    /// Label of the procedures.
    pub procedures: String,
    /// One procedure: `{date}`, `{description}`.
    pub procedure_line: String,
    /// When no procedure is recorded.
    pub no_procedures: String,
    /// Label of the period covered.
    pub period: String,
    /// The period with the day the report was made: `{period}`, `{generated}`.
    pub period_generated: String,

    // Summary.
    /// Heading of the summary.
    pub summary_heading: String,
    /// Label of the pain line.
    pub pain_label: String,
    /// Both pain numbers: `{baseline}` (the usual pain before the
    /// procedure, as the patient recalled it), `{recent}`.
    pub pain_both: String,
    /// Only the recalled usual pain before the procedure: `{baseline}`.
    pub pain_baseline_only: String,
    /// Only recent pain: `{recent}`.
    pub pain_recent_only: String,
    /// No pain numbers at all.
    pub pain_none: String,
    /// Label of the change line.
    pub change_label: String,
    /// The clinically important change (NPRS MCID) in both its forms:
    /// `{points}`, `{percent}` (already written with `percent`).
    pub mcid: String,
    /// The clinically important change when only points are known: `{points}`.
    pub mcid_points: String,
    /// The change: `{change}` (signed points), `{percent}` (signed, of the
    /// usual pain before the procedure), `{mcid}` (from `mcid`),
    /// `{comparison}` (one of the `change_*` below).
    pub change_value: String,
    /// The change when the usual pain before was 0, so that a percentage
    /// means nothing: `{change}`, `{mcid}`, `{comparison}`.
    pub change_value_no_percent: String,
    /// Comparison: at least the points and at least the percentage.
    pub change_at_least_both: String,
    /// Comparison: at least `{points}` points but less than `{percent}`.
    pub change_points_not_percent: String,
    /// Comparison: less than `{points}` points but at least `{percent}`.
    pub change_percent_not_points: String,
    /// Comparison: less than the points and less than the percentage.
    pub change_below_both: String,
    /// Comparison with the points alone: at least `{points}` points.
    pub change_at_least_points: String,
    /// Comparison with the points alone: less than `{points}` points.
    pub change_below_points: String,
    /// Label of the sessions line.
    pub sessions_label: String,
    /// Sessions against a plan: `{done}`, `{planned}`, `{percent}`.
    pub sessions_value: String,
    /// Sessions without a plan: `{done}`.
    pub sessions_no_plan: String,
    /// Neither a plan nor sessions.
    pub sessions_none: String,
    /// Heading of the questionnaire table.
    pub measures_heading: String,
    /// When no questionnaire was filled in.
    pub measures_none: String,
    /// Column: the measure's name.
    pub col_measure: String,
    /// Column: its scale.
    pub col_scale: String,
    /// Column: first score.
    pub col_first: String,
    /// Column: latest score.
    pub col_latest: String,
    /// Column: latest minus first.
    pub col_change: String,
    /// A score with its day: `{value}`, `{date}`.
    pub value_on_date: String,

    // Pain chart.
    /// Heading of the chart.
    pub chart_heading: String,
    /// Legend: daily means.
    pub legend_daily: String,
    /// Legend: 7-day average.
    pub legend_rolling: String,
    /// Legend: the line of the usual pain before the procedure, as recalled.
    pub legend_baseline: String,
    /// Legend: the band around that line: `{points}` (its half-width),
    /// `{mcid}` (from `mcid`).
    pub legend_band: String,
    /// Legend and marker label: a procedure's day.
    pub legend_procedure: String,
    /// Start of the chart's alt text: `{from}`, `{to}`, `{days}`.
    pub chart_alt: String,
    /// Visible caption and alt text: `{days}` days with scores.
    pub chart_days: String,
    /// Caption and alt text: the 7-day average from `{first}` on `{first_date}`
    /// to `{last}` on `{last_date}`.
    pub chart_rolling: String,
    /// Alt text: the recalled usual pain line and its band: `{baseline}`,
    /// `{points}` (the band's half-width), `{mcid}` (from `mcid`).
    pub chart_baseline: String,
    /// When there are no pain scores to draw.
    pub chart_none: String,

    // Adherence.
    /// Heading of the sessions by week.
    pub adherence_heading: String,
    /// Heading of the sessions by month (long periods).
    pub adherence_heading_month: String,
    /// Note when weeks are shown by month: `{shown}`, `{total}` months.
    pub adherence_by_month: String,
    /// Note when all months fit: weeks are counted in their month.
    pub adherence_by_month_all: String,
    /// When there are no weeks.
    pub adherence_none: String,
    /// Column: the week's first day.
    pub col_week: String,
    /// Column: the month.
    pub col_month: String,
    /// Column: sessions done.
    pub col_done: String,
    /// Column: sessions planned.
    pub col_planned: String,
    /// Column: done as a share of planned.
    pub col_share: String,

    // Exercises.
    /// Heading of the exercise table.
    pub exercises_heading: String,
    /// When the plan has no exercises.
    pub exercises_none: String,
    /// Column: exercise.
    pub col_exercise: String,
    /// Column: the dose in the current plan.
    pub col_dose: String,
    /// A dose for an exercise not in the current plan: the one planned for
    /// its latest session in the period, `{dose}`.
    pub dose_latest_session: String,
    /// Under the heading: what the counts are.
    pub exercises_intro: String,
    /// Column: times skipped with a reason.
    pub col_skipped: String,
    /// Column: times planned but neither done nor skipped.
    pub col_not_done: String,

    // Notable sessions and skip reasons.
    /// Heading of the sessions followed by more pain.
    pub notable_heading: String,
    /// Sentence under that heading.
    pub notable_intro: String,
    /// When there were none.
    pub notable_none: String,
    /// Column: day.
    pub col_date: String,
    /// Column: exercises or note.
    pub col_session: String,
    /// Column: the pain given just before the session.
    pub col_before: String,
    /// Column: the pain given just after the session.
    pub col_after: String,
    /// Rows left out: `{shown}`, `{total}`.
    pub rows_left_out: String,
    /// Heading of the skip reasons.
    pub skips_heading: String,
    /// When no session was skipped with a reason.
    pub skips_none: String,
    /// Column: reason.
    pub col_reason: String,
    /// Column: how often.
    pub col_times: String,

    // Notes.
    /// Heading of the patient's notes.
    pub notes_heading: String,
    /// When there are no notes.
    pub notes_none: String,
    /// Notes left out: `{shown}`, `{total}`.
    pub notes_left_out: String,
    /// After a note cut short.
    pub note_shortened: String,

    // Every page.
    /// Footer on every page.
    pub disclaimer: String,
    /// Page number: `{page}`, `{pages}`.
    pub page_of: String,
}

impl Default for Words {
    fn default() -> Self {
        let s = |text: &str| text.to_owned();
        Words {
            language: s("en"),
            title: s("Pain and exercise report"),
            months: [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
            .map(s),
            date: s("{day} {month} {year}"),
            month_year: s("{month} {year}"),
            decimal_separator: s("."),
            percent: s("{value}%"),
            date_range: s("{from} to {to}"),
            missing: s("—"),

            patient: s("Patient"),
            patient_name_born: s("{name}, born {date_of_birth}"),
            patient_born: s("Born {date_of_birth}"),
            procedures: s("Procedures"),
            procedure_line: s("{date}: {description}"),
            no_procedures: s("No procedure recorded."),
            period: s("Period covered"),
            period_generated: s("{period} (report made on {generated})"),

            summary_heading: s("Summary"),
            pain_label: s("Pain (0–10)"),
            pain_both: s(
                "{baseline} usual pain before the procedure, as recalled; \
                 {recent} average, last 14 days",
            ),
            pain_baseline_only: s(
                "{baseline} usual pain before the procedure, as recalled; \
                 no scores in the last 14 days",
            ),
            pain_recent_only: s(
                "{recent} average, last 14 days; no usual pain before the procedure recorded",
            ),
            pain_none: s("No pain scores yet."),
            change_label: s("Change"),
            // Ostelo 2008: 2 points or 30 % on the 0–10 scale. A change can
            // meet one form and not the other, so each is compared.
            mcid: s("{points} points or {percent}"),
            mcid_points: s("{points} points"),
            change_value: s(
                "{change} points ({percent}). The clinically important change is {mcid}; \
                 this change is {comparison}.",
            ),
            change_value_no_percent: s(
                "{change} points (no percentage: the usual pain before was 0). \
                 The clinically important change is {mcid}; this change is {comparison}.",
            ),
            change_at_least_both: s("at least both"),
            change_points_not_percent: s("at least {points} points but less than {percent}"),
            change_percent_not_points: s("less than {points} points but at least {percent}"),
            change_below_both: s("less than both"),
            change_at_least_points: s("at least {points} points"),
            change_below_points: s("less than {points} points"),
            sessions_label: s("Exercise sessions"),
            sessions_value: s("{done} done of {planned} planned ({percent})"),
            sessions_no_plan: s("{done} done; no sessions were planned"),
            sessions_none: s("No sessions planned or done."),
            measures_heading: s("Questionnaires"),
            measures_none: s("No questionnaire filled in during this period."),
            col_measure: s("Measure"),
            col_scale: s("Scale"),
            col_first: s("First"),
            col_latest: s("Latest"),
            col_change: s("Change"),
            value_on_date: s("{value} ({date})"),

            chart_heading: s("Pain over time (0–10)"),
            legend_daily: s("Daily mean"),
            legend_rolling: s("7-day average"),
            legend_baseline: s("Usual pain before the procedure, as recalled"),
            legend_band: s("± {points} points (clinically important change: {mcid})"),
            legend_procedure: s("Procedure"),
            chart_alt: s("Chart of pain on a 0 to 10 scale from {from} to {to}."),
            chart_days: s("Pain scores on {days} days."),
            chart_rolling: s(
                "The 7-day average was {first} on {first_date} and {last} on {last_date}.",
            ),
            chart_baseline: s(
                "The usual pain before the procedure, as recalled, was {baseline}: a dashed \
                 line in a shaded band of ± {points} points. The clinically important change \
                 is {mcid}.",
            ),
            chart_none: s("No pain scores were recorded in this period, so there is no chart."),

            adherence_heading: s("Exercise sessions by week"),
            adherence_heading_month: s("Exercise sessions by month"),
            adherence_by_month: s(
                "Shown by month: the latest {shown} of {total} months. A week counts in the month it starts.",
            ),
            adherence_by_month_all: s("Shown by month. A week counts in the month it starts."),
            adherence_none: s("No exercise plan and no sessions in this period."),
            col_week: s("Week of"),
            col_month: s("Month"),
            col_done: s("Done"),
            col_planned: s("Planned"),
            col_share: s("Done of planned"),

            exercises_heading: s("Exercises"),
            exercises_none: s("No exercises in the plan."),
            col_exercise: s("Exercise"),
            col_dose: s("Dose in the current plan"),
            dose_latest_session: s("{dose} (latest session; not in the current plan)"),
            exercises_intro: s("Times each exercise was planned, done, skipped with a reason, and not done (passed over in a session, or planned on a day without one)."),
            col_skipped: s("Skipped"),
            col_not_done: s("Not done"),

            notable_heading: s("Sessions followed by more pain"),
            notable_intro: s("Sessions after which pain rose by 2 points or more."),
            notable_none: s("No session was followed by a rise in pain of 2 points or more."),
            col_date: s("Date"),
            col_session: s("Exercises or note"),
            col_before: s("Pain before"),
            col_after: s("Pain after"),
            rows_left_out: s("The latest {shown} of {total} are shown."),
            skips_heading: s("Reasons for skipped sessions"),
            skips_none: s("No session was skipped with a reason."),
            col_reason: s("Reason"),
            col_times: s("Times"),

            notes_heading: s("Patient's notes"),
            notes_none: s("No notes in this period."),
            notes_left_out: s("The {shown} most recent of {total} notes are shown."),
            note_shortened: s("(shortened)"),

            disclaimer: s(
                "Made by Relief Window from the patient's own records. It is not a diagnosis or \
                 medical advice; numbers are as the patient entered them.",
            ),
            page_of: s("Page {page} of {pages}"),
        }
    }
}

/// Replaces each `{name}` in `template` with its value. Unknown placeholders
/// stay as they are, so a translation with a typo shows the typo instead of
/// dropping words.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match values.iter().find(|(name, _)| *name == key) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        assert_eq!(fill("{a} of {b}", &[("a", "1"), ("b", "2")]), "1 of 2");
        assert_eq!(fill("{a} {zz}", &[("a", "x")]), "x {zz}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("no placeholders", &[("a", "x")]), "no placeholders");
    }
}
