//! Renders the fixture reports and reads them back the way a person's tools
//! would: `pdftotext -layout` for the words and numbers, `pdfinfo` for
//! tagging, title and page size, `pdffonts` for the embedded font.
//!
//! These tools come from poppler-utils. When they are missing the tests fail
//! and say so: a report test that passes without reading the report would
//! hide exactly the failures it exists for.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use relief_report::{render, render_with, Paper, ReportError, Words};

/// Runs a poppler tool on `pdf` and returns its standard output.
fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let mut command = Command::new(name);
    command.args(args).arg(pdf);
    if name == "pdftotext" {
        // To standard output rather than a .txt file beside the PDF.
        command.arg("-");
    }
    let output = command.output().unwrap_or_else(|error| {
        panic!(
            "could not run `{name}` ({error}): these tests need poppler-utils \
                 (`apt-get install -y poppler-utils`)"
        )
    });
    assert!(
        output.status.success(),
        "`{name}` failed on {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    // Lossy: `pdfinfo -struct` prints UTF-16 titles as raw bytes.
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Writes the PDF to the temp dir (and, to look at them, also to
/// `$RELIEF_REPORT_TEST_OUT` when that is set).
fn write(dir: &Path, name: &str, pdf: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("write the PDF to the temp dir");
    if let Some(keep) = std::env::var_os("RELIEF_REPORT_TEST_OUT") {
        std::fs::write(Path::new(&keep).join(name), pdf).expect("write a copy to look at");
    }
    path
}

fn text(pdf: &Path) -> String {
    tool("pdftotext", &["-layout", "-enc", "UTF-8"], pdf).replace('\u{c}', "\n")
}

fn info_field(info: &str, field: &str) -> String {
    info.lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .unwrap_or_else(|| panic!("pdfinfo printed no {field}:\n{info}"))
        .trim()
        .to_owned()
}

/// Asserts the text has a line containing all of `parts` (one table row).
fn assert_row(text: &str, parts: &[&str]) {
    assert!(
        text.lines()
            .any(|line| parts.iter().all(|p| line.contains(p))),
        "no line has all of {parts:?} in:\n{text}"
    );
}

fn assert_has(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} is missing from:\n{text}");
}

/// Page size from pdfinfo, rounded to whole points.
fn page_size(info: &str) -> (i64, i64) {
    let size = info_field(info, "Page size");
    let mut numbers = size
        .split_whitespace()
        .filter_map(|part| part.parse::<f64>().ok());
    let w = numbers.next().expect("a width");
    let h = numbers.next().expect("a height");
    (w.round() as i64, h.round() as i64)
}

/// The figure's alt text, read from the structure tree in the raw file
/// (krilla writes it as a UTF-16 hex string or a literal).
fn figure_alt(pdf: &[u8]) -> String {
    let raw = String::from_utf8_lossy(pdf);
    let start = raw.find("/Alt ").expect("an /Alt entry") + 5;
    let rest = &raw[start..];
    if let Some(hex) = rest.strip_prefix("<FEFF") {
        let end = hex.find('>').expect("end of hex string");
        let units: Vec<u16> = hex.as_bytes()[..end]
            .chunks(4)
            .map(|c| u16::from_str_radix(std::str::from_utf8(c).unwrap_or("0"), 16).unwrap_or(0))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        let end = rest.find(')').expect("end of literal string");
        rest[1..end].to_owned()
    }
}

#[test]
fn realistic_report_reads_back_with_its_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = common::realistic();
    let bytes = render(&report).expect("renders");
    let pdf = write(dir.path(), "realistic.pdf", &bytes);
    let text = text(&pdf);

    // Header.
    assert_has(&text, "Pain and exercise report");
    assert_row(&text, &["Patient", "Margaret O'Connor, born 14 Sep 1958"]);
    assert_has(&text, "23 Jan 2025: Lumbar L4–L5, L5–S1, both sides");
    assert_has(
        &text,
        "20 Jan 2025 to 13 Apr 2025 (report made on 14 Apr 2025)",
    );

    // Summary: the recalled usual pain before the procedure, recent (the
    // fixture's last 14 days average 3.7), the change in points and percent
    // against both forms of the MCID, and sessions with their share.
    assert_has(&text, "Summary");
    assert_row(
        &text,
        &[
            "Pain (0–10)",
            "6.4 usual pain before the procedure, as recalled; 3.7 average, last 14 days",
        ],
    );
    assert_row(
        &text,
        &[
            "Change",
            "−2.7 points (−42%). The clinically important change is 2 points or",
        ],
    );
    assert_has(&text, "change is at least both.");
    assert_row(&text, &["Exercise sessions", "54 done of 66 planned (82%)"]);

    // Questionnaires: first against latest, and the change.
    assert_row(
        &text,
        &[
            "PSFS: walking 30",
            "3.0 (20 Jan 2025)",
            "7.0 (7 Apr 2025)",
            "+4.0",
        ],
    );
    assert_row(
        &text,
        &["ODI", "42.0 (20 Jan 2025)", "24.0 (7 Apr 2025)", "−18.0"],
    );
    assert_row(
        &text,
        &["RMDQ", "14.0 (20 Jan 2025)", "7.0 (7 Apr 2025)", "−7.0"],
    );

    // Chart: axis labels and legend are text; the caption states the 7-day
    // average's first and last values.
    assert_has(&text, "Pain over time (0–10)");
    assert_has(&text, "7-day average");
    assert_has(&text, "Usual pain before the procedure, as recalled");
    assert_has(
        &text,
        "± 2 points (clinically important change: 2 points or 30%)",
    );
    assert_has(&text, "Pain scores on 75 days.");
    assert_has(
        &text,
        "The 7-day average was 6.5 on 20 Jan 2025 and 3.4 on 13 Apr 2025.",
    );

    // Sessions by week, exercises, events, skip reasons, notes.
    assert_has(&text, "Exercise sessions by week");
    assert_row(&text, &["3 Feb 2025", "3", "6", "50%"]);
    assert_row(
        &text,
        &[
            "Exercise",
            "Dose in the current plan",
            "Planned",
            "Done",
            "Skipped",
            "Not done",
        ],
    );
    assert_row(
        &text,
        &["Pelvic tilts", "2 × 10 reps", "60", "54", "2", "4"],
    );
    assert_row(
        &text,
        &[
            "Side plank on knees",
            "3 × 20 s each side (latest",
            "0",
            "12",
        ],
    );
    // No pain per exercise: the journal has pain per session only.
    assert!(!text.contains("Pain before (avg)"), "{text}");
    assert!(!text.contains("4.6"), "{text}");
    assert_has(&text, "Sessions followed by more pain");
    assert_row(
        &text,
        &["Date", "Exercises or note", "Pain before", "Pain after"],
    );
    assert_row(&text, &["11 Feb 2025", "Bird dog, Glute bridge", "5", "7"]);
    assert_row(&text, &["Too much pain", "5"]);
    assert_has(&text, "Patient's notes");
    assert_row(
        &text,
        &[
            "9 Apr 2025",
            "Good week. Gardening for an hour with breaks.",
        ],
    );
    // A wrapped note keeps its words in order.
    assert_has(&text, "Walked the long way round the park");

    // Footer on every page.
    let info = tool("pdfinfo", &[], &pdf);
    let pages: usize = info_field(&info, "Pages").parse().expect("page count");
    assert!(pages >= 2, "the realistic report has more than one page");
    assert_eq!(
        text.matches("Made by Relief Window from the patient's own records.")
            .count(),
        pages,
        "the disclaimer is on every page"
    );
    assert_eq!(
        text.matches("numbers are as the patient entered them.")
            .count(),
        pages
    );
    for page in 1..=pages {
        assert_has(&text, &format!("Page {page} of {pages}"));
    }

    // Page one holds the summary and the chart.
    let first_page = text.split("Page 1 of").next().unwrap_or_default();
    assert_has(first_page, "−2.7 points (−42%)");
    assert_has(first_page, "Pain scores on 75 days.");

    // Tagged, titled, A4, in English; the chart is a figure with alt text.
    assert_eq!(info_field(&info, "Tagged"), "yes");
    assert_eq!(info_field(&info, "Title"), "Pain and exercise report");
    assert_eq!(page_size(&info), (595, 842));
    assert!(
        String::from_utf8_lossy(&bytes).contains("/Lang (en)"),
        "document language is set"
    );
    let structure = tool("pdfinfo", &["-struct"], &pdf);
    for tag in [
        "H1", "H2", "H3", "Table", "TH", "TD", "P", "Figure", "Caption",
    ] {
        assert!(
            structure.lines().any(|l| l.trim_start().starts_with(tag)),
            "no {tag} in the structure tree:\n{structure}"
        );
    }
    let alt = figure_alt(&bytes);
    assert!(alt.starts_with("Chart of pain on a 0 to 10 scale from 20 Jan 2025 to 13 Apr 2025."));
    assert!(
        alt.contains(
            "The usual pain before the procedure, as recalled, was 6.4: a dashed line in a \
             shaded band of ± 2 points. The clinically important change is 2 points or 30%."
        ),
        "{alt}"
    );

    // The font is embedded, both weights.
    let fonts = tool("pdffonts", &[], &pdf);
    for face in ["AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"] {
        let row = fonts
            .lines()
            .find(|line| line.contains(face))
            .unwrap_or_else(|| panic!("{face} is not in the PDF:\n{fonts}"));
        // Columns from the right: object, generation, uni, sub, emb.
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(
            cells[cells.len() - 5],
            "yes",
            "{face} is not embedded:\n{fonts}"
        );
    }
    assert_eq!(
        fonts
            .lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .count(),
        2,
        "only the two embedded faces are used:\n{fonts}"
    );
}

