//! `cargo xtask test`: every check, cheapest first, so a formatting slip fails in
//! seconds rather than after a three-minute build.
//!
//! The pyramid: relief-core and relief-store unit and crash tests, IPC tests on
//! tauri's mock runtime, UI unit tests (Vitest), the built UI in Chromium with axe
//! (Playwright), and at the top the real app window driven by WebDriver.

use std::process::Command;

use crate::exec::{self, XtaskError};
use crate::setup;

pub fn all() -> Result<(), XtaskError> {
    setup::for_test()?;
    let root = crate::root();
    let ui = root.join("ui");
    let tests = root.join("tests");

    exec::run(
        "check Rust formatting",
        &mut exec::cargo(&["fmt", "--all", "--check"]),
    )?;
    exec::run(
        "svelte-check (a11y warnings are errors)",
        &mut exec::npm(&ui, &["run", "check"]),
    )?;
    exec::run("UI unit tests (Vitest)", &mut exec::npm(&ui, &["test"]))?;
    exec::run(
        "clippy",
        &mut exec::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    exec::run("Rust tests", &mut exec::cargo(&["test", "--workspace"]))?;
    exec::run(
        "built UI in Chromium with axe (Playwright)",
        &mut node_tests(&tests, "ui/", false),
    )?;
    if cfg!(target_os = "linux") {
        exec::run(
            "build the app for WebDriver",
            &mut exec::cargo(&["build", "-p", "relief-window"]),
        )?;
        let mut webdriver = node_tests(&tests, "webdriver/", true);
        webdriver.env("RELIEF_WINDOW_BIN", root.join("target/debug/relief-window"));
        webdriver.env("TAURI_DRIVER", tauri_driver_path());
        // The Progress test seeds its data folder with this very xtask (`seed`).
        if let Ok(xtask) = std::env::current_exe() {
            webdriver.env("RELIEF_WINDOW_XTASK", xtask);
        }
        exec::run("the real app over WebDriver", &mut webdriver)?;
    } else {
        eprintln!("\n(WebDriver tests skipped: they need WebKitWebDriver, which only Linux has.)");
    }
    eprintln!("\nAll tests passed.");
    Ok(())
}

/// `cargo xtask bindings`: rewrite the committed TypeScript types from Rust.
pub fn regenerate_bindings() -> Result<(), XtaskError> {
    let mut cargo = exec::cargo(&["test", "-p", "relief-window", "--test", "bindings"]);
    cargo.env("UPDATE_BINDINGS", "1");
    exec::run("regenerate TypeScript bindings", &mut cargo)
}

/// `node --test` on a folder of tests/, under a virtual display and a private
/// session bus when it drives a real window.
fn node_tests(tests: &std::path::Path, folder: &str, display: bool) -> Command {
    let mut command = if display {
        let mut c = Command::new("xvfb-run");
        c.args([
            "-a",
            "-s",
            "-screen 0 1280x1024x24",
            "dbus-run-session",
            "--",
            "node",
        ]);
        c
    } else {
        Command::new("node")
    };
    command
        .args(["--test", "--test-concurrency=1", folder])
        .current_dir(tests);
    command
}

fn tauri_driver_path() -> std::path::PathBuf {
    which::which("tauri-driver").unwrap_or_else(|_| setup::cargo_bin("tauri-driver"))
}
