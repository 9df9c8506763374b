//! Time and identity from the browser: the current instant and fresh UUIDs.

use crate::domain::time::format_rfc3339;
use wasm_bindgen::JsCast;

/// Now, as an RFC 3339 UTC timestamp.
pub fn now() -> String {
    format_rfc3339(js_sys::Date::now() as i64)
}

/// A random (version 4) UUID from the browser's cryptographic generator: `crypto.randomUUID`
/// where it exists (secure contexts), else 16 bytes of `crypto.getRandomValues` (every browser,
/// also on a plain-http address). Never `Math.random`: ids name files on the collection point,
/// so two devices must not make the same one.
pub fn new_id() -> String {
    let crypto: web_sys::Crypto = js_sys::Reflect::get(&js_sys::global(), &"crypto".into())
        .ok()
        .filter(|c| c.is_object())
        .expect("the Web Crypto API (crypto.getRandomValues)")
        .unchecked_into();
    if js_sys::Reflect::has(&crypto, &"randomUUID".into()).unwrap_or(false) {
        return crypto.random_uuid();
    }
    let mut bytes = [0u8; 16];
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .expect("crypto.getRandomValues");
    uuid_v4(bytes)
}

/// The version 4 UUID text of 16 random bytes (version and variant bits set, RFC 9562).
fn uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::uuid_v4;

    #[test]
    fn random_bytes_become_a_version_4_uuid() {
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(
            uuid_v4(*b"\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23\x45\x67\x89\xab\xcd\xef"),
            "01234567-89ab-4def-8123-456789abcdef"
        );
    }
}
