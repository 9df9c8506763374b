//! Oase's GeoJSON exchange format, versions 1 and 2 (see `shared/TESTIDS.md`), and reading
//! points from other tools' GeoJSON.
//!
//! RFC 7946: a FeatureCollection with coordinates `[lon, lat]` in WGS84, plus the foreign member
//! `"oase": 2`. Each pin is a Point Feature whose properties are the pin's own fields; unknown
//! properties are kept. Version 2 adds contributions (stories, hearts): Features with
//! `"geometry": null`.

use serde_json::{json, Map, Value};
use thiserror::Error;

use super::contribution::{
    contribution_feature, is_contribution_feature, read_contribution, Contribution,
};
use super::pin::{Pin, PinError, PinKind};
use super::time::parse_rfc3339;

/// The format version this build writes (and the newest it reads).
pub const FORMAT_VERSION: u64 = 2;

/// Why a whole file could not be read.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FileError {
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is JSON but not a GeoJSON FeatureCollection")]
    NotFeatureCollection,
    #[error("the file was written by a newer Oase (format {0})")]
    NewerVersion(u64),
}

/// Why one feature was left out.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FeatureError {
    #[error("feature {0}: not a point")]
    NotAPoint(usize),
    #[error("feature {0}: no usable coordinates")]
    BadCoordinates(usize),
    #[error("feature {0}: no kind")]
    NoKind(usize),
    #[error("feature {0}: {1}")]
    Invalid(usize, PinError),
    #[error("feature {0}: properties unreadable ({1})")]
    Unreadable(usize, String),
}

/// What a file held: pins and contributions ready to merge, features left out with the reason,
/// and lines or polygons skipped (other tools' files have them; they are not pins).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    /// Written by Oase (its pins carry ids and times) rather than by another tool.
    pub own: bool,
    pub pins: Vec<Pin>,
    /// Stories and hearts (only Oase's own files have them).
    pub contributions: Vec<Contribution>,
    pub rejected: Vec<FeatureError>,
    pub skipped_shapes: usize,
}

/// One pin as a GeoJSON Feature.
pub fn feature(p: &Pin) -> Value {
    json!({
        "type": "Feature",
        "geometry": { "type": "Point", "coordinates": [p.lon, p.lat] },
        "properties": serde_json::to_value(p).unwrap_or(Value::Null),
    })
}

/// A pin back from a Feature written by [`feature`] (as stored on this device).
pub fn from_feature(json: &str) -> Option<Pin> {
    let f: Value = serde_json::from_str(json).ok()?;
    let (lat, lon) = point(&f).ok()??;
    let pin: Pin = serde_json::from_value(f.get("properties")?.clone()).ok()?;
    Some(Pin { lat, lon, ..pin })
}

/// Writes pins (tombstones included, so deletions travel) as a FeatureCollection of the
/// current format version.
pub fn export(pins: &[Pin]) -> String {
    export_all(pins, &[])
}

/// Writes pins, then contributions (Features without geometry), tombstones included.
pub fn export_all(pins: &[Pin], contributions: &[Contribution]) -> String {
    let features: Vec<Value> = pins
        .iter()
        .map(feature)
        .chain(contributions.iter().map(contribution_feature))
        .collect();
    let collection =
        json!({ "type": "FeatureCollection", "oase": FORMAT_VERSION, "features": features });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}

/// How to turn another tool's point into a pin.
#[derive(Clone, Copy)]
pub struct Foreign<'a> {
    /// The kind the person picked for this file.
    pub kind: PinKind,
    /// Now, as RFC 3339, for created/updated times and to refuse times from the future.
    pub now: &'a str,
}

impl Foreign<'_> {
    /// `now` in milliseconds; when it cannot be read, no time counts as in the future.
    pub(crate) fn now_ms(&self) -> i64 {
        parse_rfc3339(self.now).unwrap_or(i64::MAX)
    }
}

