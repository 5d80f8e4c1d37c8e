//! Files the person chooses: the native open and save dialogs, reading with a
//! size bound, and writing atomically.
//!
//! The webview has no file-system permission at all. When the UI needs a file
//! (a physio's plan to import, a plan file to save), Rust shows the operating
//! system's own dialog and touches only the path the person picked there.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use tauri::{Runtime, WebviewWindow};
use tauri_plugin_dialog::DialogExt;

use crate::error::ApiError;

#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("could not read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not write {path}: {source}")]
    Unwritable {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl From<FileError> for ApiError {
    fn from(error: FileError) -> Self {
        // The OS error goes to the log; the person gets words they can act on.
        eprintln!("relief-window: {error}");
        match error {
            FileError::Unreadable { .. } => ApiError::new("file_unreadable", &[]),
            FileError::Unwritable { .. } => ApiError::new("file_unwritable", &[]),
        }
    }
}

/// What a dialog offers: its title and the one kind of file it is for.
pub struct Choice<'a> {
    pub title: &'a str,
    pub filter_name: &'a str,
    pub extensions: &'a [&'a str],
}

/// The native "Open" dialog, over the window. None when the person cancels.
pub async fn choose_to_open<R: Runtime>(
    window: &WebviewWindow<R>,
    choice: Choice<'_>,
) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    window
        .dialog()
        .file()
        .set_parent(window)
        .set_title(choice.title)
        .add_filter(choice.filter_name, choice.extensions)
        .pick_file(move |picked| {
            let _ = tx.send(picked);
        });
    // A dropped sender (the dialog failed to show) reads as a cancel.
    rx.await.ok().flatten().and_then(|p| p.into_path().ok())
}

/// The native "Save" dialog, over the window, offering `file_name`.
pub async fn choose_to_save<R: Runtime>(
    window: &WebviewWindow<R>,
    choice: Choice<'_>,
    file_name: &str,
) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    window
        .dialog()
        .file()
        .set_parent(window)
        .set_title(choice.title)
        .add_filter(choice.filter_name, choice.extensions)
        .set_file_name(file_name)
        .save_file(move |picked| {
            let _ = tx.send(picked);
        });
    rx.await.ok().flatten().and_then(|p| p.into_path().ok())
}

/// Reads at most `max + 1` bytes, so a huge file costs no memory and the caller
/// can still tell it was too large.
pub fn read_bounded(path: &Path, max: usize) -> Result<Vec<u8>, FileError> {
    let unreadable = |source| FileError::Unreadable {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    Ok(bytes)
}

/// Writes the whole file or nothing: into a temporary file beside it, flushed to
/// disk, then renamed over the target. A crash or a full disk never leaves half a
/// plan file where the physio expects a whole one.
///
/// The temporary file is `<name>.<pid>.partial` (`relief_store::partials`),
/// visible and named for what it is, never a hidden `.tmp…`; it is readable by
/// its owner only (it may hold health records), and removed if anything fails.
/// With `data_dir`, this process is marked alive there, so a temporary file
/// left by a kill can be removed by the next process (the data folder's own
/// files by relief-store; a chosen folder's through `writing::write_chosen`).
pub fn write_atomically(
    path: &Path,
    bytes: &[u8],
    data_dir: Option<&Path>,
) -> Result<(), FileError> {
    let unwritable = |source| FileError::Unwritable {
        path: path.to_owned(),
        source,
    };
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let temporary = match data_dir {
        Some(data_dir) => relief_store::partials::name_for(data_dir, path),
        None => {
            let mut name = path.as_os_str().to_owned();
            name.push(format!(".{}.partial", std::process::id()));
            PathBuf::from(name)
        }
    };
    let written =
        write_new_private(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(unwritable(error));
    }
    // The rename itself is durable once the folder is flushed (POSIX); Windows
    // cannot open a folder this way and makes the rename durable itself.
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Creates `path` (which must not exist), owner-only on Unix, writes `bytes`
/// and syncs them to disk.
fn write_new_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = match options.open(path) {
        // Our own leftover from an earlier write in this process: same pid.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path)?;
            options.open(path)?
        }
        other => other?,
    };
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_bounded_stops_one_byte_past_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.json");
        std::fs::write(&path, vec![b'x'; 5000]).expect("write");
        assert_eq!(read_bounded(&path, 100).expect("read").len(), 101);
        assert_eq!(read_bounded(&path, 10_000).expect("read").len(), 5000);
        assert!(matches!(
            read_bounded(&dir.path().join("missing.json"), 10),
            Err(FileError::Unreadable { .. })
        ));
    }

    #[test]
    fn write_atomically_replaces_the_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plan.json");
        std::fs::write(&path, "old").expect("write");
        write_atomically(&path, b"new contents", None).expect("atomic write");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "new contents"
        );
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("plan.json")]);
    }

    #[test]
    fn write_atomically_into_a_missing_folder_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("no-such-folder").join("plan.json");
        assert!(matches!(
            write_atomically(&path, b"x", None),
            Err(FileError::Unwritable { .. })
        ));
    }
}
