//! `cargo xtask seed --years N --data-dir DIR [--seed S] [--force]`: a
//! realistic synthetic journal, for trying the Progress section on years of
//! data and for `cargo xtask bench data`.
//!
//! The person (`story.rs`) has a procedure about every 13 months with usual pain
//! around 7 before it; relief builds to about 3 within weeks and fades slowly
//! from month 10. They keep a pain diary one to three times a day with noise,
//! occasional flares and holidays without entries, sometimes with the diary's
//! additions; follow the phased default plan and later one their physio edited,
//! on most planned days, skipping some exercises with reasons; walk most days;
//! fill in a PSFS every six weeks or so and ODI and RMDQ totals each quarter;
//! and answer the default reminders. The same seed and end date always give the
//! same journal.
//!
//! Everything goes through relief-core's rules and relief-store's public API,
//! in one batch, so the journal is exactly what the app would have written and
//! stays valid as the schema changes.

use std::path::{Path, PathBuf};

use chrono::{Local, NaiveDate};
use relief_store::{Journal, JOURNAL_FILE};

use crate::exec::XtaskError;
use crate::story::{Counts, Story};

/// The seed when none is given: any fixed number keeps runs comparable.
pub const DEFAULT_SEED: u64 = 20_260_329;

const USAGE: &str =
    "usage: cargo xtask seed --years N --data-dir DIR [--seed S] [--until YYYY-MM-DD] [--force]

  --years N         how many years of records, ending on --until (1 to 40)
  --data-dir DIR    the data folder to write (as the app's --data-dir)
  --seed S          the random seed (default 20260329); the same seed gives the same journal
  --until DATE      the last day with records (default: today)
  --force           replace the journal in a folder that already has one";

struct Options {
    years: u32,
    data_dir: PathBuf,
    seed: u64,
    until: NaiveDate,
    force: bool,
}

/// `cargo xtask seed …`
pub fn run(args: &[String]) -> Result<(), XtaskError> {
    let options = parse(args)?;
    prepare(&options.data_dir, options.force)?;
    let started = std::time::Instant::now();
    let counts = write(
        &options.data_dir,
        options.years,
        options.seed,
        options.until,
    )?;
    println!(
        "Wrote {} years of records ({} to {}) to {} in {:.1} s (seed {}):",
        options.years,
        counts.first,
        options.until,
        options.data_dir.join(JOURNAL_FILE).display(),
        started.elapsed().as_secs_f64(),
        options.seed,
    );
    print!("{counts}");
    Ok(())
}

/// Writes `years` of records ending on `until` into a new journal in `dir`.
pub fn write(dir: &Path, years: u32, seed: u64, until: NaiveDate) -> Result<Counts, XtaskError> {
    let story = Story::new(years, seed, until).map_err(XtaskError::Seed)?;
    let now = Local::now().fixed_offset();
    let journal = Journal::open(dir, now)
        .map_err(|e| XtaskError::Seed(format!("open the journal: {e}")))?
        .journal;
    let counts = journal
        .bulk(|batch| story.tell(batch))
        .map_err(|e| XtaskError::Seed(format!("write the journal: {}", e.0)))?;
    let preferences = dir.join("preferences.json");
    if !preferences.exists() {
        // Past the first-run welcome, so the app opens on Today with the data.
        std::fs::write(&preferences, br#"{"preferences":{"onboardingDone":true}}"#).map_err(
            |source| XtaskError::Io {
                what: format!("write {}", preferences.display()),
                source,
            },
        )?;
    }
    Ok(counts)
}

fn parse(args: &[String]) -> Result<Options, XtaskError> {
    let usage = |problem: &str| XtaskError::Seed(format!("{problem}\n\n{USAGE}"));
    let mut years = None;
    let mut data_dir = None;
    let mut seed = DEFAULT_SEED;
    let mut until = Local::now().date_naive();
    let mut force = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| usage(&format!("{name} needs a value")))
        };
        match arg.as_str() {
            "--years" => {
                years = Some(
                    value("--years")?
                        .parse::<u32>()
                        .ok()
                        .filter(|y| (1..=40).contains(y))
                        .ok_or_else(|| usage("--years is a whole number from 1 to 40"))?,
                );
            }
            "--data-dir" => data_dir = Some(PathBuf::from(value("--data-dir")?)),
            "--seed" => {
                seed = value("--seed")?
                    .parse()
                    .map_err(|_| usage("--seed is a whole number"))?;
            }
            "--until" => {
                until = NaiveDate::parse_from_str(&value("--until")?, "%Y-%m-%d")
                    .map_err(|_| usage("--until is a date such as 2026-03-29"))?;
            }
            "--force" => force = true,
            "-h" | "--help" => return Err(usage("")),
            other => return Err(usage(&format!("unknown argument {other:?}"))),
        }
    }
    Ok(Options {
        years: years.ok_or_else(|| usage("--years is required"))?,
        data_dir: data_dir.ok_or_else(|| usage("--data-dir is required"))?,
        seed,
        until,
        force,
    })
}

