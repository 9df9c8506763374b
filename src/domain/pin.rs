//! The pin: a beauty, a meaningful place or a dream, at a position, with a few words.
//!
//! Properties follow the exchange format of `shared/TESTIDS.md` (GeoJSON version 1) one to one,
//! so a pin serialises to exactly the Feature properties; unknown properties ride along in
//! `extra` and are written back unchanged.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use thiserror::Error;

use super::time::parse_rfc3339;

/// Longest title, in characters.
pub const MAX_TITLE: usize = 120;
/// Longest quote, in characters.
pub const MAX_QUOTE: usize = 280;
/// Longest note, in characters.
pub const MAX_NOTE: usize = 4000;
/// Most talents or resources one dream lists.
pub const MAX_ITEMS: usize = 30;
/// Longest talent or resource, in characters.
pub const MAX_ITEM: usize = 120;
/// Largest drawn symbol, in bytes of SVG path data.
pub const MAX_DRAWING: usize = 8 * 1024;
/// How far after "now" a pin's time may lie when it comes from elsewhere (a file, another
/// device): a day covers clocks a little off. Later than that would win every merge forever.
pub const MAX_AHEAD_MS: i64 = 24 * 60 * 60 * 1000;
/// Largest collection file read, in bytes. A pin at every limit (texts, thirty talents and
/// resources, a drawing) takes some 30 KB; anything much bigger is not a pin.
pub const MAX_PULLED_BYTES: usize = 256 * 1024;

/// What a pin is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PinKind {
    /// Something beautiful here.
    Beauty,
    /// A place that matters to someone.
    Place,
    /// A wish for the place.
    Dream,
}

impl PinKind {
    pub const ALL: [PinKind; 3] = [PinKind::Beauty, PinKind::Place, PinKind::Dream];

    /// The name used in files and test hooks.
    pub fn code(self) -> &'static str {
        match self {
            PinKind::Beauty => "beauty",
            PinKind::Place => "place",
            PinKind::Dream => "dream",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What kind of beauty it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Art,
    Garden,
    Vehicle,
    Creativity,
    Nature,
    People,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Art,
        Category::Garden,
        Category::Vehicle,
        Category::Creativity,
        Category::Nature,
        Category::People,
        Category::Other,
    ];
}

/// Where a dream stands (`"status"` in the exchange format, version 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DreamStatus {
    /// A wish, not chosen (yet). What a pin without a status is.
    Dream,
    /// Chosen to be made real.
    Chosen,
    /// People are working on it.
    Underway,
    /// Made real.
    Done,
}

impl DreamStatus {
    pub const ALL: [DreamStatus; 4] = [
        DreamStatus::Dream,
        DreamStatus::Chosen,
        DreamStatus::Underway,
        DreamStatus::Done,
    ];

