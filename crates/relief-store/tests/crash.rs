//! Crash safety: an entry the journal said it saved survives the process being
//! killed at any moment, and a crash is never mistaken for damage.
//!
//! The child is this same test binary, re-run with `--exact crash_child --ignored`
//! and `CHILD_DIR` set; it writes entries one transaction at a time and prints
//! `ACK <id>` only after each commit has returned. The parent SIGKILLs it at random
//! moments (the seed is printed; set `RELIEF_CRASH_SEED` to replay one run).

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use common::{now, pain};
use relief_store::Journal;

const CHILD_DIR: &str = "RELIEF_STORE_CRASH_CHILD_DIR";

#[test]
#[ignore = "the child of acknowledged_entries_survive_sigkill; does nothing on its own"]
fn crash_child() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let opened = Journal::open(Path::new(&dir), now()).unwrap();
    let mut out = std::io::stdout().lock();
    if let Some(recovery) = opened.recovery {
        writeln!(out, "RECOVERED {recovery:?}").unwrap();
        out.flush().unwrap();
    }
    for i in 0u64.. {
        let note = format!("entry {i} {}", "x".repeat((i % 300) as usize));
        let entry = opened
            .journal
            .add_pain(&pain((i % 11) as u8, Some(&note), common::NOW), now())
            .unwrap();
        writeln!(out, "ACK {}", entry.id).unwrap();
        out.flush().unwrap();
    }
}

#[cfg(unix)]
#[test]
fn acknowledged_entries_survive_sigkill() {
    use std::collections::BTreeSet;
    use std::process::{Command, Stdio};
    use std::sync::mpsc;
    use std::time::{Duration, Instant};

    let seed = std::env::var("RELIEF_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    println!("crash test seed {seed} (RELIEF_CRASH_SEED={seed} to replay)");
    let mut rng = fastrand::Rng::with_seed(seed);
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let started = Instant::now();
    let mut acked = BTreeSet::new();
    let mut kills = 0;

    while kills < 25 && started.elapsed() < Duration::from_secs(45) {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "crash_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (lines_tx, lines) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            let mut stdout = BufReader::new(stdout);
            let mut line = String::new();
            // Only whole lines count: a line cut off by the kill was never printed.
            while stdout.read_line(&mut line).unwrap_or(0) > 0 && line.ends_with('\n') {
                if lines_tx.send(std::mem::take(&mut line)).is_err() {
                    break;
                }
            }
        });

        // Half the kills land at a random time (often during open, recovery
        // checks or the daily backup), half after a random number of commits.
        let mut seen = Vec::new();
        if rng.bool() {
            std::thread::sleep(Duration::from_millis(rng.u64(0..150)));
        } else {
            let wanted = rng.usize(1..60);
            let deadline = Instant::now() + Duration::from_secs(5);
            while seen
                .iter()
                .filter(|l: &&String| l.starts_with("ACK "))
                .count()
                < wanted
            {
                match lines.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                    Ok(line) => seen.push(line),
                    Err(_) => break,
                }
            }
            std::thread::sleep(Duration::from_micros(rng.u64(0..3000)));
        }
        child.kill().unwrap(); // SIGKILL on unix
        child.wait().unwrap();
        reader.join().unwrap();
        seen.extend(lines.try_iter());
        kills += 1;

        for line in &seen {
            assert!(
                !line.starts_with("RECOVERED"),
                "kill {kills}: a crash looked like damage: {line}"
            );
            if let Some(id) = line.strip_prefix("ACK ") {
                acked.insert(id.trim_end().parse::<i64>().unwrap());
            }
        }

        let opened = Journal::open(dir.path(), now()).unwrap();
        assert!(
            opened.recovery.is_none(),
            "kill {kills}: {:?}",
            opened.recovery
        );
        let stored: BTreeSet<i64> = opened
            .journal
            .recent_pain(u32::MAX)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let lost: Vec<_> = acked.difference(&stored).collect();
        assert!(
            lost.is_empty(),
            "kill {kills} (seed {seed}): acknowledged but lost: {lost:?}"
        );
        drop(opened);
        let conn = rusqlite::Connection::open(dir.path().join(relief_store::JOURNAL_FILE)).unwrap();
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(check, "ok", "kill {kills}");
    }
    println!(
        "{kills} kills in {:?}, {} acknowledged entries all present",
        started.elapsed(),
        acked.len()
    );
    assert!(kills >= 20, "only {kills} kills in the time allowed");
    assert!(
        acked.len() >= 20,
        "the child barely wrote anything: {}",
        acked.len()
    );
}
