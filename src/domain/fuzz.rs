//! Robustness: every importer and parser of src/domain meets arbitrary text and bytes and
//! answers with a value or an error, never a panic (release builds abort on a panic, which
//! takes the whole app down with the file that caused it).
//!
//! A small seeded generator instead of a property-testing crate (compile time): random bytes,
//! random text rich in multi-byte characters (curly quotes, accents, Arabic, emoji) and in the
//! formats' own punctuation, and mutations of valid sample files (cut at every character,
//! characters replaced, deleted or doubled, quotes inserted everywhere, bytes flipped). Seeds
//! are fixed, so a failure repeats; the failing input is printed.

use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};

use crate::domain::contribution::{self, Contribution};
use crate::domain::drawing::{self, Stroke};
use crate::domain::export;
use crate::domain::geojson::{self, Foreign};
use crate::domain::import;
use crate::domain::join::{self, JoinLink};
use crate::domain::owner;
use crate::domain::pin::{is_path_data, Pin, PinKind, MAX_DRAWING};
use crate::domain::symbols::SYMBOLS;
use crate::domain::time::{format_rfc3339, next_stamp, parse_rfc3339};
use crate::domain::upload::{self, Queued};
use crate::domain::walk::{self, Walk};
use crate::domain::zip;

const NOW: &str = "2026-11-25T10:00:00.000Z";
const FOREIGN: Foreign<'static> = Foreign {
    kind: PinKind::Beauty,
    now: NOW,
};

/// SplitMix64: tiny, fast and good enough to pick characters.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Characters the formats care about, and characters of two, three and four bytes.
const CHARS: &[char] = &[
    '<', '>', '/', '"', '\'', '=', '&', ';', ',', ':', '#', '%', '.', '-', '+', '{', '}', '[', ']',
    ' ', '\n', '\r', '\t', '0', '1', '5', '9', 'a', 'e', 'x', 'F', 'T', 'Z', 'M', 'L', '“', '”',
    '‘', '’', '„', '«', 'é', 'É', 'ß', 'ĳ', '€', 'ع', 'ر', 'ب', 'ي', '\u{0301}', '\u{200f}',
    '\u{feff}', '\u{0}', '🌳', '𝕏',
];

/// Pieces of the formats, so random text sometimes looks like the real thing.
const WORDS: &[&str] = &[
    "<gpx>",
    "<wpt ",
    "</wpt>",
    "<trkpt ",
    "<rtept ",
    " lat=\"51.8\"",
    " lon='5.8'",
    " lat=“51.8”",
    "/>",
    "<name>",
    "</name>",
    "<desc>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#233;",
    "&#x1F333;",
    "&#xD800;",
    "&",
    "{\"type\":\"FeatureCollection\",\"oase\":1,\"features\":[",
    "{\"type\":\"FeatureCollection\",\"oase\":2,\"features\":[",
    "{\"type\":\"Feature\",\"geometry\":null,",
    "\"contribution\":\"heart\",",
    "\"pin\":\"0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23\",",
    "\"key\":\"6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b\",",
    "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[5.8,51.8]},",
    "\"properties\":{\"kind\":\"place\",\"id\":\"0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23\"}}",
    "]}",
    "lat,lon,name\n",
    "id,kind,lat,lon,title\n",
    "\"=HYPERLINK(\"\"x\"\")\"",
    "'=",
    "<d:response>",
    "</d:response>",
    "<d:href>/dav/x%20y.geojson</d:href>",
    "<d:getetag>\"1\"</d:getetag>",
    "%e2%80%9c",
    "%",
    "%+1",
    "2026-11-25T10:00:00.000Z",
    "+01:00",
    "9999-12-31T23:59:59.999Z",
    "M10 20L30 40",
];

fn random_text(rng: &mut Rng, max_len: usize) -> String {
    let len = rng.below(max_len + 1);
    let mut s = String::new();
    while s.chars().count() < len {
        if rng.below(4) == 0 {
            s.push_str(rng.pick::<&str>(WORDS));
        } else {
            s.push(*rng.pick(CHARS));
        }
    }
    s
}

