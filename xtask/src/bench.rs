//! `cargo xtask bench`: the figures a patient feels, measured on the release build.
//!
//! - binary and .deb size;
//! - start to first meaningful paint: from spawning the process to the UI's
//!   `ui_ready` call, which Today makes once it has drawn its data;
//! - memory: proportional set size (PSS) of the app and every process it started
//!   (WebKit's web and network processes), 5 s after start;
//! - idle in the tray: CPU use and wake-ups of all its processes over 10 minutes
//!   with the window closed into the tray (`bench_idle.rs`);
//! - the Progress views' p99 on ten years of records (`bench_data.rs`).
//!
//! Each timing is the median of five starts, each on an empty temporary data
//! folder, under one Xvfb display. Linux only (PSS comes from /proc).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Map, Value};

use crate::exec::XtaskError;
use crate::{dist, setup};

const RUNS: usize = 5;
const MEMORY_AFTER: Duration = Duration::from_secs(5);
const PAINT_TIMEOUT: Duration = Duration::from_secs(60);
const DISPLAY: &str = ":87";

pub fn all() -> Result<(), XtaskError> {
    if !cfg!(target_os = "linux") {
        return Err(XtaskError::Bench(
            "cargo xtask bench runs on Linux only (it reads /proc).".into(),
        ));
    }
    setup::for_build()?;
    dist::bundles()?;
    let root = crate::root();
    let binary = root.join("target/release/relief-window");
    let deb = newest_with_extension(&root.join("target/release/bundle/deb"), "deb")?;

    let display = Background::start(
        "Xvfb",
        Command::new("Xvfb").args([DISPLAY, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"]),
    )?;
    std::thread::sleep(Duration::from_millis(500));
    let bus = session_bus()?;

    let mut paints = Vec::new();
    let mut memories = Vec::new();
    for run in 1..=RUNS {
        let (paint, pss) = one_start(&binary, &bus.address)?;
        eprintln!("run {run}: first meaningful paint {paint:.0} ms, PSS {pss:.1} MiB");
        paints.push(paint);
        memories.push(pss);
    }

    let idle = crate::bench_idle::measure(&binary, &bus.address, DISPLAY)?;
    drop(bus);
    drop(display);

    let mut report = Map::new();
    let mut metric = |name: &str, value: f64, unit: &str| {
        report.insert(
            name.to_owned(),
            // Three decimals: idle CPU is a fraction of a per cent.
            json!({ "value": (value * 1000.0).round() / 1000.0, "unit": unit }),
        );
    };
    metric("binary_size", mib(file_size(&binary)? as f64), "MiB");
    metric("deb_size", mib(file_size(&deb)? as f64), "MiB");
    metric("first_meaningful_paint", median(&mut paints), "ms");
    metric("memory_pss_after_5s", median(&mut memories), "MiB");
    metric(
        "idle_in_tray_cpu",
        idle.cpu_percent_of_one_core,
        "% of one core",
    );
    metric(
        "idle_in_tray_wakeups",
        idle.wakeups_per_minute,
        "per minute",
    );
    metric("idle_in_tray_minutes", idle.minutes, "min");
    // Writes its own figures into the same report, which the line below keeps.
    crate::bench_data::run()?;
    write_report(&root, &report)
}

/// One start: spawn, wait for the ready line, sample memory at 5 s, stop.
pub(crate) fn one_start(binary: &Path, bus: &str) -> Result<(f64, f64), XtaskError> {
    let data = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "temporary data folder".into(),
        source,
    })?;
    // Past the first-run welcome, so every start measures Today drawing its data.
    std::fs::write(
        data.path().join("preferences.json"),
        br#"{"preferences":{"onboardingDone":true}}"#,
    )
    .map_err(|source| XtaskError::Io {
        what: "seed preferences".into(),
        source,
    })?;
    let spawned_ms = epoch_ms();
    let started = Instant::now();
    let mut child = Command::new(binary)
        .arg("--data-dir")
        .arg(data.path())
        .env("DISPLAY", DISPLAY)
        .env("DBUS_SESSION_BUS_ADDRESS", bus)
        .env("RELIEF_WINDOW_BENCH", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|source| XtaskError::Io {
            what: format!("start {}", binary.display()),
            source,
        })?;
    let ready = ready_time(&mut child);
    let outcome = match ready.recv_timeout(PAINT_TIMEOUT) {
        Ok(ready_ms) => {
            let paint = (ready_ms - spawned_ms) as f64;
            std::thread::sleep(MEMORY_AFTER.saturating_sub(started.elapsed()));
            Ok((paint, mib(tree_pss_bytes(child.id()))))
        }
        Err(_) => Err(XtaskError::Bench(
            "the app did not report its first paint within 60 s".into(),
        )),
    };
    let _ = child.kill();
    let _ = child.wait();
    outcome
}

