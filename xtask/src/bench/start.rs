//! One timed start of the release app: spawned on an empty data folder, timed
//! to its first meaningful paint, and its memory sampled at five seconds.

use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::processes::{ready_time, start_app, tree_pss_bytes};
use super::report::mib;
use super::DISPLAY;
use crate::exec::XtaskError;

const MEMORY_AFTER: Duration = Duration::from_secs(5);
const PAINT_TIMEOUT: Duration = Duration::from_secs(60);

/// One start: spawn, wait for the ready line, sample memory at 5 s, stop.
pub(super) fn one_start(binary: &Path, bus: &str) -> Result<(f64, f64), XtaskError> {
    let spawned_ms = epoch_ms();
    let started = Instant::now();
    // Past the first-run welcome, so every start measures Today drawing its data.
    let (_data, mut child) = start_app(
        binary,
        br#"{"preferences":{"onboardingDone":true}}"#,
        DISPLAY,
        bus,
    )?;
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

fn epoch_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}
