//! Exports for other programs: CSV for spreadsheets, GPX 1.1 for GPS devices and map tools.
//! Removed pins (tombstones) are left out: these files are for reading, not for merging (the
//! GeoJSON export carries deletions).

use std::borrow::Cow;

use super::contribution::{heart_counts, pledge_counts, story_counts, Contribution};
use super::pin::{Pin, PinKind};

/// First characters that make Excel or LibreOffice read a cell as a formula ("CSV injection":
/// a title `=HYPERLINK("http://…")` would become a live link, `=cmd|…` worse).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `cell`, after any apostrophes it starts with, starts like a formula.
fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A text cell as a spreadsheet shows it and never runs it: one that starts like a formula
/// gets a leading `'`. So does one that already starts with apostrophes before such a
/// character (`'=x` becomes `''=x`), so that [`restore_formula`] gives back exactly the text.
pub(crate) fn defuse_formula(cell: &str) -> Cow<'_, str> {
    if formula_like(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// The text of a cell [`defuse_formula`] wrote: its `'` removed only where it added one, so an
/// ordinary leading apostrophe (`'t Hof`) stays.
pub(crate) fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => cell,
    }
}

/// Quotes a CSV field when it needs it (RFC 4180).
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// [`csv_with`] without contributions (hearts and stories all 0).
pub fn csv(pins: &[Pin]) -> String {
    csv_with(pins, &[])
}

