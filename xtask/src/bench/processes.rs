//! The processes a bench run deals with: helpers it starts and stops (Xvfb, a
//! private session bus), the app's process tree as /proc shows it, and the
//! app's "ready" line on its stdout.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;

use tempfile::TempDir;

use crate::exec::XtaskError;

/// Reads the app's stdout on a thread until it prints `relief-window: ready at <ms>`.
pub(super) fn ready_time(child: &mut Child) -> mpsc::Receiver<i64> {
    let (tx, rx) = mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(ms) = line
                    .strip_prefix("relief-window: ready at ")
                    .and_then(|s| s.trim().parse().ok())
                {
                    let _ = tx.send(ms);
                }
            }
        });
    }
    rx
}

/// PSS of `pid` and all its descendants, from /proc/<pid>/smaps_rollup.
pub(super) fn tree_pss_bytes(pid: u32) -> f64 {
    family(pid).iter().map(|p| pss_kib(*p) * 1024.0).sum()
}

/// `pid` and every process it started, and theirs.
pub(super) fn family(pid: u32) -> Vec<u32> {
    let mut family = vec![pid];
    let mut i = 0;
    while i < family.len() {
        let parent = family[i];
        family.extend(children_of(parent));
        i += 1;
    }
    family
}

fn children_of(parent: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return vec![];
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .ok()
                .and_then(|stat| {
                    // The command name may hold spaces and parentheses; fields resume after the last ')'.
                    let after = stat.rsplit_once(')')?.1;
                    after.split_whitespace().nth(1)?.parse::<u32>().ok()
                })
                == Some(parent)
        })
        .collect()
}

fn pss_kib(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("Pss:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kib| kib.parse().ok())
        })
        .unwrap_or(0.0)
}

/// A helper process (Xvfb, dbus-daemon) that is stopped when dropped.
pub(super) struct Background(Child);

impl Background {
    /// Takes charge of a process already started, to stop it when dropped.
    pub(super) fn adopt(child: Child) -> Self {
        Background(child)
    }

    pub(super) fn child_mut(&mut self) -> &mut Child {
        &mut self.0
    }

    pub(super) fn start(name: &str, command: &mut Command) -> Result<Self, XtaskError> {
        command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map(Background)
            .map_err(|source| XtaskError::Io {
                what: format!("start {name}"),
                source,
            })
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(super) struct Bus {
    pub(super) address: String,
    _daemon: Background,
}

/// A private session bus, as a desktop has: the single-instance plugin uses it.
pub(super) fn session_bus() -> Result<Bus, XtaskError> {
    let mut daemon = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| XtaskError::Io {
            what: "start dbus-daemon".into(),
            source,
        })?;
    let mut line = String::new();
    if let Some(stdout) = daemon.stdout.take() {
        let _ = BufReader::new(stdout).read_line(&mut line);
    }
    let address = line.trim().to_owned();
    let daemon = Background(daemon);
    if address.is_empty() {
        return Err(XtaskError::Bench("dbus-daemon printed no address".into()));
    }
    Ok(Bus {
        address,
        _daemon: daemon,
    })
}

/// A temporary data folder whose preferences file holds `preferences`, and
/// the release app started on it (stdout piped, for its ready line) on
/// `display` and the session `bus`.
pub(super) fn start_app(
    binary: &Path,
    preferences: &[u8],
    display: &str,
    bus: &str,
) -> Result<(TempDir, Child), XtaskError> {
    let data = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "temporary data folder".into(),
        source,
    })?;
    std::fs::write(data.path().join("preferences.json"), preferences).map_err(|source| {
        XtaskError::Io {
            what: "seed preferences".into(),
            source,
        }
    })?;
    let child = Command::new(binary)
        .arg("--data-dir")
        .arg(data.path())
        .env("DISPLAY", display)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env("RELIEF_WINDOW_BENCH", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| XtaskError::Io {
            what: format!("start {}", binary.display()),
            source,
        })?;
    Ok((data, child))
}
