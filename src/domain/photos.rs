//! Photo keys on this device, and which photos nothing needs any more.
//!
//! A key is `{ms}-{uuid}.jpg`: the time it was taken lets a sweep leave alone a photo that a
//! form (in this tab or another) has just taken but not yet saved with its pin.

use std::collections::HashSet;

use super::deed::photo_keys;
use super::pin::Pin;

/// How long a photo no pin refers to is kept: a form may still be open with it.
pub const GRACE_MS: i64 = 24 * 60 * 60 * 1000;

/// The key for a photo taken at `now_ms`.
pub fn photo_key(now_ms: i64, uuid: &str) -> String {
    format!("{now_ms}-{uuid}.jpg")
}

/// When the photo was taken, if its key says so.
pub fn taken_ms(key: &str) -> Option<i64> {
    let (ms, rest) = key.split_once('-')?;
    (ms.len() >= 12 && rest.ends_with(".jpg"))
        .then(|| ms.parse().ok())
        .flatten()
}

/// The stored photos to remove at `now_ms`: those no pin (tombstones refer to none) refers to,
/// except recent ones. A key without a time (older versions, a zip's names) counts as old.
pub fn to_sweep(keys: &[String], pins: &[Pin], now_ms: i64) -> Vec<String> {
    let used: HashSet<String> = pins
        .iter()
        .filter(|p| !p.deleted)
        .flat_map(photo_keys)
        .collect();
    keys.iter()
        .filter(|k| !used.contains(k.as_str()))
        .filter(|k| taken_ms(k).is_none_or(|t| now_ms - t > GRACE_MS))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::PinKind;

    const NOW: i64 = 1_796_169_600_000;

    fn with_photo(n: u32, photo: &str) -> Pin {
        let mut p = Pin::new(
            &format!("00000000-0000-4000-8000-{n:012}"),
            PinKind::Beauty,
            51.8,
            5.9,
            "2026-12-01T10:00:00Z",
        )
        .expect("valid");
        p.photo = Some(photo.into());
        p
    }

    #[test]
    fn keys_carry_their_time() {
        let k = photo_key(NOW, "abc");
        assert_eq!(k, "1796169600000-abc.jpg");
        assert_eq!(taken_ms(&k), Some(NOW));
        assert_eq!(taken_ms("d0e1f2a3-0000-4000-8000-000000000000.jpg"), None);
        assert_eq!(taken_ms("-.jpg"), None);
        assert_eq!(taken_ms("12-x.jpg"), None);
    }

    #[test]
    fn only_old_photos_that_no_pin_uses_are_swept() {
        let used = photo_key(NOW - 10 * GRACE_MS, "used");
        let abandoned = photo_key(NOW - 2 * GRACE_MS, "abandoned");
        let just_taken = photo_key(NOW - 60_000, "form-still-open");
        let legacy = "d0e1f2a3-0000-4000-8000-000000000000.jpg".to_owned();
        let of_deleted = photo_key(NOW - 2 * GRACE_MS, "deleted");
        let mut gone = with_photo(2, &of_deleted);
        gone.deleted = true;
        let after = photo_key(NOW - 10 * GRACE_MS, "after");
        let mut done = with_photo(3, "x.jpg");
        crate::domain::deed::set_after_photo(&mut done, Some(&after));
        let pins = [with_photo(1, &used), gone, done];
        let keys = [
            used,
            after,
            abandoned.clone(),
            just_taken,
            legacy.clone(),
            of_deleted.clone(),
        ];
        assert_eq!(to_sweep(&keys, &pins, NOW), [abandoned, legacy, of_deleted]);
    }
}
