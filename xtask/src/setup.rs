//! Installing what the build and the tests need, on a fresh machine.
//!
//! Debian and Ubuntu get their system packages through apt when we are root (or can
//! use sudo without a password). Anywhere else we say exactly what to install, for
//! Linux, macOS and Windows, and stop: guessing at another package manager would
//! do more harm than a clear instruction.

use std::path::Path;
use std::process::Command;

use crate::exec::{self, XtaskError};

/// What a Tauri 2 build links against on Debian/Ubuntu.
const BUILD_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];

/// What the tests drive: a virtual display, a session bus, the WebKit WebDriver,
/// xdotool (to answer the native GTK file dialogs with real key presses),
/// python3-xlib (to close a window as a window manager would), dunst (a real
/// notification service for the reminder tests),
/// Chromium for the Playwright + axe tests, and a font so text has a shape.
const TEST_PACKAGES: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "xdotool",
    "python3-xlib",
    "dunst",
    "dbus-x11",
    "at-spi2-core",
    "fonts-dejavu-core",
    "chromium",
    // pdftotext, pdfinfo and pdffonts read the PDF report back in its tests.
    "poppler-utils",
    // The kill -9 tests (src-tauri/tests/cli_kill.rs) inject SIGKILL at each
    // fsync and rename with strace.
    "strace",
];

const MIN_NODE_MAJOR: u32 = 20;

/// Set-up for `run` and `dist`: system libraries, Node packages, the built UI.
pub fn for_build() -> Result<(), XtaskError> {
    system_packages(BUILD_PACKAGES)?;
    node()?;
    npm_install(&crate::root().join("ui"))?;
    build_ui()
}

/// Set-up for `test`: everything `for_build` does, plus the test tools.
pub fn for_test() -> Result<(), XtaskError> {
    let all: Vec<&str> = BUILD_PACKAGES
        .iter()
        .chain(TEST_PACKAGES)
        .copied()
        .collect();
    system_packages(&all)?;
    rust_components()?;
    node()?;
    npm_install(&crate::root().join("ui"))?;
    npm_install(&crate::root().join("tests"))?;
    // The FHIR validator the export's tests run (Medplum and the official R4 schema).
    npm_install(&crate::root().join("tests/fhir"))?;
    tauri_driver()?;
    build_ui()
}

pub fn build_ui() -> Result<(), XtaskError> {
    exec::run(
        "build the UI",
        &mut exec::npm(&crate::root().join("ui"), &["run", "build"]),
    )
}

