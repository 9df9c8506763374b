//! Importing a file whole: which format it is, reading it (GeoJSON, CSV, GPX), and the rule
//! that a file with any bad pin changes nothing.

use std::collections::HashSet;

use serde_json::{Map, Value};
use thiserror::Error;

use super::contribution::{plan_contributions, Contribution, ContributionPlan};
use super::export::restore_formula;
use super::geojson::{self, foreign_pin, own_pin, FeatureError, FileError, Foreign, Parsed};
use super::merge::{self, MergePlan};
use super::pin::Pin;

/// Files larger than this are refused before they are read (a pin file of 20 MB already holds
/// some 50,000 pins; anything bigger is not what the person meant to pick).
pub const MAX_IMPORT_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

/// Why a file was not imported. Nothing was stored in any of these cases.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is {0} bytes, more than the limit")]
    TooLarge(f64),
    #[error(transparent)]
    File(#[from] FileError),
    /// `count` features are wrong; `first` is the first of them.
    #[error("{count} bad, the first: {first}")]
    Features { first: FeatureError, count: usize },
    #[error("pin {0} has the same id as an earlier one: {1}")]
    DuplicateId(usize, String),
    #[error("no latitude and longitude columns")]
    NoPositionColumns,
    #[error("not a GPX file")]
    NotGpx,
    /// The browser could not give the file's contents.
    #[error("the file could not be read")]
    Unreadable,
}

/// Reads a whole file as pins; `name` is the file's name (its extension hints the format).
/// Any bad feature, row or waypoint refuses the whole file, so a file is never half imported.
pub fn read(name: &str, text: &str, foreign: &Foreign) -> Result<Parsed, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let start = text.trim_start();
    if start.is_empty() {
        return Err(ImportError::Empty);
    }
    let name = name.to_ascii_lowercase();
    let parsed = if start.starts_with('<') || name.ends_with(".gpx") {
        gpx(text, foreign)?
    } else if start.starts_with('{') || start.starts_with('[') || name.ends_with("json") {
        geojson::parse(text, foreign)?
    } else {
        csv(text, foreign)?
    };
    if let Some(first) = parsed.rejected.first() {
        return Err(ImportError::Features {
            first: first.clone(),
            count: parsed.rejected.len(),
        });
    }
    let mut seen = HashSet::new();
    if parsed.own {
        for (i, p) in parsed.pins.iter().enumerate() {
            if !seen.insert(p.id.as_str()) {
                return Err(ImportError::DuplicateId(i + 1, p.id.clone()));
            }
        }
    }
    Ok(parsed)
}

/// What importing `parsed` does to the pins on this device. Another tool's points carry no
/// history, so one the device already has (perhaps edited since, or removed) stays as it is.
pub fn plan(existing: &[Pin], parsed: Parsed) -> MergePlan {
    if parsed.own {
        return merge::plan(existing, parsed.pins);
    }
    let have: HashSet<&str> = existing.iter().map(|p| p.id.as_str()).collect();
    let (known, new): (Vec<Pin>, Vec<Pin>) = parsed
        .pins
        .into_iter()
        .partition(|p| have.contains(p.id.as_str()));
    let mut out = merge::plan(&[], new);
    out.unchanged += known.len();
    out
}

/// [`plan`] for the pins, and for the contributions of an Oase file (version 2) what importing
/// them does to the contributions on this device.
pub fn plan_all(
    existing_pins: &[Pin],
    existing_contributions: &[Contribution],
    mut parsed: Parsed,
) -> (MergePlan, ContributionPlan) {
    let contributions = std::mem::take(&mut parsed.contributions);
    (
        plan(existing_pins, parsed),
        plan_contributions(existing_contributions, contributions),
    )
}

// ---- CSV ----------------------------------------------------------------------------------

/// Splits CSV text into records (RFC 4180 quoting; `,`, `;` or tab, whichever the header uses).
fn records(text: &str) -> Vec<Vec<String>> {
    let header = text.lines().next().unwrap_or_default();
    let sep = [',', ';', '\t']
        .into_iter()
        .max_by_key(|c| header.matches(*c).count())
        .unwrap_or(',');
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, false) if c == sep => row.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows.retain(|r| r.iter().any(|f| !f.trim().is_empty()));
    rows
}

