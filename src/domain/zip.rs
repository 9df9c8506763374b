//! A zip archive of stored (uncompressed) entries: the GeoJSON with its photos beside it.
//! Photos are JPEG already, so compressing them again gains nothing; leaving it out keeps this
//! a page of code instead of a crate in the app (PKWARE APPNOTE 6.3, sections 4.3 and 4.4).

use thiserror::Error;

/// Entries of an archive: name and content.
pub type Entries = Vec<(String, Vec<u8>)>;

/// CRC-32 (IEEE), as zip wants it.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xedb8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// MS-DOS date and time from an RFC 3339 timestamp (zip's only clock).
fn dos_time(rfc3339: &str) -> (u16, u16) {
    let n = |a: usize, b: usize| {
        rfc3339
            .get(a..b)
            .and_then(|s| s.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let (y, mo, d) = (n(0, 4).max(1980), n(5, 7).max(1), n(8, 10).max(1));
    let (h, mi, s) = (n(11, 13), n(14, 16), n(17, 19));
    (
        ((y - 1980) << 9) | (mo << 5) | d,
        (h << 11) | (mi << 5) | (s / 2),
    )
}

/// Writes `entries` (name, bytes) as a zip with UTF-8 names, dated `now`.
pub fn write(entries: &[(String, Vec<u8>)], now: &str) -> Vec<u8> {
    let (date, time) = dos_time(now);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        // The fields local and central headers share, from "version needed" to the name length.
        let mut common = Vec::new();
        for v in [20u16, 0x0800, 0, time, date] {
            common.extend(v.to_le_bytes());
        }
        for v in [crc, size, size] {
            common.extend(v.to_le_bytes());
        }
        common.extend((name.len() as u16).to_le_bytes());
        common.extend(0u16.to_le_bytes()); // no extra field

        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(data);

        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // made by: MS-DOS-compatible, 2.0
        central.extend(&common);
        // Comment length, disk number, internal (2 bytes) and external (4 bytes) attributes.
        central.extend([0u8; 10]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let (start, size) = (out.len() as u32, central.len() as u32);
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]); // this disk, disk of the directory
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend(size.to_le_bytes());
    out.extend(start.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// Why a zip could not be read.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ZipError {
    #[error("not a zip archive, or a damaged one")]
    Damaged,
    #[error("entry {0} is compressed; only Oase's own (uncompressed) zips can be read")]
    Compressed(String),
}

/// `bytes[at..at + len]`, `None` past the end; the sum is checked, since on wasm32 a `usize`
/// is 32 bits and a length read from the file can overflow it.
fn span(bytes: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    bytes.get(at..at.checked_add(len)?)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(span(b, at, 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(span(b, at, 4)?.try_into().ok()?))
}

/// Reads the entries of a zip written by [`write`] (stored entries; checksums checked).
pub fn read(bytes: &[u8]) -> Result<Entries, ZipError> {
    let mut entries = Vec::new();
    let mut at = 0;
    while u32_at(bytes, at) == Some(0x0403_4b50) {
        // Every offset is at most `bytes.len() + 30 + 2 * 65535`: no sum here overflows.
        let field = |off| u16_at(bytes, at + off).ok_or(ZipError::Damaged);
        let (flags, method) = (field(6)?, field(8)?);
        let crc = u32_at(bytes, at + 14).ok_or(ZipError::Damaged)?;
        let size = u32_at(bytes, at + 18).ok_or(ZipError::Damaged)? as usize;
        let (name_len, extra_len) = (field(26)? as usize, field(28)? as usize);
        let name_at = at + 30;
        let name = span(bytes, name_at, name_len)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .ok_or(ZipError::Damaged)?;
        if method != 0 || flags & 0x0008 != 0 {
            return Err(ZipError::Compressed(name));
        }
        let data_at = name_at + name_len + extra_len;
        let data = span(bytes, data_at, size).ok_or(ZipError::Damaged)?;
        if crc32(data) != crc {
            return Err(ZipError::Damaged);
        }
        entries.push((name, data.to_vec()));
        at = data_at + size;
    }
    if entries.is_empty() {
        return Err(ZipError::Damaged);
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn written_entries_read_back_and_unzip_agrees() {
        let entries = vec![
            (
                "oase.geojson".to_owned(),
                br#"{"type":"FeatureCollection"}"#.to_vec(),
            ),
            (
                "photos/één.jpg".to_owned(),
                (0..=255u8).cycle().take(5000).collect(),
            ),
        ];
        let zip = write(&entries, "2026-11-25T10:42:08.000Z");
        assert_eq!(read(&zip), Ok(entries.clone()));
        assert_eq!(
            dos_time("2026-11-25T10:42:08.000Z"),
            ((46 << 9) | (11 << 5) | 25, (10 << 11) | (42 << 5) | 4)
        );
        // Python's zipfile (on every CI machine here) reads and checks it too.
        let path = std::env::temp_dir().join(format!("oase-zip-{}.zip", std::process::id()));
        std::fs::write(&path, &zip).expect("temp file");
        let check = std::process::Command::new("python3")
            .args(["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(','.join(z.namelist()))"])
            .arg(&path)
            .output();
        let _ = std::fs::remove_file(&path);
        if let Ok(out) = check {
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(
                String::from_utf8_lossy(&out.stdout).trim(),
                "oase.geojson,photos/één.jpg"
            );
        }
    }

    #[test]
    fn damage_and_compression_are_refused() {
        let zip = write(
            &[("a.txt".to_owned(), b"hallo".to_vec())],
            "2026-11-25T10:00:00Z",
        );
        let mut bad = zip.clone();
        bad[35] ^= 1; // a byte of the content
        assert_eq!(read(&bad), Err(ZipError::Damaged));
        let mut deflated = zip.clone();
        deflated[8] = 8;
        assert_eq!(read(&deflated), Err(ZipError::Compressed("a.txt".into())));
        assert_eq!(read(b"PK nothing"), Err(ZipError::Damaged));
    }

    #[test]
    fn lengths_past_the_end_are_damage() {
        let zip = write(
            &[("a.txt".to_owned(), b"hallo".to_vec())],
            "2026-11-25T10:00:00Z",
        );
        for (at, value) in [(18, u32::MAX), (26, u32::MAX), (18, 6)] {
            let mut bad = zip.clone();
            bad[at..at + 4].copy_from_slice(&value.to_le_bytes());
            assert_eq!(read(&bad), Err(ZipError::Damaged), "{at}: {value}");
        }
        assert_eq!(span(b"abc", usize::MAX, 2), None);
        // Cut anywhere inside the entry (header 30, name 5, content 5 bytes).
        for cut in 0..40 {
            assert!(read(&zip[..cut]).is_err(), "cut at {cut}");
        }
    }
}