/// Refuses a folder with anything in it, unless `force`; then only the
/// journal and its backups are removed (preferences and anything else stay).
fn prepare(dir: &Path, force: bool) -> Result<(), XtaskError> {
    let io = |what: String| move |source| XtaskError::Io { what, source };
    let entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| Some(e.ok()?.path())).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(format!("read {}", dir.display()))(e)),
    };
    if entries.is_empty() {
        return Ok(());
    }
    if !force {
        return Err(XtaskError::Seed(format!(
            "{} is not empty. Choose an empty folder, or add --force to replace the journal in it.",
            dir.display()
        )));
    }
    for suffix in ["", "-wal", "-shm"] {
        let file = dir.join(format!("{JOURNAL_FILE}{suffix}"));
        if file.exists() {
            std::fs::remove_file(&file).map_err(io(format!("remove {}", file.display())))?;
            println!("Removed {}", file.display());
        }
    }
    let backups = dir.join("backups");
    if backups.is_dir() {
        std::fs::remove_dir_all(&backups).map_err(io(format!("remove {}", backups.display())))?;
        println!("Removed {}", backups.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_same_seed_writes_the_same_journal() {
        let (a, b, c) = (
            tempfile::tempdir().unwrap(),
            tempfile::tempdir().unwrap(),
            tempfile::tempdir().unwrap(),
        );
        let until = date("2026-03-29");
        let first = write(a.path(), 2, 7, until).unwrap();
        let second = write(b.path(), 2, 7, until).unwrap();
        let other = write(c.path(), 2, 8, until).unwrap();
        assert_eq!(first.to_string(), second.to_string());
        assert_ne!(first.to_string(), other.to_string());
        let open = |dir: &Path| {
            Journal::open(dir, Local::now().fixed_offset())
                .unwrap()
                .journal
        };
        let (ja, jb) = (open(a.path()), open(b.path()));
        let all = |j: &Journal| j.pain_entries_between(date("2000-01-01"), until).unwrap();
        let (pa, pb) = (all(&ja), all(&jb));
        assert_eq!(pa.len(), pb.len());
        assert!(pa
            .iter()
            .zip(&pb)
            .all(|(x, y)| (x.score, x.recorded_at, &x.tags) == (y.score, y.recorded_at, &y.tags)));
    }

    #[test]
    fn a_folder_with_something_in_it_is_refused_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let until = date("2026-03-29");
        write(dir.path(), 1, 1, until).unwrap();
        let error = prepare(dir.path(), false).unwrap_err();
        assert!(error.to_string().contains("--force"), "{error}");
        prepare(dir.path(), true).unwrap();
        assert!(!dir.path().join(JOURNAL_FILE).exists());
        assert!(dir.path().join("preferences.json").exists(), "kept");
    }

    #[test]
    fn arguments() {
        let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        let ok = parse(&args(
            "--years 3 --data-dir /tmp/x --seed 5 --until 2026-01-31",
        ))
        .unwrap();
        assert_eq!(
            (ok.years, ok.seed, ok.until, ok.force),
            (3, 5, date("2026-01-31"), false)
        );
        for bad in [
            "--data-dir /tmp/x",
            "--years 0 --data-dir /tmp/x",
            "--years 3",
            "--years 3 --data-dir /tmp/x --until yesterday",
            "--years 3 --data-dir",
            "--years 3 --data-dir /tmp/x --colour",
        ] {
            assert!(parse(&args(bad)).is_err(), "{bad}");
        }
    }
}
