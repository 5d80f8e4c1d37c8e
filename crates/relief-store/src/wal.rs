//! Whether the journal's write-ahead log (`journal.sqlite3-wal`) was damaged
//! in the middle, which SQLite itself cannot tell from a crash.
//!
//! SQLite replays the -wal when it opens a journal, frame by frame, and stops
//! at the first frame whose checksum does not match: after a crash that is the
//! torn end of a transaction nobody was told was saved, and stopping there is
//! right. But a flipped bit in an earlier frame stops it just the same, and
//! every transaction after it, each one acknowledged as saved, is dropped
//! without a word. The difference shows after the break: a torn end has at
//! most its own transaction's frames; damage in the middle is followed by
//! frames that still read whole (each checks against the checksum its
//! predecessor stored) and include a commit with more after it. That is
//! `Damage::Damaged`, so recovery sets the journal and its -wal aside whole
//! and restores a backup, and the person is told.
//!
//! Hand-written: the format is SQLite's (sqlite.org/fileformat2.html, "WAL
//! file format"); no crate reads it, and SQLite offers no call that reports a
//! frame it skipped.

use std::path::Path;

const HEADER: usize = 32;
const FRAME_HEADER: usize = 24;
const MAGIC_LITTLE: u32 = 0x377f_0682;
const MAGIC_BIG: u32 = 0x377f_0683;

/// A description of the damage if the -wal beside `journal` holds whole,
/// committed frames after one that does not check; `None` when it is absent,
/// empty, sound, or merely ends torn.
///
/// Another process may be writing the -wal as it is read (the app while the
/// command line opens the journal), and a read that straddles SQLite's reset
/// of the -wal could look like damage. So a finding counts only if a second
/// read, a moment later, gives the very same bytes.
pub(crate) fn damage_in(journal: &Path) -> Option<String> {
    let mut name = journal.as_os_str().to_owned();
    name.push("-wal");
    let path = Path::new(&name);
    let bytes = std::fs::read(path).ok()?;
    let found = damage_in_bytes(&bytes)?;
    std::thread::sleep(std::time::Duration::from_millis(200));
    (std::fs::read(path).ok()? == bytes).then_some(found)
}

fn damage_in_bytes(bytes: &[u8]) -> Option<String> {
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    if bytes.len() < HEADER {
        return None;
    }
    let big = match word(0) {
        MAGIC_BIG => true,
        MAGIC_LITTLE => false,
        // Not a -wal SQLite would replay at all: nothing it could drop.
        _ => return None,
    };
    let page = word(8) as usize;
    if !(512..=65536).contains(&page) || !page.is_power_of_two() {
        return None;
    }
    let salts = (word(16), word(20));
    if checksum(big, &bytes[..24], (0, 0)) != (word(24), word(28)) {
        // A damaged header: SQLite ignores the whole -wal. If it holds whole
        // committed frames, those are lost.
        return committed_frames(bytes, big, page, salts, HEADER)
            .then(|| "the -wal header does not check, and committed frames follow".into());
    }
    let frame = FRAME_HEADER + page;
    let mut previous = (word(24), word(28));
    let mut at = HEADER;
    while at + frame <= bytes.len() {
        let (ok, stored) = frame_checks(bytes, big, at, page, salts, previous);
        if !ok {
            return committed_frames(bytes, big, page, salts, at + frame).then(|| {
                format!(
                    "frame {} of the -wal does not check, and committed frames follow",
                    (at - HEADER) / frame + 1
                )
            });
        }
        previous = stored;
        at += frame;
    }
    None
}

