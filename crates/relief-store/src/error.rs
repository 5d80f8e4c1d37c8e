//! The one error type of relief-store: what went wrong with the journal on disk.
//!
//! The variants separate what the person can act on differently: a folder they cannot
//! write to (permissions, a missing drive) is never reported as a damaged journal, so
//! the app never moves healthy records aside because of a permission problem. The
//! app maps each variant to a stable code (`StoreError::code`) and a Fluent message.

use std::io::ErrorKind;
use std::path::PathBuf;

use rusqlite::ErrorCode;
use thiserror::Error;

/// Why the data folder cannot be used, in the terms the person can act on:
/// each has its own words in the app and its own exit code on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskProblem {
    /// No space left on the disk.
    Full,
    /// The medium is read-only (a locked card, a read-only mount).
    ReadOnly,
    /// The person's account may not write there.
    NoPermission,
    /// A file stands where the folder should be.
    NotAFolder,
    /// Anything else the system says.
    Other,
}

impl DiskProblem {
    /// The problem behind a file operation's error.
    pub fn of_io(error: &std::io::Error) -> DiskProblem {
        match error.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => DiskProblem::Full,
            ErrorKind::ReadOnlyFilesystem => DiskProblem::ReadOnly,
            ErrorKind::PermissionDenied => DiskProblem::NoPermission,
            // `create_dir_all` over a file says the file exists.
            ErrorKind::NotADirectory | ErrorKind::AlreadyExists => DiskProblem::NotAFolder,
            _ => DiskProblem::Other,
        }
    }

    /// The problem behind SQLite's refusal to open or write a file.
    pub(crate) fn of_sqlite(error: &rusqlite::Error) -> DiskProblem {
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => DiskProblem::Full,
            Some(ErrorCode::ReadOnly) => DiskProblem::ReadOnly,
            Some(ErrorCode::PermissionDenied | ErrorCode::AuthorizationForStatementDenied) => {
                DiskProblem::NoPermission
            }
            _ => DiskProblem::Other,
        }
    }
}

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot write in the data folder at {}: {reason}", path.display())]
    DataDirUnwritable {
        path: PathBuf,
        problem: DiskProblem,
        reason: String,
    },
    /// A write found the disk full (the folder itself is fine).
    #[error("the disk is full")]
    DiskFull(#[source] rusqlite::Error),
    /// The journal was opened for reading only (`Journal::open_read_only`):
    /// it is on a medium or in a folder that cannot be written.
    #[error("the journal can only be read here")]
    ReadOnly,
    /// Another process (a second copy of the app, the command line) held the
    /// journal for longer than a write waits.
    #[error("the journal is busy with another task")]
    Busy(#[source] rusqlite::Error),
    #[error("the journal is damaged: {reason}")]
    JournalCorrupt { reason: String },
    #[error("no record with id {id}")]
    NotFound { id: i64 },
    #[error("the journal could not be read or written")]
    StorageFailed(#[source] rusqlite::Error),
    #[error("backup at {} failed: {reason}", path.display())]
    BackupFailed { path: PathBuf, reason: String },
    #[error("the journal could not be upgraded")]
    MigrationFailed(#[source] rusqlite_migration::Error),
    /// The journal could not be upgraded and no backup could be either; it is
    /// left as it was.
    #[error("the journal could not be upgraded: {reason}")]
    NotUpgradable { reason: String },
    /// A record could not be turned into JSON: a bug, since every stored type
    /// serialises; kept as an error rather than a panic all the same.
    #[error("a record could not be serialised: {0}")]
    Serialise(String),
    /// The plan offer the person accepted no longer stands (the plan, the
    /// phase or the sessions changed since it was shown).
    #[error("the offer no longer stands")]
    OfferExpired,
}

impl StoreError {
    /// A stable, machine-readable code. The UI and the tests rely on these; never
    /// rename one without a migration of every caller.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::DataDirUnwritable { problem, .. } => match problem {
                DiskProblem::Full => "disk_full",
                DiskProblem::ReadOnly => "read_only_medium",
                DiskProblem::NoPermission => "no_permission",
                DiskProblem::NotAFolder => "not_a_folder",
                DiskProblem::Other => "data_dir_unwritable",
            },
            StoreError::DiskFull(_) => "disk_full",
            StoreError::Busy(_) => "journal_busy",
            StoreError::ReadOnly => "journal_read_only",
            StoreError::JournalCorrupt { .. } => "journal_corrupt",
            StoreError::NotFound { .. } => "not_found",
            StoreError::StorageFailed(_) => "storage_failed",
            StoreError::BackupFailed { .. } => "backup_failed",
            StoreError::MigrationFailed(_) | StoreError::NotUpgradable { .. } => "migration_failed",
            StoreError::Serialise(_) => "storage_failed",
            StoreError::OfferExpired => "offer_expired",
        }
    }
}

