//! Preferences: how the app looks and behaves for this person. Never health data.
//!
//! They are stored by the app in tauri-plugin-store, whose save is not atomic; so
//! every field has a safe default, and a file that cannot be read falls back to
//! `Preferences::default()`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::reminders::QuietHours;
use crate::CoreError;

/// The languages with a complete Fluent catalog.
pub const LANGUAGES: &[&str] = &["en"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(rename_all = "kebab-case")]
pub enum Theme {
    /// Follow the operating system's light, dark and contrast settings.
    #[default]
    System,
    Light,
    Dark,
    HighContrast,
}

/// Text size as a percentage of the default. WCAG asks that text work at 200 %.
///
/// Any number deserialises; `Preferences::validate` then refuses sizes that are not
/// offered, so the person gets `text_size_unsupported` rather than a parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(from = "u16", into = "u16")]
#[ts(type = "number")]
pub struct TextSize(u16);

impl TextSize {
    pub const OFFERED: [u16; 5] = [100, 125, 150, 175, 200];

    pub fn percent(self) -> u16 {
        self.0
    }
}

impl Default for TextSize {
    fn default() -> Self {
        TextSize(100)
    }
}

impl TextSize {
    fn validate(self) -> Result<Self, CoreError> {
        if TextSize::OFFERED.contains(&self.0) {
            Ok(self)
        } else {
            Err(CoreError::TextSizeUnsupported { percent: self.0 })
        }
    }
}

impl From<u16> for TextSize {
    fn from(percent: u16) -> Self {
        TextSize(percent)
    }
}

impl From<TextSize> for u16 {
    fn from(size: TextSize) -> u16 {
        size.0
    }
}

/// Where the window was, so it reopens where the person left it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename_all = "camelCase")]
pub struct WindowState {
    pub width: u32,
    pub height: u32,
    pub x: i32,
    pub y: i32,
    pub maximized: bool,
}

impl WindowState {
    /// Rejects sizes no real screen produces, so a damaged file cannot open a
    /// window too small to see or use.
    pub fn validate(self) -> Result<Self, CoreError> {
        let plausible = (320..=16384).contains(&self.width) && (240..=16384).contains(&self.height);
        if plausible {
            Ok(self)
        } else {
            Err(CoreError::WindowImplausible {
                width: self.width,
                height: self.height,
            })
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(rename_all = "camelCase")]
pub struct Preferences {
    pub theme: Theme,
    pub text_size: TextSize,
    /// A BCP 47 tag from `LANGUAGES`.
    pub language: String,
    pub onboarding_done: bool,
    /// Clinician mode: shows the plan builder a physiotherapist uses to write a
    /// plan file. Off for patients; it changes no health record.
    pub clinician_mode: bool,
    /// Closing the window keeps the app in the tray, so reminders still arrive.
    /// On by default; off means closing the window quits.
    pub close_to_tray: bool,
    /// Whether the person has been told, once, that closing keeps the app
    /// running in the tray.
    pub tray_explained: bool,
    /// When reminders keep quiet, such as 21:30–07:30; none for never.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub quiet_hours: Option<QuietHours>,
    /// Absent until the window has been closed once.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub window: Option<WindowState>,
    /// The `since` of the relief-window notice the person dismissed on Today.
    /// A later run of the monitor starts on another day, so it shows again;
    /// absent until a notice is dismissed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub monitor_dismissed_since: Option<NaiveDate>,
}

impl Default for Preferences {
    fn default() -> Self {
        Preferences {
            theme: Theme::System,
            text_size: TextSize::default(),
            language: "en".into(),
            onboarding_done: false,
            clinician_mode: false,
            close_to_tray: true,
            tray_explained: false,
            quiet_hours: None,
            window: None,
            monitor_dismissed_since: None,
        }
    }
}

impl Preferences {
    /// Checks the fields serde cannot check on its own.
    pub fn validate(self) -> Result<Self, CoreError> {
        self.text_size.validate()?;
        if !LANGUAGES.contains(&self.language.as_str()) {
            return Err(CoreError::LanguageUnsupported {
                tag: self.language.chars().take(35).collect(),
            });
        }
        if let Some(window) = self.window {
            window.validate()?;
        }
        if let Some(quiet) = &self.quiet_hours {
            quiet.validate()?;
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(json: &str, expected: Result<(), &str>) {
        let parsed: Result<Preferences, _> = serde_json::from_str(json);
        let outcome = match parsed {
            Err(e) => Err(format!("serde: {e}")),
            Ok(p) => p.validate().map(|_| ()).map_err(|e| e.code().to_owned()),
        };
        match expected {
            Ok(()) => assert!(outcome.is_ok(), "{json} gave {outcome:?}"),
            Err(code) => assert!(
                outcome.as_ref().is_err_and(|e| e.contains(code)),
                "{json} gave {outcome:?}, wanted {code}"
            ),
        }
    }

    #[test]
    fn preferences() {
        check("{}", Ok(()));
        check(r#"{"theme":"high-contrast","textSize":200}"#, Ok(()));
        check(r#"{"textSize":130}"#, Err("text_size_unsupported"));
        check(r#"{"textSize":-5}"#, Err("invalid value"));
        check(r#"{"theme":"neon"}"#, Err("unknown variant"));
        check(r#"{"language":"xx"}"#, Err("language_unsupported"));
        check(
            r#"{"window":{"width":10,"height":10,"x":0,"y":0,"maximized":false}}"#,
            Err("window_implausible"),
        );
        check(
            r#"{"window":{"width":1024,"height":768,"x":-20,"y":0,"maximized":true}}"#,
            Ok(()),
        );
        check(
            r#"{"quietHours":{"start":{"hour":21,"minute":30},"end":{"hour":7,"minute":30},"whenDue":"defer"}}"#,
            Ok(()),
        );
        check(
            r#"{"quietHours":{"start":{"hour":7,"minute":0},"end":{"hour":7,"minute":0},"whenDue":"drop"}}"#,
            Err("quiet_hours_empty"),
        );
    }

    #[test]
    fn missing_fields_take_defaults() {
        let p: Preferences = serde_json::from_str(r#"{"onboardingDone":true}"#).unwrap();
        assert!(p.onboarding_done);
        assert_eq!(p.theme, Theme::System);
        assert_eq!(p.text_size.percent(), 100);
        assert_eq!(p.monitor_dismissed_since, None);
    }

    #[test]
    fn monitor_dismissal() {
        // A preferences file written before the monitor existed still loads,
        // and saves without the new field.
        let old = r#"{"theme":"dark","textSize":125,"language":"en","onboardingDone":true,"clinicianMode":false,"closeToTray":true,"trayExplained":true}"#;
        let p: Preferences = serde_json::from_str(old).unwrap();
        assert_eq!(p.monitor_dismissed_since, None);
        assert_eq!(p.theme, Theme::Dark);
        assert!(!serde_json::to_string(&p)
            .unwrap()
            .contains("monitorDismissedSince"));

        let p: Preferences =
            serde_json::from_str(r#"{"monitorDismissedSince":"2026-03-03"}"#).unwrap();
        assert_eq!(
            p.monitor_dismissed_since,
            NaiveDate::from_ymd_opt(2026, 3, 3)
        );
        let json = serde_json::to_string(&p.clone().validate().unwrap()).unwrap();
        assert!(
            json.contains(r#""monitorDismissedSince":"2026-03-03""#),
            "{json}"
        );

        check(r#"{"monitorDismissedSince":"2026-02-30"}"#, Err("serde"));
        check(r#"{"monitorDismissedSince":null}"#, Ok(()));
    }
}