fn random_bytes(rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let len = rng.below(max_len + 1);
    (0..len).map(|_| rng.next() as u8).collect()
}

/// The byte offsets of `s`'s characters, and its end.
fn boundaries(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).chain([s.len()]).collect()
}

/// One to four small changes at character boundaries.
fn mutate(rng: &mut Rng, sample: &str) -> String {
    let mut s = sample.to_owned();
    for _ in 0..=rng.below(4) {
        let at = boundaries(&s);
        let (i, j) = {
            let a = *rng.pick(&at);
            let b = *rng.pick(&at);
            (a.min(b), a.max(b))
        };
        match rng.below(7) {
            0 => s.insert(i, *rng.pick(CHARS)),
            1 => s.insert_str(i, rng.pick::<&str>(WORDS)),
            2 => s.insert(i, *rng.pick(&['“', '”', '"', '\'', '‘', '’'])),
            3 => s.replace_range(i..j, ""),
            4 => {
                let span = s[i..j].to_owned();
                s.insert_str(j, &span);
            }
            5 => {
                // Same length in bytes: what trips parsers that count bytes.
                let c = *rng.pick(CHARS);
                let end = i + c.len_utf8();
                if s.is_char_boundary(end) {
                    s.replace_range(i..end, &c.to_string());
                }
            }
            _ => {
                let next = s[i..].chars().next().map_or(0, char::len_utf8);
                s.replace_range(i..i + next, &rng.pick(CHARS).to_string());
            }
        }
    }
    s
}

/// Flips, drops or inserts a few bytes; the text parsers get it back as lossy UTF-8.
fn mutate_bytes(rng: &mut Rng, sample: &[u8]) -> Vec<u8> {
    let mut b = sample.to_vec();
    for _ in 0..=rng.below(4) {
        let i = rng.below(b.len() + 1);
        match rng.below(3) {
            0 if i < b.len() => b[i] ^= 1 << rng.below(8),
            1 if i < b.len() => {
                b.remove(i);
            }
            _ => b.insert(i, rng.next() as u8),
        }
    }
    b
}

/// Text inputs for a parser: every prefix and suffix of each sample (cut at each character),
/// a curly quote inserted at each character, `mutations` mutated samples, and `random`
/// random texts and random bytes.
fn texts(seed: u64, samples: &[String], mutations: usize, random: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for s in samples {
        for i in boundaries(s) {
            out.push(s[..i].to_owned());
            out.push(s[i..].to_owned());
            let mut quoted = s.clone();
            quoted.insert(i, if i % 2 == 0 { '“' } else { '”' });
            out.push(quoted);
        }
    }
    for n in 0..mutations {
        let s = &samples[n % samples.len()];
        if n % 4 == 3 {
            out.push(String::from_utf8_lossy(&mutate_bytes(&mut rng, s.as_bytes())).into_owned());
        } else {
            out.push(mutate(&mut rng, s));
        }
    }
    for n in 0..random {
        if n % 3 == 2 {
            out.push(String::from_utf8_lossy(&random_bytes(&mut rng, 120)).into_owned());
        } else {
            out.push(random_text(&mut rng, 80));
        }
    }
    out
}

/// Runs `f` on every input; a panic fails the test naming the input.
fn never_panics<I: Debug>(what: &str, inputs: &[I], mut f: impl FnMut(&I)) {
    for input in inputs {
        if catch_unwind(AssertUnwindSafe(|| f(input))).is_err() {
            panic!("{what} panicked on {input:?}");
        }
    }
}

