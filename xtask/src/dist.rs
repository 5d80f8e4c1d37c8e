//! `cargo xtask dist`: the release app and its Linux bundles (.deb, .rpm).
//!
//! AppImage is left out on purpose: its bundler downloads AppRun at build time,
//! and builds here must work from package registries alone. Windows and macOS
//! bundles are built by .github/workflows/bundles.yml on their own runners.

use std::process::Command;

use crate::exec::{self, XtaskError};

pub fn bundles() -> Result<(), XtaskError> {
    let root = crate::root();
    let cli =
        root.join("ui/node_modules/.bin")
            .join(if cfg!(windows) { "tauri.cmd" } else { "tauri" });
    let targets = if cfg!(target_os = "linux") {
        "deb,rpm"
    } else {
        "all"
    };
    let mut build = Command::new(cli);
    build
        .args(["build", "--bundles", targets])
        .current_dir(&root);
    exec::run("release build and bundles", &mut build)?;
    eprintln!(
        "\nBundles are in {}",
        root.join("target/release/bundle").display()
    );
    Ok(())
}
