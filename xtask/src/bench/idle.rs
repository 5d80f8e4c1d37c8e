//! The app at rest: closed into the tray, with its reminder heartbeat running,
//! as it spends most of a patient's day. Measures, over 10 minutes
//! (`RELIEF_WINDOW_BENCH_IDLE_SECS` shortens it for a quick look):
//!
//! - CPU: user + system time of the app and every process it started (WebKit's
//!   web and network processes), as a percentage of one core. Goal: below 0.2 %.
//! - Wake-ups: context switches of all their threads per minute, the usual
//!   proxy for how often the processes wake the CPU.
//!
//! Figures come from /proc; Linux only, like the rest of the bench.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use super::processes::{family, ready_time, start_app, Background};
use crate::exec::XtaskError;

const DEFAULT_SECONDS: u64 = 600;
/// Let the window finish closing and WebKit settle before measuring.
const SETTLE: Duration = Duration::from_secs(10);

pub struct Idle {
    pub cpu_percent_of_one_core: f64,
    pub wakeups_per_minute: f64,
    pub minutes: f64,
}

pub fn measure(binary: &Path, bus: &str, display: &str) -> Result<Idle, XtaskError> {
    let seconds = std::env::var("RELIEF_WINDOW_BENCH_IDLE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SECONDS);
    // Past the welcome, and told about the tray already, so closing is quiet.
    let (_data, child) = start_app(
        binary,
        br#"{"preferences":{"onboardingDone":true,"trayExplained":true}}"#,
        display,
        bus,
    )?;
    let pid = child.id();
    let mut app = Background::adopt(child);
    let ready = ready_time(app.child_mut());
    ready
        .recv_timeout(Duration::from_secs(60))
        .map_err(|_| XtaskError::Bench("the app did not start within 60 s".into()))?;
    close_window(display)?;
    std::thread::sleep(SETTLE);

    eprintln!("idle in the tray for {seconds} s…");
    let (cpu_before, switches_before) = totals(pid);
    let started = Instant::now();
    std::thread::sleep(Duration::from_secs(seconds));
    let elapsed = started.elapsed().as_secs_f64();
    let (cpu_after, switches_after) = totals(pid);
    drop(app);

    let cpu_seconds = (cpu_after - cpu_before) / clock_ticks_per_second();
    let idle = Idle {
        cpu_percent_of_one_core: 100.0 * cpu_seconds / elapsed,
        wakeups_per_minute: (switches_after - switches_before) * 60.0 / elapsed,
        minutes: elapsed / 60.0,
    };
    eprintln!(
        "idle in the tray: {:.3} % of one core, {:.0} wake-ups a minute",
        idle.cpu_percent_of_one_core, idle.wakeups_per_minute
    );
    Ok(idle)
}

/// Closes the main window as a window manager's close button would, so the app
/// goes to the tray (the X server has no window manager to press it).
fn close_window(display: &str) -> Result<(), XtaskError> {
    let id = Command::new("xdotool")
        .args(["search", "--name", "^Relief Window$"])
        .env("DISPLAY", display)
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.lines().next().map(str::to_owned))
        .ok_or_else(|| {
            XtaskError::Bench("the window was not found (is xdotool installed?)".into())
        })?;
    let script = "import sys\nfrom Xlib import display, X, protocol\nd = display.Display()\nw = d.create_resource_object('window', int(sys.argv[1]))\nw.send_event(protocol.event.ClientMessage(window=w, client_type=d.intern_atom('WM_PROTOCOLS'), data=(32, [d.intern_atom('WM_DELETE_WINDOW'), X.CurrentTime, 0, 0, 0])), event_mask=X.NoEventMask)\nd.flush()";
    let status = Command::new("/usr/bin/python3")
        .args(["-c", script, &id])
        .env("DISPLAY", display)
        .status()
        .map_err(|source| XtaskError::Io {
            what: "close the window (python3-xlib)".into(),
            source,
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(XtaskError::Bench("could not close the window".into()))
    }
}

/// CPU ticks (utime + stime) and context switches of every process of the app.
fn totals(pid: u32) -> (f64, f64) {
    let mut cpu = 0.0;
    let mut switches = 0.0;
    for p in family(pid) {
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
            // Fields resume after the command name's last ')': utime is the 12th
            // field after it, stime the 13th (proc(5)).
            if let Some(after) = stat.rsplit_once(')').map(|(_, a)| a) {
                let fields: Vec<&str> = after.split_whitespace().collect();
                let tick = |i: usize| {
                    fields
                        .get(i)
                        .and_then(|f| f.parse::<f64>().ok())
                        .unwrap_or(0.0)
                };
                cpu += tick(11) + tick(12);
            }
        }
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else {
            continue;
        };
        for task in tasks.flatten() {
            let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
            for line in status.lines() {
                if line.starts_with("voluntary_ctxt_switches:")
                    || line.starts_with("nonvoluntary_ctxt_switches:")
                {
                    switches += line
                        .split_whitespace()
                        .nth(1)
                        .and_then(|n| n.parse::<f64>().ok())
                        .unwrap_or(0.0);
                }
            }
        }
    }
    (cpu, switches)
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}