fn sample_pins() -> Vec<Pin> {
    // The import tests' pins, made harder: curly quotes, other scripts, a formula, a drawing,
    // a first name, a photo, and a place south and west of zero.
    let [mut a, mut b]: [Pin; 2] = super::import::tests::sample()
        .try_into()
        .expect("two sample pins");
    a.title = "Een “moestuin”, samen: é 🌳 حديقة".into();
    a.talents = vec!["tuinieren".into(), "=koken".into()];
    a.extra
        .insert("name".into(), serde_json::Value::from("Fatima"));
    b.lat = -51.8125;
    b.lon = -5.8711;
    b.symbol = Some("drawn".into());
    b.symbol_svg = Some("M10 20 L30 40".into());
    b.title = "De bank & de boom <3 'quote' \"dubbel\"".into();
    b.photo = Some("1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24.jpg".into());
    vec![a, b]
}

/// [`texts`] of seed `seed` from the Features of `records`, as `feature` writes them.
fn feature_texts<T>(
    seed: u64,
    records: &[T],
    feature: impl Fn(&T) -> serde_json::Value,
) -> Vec<String> {
    let samples: Vec<String> = records.iter().map(|r| feature(r).to_string()).collect();
    texts(seed, &samples, 2000, 1000)
}

/// A story with the hard characters, and a taken-back heart, for the sample pins' first pin.
fn sample_contributions() -> Vec<Contribution> {
    contribution::tests::samples(&sample_pins().remove(0).id)
}

const DEVICE_GPX: &str = r#"<?xml version="1.0"?><gpx version="1.0" creator="GPS">
<wpt lon='4.93' lat='52.35'><name><![CDATA[Drieburg]]></name><cmt>Veel &#233;n groen</cmt></wpt>
<wpt lat="52.36" lon="4.94"/>
<trk><name>Rondje</name><trkseg><trkpt lat="52.35" lon="4.93"/></trkseg></trk>
<rte><rtept lat="52.35" lon="4.93"/></rte></gpx>"#;

const LISTING: &str = r#"<?xml version="1.0" encoding="utf-8" ?><D:multistatus xmlns:D="DAV:">
<D:response><D:href>/dav/buurt/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/dav/buurt/0b5f%203c.geojson</D:href><D:propstat><D:prop><D:getlastmodified>Wed, 25 Nov 2026 10:00:00 GMT</D:getlastmodified><D:getcontentlength>312</D:getcontentlength></D:prop></D:propstat></D:response>
<d:response><d:href>/remote.php/dav/files/a/oase/%E2%80%9Cx%E2%80%9D.geojson</d:href><d:propstat><d:prop><d:getetag>&quot;5f1&quot;</d:getetag></d:prop></d:propstat></d:response></D:multistatus>"#;

/// The file importer, whatever the file claims to be: GeoJSON, CSV and GPX, each also under
/// the other formats' names (the name decides when the first character does not). What it
/// accepts is always valid.
#[test]
fn importing_any_text_gives_pins_or_an_error() {
    let pins = sample_pins();
    let samples = [
        serde_json::to_string(&serde_json::json!({
            "type": "FeatureCollection", "oase": 1, "features": [geojson::feature(&pins[0])]
        }))
        .expect("json"),
        export::csv(&pins[..1]),
        geojson::export_all(&pins[..1], &sample_contributions()),
        export::csv_with(&pins, &sample_contributions()),
        export::gpx(&pins[1..]),
        DEVICE_GPX.to_owned(),
        "Naam;Latitude;Longitude\nBankje;51,81;5,87\n\"Boom\";-51.8;\"5,9\"\n".to_owned(),
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[4.93,52.35]},"properties":{"name":"Drieburg"}}]}"#.to_owned(),
    ];
    let inputs = texts(1, &samples, 3000, 1500);
    let names = ["oase.geojson", "x.csv", "walk.gpx"];
    let mut n = 0;
    never_panics("import::read", &inputs, |text| {
        n += 1;
        if let Ok(parsed) = import::read(names[n % names.len()], text, &FOREIGN) {
            for p in &parsed.pins {
                assert_eq!(p.validate_at(FOREIGN.now_ms()), Ok(()), "{p:?}");
            }
            for c in &parsed.contributions {
                assert_eq!(c.validate_at(FOREIGN.now_ms()), Ok(()), "{c:?}");
            }
        }
    });
}

