//! Times the FHIR bundle on a backup file: `cargo run --release -p relief-export --example fhir_time -- FILE`.
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).expect("a backup file");
    let bytes = std::fs::read(path).expect("readable");
    let now = chrono::Local::now().fixed_offset();
    let backup = relief_export::backup::read_backup(&bytes, now.date_naive()).expect("a backup");
    let t = Instant::now();
    let value = relief_export::fhir::bundle(
        &backup.journal,
        &Default::default(),
        relief_export::Period::ALL,
        now,
    );
    let built = t.elapsed();
    let t = Instant::now();
    let text = serde_json::to_vec_pretty(&value).expect("json");
    println!(
        "bundle {:?}, to_vec_pretty {:?}, {} MiB",
        built,
        t.elapsed(),
        text.len() >> 20
    );
}