/// Whether a column header names a latitude (`which` = "lat") or longitude ("lon"), whatever
/// its case or prefix: `lat`, `Latitude`, `geo_Longitude`, `lng`, `Breedtegraad`…
fn is_column(header: &str, which: &str) -> bool {
    let h = header.trim().to_lowercase();
    let (long_names, short_names): (&[&str], &[&str]) = match which {
        "lat" => (&["latitude", "breedtegraad"], &["lat", "y"]),
        _ => (&["longitude", "lengtegraad"], &["lon", "lng", "long", "x"]),
    };
    long_names.iter().any(|n| h.ends_with(n))
        || short_names.iter().any(|n| {
            h == *n
                || h.strip_suffix(n)
                    .is_some_and(|rest| rest.ends_with(|c: char| !c.is_alphanumeric()))
        })
}

/// A coordinate as spreadsheets write it, a decimal comma included.
pub(crate) fn number(s: &str) -> Option<f64> {
    let s = s.trim();
    s.parse()
        .ok()
        .or_else(|| s.replace(',', ".").parse().ok())
        .filter(|v: &f64| v.is_finite())
}

fn csv(text: &str, foreign: &Foreign) -> Result<Parsed, ImportError> {
    let mut rows = records(text).into_iter();
    let header: Vec<String> = rows.next().unwrap_or_default();
    let find = |pred: &dyn Fn(&str) -> bool| header.iter().position(|h| pred(h));
    let lat = find(&|h| is_column(h, "lat")).ok_or(ImportError::NoPositionColumns)?;
    let lon = find(&|h| is_column(h, "lon")).ok_or(ImportError::NoPositionColumns)?;
    let named = |names: &[&str]| find(&|h| names.contains(&h.trim().to_lowercase().as_str()));
    // Oase's own CSV export has an id and a kind for each pin.
    let own = named(&["id"]).is_some() && named(&["kind"]).is_some();
    let title = named(&["name", "title", "naam", "titel"]);
    let note = named(&[
        "description",
        "desc",
        "note",
        "beschrijving",
        "omschrijving",
    ]);
    let mut out = Parsed {
        own,
        ..Parsed::default()
    };
    for (i, row) in rows.enumerate() {
        let n = i + 1;
        let cell = |c: Option<usize>| c.and_then(|c| row.get(c)).map_or("", |s| s.as_str());
        let (Some(la), Some(lo)) = (number(cell(Some(lat))), number(cell(Some(lon)))) else {
            out.rejected.push(FeatureError::BadCoordinates(n));
            continue;
        };
        let pin = if own {
            own_pin(n, (la, lo), own_properties(&header, &row), foreign.now_ms())
        } else {
            foreign_pin(n, (la, lo), cell(title), cell(note), foreign)
        };
        match pin {
            Ok(p) => out.pins.push(p),
            Err(e) => out.rejected.push(e),
        }
    }
    Ok(out)
}

/// A row of Oase's own CSV as pin properties: lists split on `;`, empty cells left out, and
/// the `'` the export put before a cell that would start a formula taken off again.
fn own_properties(header: &[String], row: &[String]) -> Map<String, Value> {
    let mut props = Map::new();
    for (h, v) in header.iter().zip(row) {
        let (h, v) = (h.trim(), v.trim());
        // Counts are derived from contributions, never stored on the pin (a dream's status is
        // written for reading; the GeoJSON carries it).
        let derived = matches!(h, "hearts" | "stories" | "pledges" | "status");
        if v.is_empty() || derived || is_column(h, "lat") || is_column(h, "lon") {
            continue;
        }
        let v = restore_formula(v);
        let value = match h {
            "talents" | "resources" => Value::Array(
                v.split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| Value::String(s.to_owned()))
                    .collect(),
            ),
            "deleted" => Value::Bool(v == "true"),
            _ => Value::String(v.to_owned()),
        };
        props.insert(h.to_owned(), value);
    }
    props
}

// ---- GPX ----------------------------------------------------------------------------------

/// Replaces XML's character references and unwraps CDATA.
fn unescape(s: &str) -> String {
    let s = s.trim();
    if let Some(inner) = s
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
    {
        return inner.to_owned();
    }
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            e => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of `name="…"` (or `'…'`) in a start tag. Only XML's own quotes delimit a value:
/// a word processor's curly quotes (`lat=“51.8”`) give `None`, like any other broken tag.
pub(crate) fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(i) = rest.find(name) {
        let before_ok = rest[..i].ends_with(char::is_whitespace);
        rest = &rest[i + name.len()..];
        let after = rest.trim_start();
        if before_ok {
            if let Some(v) = after.strip_prefix('=') {
                let v = v.trim_start();
                let q = v.chars().next().filter(|q| matches!(q, '"' | '\''))?;
                let body = &v[q.len_utf8()..];
                return body.find(q).map(|end| unescape(&body[..end]));
            }
        }
    }
    None
}

