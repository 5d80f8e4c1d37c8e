//! Writes into folders the person chose (exports, plan files, calendars),
//! noted in the data folder while they run, so that one cut short by a kill
//! leaves nothing behind: the next start removes its temporary file.
//!
//! `files::write_atomically` removes its temporary file itself when anything
//! fails; only a process killed mid-write cannot. So before writing, a note
//! naming the temporary file is put in `<data folder>/writing/<pid>-<n>.note`.
//! At start (`sweep`), a note whose writer is gone
//! (`relief_store::partials::writer_is_gone`: its lock was released with it)
//! has its temporary file removed, then itself. A live writer's note stays.
//!
//! Hand-written: no crate offers cleanup of another folder's temporary files
//! across restarts.

use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicU32, Ordering};

use relief_store::partials::{self, WRITING};

use crate::files::{write_atomically, FileError};

const NOTE: &str = ".note";

/// Writes `bytes` to `path` as `write_atomically` does, noted in `data_dir`
/// for as long as it runs. A note that cannot be made (a full data folder)
/// does not stop the export: it only means a kill now would leave a file.
pub fn write_chosen(path: &Path, bytes: &[u8], data_dir: &Path) -> Result<(), FileError> {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let temporary = partials::name_for(data_dir, path);
    let note = data_dir.join(WRITING).join(format!(
        "{}-{}{NOTE}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let noted = fs::write(&note, temporary.as_os_str().as_encoded_bytes()).is_ok();
    let written = write_atomically(path, bytes, Some(data_dir));
    if noted {
        let _ = fs::remove_file(&note);
    }
    written
}

/// Removes what writers killed mid-write left: their temporary files and
/// their notes. Failures are ignored: a leftover is untidy, never unsafe.
pub fn sweep(data_dir: &Path) {
    let Ok(entries) = fs::read_dir(data_dir.join(WRITING)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_suffix(NOTE))
            .and_then(|n| n.split_once('-'))
            .and_then(|(pid, _)| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !partials::writer_is_gone(data_dir, pid) {
            continue; // its writer is still at work
        }
        // The note holds the writer's temporary file; only ever a file with
        // a temporary name is removed, whatever a note says.
        if let Ok(temporary) = fs::read_to_string(entry.path()) {
            let temporary = Path::new(&temporary);
            if temporary
                .file_name()
                .is_some_and(relief_store::is_temporary)
            {
                let _ = fs::remove_file(temporary);
            }
        }
        let _ = fs::remove_file(entry.path());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a writer killed mid-write leaves: its note and its temporary
    /// file beside the target; its lock went with it.
    fn killed_writer(data_dir: &Path, temporary: &Path) -> std::path::PathBuf {
        let folder = data_dir.join(WRITING);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("4000001.alive"), b"").unwrap();
        let note = folder.join("4000001-0.note");
        fs::write(&note, temporary.as_os_str().as_encoded_bytes()).unwrap();
        note
    }

    #[test]
    fn a_killed_writers_temporary_file_goes_at_the_next_start() {
        let (data, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let target = chosen.path().join("report.pdf");
        fs::write(&target, b"the person's earlier report").unwrap();
        let temporary = chosen.path().join("report.pdf.4000001.partial");
        fs::write(&temporary, b"half a report").unwrap();
        let note = killed_writer(data.path(), &temporary);
        sweep(data.path());
        assert!(!temporary.exists(), "the half-written copy is removed");
        assert!(!note.exists());
        assert_eq!(fs::read(&target).unwrap(), b"the person's earlier report");
    }

    #[test]
    fn a_writer_still_at_work_is_left_alone() {
        let (data, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let temporary = chosen.path().join("report.pdf.4000002.partial");
        fs::write(&temporary, b"being written").unwrap();
        let folder = data.path().join(WRITING);
        fs::create_dir_all(&folder).unwrap();
        let held = fs::File::create(folder.join("4000002.alive")).unwrap();
        held.lock().unwrap();
        let note = folder.join("4000002-0.note");
        fs::write(&note, temporary.as_os_str().as_encoded_bytes()).unwrap();
        sweep(data.path());
        assert!(temporary.exists(), "its writer holds its lock");
        assert!(note.exists());
    }

    #[test]
    fn a_note_never_removes_anything_but_a_temporary_file() {
        let (data, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let precious = chosen.path().join("journal.sqlite3");
        fs::write(&precious, b"records").unwrap();
        killed_writer(data.path(), &precious);
        sweep(data.path());
        assert_eq!(fs::read(&precious).unwrap(), b"records");
    }

    #[test]
    fn a_finished_write_leaves_only_the_file() {
        let (data, chosen) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let target = chosen.path().join("export.csv.zip");
        write_chosen(&target, b"zip bytes", data.path()).unwrap();
        let beside: Vec<_> = fs::read_dir(chosen.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(beside, vec![std::ffi::OsString::from("export.csv.zip")]);
        let notes = fs::read_dir(data.path().join(WRITING))
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(NOTE)
            })
            .count();
        assert_eq!(notes, 0, "the note goes when the write is done");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "an export holds health records");
        }
    }
}
