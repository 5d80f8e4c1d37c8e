//! The executable as a person or a script meets it: the command line and the
//! checks made before any window exists.

use std::process::Command;

fn app() -> Command {
    Command::new(env!("CARGO_BIN_EXE_relief-window"))
}

#[cfg(target_os = "linux")]
#[test]
fn without_a_display_the_app_says_so_plainly_and_exits() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = dir.path().join("data");
    let output = app()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .arg("--data-dir")
        .arg(&data)
        .output()
        .expect("the app runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        stderr.contains("needs a graphical desktop"),
        "stderr: {stderr}"
    );
    assert!(stderr.contains("xvfb-run"), "it says what to do: {stderr}");
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
    assert!(!data.exists(), "nothing is created before the checks pass");
}

#[test]
fn version_and_help_work_without_a_display() {
    let version = app()
        .env_remove("DISPLAY")
        .arg("--version")
        .output()
        .expect("runs");
    assert!(version.status.success());
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    let help = app()
        .env_remove("DISPLAY")
        .arg("--help")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&help.stdout).contains("--data-dir"));
}

#[test]
fn an_unknown_option_is_refused_with_usage() {
    let output = app().arg("--frobnicate").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("Usage"));
}