/// The text of the first `<name>…</name>` inside `body`.
fn child(body: &str, name: &str) -> String {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    body.find(&open)
        .and_then(|i| {
            let inner = &body[i + open.len()..];
            inner.find(&close).map(|end| unescape(&inner[..end]))
        })
        .unwrap_or_default()
}

/// GPX 1.0/1.1: waypoints become pins; tracks and routes are counted as shapes.
fn gpx(text: &str, foreign: &Foreign) -> Result<Parsed, ImportError> {
    if !text.contains("<gpx") {
        return Err(ImportError::NotGpx);
    }
    let mut out = Parsed {
        skipped_shapes: text.matches("<trk>").count()
            + text.matches("<trk ").count()
            + text.matches("<rte>").count()
            + text.matches("<rte ").count(),
        ..Parsed::default()
    };
    for (i, part) in text.split("<wpt").skip(1).enumerate() {
        let n = i + 1;
        let tag_end = part.find('>').unwrap_or(part.len());
        let tag = &part[..tag_end];
        let body = if tag.ends_with('/') {
            ""
        } else {
            part[tag_end..].split("</wpt>").next().unwrap_or_default()
        };
        let la = attribute(tag, "lat").as_deref().and_then(number);
        let lo = attribute(tag, "lon").as_deref().and_then(number);
        let (Some(la), Some(lo)) = (la, lo) else {
            out.rejected.push(FeatureError::BadCoordinates(n));
            continue;
        };
        let mut note = child(body, "desc");
        if note.is_empty() {
            note = child(body, "cmt");
        }
        match foreign_pin(n, (la, lo), &child(body, "name"), &note, foreign) {
            Ok(p) => out.pins.push(p),
            Err(e) => out.rejected.push(e),
        }
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::export;
    use crate::domain::pin::{PinError, PinKind};

    const NOW: &str = "2026-11-25T10:00:00.000Z";
    const FOREIGN: Foreign<'static> = Foreign {
        kind: PinKind::Dream,
        now: NOW,
    };

    /// Two pins of our own, to write and read back (the fuzz tests start from them too).
    pub(crate) fn sample() -> Vec<Pin> {
        let mut a = Pin::new(
            "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23",
            PinKind::Dream,
            51.81,
            5.87,
            NOW,
        )
        .expect("valid");
        a.title = "Een moestuin, \"samen\"".into();
        a.quote = "Op het pleintje;\nmet iedereen".into();
        a.talents = vec!["tuinieren".into(), "koken".into()];
        let mut b = Pin::new(
            "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24",
            PinKind::Place,
            51.8125,
            5.8711,
            NOW,
        )
        .expect("valid");
        b.symbol = Some("bench".into());
        b.title = "De bank & de boom <3".into();
        vec![a, b]
    }

    #[test]
    fn our_csv_reads_back_as_the_same_pins() {
        let pins = sample();
        let parsed = read("oase.csv", &export::csv(&pins), &FOREIGN).expect("reads");
        assert!(parsed.own);
        assert_eq!(parsed.pins, pins);
    }

    #[test]
    fn an_oase_file_brings_its_contributions_and_a_second_import_adds_nothing() {
        use crate::domain::contribution::{heart, new_story};
        let pins = sample();
        let cs = vec![
            heart("5e3f0a1c-0000-4000-8000-000000000001", &pins[0].id, NOW),
            new_story(
                "5e3f0a1c-0000-4000-8000-000000000002",
                &pins[0].id,
                "Mijn oma had hier een tuin",
                "",
                vec![],
                vec![],
                NOW,
            )
            .expect("valid"),
        ];
        let file = geojson::export_all(&pins, &cs);
        let (p, c) = plan_all(&[], &[], read("x.geojson", &file, &FOREIGN).expect("reads"));
        assert_eq!((p.add, c.add.clone()), (pins.clone(), cs.clone()));
        let (p, c) = plan_all(
            &pins,
            &cs,
            read("x.geojson", &file, &FOREIGN).expect("reads"),
        );
        assert!(p.is_empty() && c.is_empty());
        assert_eq!((p.unchanged, c.unchanged), (2, 2));
        // A bad contribution refuses the whole file, like a bad pin.
        let bad = file.replace("Mijn oma", &"x".repeat(1001));
        assert!(matches!(
            read("x.geojson", &bad, &FOREIGN),
            Err(ImportError::Features {
                first: FeatureError::Unreadable(4, _),
                count: 1
            })
        ));
        // Our CSV's counts are not read back into the pins.
        let csv = export::csv_with(&pins, &cs);
        let parsed = read("oase.csv", &csv, &FOREIGN).expect("reads");
        assert_eq!(parsed.pins, pins);
    }

    #[test]
    fn other_csv_finds_its_position_columns_by_name() {
        for (header, row) in [
            ("name,lat,lon", "Bankje,51.81,5.87"),
            ("Naam;Latitude;Longitude", "Bankje;51,81;5,87"),
            ("title\tgeo_Latitude\tgeo_Longitude", "Bankje\t51.81\t5.87"),
            ("LNG,LAT,Name,Description", "5.87,51.81,Bankje,"),
            ("x,y,naam", "5.87,51.81,Bankje"),
        ] {
            let parsed = read("x.csv", &format!("{header}\n{row}\n"), &FOREIGN).expect(header);
            let p = &parsed.pins[0];
            assert_eq!(
                (p.lat, p.lon, p.title.as_str(), p.kind),
                (51.81, 5.87, "Bankje", PinKind::Dream),
                "{header}"
            );
        }
        assert!(!is_column("plateau", "lat") && !is_column("belong", "lon"));
        assert_eq!(
            read("x.csv", "naam,plaats\nBankje,hier\n", &FOREIGN),
            Err(ImportError::NoPositionColumns)
        );
    }

    #[test]
    fn our_gpx_and_other_gpx_read_as_waypoints() {
        let pins = sample();
        let parsed = read("oase.gpx", &export::gpx(&pins), &FOREIGN).expect("reads");
        assert_eq!(parsed.pins.len(), 2);
        assert_eq!(parsed.pins[1].title, "De bank & de boom <3");
        assert_eq!((parsed.pins[1].lat, parsed.pins[1].lon), (51.8125, 5.8711));
        let device = r#"<?xml version="1.0"?><gpx version="1.0" creator="GPS">
            <wpt lon='4.93' lat='52.35'><name><![CDATA[Drieburg]]></name><cmt>Veel &#233;n groen</cmt></wpt>
            <wpt lat="52.36" lon="4.94"/>
            <trk><name>Rondje</name><trkseg><trkpt lat="52.35" lon="4.93"/></trkseg></trk>
            <rte><rtept lat="52.35" lon="4.93"/></rte></gpx>"#;
        let parsed = read("walk.gpx", device, &FOREIGN).expect("reads");
        assert_eq!(parsed.pins.len(), 2);
        assert_eq!(parsed.skipped_shapes, 2);
        assert_eq!(
            (parsed.pins[0].title.as_str(), parsed.pins[0].note.as_str()),
            ("Drieburg", "Veel én groen")
        );
        assert_eq!(
            read("x.gpx", "<kml></kml>", &FOREIGN),
            Err(ImportError::NotGpx)
        );
    }

    #[test]
    fn the_same_foreign_file_twice_adds_nothing_and_keeps_edits() {
        let file = "name,lat,lon\nBankje,51.81,5.87\nBoom,51.82,5.88\n";
        let first = read("x.csv", file, &FOREIGN).expect("reads");
        let mut device: Vec<Pin> = plan(&[], first).add;
        assert_eq!(device.len(), 2);
        device[0].title = "Het bankje".into();
        device[0].updated_at = "2026-11-26T10:00:00.000Z".into();
        let later = Foreign {
            now: "2026-12-01T00:00:00.000Z",
            ..FOREIGN
        };
        let again = plan(&device, read("x.csv", file, &later).expect("reads"));
        assert!(again.is_empty());
        assert_eq!(again.unchanged, 2);
    }

    #[test]
    fn a_file_with_any_bad_pin_is_refused_whole() {
        let over = "x".repeat(121);
        let bad_row = format!("name,lat,lon\nGoed,51.81,5.87\n{over},51.8,5.8\nVer,95,5.8\n");
        assert_eq!(
            read("x.csv", &bad_row, &FOREIGN),
            Err(ImportError::Features {
                first: FeatureError::Invalid(2, PinError::TitleTooLong(121)),
                count: 2
            })
        );
        assert_eq!(
            read("x.csv", "name,lat,lon\nLeeg,,\n", &FOREIGN),
            Err(ImportError::Features {
                first: FeatureError::BadCoordinates(1),
                count: 1
            })
        );
        let pins = sample();
        let twice = geojson::export(&[pins[0].clone(), pins[0].clone()]);
        assert_eq!(
            read("x.geojson", &twice, &FOREIGN),
            Err(ImportError::DuplicateId(2, pins[0].id.clone()))
        );
        assert_eq!(read("x.geojson", " \n", &FOREIGN), Err(ImportError::Empty));
        assert_eq!(
            read("x.geojson", "\u{feff}", &FOREIGN),
            Err(ImportError::Empty)
        );
        assert!(matches!(
            read("x.geojson", "{nope", &FOREIGN),
            Err(ImportError::File(FileError::NotJson(_)))
        ));
    }

    #[test]
    fn content_ids_are_stable_uuids() {
        let id = geojson::content_id(&["51.8100000,5.8700000", "Bankje", ""]);
        assert!(crate::domain::pin::is_uuid(&id), "{id}");
        assert_eq!(
            id,
            geojson::content_id(&["51.8100000,5.8700000", "Bankje", ""])
        );
        assert_ne!(
            id,
            geojson::content_id(&["51.8100000,5.8700000", "Bank", "je"])
        );
    }

    #[test]
    fn curly_quotes_in_a_gpx_are_a_bad_waypoint_not_a_crash() {
        // Pasted through a word processor: “ and ” are three bytes each.
        let gpx =
            "<gpx><wpt lat=\u{201c}51.8\u{201d} lon=\u{201c}5.8\u{201d}><name>x</name></wpt></gpx>";
        assert_eq!(
            read("x.gpx", gpx, &FOREIGN),
            Err(ImportError::Features {
                first: FeatureError::BadCoordinates(1),
                count: 1
            })
        );
        assert_eq!(attribute(" lat=\u{201c}51.8\u{201c}", "lat"), None);
        assert_eq!(attribute(" lat=\u{e9}51.8\u{e9}", "lat"), None);
        assert_eq!(attribute(" lat='51.8'", "lat").as_deref(), Some("51.8"));
    }

    #[test]
    fn formulas_are_defused_in_our_csv_and_read_back_unchanged() {
        let mut pins = sample();
        pins[0].title = "=HYPERLINK(\"http://x\")".into();
        pins[0].quote = "'=al een apostrof".into();
        pins[0].talents = vec!["+31 6".into(), "koken".into()];
        pins[1].title = "-5 graden".into();
        pins[1].note = "'t Hof".into();
        let file = export::csv(&pins);
        assert!(file.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",''=al een apostrof,"));
        assert!(file.contains(",'-5 graden,,'t Hof,"));
        for cell in records(&file).iter().flatten() {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r'])
                    && (!cell.starts_with('-') || number(cell).is_some()),
                "{cell:?} would be a formula"
            );
        }
        let parsed = read("oase.csv", &file, &FOREIGN).expect("reads");
        assert_eq!(parsed.pins, pins);
        // Another program's CSV is read as it is: its apostrophes are its own.
        let other = read("x.csv", "name,lat,lon\n'=x,51.8,5.8\n", &FOREIGN).expect("reads");
        assert_eq!(other.pins[0].title, "'=x");
    }

    #[test]
    fn a_file_with_a_pin_from_the_future_is_refused() {
        let mut pins = sample();
        pins[1].updated_at = "9999-01-01T00:00:00.000Z".into();
        let refused = Err(ImportError::Features {
            first: FeatureError::Invalid(
                2,
                PinError::FromTheFuture("9999-01-01T00:00:00.000Z".into()),
            ),
            count: 1,
        });
        assert_eq!(
            read("x.geojson", &geojson::export(&pins), &FOREIGN),
            refused
        );
        assert_eq!(read("x.csv", &export::csv(&pins), &FOREIGN), refused);
        // Made on a device whose clock runs some hours ahead: still welcome.
        pins[1].updated_at = "2026-11-25T20:00:00.000Z".into();
        assert!(read("x.geojson", &geojson::export(&pins), &FOREIGN).is_ok());
    }
}
