//! Relief Window's exports: what leaves the journal, in which format.
//!
//! Every function here turns plain records (relief-core's types) into bytes,
//! or bytes back into records. It must never know about Tauri, SQLite, the
//! file system or the clock: callers pass `now` and write the bytes.

pub mod backup;
pub mod csv;
pub mod fhir;
pub mod names;
pub mod period;
pub mod render;
pub mod report;

pub use period::Period;
