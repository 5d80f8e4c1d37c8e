//! The main window: created in code (not in tauri.conf.json) so that it opens at
//! the size and place the person left it, and remembers them on close; and
//! `show`, the one way the tray and a reminder's notification bring it back.

use relief_core::{Preferences, WindowState};
use serde::Serialize;
use tauri::{
    AppHandle, Emitter, Manager, PhysicalPosition, Runtime, WebviewUrl, WebviewWindow,
    WebviewWindowBuilder, WindowEvent,
};

use tauri_plugin_notification::NotificationExt;

use crate::i18n::message;
use crate::state::AppState;

pub const MAIN: &str = "main";
const DEFAULT_SIZE: (f64, f64) = (1100.0, 800.0);
/// Small enough for a 1280×720 laptop at 150 % scaling; the UI reflows below it.
const MIN_SIZE: (f64, f64) = (480.0, 480.0);

/// Where the UI should go when the window is shown from the tray (or from a
/// notification). Sent as the `navigate` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Destination {
    Today,
    LogPain,
    StartRoutine,
    Reminders,
}

pub const NAVIGATE_EVENT: &str = "navigate";

/// Shows and focuses the main window, then asks the UI to go to `destination`.
pub fn show<R: Runtime>(app: &AppHandle<R>, destination: Destination) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        let _ = window.emit(NAVIGATE_EVENT, destination);
    }
}

pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    preferences: &Preferences,
) -> tauri::Result<WebviewWindow<R>> {
    let saved = preferences.window.and_then(|w| w.validate().ok());
    let (width, height) = saved.map_or(DEFAULT_SIZE, |w| (w.width.into(), w.height.into()));
    let window = WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
        .title("Relief Window")
        .inner_size(width, height)
        .min_inner_size(MIN_SIZE.0, MIN_SIZE.1)
        .maximized(saved.is_some_and(|w| w.maximized))
        .build()?;
    if let Some(saved) = saved {
        restore_position(&window, saved);
    }
    let handle = app.clone();
    window.on_window_event(move |event| {
        if let WindowEvent::CloseRequested { api, .. } = event {
            remember(&handle);
            if keeps_running_in_tray(&handle) {
                api.prevent_close();
                if let Some(window) = handle.get_webview_window(MAIN) {
                    let _ = window.hide();
                }
                explain_tray_once(&handle);
            }
        }
    });
    Ok(window)
}

/// Only the real app has a tray (`run` marks it); in the IPC tests, and if the
/// tray could not be made, closing the window quits as usual.
fn keeps_running_in_tray<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.try_state::<TrayInstalled>().is_some()
        && app
            .try_state::<AppState>()
            .is_some_and(|s| s.preferences().close_to_tray)
}

/// Put in the app's state once the tray icon exists.
pub struct TrayInstalled;

/// The first time the window closes into the tray, a desktop notification says
/// the app is still running, how to get back, and that Settings can change it:
/// a window that vanished while the app runs on would otherwise look broken.
fn explain_tray_once<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let mut preferences = state.preferences();
    if preferences.tray_explained {
        return;
    }
    let shown = app
        .notification()
        .builder()
        .title(message("tray-explained-title", &[]))
        .body(message("tray-explained-body", &[]))
        .show();
    if let Err(e) = shown {
        eprintln!("relief-window: could not show the tray notice: {e}");
        return;
    }
    preferences.tray_explained = true;
    if let Err(e) = state.save_preferences(app, preferences) {
        eprintln!(
            "relief-window: could not remember the tray notice: {}",
            e.message
        );
    }
}

/// Only where a monitor still is: a window restored onto a screen that was
/// unplugged would be invisible, and the person would think the app is broken.
fn restore_position<R: Runtime>(window: &WebviewWindow<R>, saved: WindowState) {
    let on_a_monitor = window
        .available_monitors()
        .unwrap_or_default()
        .iter()
        .any(|m| {
            let (p, s) = (m.position(), m.size());
            let inside_x = saved.x >= p.x && saved.x < p.x + s.width as i32;
            let inside_y = saved.y >= p.y && saved.y < p.y + s.height as i32;
            inside_x && inside_y
        });
    if on_a_monitor {
        let _ = window.set_position(PhysicalPosition::new(saved.x, saved.y));
    }
}

fn remember<R: Runtime>(app: &AppHandle<R>) {
    let (Some(window), Some(state)) = (app.get_webview_window(MAIN), app.try_state::<AppState>())
    else {
        return;
    };
    let (Ok(size), Ok(position), Ok(scale)) = (
        window.inner_size(),
        window.outer_position(),
        window.scale_factor(),
    ) else {
        return;
    };
    let logical = size.to_logical::<u32>(scale);
    let mut preferences = state.preferences();
    let maximized = window.is_maximized().unwrap_or(false);
    // A maximised window's size is the screen's; keep the last normal size instead.
    let (width, height) = match (maximized, preferences.window) {
        (true, Some(previous)) => (previous.width, previous.height),
        _ => (logical.width, logical.height),
    };
    let candidate = WindowState {
        width,
        height,
        x: position.x,
        y: position.y,
        maximized,
    };
    if let Ok(valid) = candidate.validate() {
        preferences.window = Some(valid);
        if let Err(e) = state.save_preferences(app, preferences) {
            eprintln!(
                "relief-window: could not remember the window: {}",
                e.message
            );
        }
    }
}