/// UTF-8 with a byte order mark and CRLF lines, so spreadsheet programs read the accents right.
/// Text cells that would start a formula are defused (see [`defuse_formula`]); latitude and
/// longitude stay numbers. Then each pin's hearts, stories and pledges are counted (taken-back
/// ones not), and a dream's status is named.
pub fn csv_with(pins: &[Pin], contributions: &[Contribution]) -> String {
    let mut out = String::from("\u{feff}id,kind,lat,lon,title,quote,note,symbol,category,talents,resources,created_at,updated_at,hearts,stories,pledges,status\r\n");
    let hearts = heart_counts(contributions);
    let stories = story_counts(contributions);
    let pledges = pledge_counts(contributions);
    let count = |counts: &std::collections::HashMap<String, usize>, id: &str| {
        counts.get(id).copied().unwrap_or(0).to_string()
    };
    for p in pins.iter().filter(|p| !p.deleted) {
        let category = p
            .category
            .and_then(|c| serde_json::to_value(c).ok())
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let row = [
            p.id.clone(),
            p.kind.code().to_owned(),
            p.lat.to_string(),
            p.lon.to_string(),
            p.title.clone(),
            p.quote.clone(),
            p.note.clone(),
            p.symbol.clone().unwrap_or_default(),
            category,
            p.talents.join("; "),
            p.resources.join("; "),
            p.created_at.clone(),
            p.updated_at.clone(),
            count(&hearts, &p.id),
            count(&stories, &p.id),
            count(&pledges, &p.id),
            if p.kind == PinKind::Dream {
                p.status().code().to_owned()
            } else {
                String::new()
            },
        ];
        let (lat, lon) = (2, 3);
        out.push_str(
            &row.iter()
                .enumerate()
                .map(|(i, f)| {
                    if i == lat || i == lon {
                        csv_field(f)
                    } else {
                        csv_field(&defuse_formula(f))
                    }
                })
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

pub(crate) fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Pins as GPX 1.1 waypoints: name = title, desc = quote, type = kind, time = created.
pub fn gpx(pins: &[Pin]) -> String {
    let mut out = gpx_with_waypoints(pins);
    out.push_str("</gpx>\n");
    out
}

/// The start of a GPX 1.1 file with `pins` as its waypoints; the caller adds tracks and the end.
pub(crate) fn gpx_with_waypoints(pins: &[Pin]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Oase\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n",
    );
    for p in pins.iter().filter(|p| !p.deleted) {
        out.push_str(&format!(
            "  <wpt lat=\"{}\" lon=\"{}\">\n    <time>{}</time>\n    <name>{}</name>\n    <desc>{}</desc>\n    <type>{}</type>\n  </wpt>\n",
            p.lat,
            p.lon,
            xml(&p.created_at),
            xml(&p.title),
            xml(&p.quote),
            p.kind.code()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::{Category, PinKind};

    fn pins() -> Vec<Pin> {
        let now = "2026-11-25T10:00:00.000Z";
        let a = Pin {
            title: "Bankje, \"het mooiste\"".into(),
            quote: "Één zin\nmet een regel & <teken>".into(),
            category: Some(Category::Garden),
            talents: vec!["koken".into(), "timmeren".into()],
            ..Pin::new(
                "00000000-0000-4000-8000-000000000001",
                PinKind::Beauty,
                51.837,
                5.887,
                now,
            )
            .expect("valid")
        };
        let gone = Pin::new(
            "00000000-0000-4000-8000-000000000002",
            PinKind::Dream,
            51.8,
            5.8,
            now,
        )
        .expect("valid")
        .tombstone(now);
        vec![a, gone]
    }

    #[test]
    fn csv_has_a_bom_quotes_what_needs_it_and_leaves_out_removed_pins() {
        let c = csv(&pins());
        assert!(c.starts_with("\u{feff}id,kind,lat,lon,"));
        let lines: Vec<&str> = c.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 2, "header and one live pin");
        assert!(lines[1].starts_with("00000000-0000-4000-8000-000000000001,beauty,51.837,5.887,"));
        assert!(lines[1].contains("\"Bankje, \"\"het mooiste\"\"\""));
        assert!(lines[1].contains("\"Één zin\nmet een regel & <teken>\""));
        assert!(lines[1].contains(",garden,koken; timmeren,"));
    }

    #[test]
    fn csv_counts_hearts_stories_and_pledges_per_pin() {
        use crate::domain::contribution::{heart, new_pledge, new_story, PledgeForm};
        let now = "2026-11-25T10:00:00.000Z";
        let pin = "00000000-0000-4000-8000-000000000001";
        let id = |n: u8| format!("5e3f0a1c-0000-4000-8000-0000000000{n:02}");
        let cs = vec![
            heart(&id(1), pin, now),
            heart(&id(2), pin, now),
            heart(&id(3), pin, now).tombstone(now),
            new_story(&id(4), pin, "=mooi", "", vec![], vec![], now).expect("valid"),
            new_pledge(
                &id(5),
                pin,
                PledgeForm {
                    text: "ik help".into(),
                    contact: "06".into(),
                    ..Default::default()
                },
                now,
            )
            .expect("valid"),
        ];
        let c = csv_with(&pins(), &cs);
        let lines: Vec<&str> = c.split("\r\n").collect();
        assert!(lines[0].ends_with(",created_at,updated_at,hearts,stories,pledges,status"));
        assert!(lines[1].ends_with(",2026-11-25T10:00:00.000Z,2026-11-25T10:00:00.000Z,2,1,1,"));
        assert!(!c.contains(",06"), "no contact in the CSV");
        assert!(!c.contains("=mooi"));
        let plain = csv(&pins());
        assert!(plain
            .split("\r\n")
            .nth(1)
            .is_some_and(|l| l.ends_with(",0,0,0,")));
    }

    #[test]
    fn gpx_is_escaped_xml_with_one_waypoint_per_live_pin() {
        let g = gpx(&pins());
        assert!(g.contains("xmlns=\"http://www.topografix.com/GPX/1/1\""));
        assert_eq!(g.matches("<wpt ").count(), 1);
        assert!(g.contains("<wpt lat=\"51.837\" lon=\"5.887\">"));
        assert!(g.contains("<desc>Één zin\nmet een regel &amp; &lt;teken&gt;</desc>"));
        assert!(g.contains("<type>beauty</type>"));
    }

    #[test]
    fn csv_text_cells_never_start_a_formula() {
        let now = "2026-11-25T10:00:00.000Z";
        let p = Pin {
            title: "=HYPERLINK(\"http://x\")".into(),
            quote: "-5 graden".into(),
            note: "@SUM(A1)".into(),
            talents: vec!["+31 6".into(), "\tx".into()],
            resources: vec!["'=al weg".into()],
            ..Pin::new(
                "00000000-0000-4000-8000-000000000001",
                PinKind::Beauty,
                -51.837,
                -5.887,
                now,
            )
            .expect("valid")
        };
        let c = csv(&[p]);
        let row = c.split("\r\n").nth(1).unwrap_or_default();
        assert!(row.starts_with("00000000-0000-4000-8000-000000000001,beauty,-51.837,-5.887,"));
        assert!(row.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",'-5 graden,'@SUM(A1),"));
        assert!(row.contains(",'+31 6; \tx,''=al weg,"));
        for cell in ["=1", "+1", "-1", "@1", "\t1", "\r1", "'=1", "''-1"] {
            assert!(
                !defuse_formula(cell).starts_with(FORMULA_STARTS),
                "{cell:?}"
            );
            assert_eq!(restore_formula(&defuse_formula(cell)), cell);
        }
        for cell in ["'t Hof", "'", "''", "gewoon", "", "5", "'5", "é=", " =1"] {
            assert_eq!(defuse_formula(cell), cell);
            assert_eq!(restore_formula(cell), cell);
        }
    }
}