fn point(feature: &Value) -> Result<Option<(f64, f64)>, ()> {
    let geometry = feature.get("geometry").ok_or(())?;
    match geometry.get("type").and_then(Value::as_str) {
        Some("Point") => {}
        _ => return Ok(None),
    }
    let c = geometry
        .get("coordinates")
        .and_then(Value::as_array)
        .ok_or(())?;
    let lon = c.first().and_then(Value::as_f64).ok_or(())?;
    let lat = c.get(1).and_then(Value::as_f64).ok_or(())?;
    Ok(Some((lat, lon)))
}

fn text(props: &Map<String, Value>, keys: &[&str]) -> String {
    keys.iter()
        .find_map(|k| props.get(*k).and_then(Value::as_str))
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Feature `n` of an Oase file (or row `n` of an Oase CSV): its properties as they are,
/// checked as a pin from elsewhere ([`Pin::validate_at`] `now_ms`).
pub(crate) fn own_pin(
    n: usize,
    at: (f64, f64),
    props: Map<String, Value>,
    now_ms: i64,
) -> Result<Pin, FeatureError> {
    if props
        .get("kind")
        .and_then(Value::as_str)
        .and_then(PinKind::from_code)
        .is_none()
    {
        return Err(FeatureError::NoKind(n));
    }
    let pin = serde_json::from_value::<Pin>(Value::Object(props))
        .map_err(|e| FeatureError::Unreadable(n, e.to_string()))?;
    let pin = Pin {
        lat: at.0,
        lon: at.1,
        ..pin
    };
    pin.validate_at(now_ms)
        .map_err(|e| FeatureError::Invalid(n, e))?;
    Ok(pin)
}

fn properties(feature: &Value) -> Map<String, Value> {
    feature
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// Feature `n` of an Oase file, or a collection point's file: a Point whose properties are a
/// pin's, checked as a pin from elsewhere. Anything but a Point is refused, not skipped.
pub(crate) fn own_feature(n: usize, feature: &Value, now_ms: i64) -> Result<Pin, FeatureError> {
    match point(feature) {
        Ok(Some(at)) => own_pin(n, at, properties(feature), now_ms),
        Ok(None) => Err(FeatureError::NotAPoint(n)),
        Err(()) => Err(FeatureError::BadCoordinates(n)),
    }
}

/// Point `n` of another tool's file as a pin of the kind the person chose. Its id comes from
/// where it is and what it says, so importing the same file again finds the same pins.
pub(crate) fn foreign_pin(
    n: usize,
    at: (f64, f64),
    title: &str,
    note: &str,
    foreign: &Foreign,
) -> Result<Pin, FeatureError> {
    let id = content_id(&[
        &format!("{:.7},{:.7}", at.0, at.1),
        title.trim(),
        note.trim(),
    ]);
    let mut pin = Pin::new(&id, foreign.kind, at.0, at.1, foreign.now)
        .map_err(|e| FeatureError::Invalid(n, e))?;
    pin.title = title.trim().to_owned();
    pin.note = note.trim().to_owned();
    pin.validate_at(foreign.now_ms())
        .map_err(|e| FeatureError::Invalid(n, e))?;
    Ok(pin)
}

/// A UUID-shaped name for some text (two FNV-1a hashes; stable across builds and devices).
pub fn content_id(parts: &[&str]) -> String {
    let hash = |seed: u64| {
        parts
            .iter()
            .flat_map(|p| p.bytes().chain([0]))
            .fold(seed, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
            })
    };
    let (a, b) = (hash(0xcbf2_9ce4_8422_2325), hash(0x6c62_272e_07bb_0142));
    format!(
        "{:08x}-{:04x}-8{:03x}-{:04x}-{:012x}",
        a >> 32,
        (a >> 16) & 0xffff,
        a & 0xfff,
        (b >> 48) & 0x3fff | 0x8000,
        b & 0xffff_ffff_ffff
    )
}

/// Reads a GeoJSON file. Oase's own files (with `"oase"`, version 1 or 2) become pins and
/// contributions as they are (a contribution that breaks a rule is rejected like a pin, as
/// [`FeatureError::Unreadable`] with the reason); other files' points become pins of
/// `foreign.kind`, titled from `name` or `title`, with their `description` as the note. Lines
/// and areas are counted, not read.
pub fn parse(json: &str, foreign: &Foreign) -> Result<Parsed, FileError> {
    let root: Value = serde_json::from_str(json).map_err(|e| FileError::NotJson(e.to_string()))?;
    if root.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(FileError::NotFeatureCollection);
    }
    let features = root
        .get("features")
        .and_then(Value::as_array)
        .ok_or(FileError::NotFeatureCollection)?;
    let own = match root.get("oase").map(Value::as_u64) {
        None => false,
        Some(Some(v)) if v > FORMAT_VERSION => return Err(FileError::NewerVersion(v)),
        Some(_) => true,
    };
    let now_ms = foreign.now_ms();
    let mut out = Parsed {
        own,
        ..Parsed::default()
    };
    for (i, f) in features.iter().enumerate() {
        let n = i + 1;
        if own && is_contribution_feature(f) {
            match read_contribution(f, now_ms) {
                Ok(c) => out.contributions.push(c),
                Err(e) => out
                    .rejected
                    .push(FeatureError::Unreadable(n, e.to_string())),
            }
            continue;
        }
        let pin = if own {
            own_feature(n, f, now_ms)
        } else {
            let at = match point(f) {
                Ok(Some(at)) => at,
                Ok(None) => {
                    out.skipped_shapes += 1;
                    continue;
                }
                Err(()) => {
                    out.rejected.push(FeatureError::BadCoordinates(n));
                    continue;
                }
            };
            let props = properties(f);
            let title = text(&props, &["name", "title", "Name", "Title"]);
            let note = text(&props, &["description", "Description", "desc"]);
            foreign_pin(n, at, &title, &note, foreign)
        };
        match pin {
            Ok(pin) => out.pins.push(pin),
            Err(e) => out.rejected.push(e),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";
    const NOW: &str = "2026-11-25T10:00:00.000Z";

    fn foreign() -> Foreign<'static> {
        Foreign {
            kind: PinKind::Beauty,
            now: NOW,
        }
    }

    /// An empty collection of Oase's format version `v`, parsed.
    fn parse_version(v: u32) -> Result<Parsed, FileError> {
        let file = format!(r#"{{"type":"FeatureCollection","oase":{v},"features":[]}}"#);
        parse(&file, &foreign())
    }

    fn sample() -> Pin {
        Pin {
            title: "Het bankje".into(),
            quote: "Je bent altijd vrij om je pad te kiezen".into(),
            symbol: Some("bench".into()),
            ..Pin::new(ID, PinKind::Place, 51.837, 5.887, NOW).expect("valid")
        }
    }

    #[test]
    fn export_then_parse_gives_the_same_pins() {
        let mut p = sample();
        p.extra.insert("color".into(), json!("#fff"));
        let file = export(&[p.clone(), sample().tombstone("2026-11-26T10:00:00.000Z")]);
        let v: Value = serde_json::from_str(&file).expect("json");
        assert_eq!(v["oase"], 2);
        assert_eq!(
            v["features"][0]["geometry"]["coordinates"],
            json!([5.887, 51.837])
        );
        let parsed = parse(&file, &foreign()).expect("parses");
        assert_eq!(parsed.pins[0], p);
        assert!(parsed.pins[1].deleted);
        assert!(parsed.rejected.is_empty());
    }

    #[test]
    fn export_all_then_parse_gives_the_same_contributions_and_statuses() {
        use crate::domain::contribution::tests::samples;
        use crate::domain::contribution::{heart, heart_id, plan_contributions};
        use crate::domain::merge;
        use crate::domain::pin::DreamStatus;
        let mut dream = Pin {
            kind: PinKind::Dream,
            title: "Een moestuin".into(),
            ..sample()
        };
        dream.set_status(DreamStatus::Underway);
        let other = Pin {
            id: "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24".into(),
            kind: PinKind::Dream,
            ..sample()
        };
        // A story and a taken-back heart, and a heart given from another phone.
        let mut cs = samples(ID);
        cs.push(heart(
            &heart_id("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", ID),
            ID,
            NOW,
        ));
        let pins = vec![dream, other];
        let file = export_all(&pins, &cs);
        let v: Value = serde_json::from_str(&file).expect("json");
        assert_eq!(v["oase"], 2);
        assert_eq!(v["features"].as_array().map(Vec::len), Some(5));
        assert_eq!(v["features"][2]["geometry"], Value::Null);
        assert_eq!(v["features"][2]["properties"]["contribution"], "story");
        assert_eq!(v["features"][0]["properties"]["status"], "underway");
        let parsed = parse(&file, &foreign()).expect("parses");
        assert!(parsed.own && parsed.rejected.is_empty());
        assert_eq!(parsed.pins, pins);
        assert_eq!(parsed.contributions, cs);
        assert_eq!(parsed.pins[0].status(), DreamStatus::Underway);
        assert_eq!(parsed.pins[1].status(), DreamStatus::Dream);
        // A second merge of the same file adds nothing.
        let first = plan_contributions(&[], parsed.contributions.clone());
        assert_eq!(first.add.len(), 3);
        let again = plan_contributions(&first.add, parsed.contributions);
        assert!(again.is_empty() && again.unchanged == 3);
        assert!(merge::plan(&pins, parsed.pins).is_empty());
        // Pins only: no contributions, still version 2.
        let pins_only = parse(&export(&pins), &foreign()).expect("parses");
        assert!(pins_only.contributions.is_empty());
    }

    #[test]
    fn version_1_files_still_parse_and_newer_than_2_are_refused() {
        let v1 = format!(
            r#"{{"type":"FeatureCollection","oase":1,"features":[{{"type":"Feature",
            "geometry":{{"type":"Point","coordinates":[5.887,51.837]}},
            "properties":{{"id":"{ID}","kind":"place","title":"Het bankje","quote":"Je bent altijd vrij om je pad te kiezen",
            "symbol":"bench","created_at":"{NOW}","updated_at":"{NOW}"}}}}]}}"#
        );
        let parsed = parse(&v1, &foreign()).expect("parses");
        assert_eq!(parsed.pins, vec![sample()]);
        assert!(parsed.contributions.is_empty() && parsed.rejected.is_empty());
        assert_eq!(parse_version(3), Err(FileError::NewerVersion(3)));
    }

    #[test]
    fn contributions_that_break_a_rule_are_rejected_one_by_one() {
        let c =
            |props: &str| format!(r#"{{"type":"Feature","geometry":null,"properties":{props}}}"#);
        let good = format!(
            r#"{{"id":"5e3f0a1c-0000-4000-8000-000000000001","contribution":"heart","pin":"{ID}","created_at":"{NOW}","updated_at":"{NOW}"}}"#
        );
        let file = format!(
            r#"{{"type":"FeatureCollection","oase":2,"features":[{},{},{},{},{}]}}"#,
            c(&good),
            c(&good.replace("heart", "kudos")),
            c(&good.replace(ID, "hier")),
            c(&format!(
                r#"{{"id":"{ID}","kind":"dream","created_at":"{NOW}","updated_at":"{NOW}"}}"#
            )),
            c(&good.replace(NOW, "9999-01-01T00:00:00Z")),
        );
        let parsed = parse(&file, &foreign()).expect("parses");
        assert_eq!(parsed.contributions.len(), 1);
        assert!(parsed.pins.is_empty());
        let numbers: Vec<usize> = parsed
            .rejected
            .iter()
            .map(|e| match e {
                FeatureError::Unreadable(n, _) | FeatureError::NotAPoint(n) => *n,
                _ => 0,
            })
            .collect();
        assert_eq!(numbers, [2, 3, 4, 5]);
        // A Feature without geometry and without `contribution` is refused as before.
        assert_eq!(parsed.rejected[2], FeatureError::NotAPoint(4));
        // Another tool's file has no contributions: its Features without geometry are shapes.
        let foreign_file = format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            c(&good)
        );
        let parsed = parse(&foreign_file, &foreign()).expect("parses");
        assert!(parsed.contributions.is_empty() && parsed.skipped_shapes == 1);
    }

    #[test]
    fn a_stored_feature_reads_back() {
        let p = sample();
        assert_eq!(from_feature(&feature(&p).to_string()), Some(p));
        assert_eq!(from_feature("{}"), None);
    }

    #[test]
    fn whole_file_errors() {
        assert!(matches!(
            parse("{nope", &foreign()),
            Err(FileError::NotJson(_))
        ));
        assert_eq!(
            parse(r#"{"type":"Feature"}"#, &foreign()),
            Err(FileError::NotFeatureCollection)
        );
        assert_eq!(parse_version(7), Err(FileError::NewerVersion(7)));
    }

    #[test]
    fn bad_features_of_our_own_format_are_rejected_one_by_one() {
        let f = |geom: &str, props: &str| {
            format!(r#"{{"type":"Feature","geometry":{geom},"properties":{props}}}"#)
        };
        let ok =
            format!(r#"{{"id":"{ID}","kind":"dream","created_at":"{NOW}","updated_at":"{NOW}"}}"#);
        let file = format!(
            r#"{{"type":"FeatureCollection","oase":1,"features":[{},{},{},{},{}]}}"#,
            f(r#"{"type":"Point","coordinates":[5.9,51.8]}"#, &ok),
            f(
                r#"{"type":"LineString","coordinates":[[5.9,51.8],[5.8,51.8]]}"#,
                &ok
            ),
            f(r#"{"type":"Point","coordinates":[5.9,95.0]}"#, &ok),
            f(r#"{"type":"Point","coordinates":[]}"#, &ok),
            f(
                r#"{"type":"Point","coordinates":[5.9,51.8]}"#,
                &ok.replace(r#""kind":"dream","#, "")
            ),
        );
        let parsed = parse(&file, &foreign()).expect("parses");
        assert_eq!(parsed.pins.len(), 1);
        assert_eq!(
            parsed.rejected,
            vec![
                FeatureError::NotAPoint(2),
                FeatureError::Invalid(3, PinError::Latitude(95.0)),
                FeatureError::BadCoordinates(4),
                FeatureError::NoKind(5),
            ]
        );
    }

    #[test]
    fn other_tools_points_become_pins_and_their_shapes_are_counted() {
        let file = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[4.93,52.35]},
             "properties":{"name":"Sportpark Drieburg","description":"Veel groen"}},
            {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{}}]}"#;
        let parsed = parse(file, &foreign()).expect("parses");
        assert_eq!(parsed.skipped_shapes, 1);
        let p = &parsed.pins[0];
        assert_eq!(
            (p.kind, p.title.as_str(), p.note.as_str()),
            (PinKind::Beauty, "Sportpark Drieburg", "Veel groen")
        );
        assert_eq!((p.lat, p.lon), (52.35, 4.93));
    }

    #[test]
    fn an_osm_extract_reads_as_points_and_skipped_shapes() {
        // OpenStreetMap data (ODbL), copied into the repository: tests/fixtures/osm/README.md.
        let file = include_str!("../../tests/fixtures/osm/amsterdam-watergraafsmeer.geojson");
        let parsed = parse(file, &foreign()).expect("a FeatureCollection");
        assert!(
            parsed.skipped_shapes > 100,
            "{} shapes",
            parsed.skipped_shapes
        );
        assert!(parsed
            .pins
            .iter()
            .all(|p| (52.3..52.4).contains(&p.lat) && (4.9..4.96).contains(&p.lon)));
    }
}
