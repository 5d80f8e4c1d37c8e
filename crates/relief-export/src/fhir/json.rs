//! Writing the bundle as JSON: one buffer, and JSON rendered ahead of time
//! copied in whole (`Fragment`).
//!
//! Why not plain `serde_json::to_vec`: most of a ten-year bundle is the same
//! codes over and over (17,000 exercise Observations each carry the same
//! category, LOINC code, component codes and method), so those are rendered
//! once per export, by serde_json itself, and copied in as serde_json's own
//! `RawValue`, which it writes as it is. The buffer below is the other half
//! of the speed.

use std::io;

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;
use uuid::Uuid;

/// One JSON value rendered ahead of time, always valid JSON (serde_json
/// wrote it, and `RawValue` holds nothing else).
#[derive(Debug, Clone)]
pub struct Fragment(Box<RawValue>);

impl Fragment {
    /// `value` as compact JSON, kept for copying into the bundle.
    pub fn render<T: Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        serde_json::value::to_raw_value(value).map(Fragment)
    }
}

impl PartialEq for Fragment {
    fn eq(&self, other: &Self) -> bool {
        self.0.get() == other.0.get()
    }
}

impl Eq for Fragment {}

impl Serialize for Fragment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

/// A `urn:uuid:` as a JSON string, without an allocation: there are some
/// 100,000 fullUrls and references in a ten-year bundle.
pub struct UrnString([u8; uuid::fmt::Urn::LENGTH]);

impl UrnString {
    pub fn new(uuid: Uuid) -> Self {
        let mut text = [0; uuid::fmt::Urn::LENGTH];
        // Lower case: FHIR's `urn:uuid:` is lower case.
        uuid.urn().encode_lower(&mut text);
        UrnString(text)
    }
}

impl Serialize for UrnString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // `encode_lower` writes ASCII only.
        let text = std::str::from_utf8(&self.0).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(text)
    }
}

/// `value` as compact JSON into a buffer of `capacity` bytes to start with.
pub fn write<T: Serialize + ?Sized>(
    value: &T,
    capacity: usize,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Buffer(Vec::with_capacity(capacity));
    serde_json::to_writer(&mut out, value)?;
    Ok(out.0)
}

/// The output buffer. serde_json writes one byte at a time for every `"`,
/// `:`, `,` and bracket; pushing those rather than going through
/// `extend_from_slice` (which the release profile, optimised for size, does
/// not inline) took a quarter off the export's time.
struct Buffer(Vec<u8>);

impl io::Write for Buffer {
    #[inline(always)]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    #[inline(always)]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match buf {
            [byte] => self.0.push(*byte),
            _ => self.0.extend_from_slice(buf),
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `value` as this module writes it, read back: for tests, which compare
/// what the bundle's bytes say.
#[cfg(test)]
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> serde_json::Value {
    let bytes = write(value, 0).expect("JSON");
    serde_json::from_slice(&bytes).expect("valid JSON")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[derive(Serialize)]
    struct Holder<'a> {
        before: &'static str,
        fixed: &'a Fragment,
        after: [u8; 2],
    }

    #[test]
    fn fragments_are_copied_in_whole() {
        let fixed = Fragment::render(&json!({ "a": ["x\"y", 1.5] })).expect("JSON");
        let holder = Holder {
            before: "<é>",
            fixed: &fixed,
            after: [1, 2],
        };
        assert_eq!(
            String::from_utf8(write(&holder, 0).expect("JSON")).expect("UTF-8"),
            r#"{"before":"<é>","fixed":{"a":["x\"y",1.5]},"after":[1,2]}"#,
            "compact, and a Fragment is copied as it is"
        );
        assert_eq!(
            to_value(&[&fixed, &fixed]),
            json!([{ "a": ["x\"y", 1.5] }, { "a": ["x\"y", 1.5] }])
        );
    }
}