/// A stored Feature (one pin per IndexedDB record) read back.
#[test]
fn reading_any_stored_feature_gives_a_pin_or_none() {
    let inputs = feature_texts(2, &sample_pins(), geojson::feature);
    never_panics("geojson::from_feature", &inputs, |text| {
        let _ = geojson::from_feature(text);
    });
}

/// A collection point's PROPFIND answer.
#[test]
fn any_webdav_listing_gives_geojson_names() {
    let inputs = texts(3, &[LISTING.to_owned()], 3000, 1500);
    never_panics("upload::listing", &inputs, |xml| {
        for file in upload::listing(xml) {
            assert!(file.name.ends_with(".geojson"), "{file:?}");
        }
    });
    let outbox = texts(
        4,
        &[Queued {
            version: NOW.into(),
            attempts: 3,
        }
        .to_json()],
        1000,
        500,
    );
    never_panics("Queued::from_json", &outbox, |text| {
        let _ = Queued::from_json(text);
    });
}

/// Files from the collection point, under their own names and another's. What is accepted
/// is a valid pin named after its file, with no photo but its own.
#[test]
fn any_pulled_file_is_a_pin_or_a_reason() {
    let pins = sample_pins();
    let inputs = feature_texts(11, &pins, |p| geojson::feature(&upload::as_uploaded(p)));
    let names: Vec<String> = pins.iter().map(|p| format!("{}.geojson", p.id)).collect();
    let now = FOREIGN.now_ms();
    never_panics("upload::accept_pulled", &inputs, |text| {
        for name in &names {
            if let Ok(p) = upload::accept_pulled(name, text, now) {
                assert_eq!(*name, format!("{}.geojson", p.id));
                assert_eq!(p.validate_at(now), Ok(()));
                assert!(p.photo.is_none_or(|f| f == format!("{}.jpg", p.id)));
            }
        }
    });
}

/// A contribution's Feature, from a file or another device, read as JSON first. What is read
/// is a valid contribution.
#[test]
fn any_feature_is_a_contribution_or_a_reason() {
    let inputs = feature_texts(
        16,
        &sample_contributions(),
        contribution::contribution_feature,
    );
    let now = FOREIGN.now_ms();
    never_panics("contribution::read_contribution", &inputs, |text| {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(text) else {
            return;
        };
        if let Ok(c) = contribution::read_contribution(&v, now) {
            assert_eq!(c.validate_at(now), Ok(()), "{c:?}");
        }
    });
}

/// Collection files that may hold a pin or a contribution. What is accepted is valid and
/// named after its file.
#[test]
fn any_pulled_file_is_a_pin_a_contribution_or_a_reason() {
    let pins = sample_pins();
    let cs = sample_contributions();
    let samples: Vec<String> = pins
        .iter()
        .map(|p| geojson::feature(&upload::as_uploaded(p)).to_string())
        .chain(
            cs.iter()
                .map(|c| contribution::contribution_feature(c).to_string()),
        )
        .collect();
    let inputs = texts(17, &samples, 2000, 1000);
    let names: Vec<String> = pins
        .iter()
        .map(|p| p.id.clone())
        .chain(cs.iter().map(|c| c.id.clone()))
        .map(|id| format!("{id}.geojson"))
        .collect();
    let now = FOREIGN.now_ms();
    never_panics("upload::accept_pulled_file", &inputs, |text| {
        for name in &names {
            match upload::accept_pulled_file(name, text, now) {
                Ok(upload::PulledFile::Pin(p)) => {
                    assert_eq!(*name, format!("{}.geojson", p.id));
                    assert_eq!(p.validate_at(now), Ok(()));
                }
                Ok(upload::PulledFile::Contribution(c)) => {
                    assert_eq!(*name, format!("{}.geojson", c.id));
                    assert_eq!(c.validate_at(now), Ok(()));
                }
                Err(_) => {}
            }
        }
    });
}

