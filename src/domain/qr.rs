//! A QR code as SVG path data (one unit per module), for the celebration screen's "join in".

use qrcodegen::{QrCode, QrCodeEcc};

/// The code's size in modules and a path drawing its dark modules; `None` if `text` is too
/// long for a QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut d = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                d.push_str(&format!("M{x} {y}h1v1h-1z"));
            }
        }
    }
    Some((size, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_a_small_code() {
        let (size, d) = qr_path("https://oase.example.nl/").expect("fits");
        // Version 2 (25 modules) holds this; the three finder patterns' corners are dark.
        assert_eq!(size, 25);
        for corner in ["M0 0h1", "M24 0h1", "M0 24h1"] {
            assert!(d.contains(corner), "{corner}");
        }
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
