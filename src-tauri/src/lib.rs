//! The Relief Window app crate: thin Tauri glue over relief-core (the rules) and
//! relief-store (the journal).
//!
//! It owns start-up (where data lives, opening the journal and preferences, the
//! window), the commands the web UI may call, and the mapping of errors to
//! `{code, message}`. It must never hold a domain rule or an SQL statement: those
//! belong to relief-core and relief-store.

pub mod cli;
pub mod commands;
pub mod error;
pub mod exports;
pub mod files;
pub mod i18n;
pub mod launch;
pub mod notices;
pub mod plan_import;
pub mod preferences;
pub mod reminders;
pub mod restore;
pub mod review;
pub mod sources;
pub mod state;
pub mod tray;
pub mod window;
pub mod writing;

use std::path::PathBuf;

use tauri::{Builder, Manager, Runtime};

pub use launch::Launch;

/// The app's identifier (tauri.conf.json): its data folder's name.
pub const IDENTIFIER: &str = "org.reliefwindow.app";
use state::AppState;

/// The app's context (config, assets, capabilities), compiled in.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Everything but the runtime-specific plugins: shared by `run` and the IPC tests,
/// so the tests exercise the same commands, state and capabilities as the app.
pub fn configure<R: Runtime>(builder: Builder<R>, launch: Launch) -> Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::new().build())
        // Used from Rust only (open_source); the webview is granted none of it.
        .plugin(tauri_plugin_opener::init())
        // Used from Rust only (plan files): the webview is granted none of it, and
        // Rust reads or writes only the path the person picks in the dialog.
        .plugin(tauri_plugin_dialog::init())
        // Used from Rust only (reminders, the tray notice): the webview is
        // granted none of it.
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            let data_dir = resolve_data_dir(app.handle(), launch.data_dir.clone());
            let state = AppState::open(app.handle(), data_dir, chrono::Local::now().fixed_offset());
            let preferences = state.preferences();
            app.manage(state);
            app.manage(reminders::Waiting::default());
            window::open(app.handle(), &preferences)?;
            reminders::start(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup::startup_status,
            commands::startup::dismiss_recovery,
            commands::startup::ui_ready,
            commands::preferences::get_preferences,
            commands::preferences::set_preferences,
            commands::pain::log_pain,
            commands::pain::update_pain,
            commands::pain::delete_pain,
            commands::pain::undo_delete_pain,
            commands::pain::recent_pain,
            commands::procedures::list_procedures,
            commands::procedures::add_procedure,
            commands::procedures::update_procedure,
            commands::procedures::delete_procedure,
            commands::procedures::undo_delete_procedure,
            commands::procedures::timeline,
            commands::learn::open_source,
            commands::routine::exercise_library,
            commands::routine::current_plan,
            commands::routine::default_plan_for_today,
            commands::routine::save_plan,
            commands::routine::plan_history,
            commands::routine::plan_offers,
            commands::routine::answer_offer,
            commands::routine::accept_offer,
            commands::routine::log_session,
            commands::routine::update_session,
            commands::routine::delete_session,
            commands::routine::undo_delete_session,
            commands::routine::recent_sessions,
            commands::plan_files::save_plan_file,
            commands::plan_files::open_plan_file,
            commands::export::export_file,
            commands::export::open_restore,
            commands::export::confirm_restore,
            commands::export::cancel_restore,
            commands::export::open_review,
            commands::export::review_status,
            commands::export::review_progress,
            commands::export::close_review,
            commands::plan_files::confirm_plan_import,
            commands::plan_files::cancel_plan_import,
            commands::reminders::reminders_overview,
            commands::reminders::save_reminder,
            commands::reminders::delete_reminder,
            commands::reminders::undo_delete_reminder,
            commands::reminders::add_default_reminders,
            commands::reminders::set_quiet_hours,
            commands::reminders::pending_reminders,
            commands::reminders::answer_reminder,
            commands::reminders::pause_reminders,
            commands::reminders::resume_reminders,
            commands::reminders::export_calendar,
            commands::reminders::launch_at_login,
            commands::reminders::set_launch_at_login,
            commands::progress::progress,
            commands::progress::today_summary,
            commands::progress::set_walking,
            commands::progress::add_psfs,
            commands::progress::delete_psfs,
            commands::progress::undo_delete_psfs,
            commands::progress::list_psfs,
            commands::progress::add_measure,
            commands::progress::delete_measure,
            commands::progress::undo_delete_measure,
        ])
}

/// `--data-dir` wins; otherwise the OS app-data folder. If even that cannot be
/// found, a folder in the working directory keeps the app usable, and the journal
/// error (if it cannot be written either) is shown in the window.
fn resolve_data_dir<R: Runtime>(app: &tauri::AppHandle<R>, chosen: Option<PathBuf>) -> PathBuf {
    chosen
        .or_else(|| app.path().app_data_dir().ok())
        .unwrap_or_else(|| PathBuf::from("relief-window-data"))
}

/// Runs the desktop app until the person quits.
pub fn run(launch: Launch) -> Result<(), tauri::Error> {
    let builder = tauri::Builder::default()
        // First, so a second launch only focuses the running window: reminders
        // (a later feature) must never fire from two processes.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(window) = app.get_webview_window(window::MAIN) {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        }))
        // Opt-in from onboarding and Settings; nothing is registered until then.
        .plugin(tauri_plugin_autostart::Builder::new().build())
        .plugin(tray::plugin());
    configure(builder, launch).run(context())
}