    /// The name used in files and test hooks.
    pub fn code(self) -> &'static str {
        match self {
            DreamStatus::Dream => "dream",
            DreamStatus::Chosen => "chosen",
            DreamStatus::Underway => "underway",
            DreamStatus::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Why a pin was refused. Each bad value has its own error, so the person can be told which.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum PinError {
    #[error("id {0:?} is not a UUID")]
    BadId(String),
    #[error("latitude {0} is not between -90 and 90")]
    Latitude(f64),
    #[error("longitude {0} is not between -180 and 180")]
    Longitude(f64),
    #[error("title has {0} characters; at most {MAX_TITLE} fit")]
    TitleTooLong(usize),
    #[error("quote has {0} characters; at most {MAX_QUOTE} fit")]
    QuoteTooLong(usize),
    #[error("note has {0} characters; at most {MAX_NOTE} fit")]
    NoteTooLong(usize),
    #[error("symbol {0:?} is not one of Oase's symbols")]
    UnknownSymbol(String),
    #[error("the drawing is missing or not simple path data")]
    BadDrawing,
    #[error("the drawing takes {0} bytes; at most {MAX_DRAWING} fit")]
    DrawingTooLarge(usize),
    #[error("{0} talents or resources; at most {MAX_ITEMS} fit")]
    TooManyItems(usize),
    #[error("a talent or resource has {0} characters; at most {MAX_ITEM} fit")]
    ItemTooLong(usize),
    #[error("timestamp {0:?} is not RFC 3339")]
    BadTimestamp(String),
    #[error("timestamp {0:?} is more than a day after now")]
    FromTheFuture(String),
}

/// A pin, as stored and exchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pin {
    /// Degrees north (WGS84); lives in the Feature's geometry, not its properties.
    #[serde(skip)]
    pub lat: f64,
    /// Degrees east (WGS84).
    #[serde(skip)]
    pub lon: f64,
    pub id: String,
    pub kind: PinKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// A symbol name, or `"drawn"` with the drawing in `symbol_svg`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol: Option<String>,
    /// SVG path data of a drawn symbol, on a 100 × 100 box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub symbol_svg: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talents: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// Reference to the photo (its file name in exports, its key in storage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// Properties Oase does not know (from a newer version or another tool), kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Whether `s` is a UUID in its usual 8-4-4-4-12 hexadecimal form.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, n)| g.len() == n && g.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// Whether `d` looks like plain SVG path data (commands, numbers, separators; nothing else).
pub fn is_path_data(d: &str) -> bool {
    !d.trim().is_empty()
        && d.bytes()
            .all(|c| c.is_ascii_digit() || b" ,.-eMmLlHhVvCcSsQqTtAaZz".contains(&c))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A rule that pins and contributions share, broken; each maps it to its own error.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Broken {
    BadId(String),
    TooManyItems(usize),
    ItemTooLong(usize),
    BadTimestamp(String),
    FromTheFuture(String),
}

/// `From<Broken>` for an error enum that names these rules with variants of the same names
/// (its own messages stay its own).
macro_rules! from_broken {
    ($error:ident) => {
        impl From<$crate::domain::pin::Broken> for $error {
            fn from(b: $crate::domain::pin::Broken) -> Self {
                use $crate::domain::pin::Broken;
                match b {
                    Broken::BadId(id) => $error::BadId(id),
                    Broken::TooManyItems(n) => $error::TooManyItems(n),
                    Broken::ItemTooLong(n) => $error::ItemTooLong(n),
                    Broken::BadTimestamp(t) => $error::BadTimestamp(t),
                    Broken::FromTheFuture(t) => $error::FromTheFuture(t),
                }
            }
        }
    };
}
pub(crate) use from_broken;

/// What a record with `created_at` and `updated_at` (a pin, a contribution) does with its
/// times: `validate_at`, `updated_ms`, `created_ms`, for `$record` with the errors `$error`.
macro_rules! timed_record {
    ($record:ident, $error:ident) => {
        $crate::domain::pin::from_broken!($error);

        impl $record {
            /// [`validate`](Self::validate), and for a record from elsewhere (a file, the
            /// collection point, another device): neither time more than
            /// [`MAX_AHEAD_MS`]($crate::domain::pin::MAX_AHEAD_MS) after `now_ms`.
            pub fn validate_at(&self, now_ms: i64) -> Result<(), $error> {
                self.validate()?;
                let times = [self.created_at.as_str(), self.updated_at.as_str()];
                Ok($crate::domain::pin::check_not_ahead(times, now_ms)?)
            }

            /// Milliseconds of `updated_at`, for ordering edits (unparsable counts as oldest).
            pub fn updated_ms(&self) -> i64 {
                $crate::domain::pin::ms_or_oldest(&self.updated_at)
            }

            /// Milliseconds of `created_at` (unparsable counts as oldest).
            pub fn created_ms(&self) -> i64 {
                $crate::domain::pin::ms_or_oldest(&self.created_at)
            }
        }
    };
}
pub(crate) use timed_record;

timed_record!(Pin, PinError);

/// `id` is a UUID.
pub(crate) fn check_id(id: &str) -> Result<(), Broken> {
    if is_uuid(id) {
        Ok(())
    } else {
        Err(Broken::BadId(id.to_owned()))
    }
}

/// `text` has at most `max` characters; else `too_long` of how many it has.
pub(crate) fn check_len<E>(
    text: &str,
    max: usize,
    too_long: impl FnOnce(usize) -> E,
) -> Result<(), E> {
    match chars(text) {
        n if n > max => Err(too_long(n)),
        _ => Ok(()),
    }
}

/// Talents and resources: at most [`MAX_ITEMS`] in each list, of at most [`MAX_ITEM`]
/// characters each.
pub(crate) fn check_items(lists: [&[String]; 2]) -> Result<(), Broken> {
    for list in lists {
        if list.len() > MAX_ITEMS {
            return Err(Broken::TooManyItems(list.len()));
        }
        if let Some(n) = list.iter().map(|s| chars(s)).find(|n| *n > MAX_ITEM) {
            return Err(Broken::ItemTooLong(n));
        }
    }
    Ok(())
}

/// The times a record was made and changed are RFC 3339.
pub(crate) fn check_times(times: [&str; 2]) -> Result<(), Broken> {
    match times.into_iter().find(|t| parse_rfc3339(t).is_none()) {
        Some(t) => Err(Broken::BadTimestamp(t.to_owned())),
        None => Ok(()),
    }
}

/// For a record from elsewhere: neither time more than [`MAX_AHEAD_MS`] after `now_ms`.
pub(crate) fn check_not_ahead(times: [&str; 2], now_ms: i64) -> Result<(), Broken> {
    let limit = now_ms.saturating_add(MAX_AHEAD_MS);
    match times
        .into_iter()
        .find(|t| parse_rfc3339(t).is_some_and(|ms| ms > limit))
    {
        Some(t) => Err(Broken::FromTheFuture(t.to_owned())),
        None => Ok(()),
    }
}

/// The unknown properties a tombstone keeps: those `keep` says yes to.
pub(crate) fn kept(
    extra: &Map<String, Value>,
    keep: impl Fn(&str, &Value) -> bool,
) -> Map<String, Value> {
    extra
        .iter()
        .filter(|(k, v)| keep(k, v))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Milliseconds of a record's time, for ordering (unparsable counts as oldest).
pub(crate) fn ms_or_oldest(t: &str) -> i64 {
    parse_rfc3339(t).unwrap_or(i64::MIN)
}

impl Pin {
    /// A pin with nothing but its identity, position and times.
    fn bare(id: &str, kind: PinKind, lat: f64, lon: f64, created: &str, updated: &str) -> Self {
        Self {
            lat,
            lon,
            id: id.to_owned(),
            kind,
            title: String::new(),
            quote: String::new(),
            note: String::new(),
            symbol: None,
            symbol_svg: None,
            category: None,
            talents: Vec::new(),
            resources: Vec::new(),
            photo: None,
            created_at: created.to_owned(),
            updated_at: updated.to_owned(),
            deleted: false,
            extra: Map::new(),
        }
    }

    /// A new pin of `kind` at a position, with nothing else filled in yet.
    pub fn new(id: &str, kind: PinKind, lat: f64, lon: f64, now: &str) -> Result<Self, PinError> {
        let pin = Self::bare(id, kind, lat, lon, now, now);
        pin.validate()?;
        Ok(pin)
    }

    /// Checks every rule; the first broken one is returned.
    pub fn validate(&self) -> Result<(), PinError> {
        check_id(&self.id)?;
        if !self.lat.is_finite() || !(-90.0..=90.0).contains(&self.lat) {
            return Err(PinError::Latitude(self.lat));
        }
        if !self.lon.is_finite() || !(-180.0..=180.0).contains(&self.lon) {
            return Err(PinError::Longitude(self.lon));
        }
        check_len(&self.title, MAX_TITLE, PinError::TitleTooLong)?;
        check_len(&self.quote, MAX_QUOTE, PinError::QuoteTooLong)?;
        check_len(&self.note, MAX_NOTE, PinError::NoteTooLong)?;
        match self.symbol.as_deref() {
            None => {}
            Some(super::symbols::DRAWN) => {
                let d = self.symbol_svg.as_deref().unwrap_or_default();
                if d.len() > MAX_DRAWING {
                    return Err(PinError::DrawingTooLarge(d.len()));
                }
                if !is_path_data(d) {
                    return Err(PinError::BadDrawing);
                }
            }
            Some(name) if super::symbols::find(name).is_some() => {}
            Some(name) => return Err(PinError::UnknownSymbol(name.to_owned())),
        }
        check_items([&self.talents, &self.resources])?;
        check_times([&self.created_at, &self.updated_at])?;
        Ok(())
    }

    /// The pin as a tombstone: id, kind, position and times kept, so the deletion can merge;
    /// everything a person wrote or showed is gone: title, quote, note, symbol and drawing,
    /// category, talents, resources, photo, and every unknown property (the kiosk's first name
    /// `"name"`, the `"walk"` it was made on). Only a "no" to uploading (`"upload": false`)
    /// stays, so the tombstone of a pin whose maker said no is not sent either.
    pub fn tombstone(&self, now: &str) -> Self {
        let extra = kept(&self.extra, |k, v| {
            k == "upload" && *v == Value::Bool(false)
        });
        Self {
            deleted: true,
            extra,
            ..Self::bare(
                &self.id,
                self.kind,
                self.lat,
                self.lon,
                &self.created_at,
                now,
            )
        }
    }

    /// Hidden from the celebration screen by the organiser, not deleted (`"hidden": true`).
    pub fn hidden(&self) -> bool {
        self.flag("hidden")
    }

    pub fn set_hidden(&mut self, on: bool) {
        self.set_flag("hidden", on);
    }

    /// A phone's contribution waiting for the organiser's OK (`"waiting": true`).
    pub fn waiting(&self) -> bool {
        self.flag("waiting")
    }

    pub fn set_waiting(&mut self, on: bool) {
        self.set_flag("waiting", on);
    }

    /// The phone that made the pin: the SHA-256 (hexadecimal) of its secret (`"owner"`).
    /// Pins made on the organiser's devices have none.
    pub fn owner(&self) -> Option<&str> {
        self.extra.get("owner").and_then(Value::as_str)
    }

    /// Where the dream stands (`"status"`). None, or a value this version does not know, reads
    /// as [`DreamStatus::Dream`]; an unknown value stays in the pin until a status is set.
    pub fn status(&self) -> DreamStatus {
        self.extra
            .get("status")
            .and_then(Value::as_str)
            .and_then(DreamStatus::from_code)
            .unwrap_or(DreamStatus::Dream)
    }

    /// Sets the status; `Dream` removes it, so a plain dream is written as before.
    pub fn set_status(&mut self, status: DreamStatus) {
        match status {
            DreamStatus::Dream => {
                self.extra.remove("status");
            }
            s => {
                self.extra
                    .insert("status".to_owned(), Value::from(s.code()));
            }
        }
    }

    /// A flag lives in `extra` only while it is set, so the exchange format stays as it is.
    fn flag(&self, name: &str) -> bool {
        self.extra.get(name) == Some(&Value::Bool(true))
    }

    fn set_flag(&mut self, name: &str, on: bool) {
        if on {
            self.extra.insert(name.to_owned(), Value::Bool(true));
        } else {
            self.extra.remove(name);
        }
    }

    /// Whether the pin matches a free-text search (case-insensitive, in every text field).
    pub fn matches_text(&self, needle: &str) -> bool {
        let needle = needle.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        [&self.title, &self.quote, &self.note]
            .into_iter()
            .chain(self.talents.iter())
            .chain(self.resources.iter())
            .any(|s| s.to_lowercase().contains(&needle))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    const ID: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";
    /// The time the tests of src/domain make and judge records at.
    pub(crate) const NOW: &str = "2026-11-25T10:00:00.000Z";
    /// An hour after [`NOW`].
    pub(crate) const LATER: &str = "2026-11-25T11:00:00.000Z";

    /// [`NOW`] in milliseconds.
    pub(crate) fn now() -> i64 {
        parse_rfc3339(NOW).expect("a time")
    }

    fn pin() -> Pin {
        Pin::new(ID, PinKind::Place, 51.837, 5.887, NOW).expect("a valid pin")
    }

    #[test]
    fn only_kind_and_position_are_required() {
        let p = pin();
        assert_eq!(p.validate(), Ok(()));
        assert!(p.title.is_empty() && p.symbol.is_none());
    }

    #[test]
    fn each_bad_value_has_its_own_error() {
        assert_eq!(
            Pin::new("42", PinKind::Beauty, 0.0, 0.0, NOW),
            Err(PinError::BadId("42".into()))
        );
        assert_eq!(
            Pin::new(ID, PinKind::Beauty, 91.0, 0.0, NOW),
            Err(PinError::Latitude(91.0))
        );
        assert!(matches!(
            Pin::new(ID, PinKind::Beauty, f64::NAN, 0.0, NOW),
            Err(PinError::Latitude(_))
        ));
        assert_eq!(
            Pin::new(ID, PinKind::Beauty, 0.0, -180.5, NOW),
            Err(PinError::Longitude(-180.5))
        );
        assert_eq!(
            Pin::new(ID, PinKind::Beauty, 0.0, 0.0, "gisteren"),
            Err(PinError::BadTimestamp("gisteren".into()))
        );
        let cases: Vec<(Pin, PinError)> = vec![
            (
                Pin {
                    title: "é".repeat(121),
                    ..pin()
                },
                PinError::TitleTooLong(121),
            ),
            (
                Pin {
                    quote: "x".repeat(281),
                    ..pin()
                },
                PinError::QuoteTooLong(281),
            ),
            (
                Pin {
                    note: "x".repeat(4001),
                    ..pin()
                },
                PinError::NoteTooLong(4001),
            ),
            (
                Pin {
                    symbol: Some("unicorn".into()),
                    ..pin()
                },
                PinError::UnknownSymbol("unicorn".into()),
            ),
            (
                Pin {
                    symbol: Some("drawn".into()),
                    ..pin()
                },
                PinError::BadDrawing,
            ),
            (
                Pin {
                    symbol: Some("drawn".into()),
                    symbol_svg: Some("M0 0<script>".into()),
                    ..pin()
                },
                PinError::BadDrawing,
            ),
            (
                Pin {
                    symbol: Some("drawn".into()),
                    symbol_svg: Some("L1 1 ".repeat(2000)),
                    ..pin()
                },
                PinError::DrawingTooLarge(10_000),
            ),
            (
                Pin {
                    talents: vec!["a".into(); 31],
                    ..pin()
                },
                PinError::TooManyItems(31),
            ),
            (
                Pin {
                    resources: vec!["b".repeat(121)],
                    ..pin()
                },
                PinError::ItemTooLong(121),
            ),
        ];
        for (p, e) in cases {
            assert_eq!(p.validate(), Err(e));
        }
        // Exactly at the limits is fine; characters count, not bytes.
        let full = Pin {
            title: "é".repeat(120),
            quote: "x".repeat(280),
            ..pin()
        };
        assert_eq!(full.validate(), Ok(()));
        let sun = Pin {
            symbol: Some("sun".into()),
            ..pin()
        };
        assert_eq!(sun.validate(), Ok(()));
    }

    #[test]
    fn serde_round_trip_keeps_unknown_properties() {
        let json = serde_json::json!({
            "id": ID, "kind": "dream", "title": "Een moestuin", "talents": ["tuinieren"],
            "created_at": NOW, "updated_at": NOW, "color": "#fff", "nested": {"a": [1, 2]}
        });
        let p: Pin = serde_json::from_value(json.clone()).expect("parses");
        assert_eq!(p.kind, PinKind::Dream);
        assert_eq!(p.extra.get("color"), Some(&Value::from("#fff")));
        assert_eq!(serde_json::to_value(&p).expect("serialises"), json);
    }

    #[test]
    fn tombstones_forget_the_content_but_keep_the_id() {
        let p = Pin {
            title: "Bankje".into(),
            quote: "Hier rust ik".into(),
            ..pin()
        };
        let t = p.tombstone("2026-11-26T10:00:00.000Z");
        assert!(t.deleted && t.title.is_empty() && t.quote.is_empty());
        assert_eq!(t.id, p.id);
        assert!(t.updated_ms() > p.updated_ms());
    }

    #[test]
    fn tombstones_keep_nothing_personal() {
        let mut p = Pin {
            kind: PinKind::Dream,
            title: "Bankje".into(),
            quote: "Hier rust ik".into(),
            note: "Mijn verhaal".into(),
            symbol: Some("drawn".into()),
            symbol_svg: Some("M0 0 L10 10".into()),
            category: Some(Category::Garden),
            talents: vec!["koken".into()],
            resources: vec!["tuin".into()],
            photo: Some("f00.jpg".into()),
            updated_at: "2026-11-25T11:00:00.000Z".into(),
            ..pin()
        };
        for (k, v) in [
            ("name", Value::from("Fatima")),
            ("walk", Value::from("w-1")),
            ("color", Value::from("#fff")),
            ("upload", Value::Bool(false)),
        ] {
            p.extra.insert(k.into(), v);
        }
        let now = "2026-11-26T10:00:00.000Z";
        let t = p.tombstone(now);
        let expected = Pin {
            deleted: true,
            updated_at: now.into(),
            extra: Map::from_iter([("upload".to_owned(), Value::Bool(false))]),
            ..Pin::new(ID, PinKind::Dream, p.lat, p.lon, NOW).expect("valid")
        };
        assert_eq!(t, expected);
        assert_eq!(t.validate(), Ok(()));
        // Said yes, or never asked: nothing of it stays.
        p.extra.insert("upload".into(), Value::Bool(true));
        assert!(p.tombstone(now).extra.is_empty());
    }

    #[test]
    fn text_search_looks_everywhere_and_ignores_case() {
        let p = Pin {
            quote: "Je bent altijd vrij".into(),
            talents: vec!["Koken".into()],
            ..pin()
        };
        assert!(p.matches_text("VRIJ"));
        assert!(p.matches_text("kok"));
        assert!(p.matches_text("  "));
        assert!(!p.matches_text("fiets"));
    }

    #[test]
    fn flags_ride_in_the_unknown_properties() {
        let mut p = pin();
        assert!(!p.hidden() && !p.waiting() && p.owner().is_none());
        p.set_hidden(true);
        p.set_waiting(true);
        p.extra.insert("owner".into(), Value::from("ab12"));
        assert!(p.hidden() && p.waiting());
        assert_eq!(p.owner(), Some("ab12"));
        let json = serde_json::to_value(&p).expect("serialises");
        assert_eq!(json["hidden"], Value::Bool(true));
        assert_eq!(json["waiting"], Value::Bool(true));
        assert_eq!(json["owner"], Value::from("ab12"));
        // Unset means gone, not `false`: a pin without flags is written as before.
        p.set_hidden(false);
        p.set_waiting(false);
        assert!(!p.extra.contains_key("hidden") && !p.extra.contains_key("waiting"));
        // Only `true` counts; an owner must be text.
        p.extra.insert("hidden".into(), Value::from("yes"));
        p.extra.insert("owner".into(), Value::from(7));
        assert!(!p.hidden() && p.owner().is_none());
    }

    #[test]
    fn a_dreams_status_rides_in_the_unknown_properties() {
        let mut p = Pin {
            kind: PinKind::Dream,
            ..pin()
        };
        assert_eq!(p.status(), DreamStatus::Dream);
        for s in DreamStatus::ALL {
            assert_eq!(DreamStatus::from_code(s.code()), Some(s));
            assert_eq!(serde_json::to_value(s).ok(), Some(Value::from(s.code())));
            p.set_status(s);
            assert_eq!(p.status(), s);
        }
        p.set_status(DreamStatus::Chosen);
        assert_eq!(p.extra.get("status"), Some(&Value::from("chosen")));
        // Back to a plain dream: written as before, without a status.
        p.set_status(DreamStatus::Dream);
        assert!(!p.extra.contains_key("status"));
        // A status from a newer version reads as a dream and is kept.
        p.extra.insert("status".into(), Value::from("celebrated"));
        assert_eq!(p.status(), DreamStatus::Dream);
        assert_eq!(p.extra.get("status"), Some(&Value::from("celebrated")));
        p.extra.insert("status".into(), Value::from(3));
        assert_eq!(p.status(), DreamStatus::Dream);
        assert_eq!(DreamStatus::from_code("Done"), None);
    }

    #[test]
    fn uuids_are_recognised() {
        assert!(is_uuid(ID));
        assert!(!is_uuid("0b5f3c9e6a614c1e9f0e2d4c8a7b1e23"));
        assert!(!is_uuid("0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e2g"));
    }

    #[test]
    fn times_more_than_a_day_ahead_are_refused_from_elsewhere() {
        let now = now();
        let at = |created: &str, updated: &str| Pin {
            created_at: created.into(),
            updated_at: updated.into(),
            ..pin()
        };
        let far = "9999-12-31T23:59:59.999Z";
        assert_eq!(
            at(NOW, far).validate_at(now),
            Err(PinError::FromTheFuture(far.into()))
        );
        assert_eq!(
            at(far, NOW).validate_at(now),
            Err(PinError::FromTheFuture(far.into()))
        );
        // A day ahead is a clock a little off; a millisecond more is refused.
        assert_eq!(at(NOW, "2026-11-26T10:00:00.000Z").validate_at(now), Ok(()));
        assert_eq!(
            at(NOW, "2026-11-26T10:00:00.001Z").validate_at(now),
            Err(PinError::FromTheFuture("2026-11-26T10:00:00.001Z".into()))
        );
        assert_eq!(at("2001-01-01T00:00:00Z", NOW).validate_at(now), Ok(()));
        // The other rules still come first, and a pin made here is not judged by a clock.
        assert_eq!(
            Pin {
                lat: 99.0,
                ..at(NOW, far)
            }
            .validate_at(now),
            Err(PinError::Latitude(99.0))
        );
        assert_eq!(at(NOW, far).validate(), Ok(()));
        assert_eq!(at(NOW, far).validate_at(i64::MAX), Ok(()));
    }
}
