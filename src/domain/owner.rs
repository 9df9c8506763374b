//! Who a phone's record belongs to. A phone proves a later version is its own with a random
//! secret it keeps: each file carries the secret as `"key"`; the organiser's device stores only
//! its SHA-256 (FIPS 180-4) as `"owner"` and compares.

use serde_json::{Map, Value};

/// Shortest and longest phone secret accepted, in characters (a UUID has 36).
pub const KEY_CHARS: std::ops::RangeInclusive<usize> = 16..=128;

/// Properties that only the organiser's device sets: a file never brings them in.
pub(crate) const ORGANISER_ONLY: [&str; 3] = ["owner", "hidden", "waiting"];

/// First 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/// First 32 bits of the fractional parts of the square roots of the first 8 primes.
const H0: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// One 64-byte block into the running state.
fn compress(state: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
        *word = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    }
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16]
            .wrapping_add(s0)
            .wrapping_add(w[i - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
    for (k, wi) in K.iter().zip(w) {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = h
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(*k)
            .wrapping_add(wi);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        h = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
        *s = s.wrapping_add(v);
    }
}

/// SHA-256 of `bytes`, as 64 lower-case hexadecimal digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let mut state = H0;
    let mut blocks = bytes.chunks_exact(64);
    for block in &mut blocks {
        compress(&mut state, block);
    }
    // The rest, a 1 bit, zeros, and the length in bits: one block, or two when it does not fit.
    let rest = blocks.remainder();
    let mut tail = [0u8; 128];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let end = if rest.len() < 56 { 64 } else { 128 };
    let bits = (bytes.len() as u64).wrapping_mul(8);
    tail[end - 8..end].copy_from_slice(&bits.to_be_bytes());
    for block in tail[..end].chunks_exact(64) {
        compress(&mut state, block);
    }
    state.iter().map(|w| format!("{w:08x}")).collect()
}

/// The owner a phone's secret stands for: the SHA-256 of its UTF-8, so the organiser's device
/// can recognise the phone without ever keeping what would let it write as that phone.
pub fn owner_of(secret: &str) -> String {
    sha256_hex(secret.as_bytes())
}

/// A record's properties as a phone sends them: with its secret as `"key"`, and none of the
/// properties only the organiser sets.
pub(crate) fn with_key(extra: &mut Map<String, Value>, secret: &str) {
    for k in ORGANISER_ONLY {
        extra.remove(k);
    }
    extra.insert("key".to_owned(), Value::from(secret));
}

/// Takes a phone's key (16 to 128 characters) out of the properties of a record it dropped,
/// and the properties only the organiser sets: the owner the key stands for, or none when
/// there is no such key.
pub(crate) fn take_key(extra: &mut Map<String, Value>) -> Option<String> {
    let key = extra.remove("key");
    let key = key
        .as_ref()
        .and_then(Value::as_str)
        .filter(|k| KEY_CHARS.contains(&k.chars().count()))?;
    for k in ORGANISER_ONLY {
        extra.remove(k);
    }
    Some(owner_of(key))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A phone's secret.
    pub(crate) const SECRET: &str = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    /// Another phone's secret.
    pub(crate) const OTHER: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    #[test]
    fn sha256_gives_the_standard_answers() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256_hex(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
        assert_eq!(
            sha256_hex(&[b'a'; 1_000_000]),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
        // Lengths around the padding's edge (55, 56 and 64 bytes) all give 64 digits and
        // differ from their neighbours.
        let edges = Vec::from([55, 56, 63, 64, 65].map(|n| sha256_hex(&vec![b'a'; n])));
        assert!(edges.iter().all(|h| h.len() == 64));
        assert!(edges.windows(2).all(|w| w[0] != w[1]));
        assert_eq!(owner_of("abc"), sha256_hex(b"abc"));
        assert_eq!(owner_of("€"), sha256_hex("€".as_bytes()));
    }
}