/// SQLite's own word that the bytes on disk are not a sound database. Only these
/// lead to recovery; busy, full or unreadable disks are storage failures instead.
pub(crate) fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// SQLite's word that it may not create or write the file: a folder problem.
pub(crate) fn is_unwritable(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(
            ErrorCode::CannotOpen
                | ErrorCode::ReadOnly
                | ErrorCode::PermissionDenied
                | ErrorCode::AuthorizationForStatementDenied
                | ErrorCode::DiskFull
        )
    )
}

impl StoreError {
    /// Whether the journal refused a record by one of its own rules (a CHECK,
    /// a unique id, a reference): the record's fault, not the disk's.
    pub fn refused_by_a_rule(&self) -> bool {
        matches!(self, StoreError::StorageFailed(e)
            if matches!(e.sqlite_error_code(), Some(ErrorCode::ConstraintViolation | ErrorCode::TooBig)))
    }

    /// The folder problem behind a file operation on `path`.
    pub(crate) fn unwritable(path: impl Into<PathBuf>, error: &std::io::Error) -> StoreError {
        StoreError::DataDirUnwritable {
            path: path.into(),
            problem: DiskProblem::of_io(error),
            reason: error.to_string(),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if is_corruption(&e) {
            StoreError::JournalCorrupt {
                reason: e.to_string(),
            }
        } else {
            match e.sqlite_error_code() {
                Some(ErrorCode::DiskFull) => StoreError::DiskFull(e),
                Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy(e),
                _ => StoreError::StorageFailed(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(error: StoreError, code: &str) {
        assert_eq!(error.code(), code, "{error}");
    }

    #[test]
    fn codes() {
        let sqlite = |code| rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None);
        for (kind, code) in [
            (ErrorKind::StorageFull, "disk_full"),
            (ErrorKind::ReadOnlyFilesystem, "read_only_medium"),
            (ErrorKind::PermissionDenied, "no_permission"),
            (ErrorKind::NotADirectory, "not_a_folder"),
            (ErrorKind::Interrupted, "data_dir_unwritable"),
        ] {
            check(
                StoreError::unwritable("/nowhere", &std::io::Error::from(kind)),
                code,
            );
        }
        check(StoreError::NotFound { id: 7 }, "not_found");
        check(
            sqlite(rusqlite::ffi::SQLITE_CORRUPT).into(),
            "journal_corrupt",
        );
        check(
            sqlite(rusqlite::ffi::SQLITE_NOTADB).into(),
            "journal_corrupt",
        );
        check(sqlite(rusqlite::ffi::SQLITE_BUSY).into(), "journal_busy");
        check(sqlite(rusqlite::ffi::SQLITE_LOCKED).into(), "journal_busy");
        check(sqlite(rusqlite::ffi::SQLITE_FULL).into(), "disk_full");
        check(sqlite(rusqlite::ffi::SQLITE_IOERR).into(), "storage_failed");
        check(
            StoreError::BackupFailed {
                path: "/b".into(),
                reason: "full".into(),
            },
            "backup_failed",
        );
        check(
            StoreError::MigrationFailed(rusqlite_migration::Error::InvalidUserVersion),
            "migration_failed",
        );
    }
}
