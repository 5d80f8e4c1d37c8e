//! What the running app holds: the journal (or why it could not be opened), the
//! preferences, and the notices gathered at start-up.
//!
//! Built once in `setup` and handed to commands as `tauri::State<AppState>`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, FixedOffset};
use relief_core::Preferences;
use relief_store::{Journal, Opened};
use tauri::{AppHandle, Runtime};

use crate::error::ApiError;
use crate::notices::Notice;
use crate::plan_import::{PendingImport, PlanImportPreview};
use crate::preferences;
use crate::restore::PendingRestore;
use crate::review::Review;

pub struct AppState {
    /// The journal, or the error that kept it closed. The window still opens on an
    /// error, so the person reads what went wrong instead of seeing a crash.
    journal: Result<Journal, ApiError>,
    data_dir: PathBuf,
    preferences_path: PathBuf,
    preferences: Mutex<Preferences>,
    /// Start-up notices; a recovery's leaves only when dismissed.
    notices: Mutex<Vec<Notice>>,
    /// Whether the UI has reported its first meaningful paint (benchmark).
    ready_reported: Mutex<bool>,
    /// A plan file read and checked, waiting for the person to confirm.
    pending_import: Mutex<PendingImport>,
    /// A backup read and checked, waiting for merge, replace or cancel.
    pub pending_restore: Mutex<PendingRestore>,
    /// A patient's backup open read-only for a physio; never the person's journal.
    pub review: Mutex<Option<Review>>,
}

impl AppState {
    /// Opens everything kept in `data_dir`.
    pub fn open<R: Runtime>(
        app: &AppHandle<R>,
        data_dir: PathBuf,
        now: DateTime<FixedOffset>,
    ) -> Self {
        let mut notices = Vec::new();
        // What an export killed mid-write left beside its chosen path.
        crate::writing::sweep(&data_dir);
        let journal = match Journal::open(&data_dir, now) {
            Ok(Opened {
                journal,
                recovery: _,
                backup_error,
            }) => {
                // Every recovery not yet dismissed, this run's or an earlier
                // one's (the command line's, or a run closed too soon).
                // Preferences a restore committed but did not save are
                // written before the store plugin reads the file.
                if let Err(error) = preferences::apply_restored(&journal, &data_dir) {
                    eprintln!("relief-window: restored preferences not saved: {error}");
                }
                match journal.recoveries_to_tell() {
                    Ok(notes) => notices.extend(notes.iter().map(Notice::recovery)),
                    Err(error) => eprintln!("relief-window: recoveries unread: {error}"),
                }
                if let Some(error) = backup_error {
                    eprintln!("relief-window: daily backup failed: {error}");
                    notices.push(Notice::new("backup_failed", &[]));
                }
                Ok(journal)
            }
            // On a medium or in a folder that cannot be written, the person
            // can still read and export; the notice says why nothing saves.
            Err(error) if matches!(error.code(), "read_only_medium" | "no_permission") => {
                match Journal::open_read_only(&data_dir) {
                    Ok(journal) => {
                        notices.push(Notice::new(
                            "journal_read_only",
                            &[(
                                "path",
                                crate::i18n::Arg::Text(data_dir.display().to_string()),
                            )],
                        ));
                        Ok(journal)
                    }
                    Err(_) => Err(ApiError::from(error)),
                }
            }
            Err(error) => Err(ApiError::from(error)),
        };
        let preferences_path = preferences::path_in(&data_dir);
        // Preferences live beside the journal; if the folder is unusable they simply
        // stay at their defaults for this run.
        let (prefs, notice) = preferences::load(app, &preferences_path, now);
        notices.extend(notice);
        AppState {
            journal,
            data_dir,
            preferences_path,
            preferences: Mutex::new(prefs),
            notices: Mutex::new(notices),
            ready_reported: Mutex::new(false),
            pending_import: Mutex::new(PendingImport::default()),
            pending_restore: Mutex::new(PendingRestore::default()),
            review: Mutex::new(None),
        }
    }

    pub fn journal(&self) -> Result<&Journal, ApiError> {
        self.journal.as_ref().map_err(Clone::clone)
    }

    pub fn journal_error(&self) -> Option<ApiError> {
        self.journal.as_ref().err().cloned()
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn notices(&self) -> Vec<Notice> {
        lock(&self.notices).clone()
    }

    /// The person has read the notice of recovery `id`: the journal stops
    /// telling it, in this run and the next.
    pub fn dismiss_recovery(&self, id: i64, now: DateTime<FixedOffset>) -> Result<(), ApiError> {
        self.journal()?.dismiss_recovery(id, now)?;
        lock(&self.notices).retain(|n| n.recovery != Some(id));
        Ok(())
    }

    pub fn preferences(&self) -> Preferences {
        lock(&self.preferences).clone()
    }

    pub fn save_preferences<R: Runtime>(
        &self,
        app: &AppHandle<R>,
        new: Preferences,
    ) -> Result<Preferences, ApiError> {
        let mut current = lock(&self.preferences);
        preferences::save(app, &self.preferences_path, &new)?;
        *current = new.clone();
        Ok(new)
    }

    /// Checks a plan file's bytes and holds the plan for confirmation.
    pub fn preview_plan_import(
        &self,
        bytes: &[u8],
        file_name: String,
        today: chrono::NaiveDate,
    ) -> Result<PlanImportPreview, ApiError> {
        let journal = self.journal()?;
        lock(&self.pending_import).preview(journal, bytes, file_name, today)
    }

    /// Makes the previewed plan current (the old one goes to the history).
    pub fn confirm_plan_import(
        &self,
        token: u32,
        now: DateTime<FixedOffset>,
    ) -> Result<relief_core::PlanRecord, ApiError> {
        let journal = self.journal()?;
        lock(&self.pending_import).confirm(journal, token, now)
    }

    pub fn cancel_plan_import(&self) {
        lock(&self.pending_import).cancel();
    }

    /// True the first time only, so the benchmark sees one paint per start.
    pub fn mark_ready(&self) -> bool {
        let mut reported = lock(&self.ready_reported);
        !std::mem::replace(&mut *reported, true)
    }
}

/// A poisoned lock means a command panicked mid-update; the data inside is plain
/// values that are always whole, so carrying on with them is safe.
pub fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
