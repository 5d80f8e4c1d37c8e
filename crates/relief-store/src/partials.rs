//! Temporary files: a backup being copied, a backup recovery puts in place,
//! the write probe, and (through the app) an export beside the path the person
//! chose. Each is named with its writer's process id, `<dest>.<pid>.partial`,
//! so two processes on one data folder (the app and the command line, two
//! imports) never remove each other's work in progress.
//!
//! A writer removes its own temporary file, on success or failure. One left by
//! a process that was killed is removed by the next process to look, once it
//! knows the writer is gone: every writer holds the operating system's lock on
//! `<data folder>/writing/<pid>.alive` for as long as it runs (`mark_alive`),
//! and the system releases it when the process ends, killed or not. A lock that
//! can be taken means its writer is gone (`writer_is_gone`). Process ids are
//! reused; a reused id whose process also writes here holds the lock, and its
//! files are simply left for later, which is the safe side.
//!
//! Hand-written: no crate cleans up after another process on these terms; the
//! lock is std's (`File::lock`).

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The folder in the data folder for the writers' locks (and the app's notes
/// of writes outside the data folder).
pub const WRITING: &str = "writing";

/// The ending every temporary name has, after the writer's process id. SQLite
/// may add `-journal` while it writes one.
const TAG: &str = ".partial";

/// The locks this process holds, one per data folder, for as long as it runs.
static ALIVE: Mutex<Option<HashMap<PathBuf, fs::File>>> = Mutex::new(None);

/// Takes this process's lock in `data_dir` (once; later calls do nothing).
/// Without it (a folder that cannot be written) nothing here can be written
/// either, so a failure is not reported.
pub fn mark_alive(data_dir: &Path) {
    let mut held = ALIVE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let held = held.get_or_insert_with(HashMap::new);
    if held.contains_key(data_dir) {
        return;
    }
    let folder = data_dir.join(WRITING);
    let path = folder.join(format!("{}.alive", std::process::id()));
    // Locked under another name first, then renamed (the lock stays with the
    // file): a sweep never sees this name unlocked and takes it for a gone
    // writer's.
    let fresh = folder.join(format!("{}.alive-new", std::process::id()));
    let locked = fs::create_dir_all(&folder)
        .and_then(|()| fs::File::create(&fresh))
        .and_then(|file| file.lock().map(|()| file))
        .and_then(|file| fs::rename(&fresh, &path).map(|()| file));
    if let Ok(file) = locked {
        held.insert(data_dir.to_path_buf(), file);
    }
}

/// Whether the process `pid` that wrote temporary files for `data_dir` has
/// ended. This process is never gone; one that left no lock file is.
pub fn writer_is_gone(data_dir: &Path, pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    let path = data_dir.join(WRITING).join(format!("{pid}.alive"));
    let Ok(file) = fs::OpenOptions::new().write(true).open(&path) else {
        return true;
    };
    if file.try_lock().is_ok() {
        drop(file);
        let _ = fs::remove_file(&path);
        true
    } else {
        false
    }
}

/// The temporary name for `dest` of this process, `<dest>.<pid>.partial`,
/// with this process marked alive in `data_dir` first.
pub fn name_for(data_dir: &Path, dest: &Path) -> PathBuf {
    mark_alive(data_dir);
    let mut name = dest.as_os_str().to_owned();
    name.push(format!(".{}{TAG}", std::process::id()));
    PathBuf::from(name)
}

/// Whether `name` is one of our temporary names (or SQLite's companion to
/// one), and of which process.
pub fn writer_of(name: &OsStr) -> Option<u32> {
    let name = name.to_str()?;
    let stem = name
        .strip_suffix(TAG)
        .or_else(|| name.strip_suffix(&format!("{TAG}-journal")))?;
    let (_, pid) = stem.rsplit_once('.')?;
    pid.parse().ok()
}

/// Whether a file name is one of ours.
pub fn is_temporary(name: &OsStr) -> bool {
    writer_of(name).is_some()
}

/// Removes the lock files of writers that are gone (`writer_is_gone` removes
/// a free one): every process leaves one behind when it ends.
pub(crate) fn sweep_locks(data_dir: &Path) {
    let Ok(entries) = fs::read_dir(data_dir.join(WRITING)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let pid = name
            .to_str()
            .and_then(|n| n.strip_suffix(".alive"))
            .and_then(|pid| pid.parse::<u32>().ok());
        if let Some(pid) = pid {
            writer_is_gone(data_dir, pid);
        }
    }
}

/// Removes the temporary files in `folder` (the data folder or its backups)
/// whose writers are gone, and this process's own: none of them is being
/// written now (one process writes one backup at a time, under the journal's
/// lock). Another process's work in progress is left alone. Failures to
/// remove are ignored: a leftover is untidy, never unsafe, since no temporary
/// name is ever taken for a backup or a journal.
pub(crate) fn sweep(data_dir: &Path, folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let me = std::process::id();
    for entry in entries.flatten() {
        let Some(pid) = writer_of(&entry.file_name()) else {
            continue;
        };
        if pid == me || writer_is_gone(data_dir, pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let name = name_for(dir.path(), &dir.path().join("journal-x-daily.sqlite3"));
        assert_eq!(
            writer_of(name.file_name().unwrap()),
            Some(std::process::id())
        );
        let name = |s: &str| writer_of(OsStr::new(s));
        assert_eq!(name("journal.sqlite3.4242.partial-journal"), Some(4242));
        assert_eq!(name("journal-x-daily.sqlite3"), None);
        assert_eq!(name("journal.sqlite3.partial"), None, "no writer, not ours");
    }

    #[test]
    fn a_gone_writers_work_goes_and_a_live_ones_stays() {
        let dir = tempfile::tempdir().unwrap();
        let mine = name_for(dir.path(), &dir.path().join("a.sqlite3"));
        let gone = dir.path().join("b.sqlite3.4000001.partial");
        let alive = dir.path().join("c.sqlite3.4000002.partial");
        let other = dir.path().join("notes.txt");
        for file in [&mine, &gone, &alive, &other] {
            fs::write(file, b"x").unwrap();
        }
        // 4000002 is at work: its lock is held (here by this test, through
        // a second open file, as another process would hold it).
        let lock = dir.path().join(WRITING).join("4000002.alive");
        let held = fs::File::create(&lock).unwrap();
        held.lock().unwrap();
        // 4000001 was killed: its lock file is there, the lock released.
        fs::write(dir.path().join(WRITING).join("4000001.alive"), b"").unwrap();

        sweep(dir.path(), dir.path());
        assert!(!mine.exists(), "this process's own leftover goes");
        assert!(!gone.exists(), "a killed writer's goes");
        assert!(alive.exists(), "a live writer's stays");
        assert!(other.exists());
        assert!(!dir.path().join(WRITING).join("4000001.alive").exists());
        drop(held);
        sweep(dir.path(), dir.path());
        assert!(!alive.exists(), "once its writer ends, it goes too");
        sweep_locks(dir.path());
        let locks: Vec<_> = fs::read_dir(dir.path().join(WRITING))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            locks,
            vec![std::ffi::OsString::from(format!(
                "{}.alive",
                std::process::id()
            ))],
            "only the lock of this process, still running, stays"
        );
    }
}
