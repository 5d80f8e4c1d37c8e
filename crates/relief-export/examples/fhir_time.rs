//! Times the FHIR export of a backup file, as the app makes it (the bundle
//! written straight to JSON bytes):
//! `cargo run --release -p relief-export --example fhir_time -- FILE`.
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a backup file");
    let bytes = std::fs::read(path).expect("readable");
    let now = chrono::Local::now().fixed_offset();
    let backup = relief_export::backup::read_backup(&bytes, now.date_naive()).expect("a backup");
    let t = Instant::now();
    let json = relief_export::fhir::bundle_json(
        &backup.journal,
        &Default::default(),
        relief_export::Period::ALL,
        now,
    )
    .expect("JSON");
    println!(
        "bundle_json (mapped and written) {:?}, {:.1} MiB",
        t.elapsed(),
        json.len() as f64 / (1024.0 * 1024.0)
    );
}
