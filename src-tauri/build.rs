//! Declares the app's own commands to Tauri's ACL, so that a capability must grant
//! each one by name (`allow-<command>`). A command missing here cannot be invoked.

const COMMANDS: &[&str] = &[
    "startup_status",
    "get_preferences",
    "set_preferences",
    "log_pain",
    "update_pain",
    "delete_pain",
    "undo_delete_pain",
    "recent_pain",
    "ui_ready",
    "list_procedures",
    "add_procedure",
    "update_procedure",
    "delete_procedure",
    "undo_delete_procedure",
    "timeline",
    "open_source",
    "exercise_library",
    "current_plan",
    "default_plan_for_today",
    "save_plan",
    "plan_history",
    "log_session",
    "update_session",
    "delete_session",
    "undo_delete_session",
    "recent_sessions",
    "save_plan_file",
    "open_plan_file",
    "confirm_plan_import",
    "cancel_plan_import",
    "reminders_overview",
    "save_reminder",
    "delete_reminder",
    "undo_delete_reminder",
    "add_default_reminders",
    "set_quiet_hours",
    "pending_reminders",
    "answer_reminder",
    "pause_reminders",
    "resume_reminders",
    "export_calendar",
    "launch_at_login",
    "set_launch_at_login",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed: see the message above");
}
