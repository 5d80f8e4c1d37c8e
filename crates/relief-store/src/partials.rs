//! Temporary files this crate writes: a backup being copied, a backup being
//! put in place by recovery, and the write probe. Each is named with the
//! writer's process id, so two processes on one data folder (the app and the
//! command line, two imports) never remove each other's work in progress.
//!
//! A temporary file is removed by its writer, on success or failure. One left
//! by a process that was killed is removed later by anyone, once it is stale:
//! not written to for `STALE`, far longer than any copy takes. Whether the
//! writer is gone is judged by that age rather than by asking the system
//! about its process id: ids are reused, and no portable std call can ask.

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// How long a temporary file may go unwritten before its writer is taken to
/// be gone. A backup of ten years takes well under a second.
pub(crate) const STALE: Duration = Duration::from_secs(60 * 60);

/// The ending every temporary name has, after the writer's process id. SQLite
/// may add `-journal` while it writes one.
const TAG: &str = ".partial";

/// The temporary name for `dest` of this process: `<dest>.<pid>.partial`.
pub(crate) fn name_for(dest: &Path) -> PathBuf {
    let mut name = dest.as_os_str().to_owned();
    name.push(format!(".{}{TAG}", std::process::id()));
    PathBuf::from(name)
}

/// Whether `name` is one of our temporary names (or SQLite's companion to
/// one), and of which process.
fn writer_of(name: &str) -> Option<u32> {
    let stem = name
        .strip_suffix(TAG)
        .or_else(|| name.strip_suffix(&format!("{TAG}-journal")))?;
    let (_, pid) = stem.rsplit_once('.')?;
    pid.parse().ok()
}

/// Removes temporary files in `folder` left by this process or stale ones
/// left by any; another process's fresh work is left alone. Failures to
/// remove are ignored: a leftover is untidy, never unsafe (no temporary name
/// is ever taken for a backup or a journal).
pub(crate) fn sweep(folder: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let me = std::process::id();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(writer_of) else {
            continue;
        };
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= STALE);
        if pid == me || stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a file name in the data folder is one of ours (for tests and the
/// leftovers check).
pub fn is_temporary(name: &OsStr) -> bool {
    name.to_str().and_then(writer_of).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_writer() {
        let name = name_for(Path::new("/d/backups/journal-x-daily.sqlite3"));
        let text = name.to_str().unwrap();
        assert_eq!(
            writer_of(text.rsplit('/').next().unwrap()),
            Some(std::process::id())
        );
        assert_eq!(
            writer_of("journal.sqlite3.4242.partial-journal"),
            Some(4242)
        );
        assert_eq!(writer_of("journal-x-daily.sqlite3"), None);
        assert_eq!(
            writer_of("journal.sqlite3.partial"),
            None,
            "no writer, not ours"
        );
    }

    #[test]
    fn another_writers_fresh_work_stays_and_stale_work_goes() {
        let dir = tempfile::tempdir().unwrap();
        let mine = name_for(&dir.path().join("a.sqlite3"));
        let theirs = dir.path().join("b.sqlite3.1.partial");
        let other = dir.path().join("notes.txt");
        for file in [&mine, &theirs, &other] {
            fs::write(file, b"x").unwrap();
        }
        sweep(dir.path(), SystemTime::now());
        assert!(!mine.exists(), "this process's own leftover goes");
        assert!(theirs.exists(), "another process may still be writing it");
        sweep(dir.path(), SystemTime::now() + STALE);
        assert!(!theirs.exists(), "an hour unwritten: its writer is gone");
        assert!(other.exists());
    }
}
