//! The IPC test harness: the app built on Tauri's mock runtime with its real
//! context (so the capability file and the ACL manifest are exercised), on a
//! temporary data folder, spoken to the way the web UI does.
#![allow(dead_code)] // each test file uses a different part of it

pub use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow};
pub use tempfile::TempDir;

pub struct Running {
    pub app: App<MockRuntime>,
    pub window: WebviewWindow<MockRuntime>,
}

pub fn start(dir: &std::path::Path) -> Running {
    let launch = relief_window_lib::Launch {
        data_dir: Some(dir.to_path_buf()),
        command: None,
    };
    let mut app = relief_window_lib::configure(mock_builder(), launch)
        .build(relief_window_lib::context())
        .expect("the app builds on the mock runtime");
    // Setup (opening the journal and the window) runs on the event loop's first
    // turn; one iteration runs the app's real setup closure.
    #[allow(deprecated)]
    app.run_iteration(|_, _| {});
    let window = app
        .get_webview_window("main")
        .expect("setup opens the main window");
    Running { app, window }
}

impl Running {
    pub fn invoke(&self, cmd: &str, body: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a valid URL"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.window, request)
            .map(|b| b.deserialize::<Value>().expect("responses are JSON"))
    }

    pub fn ok(&self, cmd: &str, body: Value) -> Value {
        self.invoke(cmd, body.clone())
            .unwrap_or_else(|e| panic!("{cmd} {body} failed: {e}"))
    }

    /// The error's code, after checking it has the `{code, message}` shape with a
    /// message written for a person (not a code, not empty).
    pub fn error_code(&self, cmd: &str, body: Value) -> String {
        let error = match self.invoke(cmd, body.clone()) {
            Ok(v) => panic!("{cmd} {body} succeeded with {v}, expected an error"),
            Err(e) => e,
        };
        let code = error["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no code in {error}"));
        let message = error["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no message in {error}"));
        assert!(
            message.len() > 10 && message.contains(' ') && !message.starts_with("error-"),
            "message for {code} should be a sentence from the catalog: {message:?}"
        );
        code.to_owned()
    }

    pub fn recent(&self) -> Vec<Value> {
        self.ok("recent_pain", json!({"limit": 50}))
            .as_array()
            .cloned()
            .expect("a list")
    }
}

pub fn temp() -> TempDir {
    tempfile::tempdir().expect("a temporary folder")
}
