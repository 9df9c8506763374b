//! RFC 3339 timestamps in UTC, from and to milliseconds since the Unix epoch.
//!
//! Hand-written (Howard Hinnant's `days_from_civil` algorithm) so the app ships no date crate:
//! Oase only needs "now" as text and an order between two timestamps.

/// Milliseconds since 1970-01-01T00:00:00Z.
pub type Millis = i64;

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Formats as `2026-11-25T03:14:52.123Z`.
pub fn format_rfc3339(ms: Millis) -> String {
    let days = ms.div_euclid(86_400_000);
    let rest = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3_600_000,
        rest / 60_000 % 60,
        rest / 1000 % 60,
        rest % 1000
    )
}

/// Parses an RFC 3339 timestamp (any offset, optional fraction) to milliseconds.
pub fn parse_rfc3339(s: &str) -> Option<Millis> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, sec) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if b[13] != b':' || b[16] != b':' || !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return None;
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let mut i = 19;
    let mut frac_ms = 0;
    if b.get(i) == Some(&b'.') {
        let start = i + 1;
        i = start;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = s.get(start..i)?;
        if digits.is_empty() {
            return None;
        }
        let padded = format!("{digits:0<3}");
        frac_ms = padded.get(..3)?.parse::<i64>().ok()?;
    }
    let offset_min = match s.get(i..)? {
        "Z" | "z" => 0,
        // Bytes, not a string slice: a byte index may fall inside a multi-byte character.
        o if o.len() == 6
            && (o.starts_with('+') || o.starts_with('-'))
            && o.as_bytes()[3] == b':' =>
        {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            sign * (num(i + 1..i + 3)? * 60 + num(i + 4..i + 6)?)
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    Some(((days * 24 + h) * 60 + mi - offset_min) * 60_000 + sec * 1000 + frac_ms)
}

/// The `updated_at` for an edit made here: `now`, or one millisecond after `previous` when
/// that is not earlier (this device's clock was set back, or runs behind the device that wrote
/// `previous`), so an edit always wins over the version it replaces. Written as
/// [`format_rfc3339`] does; an unreadable `previous` is ignored, and an unreadable `now` is
/// given back as it is unless `previous` can stand in for it.
pub fn next_stamp(now: &str, previous: Option<&str>) -> String {
    let after = previous
        .and_then(parse_rfc3339)
        .map(|ms| ms.saturating_add(1));
    match (parse_rfc3339(now), after) {
        (Some(now), Some(after)) => format_rfc3339(now.max(after)),
        (Some(ms), None) | (None, Some(ms)) => format_rfc3339(ms),
        (None, None) => now.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(format_rfc3339(0), "1970-01-01T00:00:00.000Z");
        // 2026-11-25T03:14:52.123Z, checked with `date -u -d @1795576492`.
        assert_eq!(
            format_rfc3339(1_795_576_492_123),
            "2026-11-25T03:14:52.123Z"
        );
        assert_eq!(format_rfc3339(951_782_400_000), "2000-02-29T00:00:00.000Z");
    }

    #[test]
    fn parses_what_it_formats_and_other_offsets() {
        for ms in [0, 1_795_576_492_123, 951_782_400_000, -86_400_001] {
            assert_eq!(parse_rfc3339(&format_rfc3339(ms)), Some(ms));
        }
        assert_eq!(
            parse_rfc3339("2026-11-25T04:14:52+01:00"),
            Some(1_795_576_492_000)
        );
        assert_eq!(
            parse_rfc3339("2026-11-25T03:14:52.5Z"),
            Some(1_795_576_492_500)
        );
    }

    #[test]
    fn rejects_what_is_not_a_timestamp() {
        for bad in [
            "",
            "gisteren",
            "2026-13-01T00:00:00Z",
            "2026-11-25",
            "2026-11-25T03:14:52",
            "2026-11-25T03:14:52.Z",
            // Six bytes after the seconds, but a multi-byte character where the `:` goes.
            "2026-11-25T03:14:52+\u{e9}\u{e9}0",
            "2026-11-25T03:14:52.123-\u{2019}30",
            "\u{e9}026-11-25T03:14:52Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_next_stamp_moves_forward_even_when_the_clock_went_back() {
        let now = "2026-11-25T10:00:00.000Z";
        assert_eq!(next_stamp(now, None), now);
        assert_eq!(next_stamp(now, Some("2026-11-24T10:00:00Z")), now);
        assert_eq!(next_stamp("2026-11-25T11:00:00+01:00", None), now);
        // The clock went back an hour: one millisecond after the last edit, not an hour before.
        assert_eq!(
            next_stamp(now, Some("2026-11-25T11:00:00.000Z")),
            "2026-11-25T11:00:00.001Z"
        );
        assert_eq!(next_stamp(now, Some(now)), "2026-11-25T10:00:00.001Z");
        assert_eq!(next_stamp(now, Some("gisteren")), now);
        assert_eq!(
            next_stamp("?", Some("2026-11-25T10:00:00Z")),
            "2026-11-25T10:00:00.001Z"
        );
        assert_eq!(next_stamp("?", None), "?");
        let mut last: Option<String> = None;
        for _ in 0..3 {
            let next = next_stamp("2026-01-01T00:00:00Z", last.as_deref());
            if let Some(last) = &last {
                assert!(parse_rfc3339(&next) > parse_rfc3339(last));
            }
            last = Some(next);
        }
    }
}