/// What a phone's file may meet on the organiser's device: nothing, `record` as that phone's
/// (the owner its `secret` stands for), and `record` as the organiser's (no owner).
fn met_in_the_inbox<T: Clone>(
    record: &T,
    secret: &str,
    extra: fn(&mut T) -> &mut serde_json::Map<String, serde_json::Value>,
) -> [Option<T>; 3] {
    let mut mine = record.clone();
    extra(&mut mine).insert("owner".into(), owner::owner_of(secret).into());
    [None, Some(mine), Some(record.clone())]
}

/// Phones' files in the inbox, pins and contributions, against nothing, the same phone's and
/// the organiser's. What is accepted is valid, has an owner and no key, and changes only what
/// is that owner's.
#[test]
fn any_dropped_file_is_a_pin_a_contribution_or_a_reason() {
    let secret = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    let pins = sample_pins();
    let cs = sample_contributions();
    let samples: Vec<String> = pins
        .iter()
        .map(|p| geojson::feature(&join::as_dropped(p, secret)).to_string())
        .chain(cs.iter().map(|c| {
            contribution::contribution_feature(&join::as_dropped_contribution(c, secret))
                .to_string()
        }))
        .collect();
    let inputs = texts(18, &samples, 2000, 1000);
    let now = FOREIGN.now_ms();
    let existing = met_in_the_inbox(&cs[0], secret, |c| &mut c.extra);
    let names: Vec<String> = pins
        .iter()
        .map(|p| join::drop_name(p, "geojson"))
        .chain(cs.iter().map(Contribution::drop_name))
        .collect();
    let mut n = 0;
    never_panics("join::accept_dropped", &inputs, |text| {
        n += 1;
        for name in &names {
            let before = existing[n % existing.len()].as_ref();
            match join::accept_dropped(name, text, None, before, n % 2 == 0, now) {
                Ok(join::Contributed::Pin(p)) => {
                    assert_eq!(p.validate_at(now), Ok(()));
                    assert!(name.starts_with(&p.id) && !p.extra.contains_key("key"));
                    assert!(p.owner().is_some());
                }
                Ok(join::Contributed::Contribution(c)) => {
                    assert_eq!(c.validate_at(now), Ok(()));
                    assert!(name.starts_with(&c.id) && !c.extra.contains_key("key"));
                    let owner = c.owner().expect("an owner");
                    assert!(before.is_none_or(|b| b.owner() == Some(owner)));
                }
                Err(_) => {}
            }
        }
    });
}

/// Join links, as a phone reads them from its address bar. What is read is an event and
/// addresses that pass the drop's rules.
#[test]
fn any_join_link_is_read_or_refused() {
    let link = JoinLink {
        event: "Oase & feest #1 — مهرجان".into(),
        drop: join::Drop {
            url: "https://wolk.example.nl/public.php/webdav/".into(),
            user: "AbC123xyz".into(),
            password: "&=#%+ ğ".into(),
        },
        snapshot: Some("/oase/feest.geojson".into()),
    };
    let url = link.to_url("https://oase.example.nl");
    let samples = [
        url.split_once('#').map_or("", |(_, f)| f).to_owned(),
        "#v=1&e=Feest&d=http%3A%2F%2F127.0.0.1%3A8080%2Fdrop&u=&p=%E2%82%AC".to_owned(),
    ];
    let inputs = texts(12, &samples, 3000, 1500);
    never_panics("JoinLink::from_fragment", &inputs, |f| {
        if let Ok(l) = JoinLink::from_fragment(f) {
            assert!(!l.event.trim().is_empty() && l.event.chars().count() <= join::MAX_EVENT);
            assert!(l.drop.url.ends_with('/') && upload::is_folder_url(&l.drop.url));
            assert!(l.snapshot.is_none_or(|s| upload::is_folder_url(&s)));
        }
    });
}

