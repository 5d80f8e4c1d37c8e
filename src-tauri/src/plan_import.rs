//! Importing a physio's plan file in two steps: a preview, then the person's
//! confirmation.
//!
//! The checked plan waits here between the two, under a token. Confirming names
//! the token, so the plan that replaces the current one is exactly the plan the
//! person saw, read and checked by Rust, never a plan the webview sends back.
//! Nothing touches the journal until `confirm`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use relief_core::parse_plan_file;
use relief_core::{Plan, PlanRecord, PlanSource};
use relief_store::Journal;
use serde::Serialize;
use ts_rs::TS;

use crate::error::ApiError;

/// What the person sees before deciding: the new plan and the current one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct PlanImportPreview {
    /// Names this preview in `confirm_plan_import`.
    pub token: u32,
    /// The file's name (not its folder), to show what was opened.
    pub file_name: String,
    pub plan: Plan,
    /// Library ids the file named that this app does not know; each became a
    /// custom exercise with the file's own words.
    pub unknown_ids: Vec<String>,
    /// The plan it would replace, if there is one.
    pub current: Option<PlanRecord>,
}

/// At most one import waits at a time: opening another file replaces it.
#[derive(Debug, Default)]
pub struct PendingImport {
    last_token: u32,
    waiting: Option<(u32, Plan)>,
}

impl PendingImport {
    /// Checks the file's bytes and holds the plan for confirmation. A bad file is
    /// an error naming the field, and any import already waiting is dropped, so a
    /// stale preview can never be confirmed by mistake.
    pub fn preview(
        &mut self,
        journal: &Journal,
        bytes: &[u8],
        file_name: String,
        today: NaiveDate,
    ) -> Result<PlanImportPreview, ApiError> {
        self.waiting = None;
        let imported = parse_plan_file(bytes, today)?;
        let current = journal.current_plan()?;
        self.last_token = self.last_token.wrapping_add(1);
        self.waiting = Some((self.last_token, imported.plan.clone()));
        Ok(PlanImportPreview {
            token: self.last_token,
            file_name,
            plan: imported.plan,
            unknown_ids: imported.unknown_ids,
            current,
        })
    }

    /// Makes the waiting plan the current one; the plan before goes to the
    /// history. A token that is not the waiting one is `import_expired`.
    pub fn confirm(
        &mut self,
        journal: &Journal,
        token: u32,
        now: DateTime<FixedOffset>,
    ) -> Result<PlanRecord, ApiError> {
        match self.waiting.take() {
            Some((waiting, plan)) if waiting == token => {
                match journal.replace_plan(&plan, PlanSource::File, now) {
                    Ok(record) => Ok(record),
                    Err(error) => {
                        // Saving failed: keep the import so the person can try again.
                        self.waiting = Some((waiting, plan));
                        Err(error.into())
                    }
                }
            }
            other => {
                self.waiting = other;
                Err(ApiError::new("import_expired", &[]))
            }
        }
    }

    /// The person said no: the waiting plan is dropped.
    pub fn cancel(&mut self) {
        self.waiting = None;
    }
}