fn system_packages(wanted: &[&str]) -> Result<(), XtaskError> {
    if !cfg!(target_os = "linux") {
        // macOS and Windows ship the webview; only the toolchain is needed.
        return Ok(());
    }
    if which::which("dpkg-query").is_err() {
        return Err(XtaskError::Missing(instructions(wanted)));
    }
    let missing: Vec<&str> = wanted.iter().copied().filter(|p| !installed(p)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let Some(mut apt) = privileged_apt() else {
        return Err(XtaskError::Missing(instructions(&missing)));
    };
    eprintln!("Installing system packages: {}", missing.join(" "));
    let update = apt.clone_with(&["apt-get", "update", "-q"]);
    exec::run("apt-get update", &mut update.into_command())?;
    apt.args
        .extend(["apt-get", "install", "-y", "-q", "--no-install-recommends"].map(String::from));
    apt.args.extend(missing.iter().map(|p| p.to_string()));
    let mut install = apt.into_command();
    install.env("DEBIAN_FRONTEND", "noninteractive");
    exec::run("install system packages", &mut install)
}

fn installed(package: &str) -> bool {
    Command::new("dpkg-query")
        .args(["-W", "-f=${db:Status-Status}", package])
        .output()
        .is_ok_and(|out| out.status.success() && out.stdout == b"installed")
}

/// A way to run apt as root: directly when we are root, through `sudo -n` when that
/// works without a password, otherwise none (and the person gets instructions).
struct Privileged {
    program: String,
    args: Vec<String>,
}

impl Privileged {
    fn clone_with(&self, extra: &[&str]) -> Privileged {
        let mut args = self.args.clone();
        args.extend(extra.iter().map(|s| s.to_string()));
        Privileged {
            program: self.program.clone(),
            args,
        }
    }

    fn into_command(self) -> Command {
        let mut command = Command::new(self.program);
        command.args(self.args);
        command
    }
}

fn privileged_apt() -> Option<Privileged> {
    which::which("apt-get").ok()?;
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() == "0" {
        return Some(Privileged {
            program: "env".into(),
            args: vec![],
        });
    }
    if exec::succeeds(Command::new("sudo").args(["-n", "true"])) {
        return Some(Privileged {
            program: "sudo".into(),
            args: vec!["-n".into()],
        });
    }
    None
}

fn instructions(missing: &[&str]) -> String {
    format!(
        "Some system packages are missing, and they cannot be installed from here (this needs apt and root).\n\
         Please install them yourself, then run the command again:\n\n\
         Debian / Ubuntu:\n    sudo apt-get install -y --no-install-recommends {}\n\n\
         Fedora:\n    sudo dnf install webkit2gtk4.1-devel libappindicator-gtk3-devel librsvg2-devel gcc gcc-c++ make xorg-x11-server-Xvfb chromium\n\n\
         Arch:\n    sudo pacman -S --needed webkit2gtk-4.1 libappindicator-gtk3 librsvg base-devel xorg-server-xvfb chromium\n\n\
         macOS:\n    xcode-select --install          (Apple's command-line tools)\n    \
         and Node.js {MIN_NODE_MAJOR} or newer (https://nodejs.org or `brew install node`)\n\n\
         Windows:\n    Microsoft C++ Build Tools with \"Desktop development with C++\",\n    \
         Microsoft Edge WebView2 (already part of Windows 10 and 11),\n    \
         and Node.js {MIN_NODE_MAJOR} or newer (https://nodejs.org)\n\n\
         The WebDriver tests run on Linux only (macOS has no WebDriver for its webview).",
        missing.join(" ")
    )
}

fn node() -> Result<(), XtaskError> {
    let version = Command::new("node").arg("--version").output().ok();
    let major = version
        .as_ref()
        .and_then(|out| {
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .trim_start_matches('v')
                .split('.')
                .next()
                .map(str::to_owned)
        })
        .and_then(|major| major.parse::<u32>().ok());
    match major {
        Some(major) if major >= MIN_NODE_MAJOR => Ok(()),
        found => Err(XtaskError::Missing(format!(
            "Node.js {MIN_NODE_MAJOR} or newer is needed to build the UI (found: {}).\n\
             Install it from https://nodejs.org, or on Debian/Ubuntu from NodeSource or your distribution's newer packages,\n\
             on macOS with `brew install node`, on Windows with the installer from nodejs.org.",
            found.map_or("none".to_owned(), |m| format!("v{m}"))
        ))),
    }
}

/// `npm ci` when node_modules is missing or older than the lock file.
fn npm_install(dir: &Path) -> Result<(), XtaskError> {
    let lock = dir.join("package-lock.json");
    let marker = dir.join("node_modules").join(".package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let fresh = match (modified(&lock), modified(&marker)) {
        (Some(lock), Some(marker)) => marker >= lock,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    let step = format!("install Node packages in {}", dir.display());
    exec::run(
        &step,
        &mut exec::npm(dir, &["ci", "--no-audit", "--no-fund"]),
    )
}

fn rust_components() -> Result<(), XtaskError> {
    let has = |tool: &str| exec::succeeds(&mut exec::cargo(&[tool, "--version"]));
    if has("fmt") && has("clippy") {
        return Ok(());
    }
    exec::run(
        "add rustfmt and clippy",
        Command::new("rustup").args(["component", "add", "rustfmt", "clippy"]),
    )
}

/// tauri-driver bridges WebDriver clients to WebKitWebDriver for Tauri apps.
fn tauri_driver() -> Result<(), XtaskError> {
    if !cfg!(target_os = "linux")
        || which::which("tauri-driver").is_ok()
        || cargo_bin("tauri-driver").exists()
    {
        return Ok(());
    }
    exec::run(
        "install tauri-driver",
        &mut exec::cargo(&["install", "tauri-driver", "--locked"]),
    )
}

/// Where `cargo install` puts a binary, for shells whose PATH lacks ~/.cargo/bin.
pub fn cargo_bin(name: &str) -> std::path::PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}
