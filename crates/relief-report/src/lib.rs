//! Relief Window's report for a physiotherapist, as a tagged PDF.
//!
//! It takes a `Report` (plain data, already counted elsewhere) and draws it.
//! It must never know about the journal, Tauri or the clock.