/// Addresses an organiser types or pastes for the drop, with and without a user.
#[test]
fn any_address_is_a_drop_or_a_reason() {
    let samples = [
        "https://wolk.example.nl/index.php/s/AbC123xyz/?dir=/#x".to_owned(),
        " https://buurt@example.nl/nextcloud/s/Token ".to_owned(),
        "http://[::1]:81/dav".to_owned(),
        "/drop/feest/".to_owned(),
    ];
    let inputs = texts(13, &samples, 3000, 1500);
    let mut n = 0;
    never_panics("join::drop_from", &inputs, |url| {
        n += 1;
        let user = if n % 2 == 0 { "" } else { "oase" };
        if let Ok(d) = join::drop_from(url, user, "pw") {
            assert!(
                d.url.ends_with('/') && upload::is_folder_url(&d.url),
                "{d:?}"
            );
            assert!(!d.url.contains(['?', '#']), "{d:?}");
        }
    });
}

/// File names in a drop's inbox, Nextcloud's copies included.
#[test]
fn any_name_is_a_version_of_a_pin_or_none() {
    let pin = sample_pins().remove(0);
    let name = join::drop_name(&pin, "geojson");
    let samples = [
        name.clone(),
        name.replace(".geojson", " (2).jpg"),
        format!("{}.geojson", pin.id),
    ];
    let inputs = texts(14, &samples, 3000, 1500);
    never_panics("join::read_drop_name", &inputs, |name| {
        if let Some(n) = join::read_drop_name(name) {
            assert!(
                name.starts_with(&n.stem) && n.stem.starts_with(&n.id),
                "{n:?}"
            );
            assert!(name.ends_with(&format!(".{}", n.ext)), "{n:?}");
        }
    });
}

/// Phones' files, as the organiser's device finds them in the inbox, against no pin, the
/// same phone's pin and the organiser's. What is accepted is a valid pin with an owner, no key,
/// and a pin it changes is that owner's.
#[test]
fn any_contribution_is_a_pin_or_a_reason() {
    let secret = "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b";
    let pins = sample_pins();
    let inputs = feature_texts(15, &pins, |p| {
        geojson::feature(&join::as_dropped(p, secret))
    });
    let now = FOREIGN.now_ms();
    let existing = met_in_the_inbox(&pins[0], secret, |p| &mut p.extra);
    let names: Vec<String> = pins.iter().map(|p| join::drop_name(p, "geojson")).collect();
    let mut n = 0;
    never_panics("join::accept_contribution", &inputs, |text| {
        n += 1;
        for name in &names {
            let before = existing[n % existing.len()].as_ref();
            if let Ok(p) = join::accept_contribution(name, text, before, n % 2 == 0, now) {
                assert_eq!(p.validate_at(now), Ok(()));
                assert!(name.starts_with(&p.id) && !p.extra.contains_key("key"));
                let owner = p.owner().expect("an owner");
                assert!(before.is_none_or(|b| b.owner() == Some(owner)));
                assert!(p.photo.is_none_or(|f| f == format!("{}.jpg", p.id)));
            }
        }
    });
}

/// Timestamps: from files, from other devices.
#[test]
fn any_text_is_a_timestamp_or_none() {
    let samples = [
        NOW.to_owned(),
        "2026-11-25T04:14:52+01:00".to_owned(),
        "2026-11-25T03:14:52.123456-09:30".to_owned(),
        "1969-12-31 23:59:59z".to_owned(),
    ];
    let inputs = texts(5, &samples, 4000, 2000);
    never_panics("time::parse_rfc3339", &inputs, |text| {
        if let Some(ms) = parse_rfc3339(text) {
            // Whatever it read, it can write.
            assert!(!format_rfc3339(ms).is_empty());
        }
    });
    let pairs: Vec<(&String, &String)> = inputs.iter().zip(inputs.iter().rev()).collect();
    never_panics("time::next_stamp", &pairs, |(now, previous)| {
        let next = next_stamp(now, Some(previous));
        if let (Some(now), Some(next)) = (parse_rfc3339(now), parse_rfc3339(&next)) {
            assert!(next >= now);
            assert!(parse_rfc3339(previous).is_none_or(|p| next > p));
        }
    });
}

