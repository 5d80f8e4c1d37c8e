//! Writing the bundle as JSON: one buffer, and a serde_json formatter that
//! can also copy in JSON rendered ahead of time (`Fragment`).
//!
//! Why not plain `serde_json::to_writer`: serde_json writes each key, each
//! string and each `"`, `:` and `,` as a separate small write, and scans
//! every string for characters to escape. Most of a ten-year bundle is the
//! same codes over and over (17,000 exercise Observations each carry the
//! same category, LOINC code, component codes and method), so those are
//! rendered once per export, by serde_json itself, and copied in whole.
//!
//! The copying rides on serde's byte arrays: a `Fragment` (or a `UrnString`)
//! serialises as bytes, and `Formatter::write_byte_array`, which serde_json
//! lets a formatter override, writes them as they are. Nothing else in the
//! bundle is a byte array. The flip side: these mean something only to this
//! formatter (any other serializer would see a list of numbers), so every
//! resource is turned into JSON here, tests included (`to_value`).

use std::io;

use serde::{Serialize, Serializer};
use uuid::Uuid;

/// One JSON value rendered ahead of time. It can only be made by `render`,
/// so it always holds what serde_json wrote for a value: valid JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment(Box<[u8]>);

impl Fragment {
    /// `value` as compact JSON, kept for copying into the bundle.
    pub fn render<T: Serialize + ?Sized>(value: &T) -> Result<Self, serde_json::Error> {
        let mut out = Buffer(Vec::new());
        value.serialize(&mut serde_json::Serializer::with_formatter(
            &mut out, Formatter,
        ))?;
        Ok(Fragment(out.0.into_boxed_slice()))
    }
}

impl Serialize for Fragment {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

/// A `urn:uuid:` as a JSON string, copied in whole like a `Fragment`: the
/// prefix, hex digits and hyphens never need escaping, so adding the quotes
/// is all it takes. There are some 100,000 fullUrls and references in a
/// ten-year bundle.
pub struct UrnString([u8; uuid::fmt::Urn::LENGTH + 2]);

impl UrnString {
    pub fn new(uuid: Uuid) -> Self {
        let mut text = [b'"'; uuid::fmt::Urn::LENGTH + 2];
        // Lower case: FHIR's `urn:uuid:` is lower case.
        uuid.urn()
            .encode_lower(&mut text[1..=uuid::fmt::Urn::LENGTH]);
        UrnString(text)
    }
}

impl Serialize for UrnString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

/// `value` as compact JSON into a buffer of `capacity` bytes to start with.
pub fn write<T: Serialize + ?Sized>(
    value: &T,
    capacity: usize,
) -> Result<Vec<u8>, serde_json::Error> {
    let mut out = Buffer(Vec::with_capacity(capacity));
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out, Formatter,
    ))?;
    Ok(out.0)
}

/// serde_json's compact formatter, except that byte arrays are `Fragment`s
/// or `UrnString`s and written as they are.
struct Formatter;

impl serde_json::ser::Formatter for Formatter {
    fn write_byte_array<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        value: &[u8],
    ) -> io::Result<()> {
        writer.write_all(value)
    }
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

/// `value` as this module writes it, read back: for tests, which cannot use
/// `serde_json::to_value` on anything holding a `Fragment`.
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
            "compact, and only a Fragment is copied as it is"
        );
        assert_eq!(
            to_value(&[&fixed, &fixed]),
            json!([{ "a": ["x\"y", 1.5] }, { "a": ["x\"y", 1.5] }])
        );
    }
}
