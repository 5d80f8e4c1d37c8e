//! The one error type of relief-store: what went wrong with the journal on disk.
//!
//! The variants separate what the person can act on differently: a folder they cannot
//! write to (permissions, a missing drive) is never reported as a damaged journal, so
//! the app never moves healthy records aside because of a permission problem. The
//! app maps each variant to a stable code (`StoreError::code`) and a Fluent message.

use std::path::PathBuf;

use rusqlite::ErrorCode;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot write in the data folder at {}: {reason}", path.display())]
    DataDirUnwritable { path: PathBuf, reason: String },
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
            StoreError::DataDirUnwritable { .. } => "data_dir_unwritable",
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
        )
    )
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if is_corruption(&e) {
            StoreError::JournalCorrupt {
                reason: e.to_string(),
            }
        } else {
            StoreError::StorageFailed(e)
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
        check(
            StoreError::DataDirUnwritable {
                path: "/nowhere".into(),
                reason: "denied".into(),
            },
            "data_dir_unwritable",
        );
        check(StoreError::NotFound { id: 7 }, "not_found");
        check(
            sqlite(rusqlite::ffi::SQLITE_CORRUPT).into(),
            "journal_corrupt",
        );
        check(
            sqlite(rusqlite::ffi::SQLITE_NOTADB).into(),
            "journal_corrupt",
        );
        check(sqlite(rusqlite::ffi::SQLITE_BUSY).into(), "storage_failed");
        check(sqlite(rusqlite::ffi::SQLITE_FULL).into(), "storage_failed");
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