/// A GPX route to follow on a walk.
#[test]
fn any_route_file_gives_finite_points() {
    let mut w = Walk::start("w", NOW, 0.0);
    for i in 0..3 {
        w.offer(
            51.8 + f64::from(i) * 0.001,
            5.87,
            5.0,
            f64::from(i) * 60_000.0,
        );
    }
    let samples = [walk::gpx(&w, &[]), DEVICE_GPX.to_owned()];
    let inputs = texts(6, &samples, 2000, 1500);
    never_panics("walk::read_route", &inputs, |text| {
        for (lat, lon) in walk::read_route(text) {
            assert!(lat.is_finite() && lon.is_finite());
        }
    });
    let stored = texts(7, &[w.to_json()], 1000, 500);
    never_panics("Walk::from_json", &stored, |text| {
        let _ = Walk::from_json(text);
    });
}

/// Drawn symbols: path data from a file is checked, strokes from a finger are simplified.
#[test]
fn any_path_data_is_checked_and_any_strokes_fit() {
    let samples: Vec<String> = SYMBOLS
        .iter()
        .take(6)
        .map(|s| s.path.to_owned())
        .chain(["M10 21 L10 21 M0 50 L100 50".to_owned()])
        .collect();
    let inputs = texts(8, &samples, 3000, 1500);
    let base = sample_pins().remove(1);
    never_panics("pin::is_path_data", &inputs, |d| {
        let pin = Pin {
            symbol_svg: Some(d.clone()),
            ..base.clone()
        };
        let valid = pin.validate().is_ok();
        assert_eq!(valid, is_path_data(d) && d.len() <= MAX_DRAWING, "{d:?}");
    });
    let mut rng = Rng(9);
    let odd = [
        f64::NAN,
        f64::INFINITY,
        -f64::INFINITY,
        -1e300,
        1e300,
        -0.0,
        50.0,
    ];
    let strokes: Vec<Vec<Stroke>> = (0..1500)
        .map(|_| {
            (0..rng.below(4))
                .map(|_| {
                    (0..rng.below(40))
                        .map(|_| {
                            let mut v = || {
                                if rng.below(8) == 0 {
                                    *rng.pick(&odd)
                                } else {
                                    rng.next() as f64 / u64::MAX as f64 * 140.0 - 20.0
                                }
                            };
                            (v(), v())
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    never_panics("drawing::to_path", &strokes, |s| {
        if let Some(d) = drawing::to_path(s) {
            assert!(is_path_data(&d) && d.len() <= MAX_DRAWING, "{d:?}");
        }
    });
}

/// Zips: Oase's own, cut at every byte, with flipped bytes, and random bytes behind a zip
/// signature.
#[test]
fn any_bytes_are_a_zip_or_damage() {
    let sample = zip::write(
        &[
            (
                "oase.geojson".to_owned(),
                br#"{"type":"FeatureCollection"}"#.to_vec(),
            ),
            ("photos/één 🌳.jpg".to_owned(), (0..=63u8).collect()),
        ],
        NOW,
    );
    let mut rng = Rng(10);
    let mut inputs: Vec<Vec<u8>> = (0..=sample.len()).map(|i| sample[..i].to_vec()).collect();
    inputs.extend((0..3000).map(|_| mutate_bytes(&mut rng, &sample)));
    for _ in 0..1500 {
        let mut b = b"PK\x03\x04".to_vec();
        b.extend(random_bytes(&mut rng, 90));
        inputs.push(b);
    }
    // Lengths and sizes at their largest.
    let mut huge = sample.clone();
    huge[18..22].copy_from_slice(&u32::MAX.to_le_bytes());
    huge[26..30].copy_from_slice(&[0xff; 4]);
    inputs.push(huge);
    never_panics("zip::read", &inputs, |b| {
        if let Ok(entries) = zip::read(b) {
            assert!(!entries.is_empty());
        }
    });
}