/// Reads the app's stdout on a thread until it prints `relief-window: ready at <ms>`.
pub(crate) fn ready_time(child: &mut Child) -> mpsc::Receiver<i64> {
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
fn tree_pss_bytes(pid: u32) -> f64 {
    family(pid).iter().map(|p| pss_kib(*p) * 1024.0).sum()
}

/// `pid` and every process it started, and theirs.
pub(crate) fn family(pid: u32) -> Vec<u32> {
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

/// Prints `report` and writes it into target/bench/report.json, keeping the
/// figures already there that it does not measure (`bench data` writes
/// only its own).
pub(crate) fn write_report(root: &Path, report: &Map<String, Value>) -> Result<(), XtaskError> {
    println!("\n| metric | value | unit |\n|---|---:|---|");
    for (name, figure) in report {
        println!(
            "| {name} | {} | {} |",
            figure["value"],
            figure["unit"].as_str().unwrap_or("")
        );
    }
    let dir = root.join("target/bench");
    let io = |what: &str| {
        let what = what.to_owned();
        move |source| XtaskError::Io { what, source }
    };
    std::fs::create_dir_all(&dir).map_err(io("create target/bench"))?;
    let mut merged: Map<String, Value> = std::fs::read_to_string(dir.join("report.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    merged.extend(report.clone());
    let text =
        serde_json::to_string_pretty(&merged).map_err(|e| XtaskError::Bench(e.to_string()))?;
    std::fs::write(dir.join("report.json"), text).map_err(io("write report.json"))?;
    println!("\nWritten to {}", dir.join("report.json").display());
    Ok(())
}

/// A helper process (Xvfb, dbus-daemon) that is stopped when dropped.
pub(crate) struct Background(Child);

impl Background {
    /// Takes charge of a process already started, to stop it when dropped.
    pub(crate) fn adopt(child: Child) -> Self {
        Background(child)
    }

    pub(crate) fn child_mut(&mut self) -> &mut Child {
        &mut self.0
    }

    pub(crate) fn start(name: &str, command: &mut Command) -> Result<Self, XtaskError> {
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

struct Bus {
    address: String,
    _daemon: Background,
}

/// A private session bus, as a desktop has: the single-instance plugin uses it.
fn session_bus() -> Result<Bus, XtaskError> {
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

fn newest_with_extension(dir: &Path, extension: &str) -> Result<PathBuf, XtaskError> {
    std::fs::read_dir(dir)
        .map_err(|source| XtaskError::Io {
            what: format!("read {}", dir.display()),
            source,
        })?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .max_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .ok_or_else(|| XtaskError::Bench(format!("no .{extension} in {}", dir.display())))
}

fn file_size(path: &Path) -> Result<u64, XtaskError> {
    std::fs::metadata(path)
        .map(|m| m.len())
        .map_err(|source| XtaskError::Io {
            what: format!("size of {}", path.display()),
            source,
        })
}

fn mib(bytes: f64) -> f64 {
    bytes / (1024.0 * 1024.0)
}

fn epoch_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}