#[test]
fn empty_report_says_so_calmly_on_letter_paper() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = common::empty();
    assert_eq!(report.paper, Paper::Letter);
    let pdf = write(dir.path(), "empty.pdf", &render(&report).expect("renders"));
    let text = text(&pdf);
    for sentence in [
        "No procedure recorded.",
        "No pain scores yet.",
        "No sessions planned or done.",
        "No questionnaire filled in during this period.",
        "No pain scores were recorded in this period, so there is no chart.",
        "No exercise plan and no sessions in this period.",
        "No exercises in the plan.",
        "No session was followed by a rise in pain of 2 points or more.",
        "No session was skipped with a reason.",
        "No notes in this period.",
        "Page 1 of 1",
    ] {
        assert_has(&text, sentence);
    }
    // Neither name nor date of birth was given: no patient line at all.
    assert!(!text.contains("Patient "), "{text}");
    assert!(
        !text.contains("Change"),
        "no change without two pain numbers"
    );
    let info = tool("pdfinfo", &[], &pdf);
    assert_eq!(info_field(&info, "Tagged"), "yes");
    assert_eq!(page_size(&info), (612, 792));
}

#[test]
fn ten_years_are_bounded_and_say_what_was_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = common::ten_years();
    assert!(report.pain.daily.len() > 3600 && report.adherence.weeks.len() > 500);
    let pdf = write(
        dir.path(),
        "ten-years.pdf",
        &render(&report).expect("renders"),
    );
    let text = text(&pdf);
    assert_has(&text, "Exercise sessions by month");
    assert_has(&text, "Shown by month: the latest 12 of 120 months.");
    assert_row(&text, &["May 2025", "6", "20", "30%"]);
    assert_has(&text, "The latest 15 of 120 are shown.");
    assert_has(&text, "The latest 12 of 20 are shown.");
    assert_has(&text, "The 20 most recent of 400 notes are shown.");
    assert_has(&text, "Note number 399:");
    assert!(
        !text.contains("Note number 379:"),
        "older notes are left out"
    );
    assert_has(&text, "Pain scores on 3653 days.");
    let info = tool("pdfinfo", &[], &pdf);
    assert_eq!(info_field(&info, "Tagged"), "yes");
    let pages: usize = info_field(&info, "Pages").parse().expect("page count");
    assert!(
        pages <= 5,
        "ten years still fit a short report: {pages} pages"
    );
}

