//! The desktop's own notifications for reminders (tauri-plugin-notification,
//! from Rust; the webview is granted none of it). A notification says what to
//! do; the window, if open, shows the same reminder with its buttons.

use relief_core::ReminderKind;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

use super::DueReminder;
use crate::i18n::{message, Arg};

pub fn reminder<R: Runtime>(app: &AppHandle<R>, due: &DueReminder) {
    let title = match due.kind {
        ReminderKind::Routine => "reminder-title-routine",
        ReminderKind::Diary => "reminder-title-diary",
        ReminderKind::FollowUp => "reminder-title-follow-up",
        ReminderKind::Custom => "reminder-title-custom",
    };
    show(app, &message(title, &[]), &due.message);
}

/// One notification for everything missed, never a burst.
pub fn catch_up<R: Runtime>(app: &AppHandle<R>, count: usize) {
    show(
        app,
        &message(
            "reminder-catch-up-title",
            &[("count", Arg::Number(count as f64))],
        ),
        &message("reminder-catch-up-body", &[]),
    );
}

fn show<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    // Without a notification service the plugin does nothing and says Ok; the
    // banner in the window still shows the reminder.
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        eprintln!("relief-window: could not show a notification: {e}");
    }
}
