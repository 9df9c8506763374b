//! Time and identity from the browser: the current instant and fresh UUIDs.

use crate::domain::time::format_rfc3339;

/// Now, as an RFC 3339 UTC timestamp.
pub fn now() -> String {
    format_rfc3339(js_sys::Date::now() as i64)
}

/// A random (version 4) UUID from the browser's cryptographic generator.
pub fn new_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(fallback_id)
}

/// A v4-shaped id from `Math.random`, for the rare browser without `crypto.randomUUID`
/// (it exists in every secure context Oase runs in).
fn fallback_id() -> String {
    let hex: String = (0..32)
        .map(|i| {
            let n = match i {
                12 => 4,
                16 => 8 + (js_sys::Math::random() * 4.0) as u32,
                _ => (js_sys::Math::random() * 16.0) as u32,
            };
            char::from_digit(n.min(15), 16).unwrap_or('0')
        })
        .collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}
