//! `cargo xtask icons`: every platform's icon from the one source drawing.
//!
//! `tauri icon` also writes Android, iOS and Windows Store sizes; a desktop app
//! needs only the files tauri.conf.json names, so only those are kept. They are
//! committed, so that a plain `cargo build` works without Node.

use std::process::Command;

use crate::exec::{self, XtaskError};
use crate::setup;

/// The files tauri.conf.json's bundle.icon lists, plus the large PNG for Linux.
const DESKTOP_ICONS: &[&str] = &[
    "32x32.png",
    "64x64.png",
    "128x128.png",
    "128x128@2x.png",
    "icon.png",
    "icon.icns",
    "icon.ico",
];

pub fn regenerate() -> Result<(), XtaskError> {
    setup::for_build()?;
    let root = crate::root();
    let out = tempfile::tempdir().map_err(|source| XtaskError::Io {
        what: "temporary folder".into(),
        source,
    })?;
    let cli =
        root.join("ui/node_modules/.bin")
            .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    let mut tauri = Command::new(cli);
    tauri
        .arg("icon")
        .arg(root.join("icons/relief-window.svg"))
        .arg("--output")
        .arg(out.path());
    exec::run("generate icons", &mut tauri)?;
    for name in DESKTOP_ICONS {
        std::fs::copy(out.path().join(name), root.join("icons").join(name)).map_err(|source| {
            XtaskError::Io {
                what: format!("copy {name}"),
                source,
            }
        })?;
    }
    eprintln!("Icons written to {}", root.join("icons").display());
    Ok(())
}
