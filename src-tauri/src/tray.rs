//! The tray icon, menu-first: Linux delivers no clicks to tray icons
//! (tray-icon#104), so everything is in the menu, and the menu opens on a left
//! click where the platform allows it.
//!
//! The tray is how a person reaches the app while the window is closed and
//! reminders keep running. Items that open a page show the window and tell the
//! UI where to go with a `navigate` event; the UI decides how to get there.

use relief_core::SnoozeChoice;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem};
use tauri::plugin::TauriPlugin;
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use crate::i18n::message;
use crate::window::{self, Destination};

const OPEN: &str = "open";
const LOG_PAIN: &str = "log-pain";
const START_ROUTINE: &str = "start-routine";
const SNOOZE_ALL: &str = "snooze-all";
const PAUSE: &str = "pause";
const QUIT: &str = "quit";

/// The tray as a plugin of the real app only (the IPC tests' mock runtime has
/// none). A plugin, because a Builder has one `setup`, which `configure` uses.
/// Without a tray, closing the window quits as usual (see window.rs).
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri::plugin::Builder::new("relief-tray")
        .setup(|app, _api| {
            match install(app) {
                Ok(()) => {
                    app.manage(crate::window::TrayInstalled);
                }
                Err(e) => eprintln!("relief-window: no tray icon: {e}"),
            }
            Ok(())
        })
        .build()
}

/// Builds the tray icon and its menu.
fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let item =
        |id: &str, words: &str| MenuItem::with_id(app, id, message(words, &[]), true, None::<&str>);
    let menu = Menu::with_items(
        app,
        &[
            &item(OPEN, "tray-open")?,
            &item(LOG_PAIN, "tray-log-pain")?,
            &item(START_ROUTINE, "tray-start-routine")?,
            &PredefinedMenuItem::separator(app)?,
            &item(SNOOZE_ALL, "tray-snooze-all")?,
            &item(PAUSE, "tray-pause")?,
            &PredefinedMenuItem::separator(app)?,
            &item(QUIT, "tray-quit")?,
        ],
    )?;
    let mut tray = TrayIconBuilder::with_id("main")
        .tooltip("Relief Window")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(on_menu);
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    Ok(())
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    match event.id().as_ref() {
        OPEN => window::show(app, Destination::Today),
        LOG_PAIN => window::show(app, Destination::LogPain),
        START_ROUTINE => window::show(app, Destination::StartRoutine),
        SNOOZE_ALL => hold_back(app, SnoozeChoice::OneHour),
        PAUSE => hold_back(app, SnoozeChoice::UntilTomorrow),
        QUIT => app.exit(0),
        _ => {}
    }
}

/// Pauses every reminder; a failure is logged, and the reminders simply ring.
fn hold_back<R: Runtime>(app: &AppHandle<R>, choice: SnoozeChoice) {
    if let Err(e) = crate::reminders::pause(app, choice, chrono::Utc::now()) {
        eprintln!("relief-window: could not pause reminders: {}", e.message);
    }
}