/// Whether, from `from`, the -wal holds a frame that checks against its
/// predecessor's stored checksum and commits a transaction, followed by at
/// least one more such frame: transactions saved after a break.
fn committed_frames(bytes: &[u8], big: bool, page: usize, salts: (u32, u32), from: usize) -> bool {
    let frame = FRAME_HEADER + page;
    let mut at = from;
    let mut committed = false;
    while at + frame <= bytes.len() {
        // The first frame continues from the header's checksum, the others
        // from the one their predecessor stored.
        let previous = match at.checked_sub(frame).filter(|b| *b >= HEADER) {
            Some(before) => (be(bytes, before + 16), be(bytes, before + 20)),
            None => (be(bytes, 24), be(bytes, 28)),
        };
        let (ok, _) = frame_checks(bytes, big, at, page, salts, previous);
        if ok && committed {
            return true;
        }
        if ok && be(bytes, at + 4) != 0 {
            committed = true;
        }
        at += frame;
    }
    false
}

/// Whether the frame at `at` belongs to this -wal (its salts) and checks
/// against `previous`; and the checksum it stores.
fn frame_checks(
    bytes: &[u8],
    big: bool,
    at: usize,
    page: usize,
    salts: (u32, u32),
    previous: (u32, u32),
) -> (bool, (u32, u32)) {
    let stored = (be(bytes, at + 16), be(bytes, at + 20));
    if (be(bytes, at + 8), be(bytes, at + 12)) != salts {
        return (false, stored);
    }
    let after_header = checksum(big, &bytes[at..at + 8], previous);
    let sum = checksum(
        big,
        &bytes[at + FRAME_HEADER..at + FRAME_HEADER + page],
        after_header,
    );
    (sum == stored, stored)
}

fn be(bytes: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// SQLite's WAL checksum over `data` (a multiple of 8 bytes), continuing from
/// `(s0, s1)`, reading words in the byte order the magic number says.
fn checksum(big: bool, data: &[u8], (mut s0, mut s1): (u32, u32)) -> (u32, u32) {
    for pair in data.chunks_exact(8) {
        let read = |b: &[u8]| {
            let b = [b[0], b[1], b[2], b[3]];
            if big {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        };
        s0 = s0.wrapping_add(read(&pair[..4])).wrapping_add(s1);
        s1 = s1.wrapping_add(read(&pair[4..])).wrapping_add(s0);
    }
    (s0, s1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    /// A -wal with `transactions` committed, as a crash would leave it: the
    /// bytes copied while the connection that wrote them is still open.
    fn wal_of(transactions: usize) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.sqlite3");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
        conn.execute_batch("CREATE TABLE t (x TEXT)").unwrap();
        for i in 0..transactions {
            conn.execute(
                "INSERT INTO t VALUES (?1)",
                [format!("row {i} {}", "x".repeat(500))],
            )
            .unwrap();
        }
        let bytes = std::fs::read(dir.path().join("j.sqlite3-wal")).unwrap();
        drop(conn);
        bytes
    }

    fn frame_size(bytes: &[u8]) -> usize {
        FRAME_HEADER + be(bytes, 8) as usize
    }

    #[test]
    fn a_sound_wal_and_a_torn_end_are_not_damage() {
        let wal = wal_of(12);
        assert_eq!(damage_in_bytes(&wal), None, "sound");
        let torn = &wal[..wal.len() - 100];
        assert_eq!(damage_in_bytes(torn), None, "a torn last frame is a crash");
        let mut last_flipped = wal.clone();
        let end = last_flipped.len() - 10;
        last_flipped[end] ^= 0x04;
        assert_eq!(
            damage_in_bytes(&last_flipped),
            None,
            "the last transaction, torn"
        );
    }

    #[test]
    fn a_flipped_bit_in_an_early_frame_is_damage() {
        let wal = wal_of(12);
        let frame = frame_size(&wal);
        let mut flipped = wal.clone();
        flipped[HEADER + frame + FRAME_HEADER + 100] ^= 0x10; // the second frame's page
        let found = damage_in_bytes(&flipped).expect("damage in the middle");
        assert!(found.contains("frame 2"), "{found}");
        let mut header = wal;
        header[12] ^= 0x01; // the checkpoint sequence: the header checksum fails
        assert!(damage_in_bytes(&header).is_some());
    }
}