#[test]
fn awkward_input_still_renders() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut report = common::realistic();
    let from = report.period.from;
    report.patient.name = Some("Zoë 🌷 Ångström".to_owned());
    report.patient.date_of_birth = None;
    report.pain.recent = Some(f64::NAN);
    report.pain.daily.push((from, f64::INFINITY));
    report.pain.daily.push((common::day(1999, 1, 1), 5.0));
    report.adherence.sessions_planned = 0;
    report.adherence.weeks[0].planned = 0;
    report
        .notes
        .push((from, format!("{} end", "unbroken".repeat(80))));
    report.notes.push((from, "Long note. ".repeat(200)));
    report.notes.push((from, "   ".to_owned()));
    report.exercises[0].name = "中文 exercise\twith a tab".to_owned();
    // A table cell far longer than a page is cut, not drawn over the footer.
    report.notable[0].summary = "very long summary ".repeat(600);
    report.procedures = (0..40)
        .map(|i| relief_report::Procedure {
            date: from,
            description: format!("Procedure {i}"),
        })
        .collect();
    let pdf = write(
        dir.path(),
        "awkward.pdf",
        &render(&report).expect("renders"),
    );
    let text = text(&pdf);
    assert_row(&text, &["Patient", "Zoë ? Ångström"]);
    assert_has(
        &text,
        "6.4 usual pain before the procedure, as recalled; no scores in the last 14",
    );
    assert_has(&text, "54 done; no sessions were planned");
    assert_has(&text, "(shortened)");
    assert_has(&text, "?? exercise with a tab");
    assert_has(&text, "…");
    let info = tool("pdfinfo", &[], &pdf);
    assert_eq!(info_field(&info, "Tagged"), "yes");
    let pages: usize = info_field(&info, "Pages").parse().expect("page count");
    assert!(pages <= 6, "{pages} pages");
}

#[test]
fn translated_words_are_used() {
    let dir = tempfile::tempdir().expect("temp dir");
    let words = Words {
        language: "nl".to_owned(),
        title: "Pijn- en oefenverslag".to_owned(),
        decimal_separator: ",".to_owned(),
        months: [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ]
        .map(str::to_owned),
        ..Words::default()
    };
    let bytes = render_with(&common::realistic(), &words).expect("renders");
    let pdf = write(dir.path(), "nl.pdf", &bytes);
    let text = text(&pdf);
    assert_has(&text, "Pijn- en oefenverslag");
    assert_has(&text, "6,4 usual pain before the procedure");
    assert_has(&text, "23 jan 2025");
    assert!(String::from_utf8_lossy(&bytes).contains("/Lang (nl)"));
    let info = tool("pdfinfo", &[], &pdf);
    assert_eq!(info_field(&info, "Title"), "Pijn- en oefenverslag");
}

#[test]
fn a_reversed_period_is_an_error() {
    let mut report = common::empty();
    std::mem::swap(&mut report.period.from, &mut report.period.to);
    match render(&report) {
        Err(ReportError::PeriodReversed { from, to }) => assert!(to < from),
        other => panic!("expected PeriodReversed, got {:?}", other.map(|b| b.len())),
    }
}
