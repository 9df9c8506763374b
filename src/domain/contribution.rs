//! Contributions: stories, hearts and pledges ("ik doe mee") given to a pin.
//!
//! Each is a record of its own, with its own id, the id of its pin, times, and a tombstone when
//! taken back, so contributions merge like pins (exchange format version 2, see
//! `shared/TESTIDS.md`). Counts are derived from them, never stored on the pin.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};
use thiserror::Error;

use super::merge::{plan_versions, Plan, Versioned};
use super::owner::sha256_hex;
use super::pin::{
    check_id, check_items, check_len, check_times, is_uuid, kept, timed_record, MAX_ITEM,
    MAX_ITEMS, MAX_PULLED_BYTES,
};

/// Longest text of a story or pledge, in characters.
pub const MAX_TEXT: usize = 1000;
/// Longest first name, in characters.
pub const MAX_NAME: usize = 40;
/// Longest way to reach someone who pledged (a phone number, an address), in characters.
pub const MAX_CONTACT: usize = 120;

/// What a contribution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContributionKind {
    /// A few words about the pin.
    Story,
    /// "I like this dream": one per device per pin.
    Heart,
    /// "Ik doe mee": what someone brings to a dream.
    Pledge,
}

impl ContributionKind {
    pub const ALL: [ContributionKind; 3] = [
        ContributionKind::Story,
        ContributionKind::Heart,
        ContributionKind::Pledge,
    ];

    /// The name used in files.
    pub fn code(self) -> &'static str {
        match self {
            ContributionKind::Story => "story",
            ContributionKind::Heart => "heart",
            ContributionKind::Pledge => "pledge",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Why a contribution was refused, in plain words.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ContributionError {
    #[error("id {0:?} is not a UUID")]
    BadId(String),
    #[error("the pin it belongs to, {0:?}, is not a UUID")]
    BadPin(String),
    #[error("the text has {0} characters; at most {MAX_TEXT} fit")]
    TextTooLong(usize),
    #[error("the name has {0} characters; at most {MAX_NAME} fit")]
    NameTooLong(usize),
    #[error("a story needs some words")]
    NoText,
    #[error("the way to reach you has {0} characters; at most {MAX_CONTACT} fit")]
    ContactTooLong(usize),
    #[error("say what you bring: a few words, a talent or a resource")]
    EmptyPledge,
    #[error("{0} talents or resources; at most {MAX_ITEMS} fit")]
    TooManyItems(usize),
    #[error("a talent or resource has {0} characters; at most {MAX_ITEM} fit")]
    ItemTooLong(usize),
    #[error("timestamp {0:?} is not RFC 3339")]
    BadTimestamp(String),
    #[error("timestamp {0:?} is more than a day after now")]
    FromTheFuture(String),
    #[error("the file is {0} bytes; a contribution's file is at most {MAX_PULLED_BYTES}")]
    TooLarge(usize),
    #[error("the file is not JSON: {0}")]
    NotJson(String),
    #[error("the file is JSON but not a GeoJSON Feature")]
    NotAFeature,
    #[error("the feature is not a contribution (it has a place, or no properties)")]
    NotAContribution,
    #[error("the contribution does not say whether it is a story, a heart or a pledge")]
    NoKind,
    #[error("one of the contribution's fields cannot be read: {0}")]
    Unreadable(String),
    #[error("the file carries no phone's key")]
    NoKey,
    #[error("the file changes contribution {id}, which is not that phone's")]
    NotTheirs { id: String },
}

timed_record!(Contribution, ContributionError);

/// A story, heart or pledge, as stored and exchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    pub id: String,
    #[serde(rename = "contribution")]
    pub kind: ContributionKind,
    /// The id of the pin it belongs to.
    pub pin: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// A first name, given with consent.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub talents: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<String>,
    /// How to reach someone who pledged, given only if they want to be reached: for the
    /// organiser alone (never on the screen or in a published map; in an export only when the
    /// organiser asks for it, see [`without_contacts`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    pub created_at: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// Properties Oase does not know, kept as they are (and `"owner"`, `"waiting"`).
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Versioned for Contribution {
    fn id(&self) -> &str {
        &self.id
    }

    fn updated_ms(&self) -> i64 {
        Contribution::updated_ms(self)
    }
}

/// Trimmed, with empty ones left out.
fn items(list: Vec<String>) -> Vec<String> {
    list.into_iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Contribution {
    /// A contribution with nothing but its identity and times.
    fn bare(id: &str, kind: ContributionKind, pin: &str, created: &str, updated: &str) -> Self {
        Self {
            id: id.to_owned(),
            kind,
            pin: pin.to_owned(),
            text: String::new(),
            name: String::new(),
            talents: Vec::new(),
            resources: Vec::new(),
            contact: String::new(),
            created_at: created.to_owned(),
            updated_at: updated.to_owned(),
            deleted: false,
            extra: Map::new(),
        }
    }

    /// Checks every rule; the first broken one is returned.
    pub fn validate(&self) -> Result<(), ContributionError> {
        check_id(&self.id)?;
        if !is_uuid(&self.pin) {
            return Err(ContributionError::BadPin(self.pin.clone()));
        }
        check_len(&self.text, MAX_TEXT, ContributionError::TextTooLong)?;
        check_len(&self.name, MAX_NAME, ContributionError::NameTooLong)?;
        check_len(
            &self.contact,
            MAX_CONTACT,
            ContributionError::ContactTooLong,
        )?;
        check_items([&self.talents, &self.resources])?;
        check_times([&self.created_at, &self.updated_at])?;
        Ok(())
    }

    /// The contribution taken back: id, kind, pin and created time kept, so it merges;
    /// everything written is gone, and of the unknown properties only `"owner"` stays (so the
    /// same phone may give it again).
    pub fn tombstone(&self, now: &str) -> Self {
        let extra = kept(&self.extra, |k, _| k == "owner");
        Self {
            deleted: true,
            extra,
            ..Self::bare(&self.id, self.kind, &self.pin, &self.created_at, now)
        }
    }

    /// The phone that gave it: the SHA-256 of its secret (`"owner"`); none when given here.
    pub fn owner(&self) -> Option<&str> {
        self.extra.get("owner").and_then(Value::as_str)
    }

    /// A phone's story waiting for the organiser's OK (`"waiting": true`).
    pub fn waiting(&self) -> bool {
        self.extra.get("waiting") == Some(&Value::Bool(true))
    }

    pub fn set_waiting(&mut self, on: bool) {
        if on {
            self.extra.insert("waiting".to_owned(), Value::Bool(true));
        } else {
            self.extra.remove("waiting");
        }
    }

    /// Its file name in a drop: `{id}.{updated_ms}.geojson`, as `join::drop_name` for a pin.
    pub fn drop_name(&self) -> String {
        format!("{}.{}.geojson", self.id, self.updated_ms().max(0))
    }
}

/// A new story for pin `pin`: text and name trimmed, empty talents and resources left out.
/// A story without words is refused.
pub fn new_story(
    id: &str,
    pin: &str,
    text: &str,
    name: &str,
    talents: Vec<String>,
    resources: Vec<String>,
    now: &str,
) -> Result<Contribution, ContributionError> {
    let c = Contribution {
        text: text.trim().to_owned(),
        name: name.trim().to_owned(),
        talents: items(talents),
        resources: items(resources),
        ..Contribution::bare(id, ContributionKind::Story, pin, now, now)
    };
    c.validate()?;
    if c.text.is_empty() {
        return Err(ContributionError::NoText);
    }
    Ok(c)
}

/// What someone writes when they pledge: a few words, talents and resources, and, only if
/// they want to be reached, a first name and a way to reach them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PledgeForm {
    pub text: String,
    pub name: String,
    pub contact: String,
    pub talents: Vec<String>,
    pub resources: Vec<String>,
}

/// A new pledge ("ik doe mee") for dream `pin`, trimmed like a story. A pledge without words,
/// talents and resources is refused.
pub fn new_pledge(
    id: &str,
    pin: &str,
    form: PledgeForm,
    now: &str,
) -> Result<Contribution, ContributionError> {
    let c = Contribution {
        text: form.text.trim().to_owned(),
        name: form.name.trim().to_owned(),
        contact: form.contact.trim().to_owned(),
        talents: items(form.talents),
        resources: items(form.resources),
        ..Contribution::bare(id, ContributionKind::Pledge, pin, now, now)
    };
    c.validate()?;
    if c.text.is_empty() && c.talents.is_empty() && c.resources.is_empty() {
        return Err(ContributionError::EmptyPledge);
    }
    Ok(c)
}

/// The contributions without any pledge's contact: what leaves the organiser's hands (an
/// export not asked for with contacts, the screen).
pub fn without_contacts(cs: &[Contribution]) -> Vec<Contribution> {
    cs.iter()
        .map(|c| Contribution {
            contact: String::new(),
            ..c.clone()
        })
        .collect()
}

/// A heart for pin `pin` (its id from [`heart_id`]).
pub fn heart(id: &str, pin: &str, now: &str) -> Contribution {
    Contribution::bare(id, ContributionKind::Heart, pin, now, now)
}

/// The id of this device's heart for `pin`: the same each time, so a device has one heart per
/// pin, and giving it again after taking it back is a newer version of the same record. Made
/// from the SHA-256 of the secret and the pin, so the id does not give the secret away.
pub fn heart_id(device_secret: &str, pin: &str) -> String {
    let h = sha256_hex(format!("oase-heart\u{0}{device_secret}\u{0}{pin}").as_bytes());
    let variant = u8::from_str_radix(&h[16..17], 16).unwrap_or(0) & 0x3 | 0x8;
    format!(
        "{}-{}-8{}-{variant:x}{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// Whether `c` is a live (not taken back) contribution of `kind` for `pin`.
fn live(c: &Contribution, kind: ContributionKind, pin: &str) -> bool {
    c.kind == kind && !c.deleted && c.pin == pin
}

/// How many hearts `pin` has (taken-back ones not counted).
pub fn hearts(cs: &[Contribution], pin: &str) -> usize {
    cs.iter()
        .filter(|c| live(c, ContributionKind::Heart, pin))
        .count()
}

/// The live contributions of `kind` for `pin`, oldest first (equal times by id).
fn in_order<'a>(
    cs: &'a [Contribution],
    kind: ContributionKind,
    pin: &str,
) -> Vec<&'a Contribution> {
    let mut out: Vec<&Contribution> = cs.iter().filter(|c| live(c, kind, pin)).collect();
    out.sort_by(|a, b| (a.created_ms(), &a.id).cmp(&(b.created_ms(), &b.id)));
    out
}

/// The stories of `pin`, oldest first (equal times by id), taken-back ones left out.
pub fn stories<'a>(cs: &'a [Contribution], pin: &str) -> Vec<&'a Contribution> {
    in_order(cs, ContributionKind::Story, pin)
}

/// The pledges for `pin`, oldest first, taken-back ones left out.
pub fn pledges<'a>(cs: &'a [Contribution], pin: &str) -> Vec<&'a Contribution> {
    in_order(cs, ContributionKind::Pledge, pin)
}

/// Whether the heart `heart_id` for `pin` is given (and not taken back).
pub fn heart_given(cs: &[Contribution], pin: &str, heart_id: &str) -> bool {
    cs.iter()
        .any(|c| c.id == heart_id && live(c, ContributionKind::Heart, pin))
}

fn counts(cs: &[Contribution], kind: ContributionKind) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for c in cs.iter().filter(|c| c.kind == kind && !c.deleted) {
        *out.entry(c.pin.clone()).or_insert(0) += 1;
    }
    out
}

/// Hearts per pin id (pins without any are absent).
pub fn heart_counts(cs: &[Contribution]) -> HashMap<String, usize> {
    counts(cs, ContributionKind::Heart)
}

/// Stories per pin id (pins without any are absent).
pub fn story_counts(cs: &[Contribution]) -> HashMap<String, usize> {
    counts(cs, ContributionKind::Story)
}

/// Pledges per pin id (pins without any are absent).
pub fn pledge_counts(cs: &[Contribution]) -> HashMap<String, usize> {
    counts(cs, ContributionKind::Pledge)
}

/// A contribution as a GeoJSON Feature: no geometry, its fields as the properties.
pub fn contribution_feature(c: &Contribution) -> Value {
    json!({
        "type": "Feature",
        "geometry": null,
        "properties": serde_json::to_value(c).unwrap_or(Value::Null),
    })
}

/// Whether a Feature is meant as a contribution: `"geometry": null` and a `contribution`
/// property (of any value; [`read_contribution`] judges it).
pub fn is_contribution_feature(feature: &Value) -> bool {
    feature.get("geometry") == Some(&Value::Null)
        && feature
            .get("properties")
            .and_then(|p| p.get("contribution"))
            .is_some()
}

/// A contribution from a Feature of a file or another device, checked as from elsewhere
/// ([`Contribution::validate_at`] `now_ms`).
pub fn read_contribution(feature: &Value, now_ms: i64) -> Result<Contribution, ContributionError> {
    if feature.get("geometry") != Some(&Value::Null) {
        return Err(ContributionError::NotAContribution);
    }
    let props = feature
        .get("properties")
        .and_then(Value::as_object)
        .ok_or(ContributionError::NotAContribution)?;
    if props
        .get("contribution")
        .and_then(Value::as_str)
        .and_then(ContributionKind::from_code)
        .is_none()
    {
        return Err(ContributionError::NoKind);
    }
    let c: Contribution = serde_json::from_value(Value::Object(props.clone()))
        .map_err(|e| ContributionError::Unreadable(e.to_string()))?;
    c.validate_at(now_ms)?;
    Ok(c)
}

/// What merging contributions will do.
pub type ContributionPlan = Plan<Contribution>;

/// Plans merging `incoming` into `existing`, by the rules of pins: the later `updated_at`
/// wins, an equal one keeps what is here, and within `incoming` the latest of an id counts.
pub fn plan_contributions(
    existing: &[Contribution],
    incoming: Vec<Contribution>,
) -> ContributionPlan {
    plan_versions(existing, incoming)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::owner::tests::{OTHER, SECRET};
    use crate::domain::pin::tests::{now, LATER, NOW};
    use crate::domain::pin::MAX_AHEAD_MS;
    use crate::domain::time::format_rfc3339;

    const PIN: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";
    const OTHER_PIN: &str = "1b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e24";
    pub(crate) const ID: &str = "5e3f0a1c-0000-4000-8000-000000000001";

    /// For pin `pin`: a story with the hard characters (quotes, Arabic, emoji, a formula's `=`)
    /// and a property Oase does not know, and a heart taken back.
    pub(crate) fn samples(pin: &str) -> Vec<Contribution> {
        let mut story = new_story(
            ID,
            pin,
            "Hier “leerde” ik fietsen & <3 — حديقة 🌳",
            "Fatima",
            vec!["=koken".into()],
            vec!["fiets".into()],
            NOW,
        )
        .expect("a valid story");
        story.extra.insert("mood".into(), Value::from("blij"));
        let heart = heart(&heart_id(SECRET, pin), pin, NOW).tombstone(LATER);
        vec![story, heart]
    }

    pub(crate) fn story() -> Contribution {
        new_story(
            ID,
            PIN,
            "  Hier leerde ik fietsen ",
            " Fatima ",
            vec!["fietsen".into(), " ".into()],
            vec![],
            NOW,
        )
        .expect("a valid story")
    }

    #[test]
    fn a_story_is_trimmed_and_checked() {
        let s = story();
        assert_eq!(s.text, "Hier leerde ik fietsen");
        assert_eq!(s.name, "Fatima");
        assert_eq!(s.talents, ["fietsen"]);
        assert_eq!(s.kind, ContributionKind::Story);
        assert_eq!((s.created_at.as_str(), s.updated_at.as_str()), (NOW, NOW));
        let make = |id: &str, pin: &str, text: &str, name: &str, talents: Vec<String>| {
            new_story(id, pin, text, name, talents, vec![], NOW)
        };
        assert_eq!(
            make("1", PIN, "x", "", vec![]),
            Err(ContributionError::BadId("1".into()))
        );
        assert_eq!(
            make(ID, "pin", "x", "", vec![]),
            Err(ContributionError::BadPin("pin".into()))
        );
        assert_eq!(
            make(ID, PIN, " \n ", "", vec![]),
            Err(ContributionError::NoText)
        );
        assert_eq!(
            make(ID, PIN, &"é".repeat(1001), "", vec![]),
            Err(ContributionError::TextTooLong(1001))
        );
        assert!(make(ID, PIN, &"é".repeat(1000), &"é".repeat(40), vec![]).is_ok());
        assert_eq!(
            make(ID, PIN, "x", &"n".repeat(41), vec![]),
            Err(ContributionError::NameTooLong(41))
        );
        assert_eq!(
            make(ID, PIN, "x", "", vec!["a".into(); 31]),
            Err(ContributionError::TooManyItems(31))
        );
        assert_eq!(
            make(ID, PIN, "x", "", vec!["b".repeat(121)]),
            Err(ContributionError::ItemTooLong(121))
        );
        assert_eq!(
            new_story(ID, PIN, "x", "", vec![], vec![], "gisteren"),
            Err(ContributionError::BadTimestamp("gisteren".into()))
        );
    }

    #[test]
    fn a_pledge_is_trimmed_and_checked_and_its_contact_can_be_left_out() {
        let form = PledgeForm {
            text: " Ik kom zaterdag ".into(),
            name: " Ans ".into(),
            contact: " 06-12345678 ".into(),
            talents: vec!["zagen".into(), "  ".into()],
            resources: vec![" mijn aanhanger".into()],
        };
        let p = new_pledge(ID, PIN, form.clone(), NOW).expect("a valid pledge");
        assert_eq!(p.kind, ContributionKind::Pledge);
        assert_eq!(
            (p.text.as_str(), p.name.as_str(), p.contact.as_str()),
            ("Ik kom zaterdag", "Ans", "06-12345678")
        );
        assert_eq!(
            (p.talents.clone(), p.resources.clone()),
            (vec!["zagen".to_owned()], vec!["mijn aanhanger".to_owned()])
        );
        // Only something to bring is enough; nothing at all is not.
        let only = |f: PledgeForm| new_pledge(ID, PIN, f, NOW);
        assert!(only(PledgeForm {
            resources: vec!["verf".into()],
            ..Default::default()
        })
        .is_ok());
        assert_eq!(
            only(PledgeForm {
                name: "Ans".into(),
                contact: "06".into(),
                ..Default::default()
            }),
            Err(ContributionError::EmptyPledge)
        );
        assert_eq!(
            only(PledgeForm {
                contact: "0".repeat(121),
                ..form.clone()
            }),
            Err(ContributionError::ContactTooLong(121))
        );
        // The contact travels in the file only when asked for, and a tombstone forgets it.
        let f = contribution_feature(&p);
        assert_eq!(f["properties"]["contact"], "06-12345678");
        assert_eq!(read_contribution(&f, now()), Ok(p.clone()));
        let public = without_contacts(std::slice::from_ref(&p));
        assert_eq!(public[0].contact, "");
        assert!(contribution_feature(&public[0])["properties"]
            .get("contact")
            .is_none());
        assert_eq!(public[0].name, "Ans");
        assert_eq!(p.tombstone(LATER).contact, "");
        // Pledges in order, taken-back ones left out.
        let second = new_pledge(&heart_id(SECRET, PIN), PIN, form, LATER).expect("valid");
        assert_eq!(
            pledges(&[second.clone(), p.tombstone(LATER)], PIN),
            [&second]
        );
        let cs = vec![second.clone(), p.clone()];
        assert_eq!(pledges(&cs, PIN), [&p, &second]);
        assert!(pledges(&cs, OTHER_PIN).is_empty());
    }

    #[test]
    fn times_more_than_a_day_ahead_are_refused_from_elsewhere() {
        let at = |t: &str| Contribution {
            updated_at: t.into(),
            ..story()
        };
        let ahead = format_rfc3339(now() + MAX_AHEAD_MS);
        assert_eq!(at(&ahead).validate_at(now()), Ok(()));
        let far = format_rfc3339(now() + MAX_AHEAD_MS + 1);
        assert_eq!(
            at(&far).validate_at(now()),
            Err(ContributionError::FromTheFuture(far.clone()))
        );
        assert_eq!(at(&far).validate(), Ok(()));
        assert_eq!(story().created_ms(), now());
        assert_eq!(at(LATER).updated_ms(), now() + 3_600_000);
    }

    #[test]
    fn serde_writes_only_what_is_there_and_keeps_unknown_properties() {
        let h = heart(ID, PIN, NOW);
        assert_eq!(
            serde_json::to_value(&h).expect("serialises"),
            json!({"id": ID, "contribution": "heart", "pin": PIN,
                   "created_at": NOW, "updated_at": NOW})
        );
        let json = json!({"id": ID, "contribution": "pledge", "pin": PIN, "text": "Ik help",
                          "contact": "06", "created_at": NOW, "updated_at": NOW, "deleted": true});
        let c: Contribution = serde_json::from_value(json.clone()).expect("parses");
        assert_eq!(c.kind, ContributionKind::Pledge);
        assert!(c.deleted);
        assert_eq!(c.contact, "06");
        assert_eq!(serde_json::to_value(&c).expect("serialises"), json);
        for k in ContributionKind::ALL {
            assert_eq!(ContributionKind::from_code(k.code()), Some(k));
        }
    }

    #[test]
    fn a_tombstone_keeps_the_identity_and_the_owner_only() {
        let mut s = story();
        s.extra.insert("owner".into(), Value::from("ab12"));
        s.extra.insert("color".into(), Value::from("#fff"));
        s.set_waiting(true);
        let t = s.tombstone(LATER);
        let expected = Contribution {
            deleted: true,
            updated_at: LATER.into(),
            extra: Map::from_iter([("owner".to_owned(), Value::from("ab12"))]),
            ..Contribution::bare(ID, ContributionKind::Story, PIN, NOW, NOW)
        };
        assert_eq!(t, expected);
        assert_eq!(t.validate(), Ok(()));
        assert!(story().tombstone(LATER).extra.is_empty());
    }

    #[test]
    fn one_heart_per_device_per_pin() {
        let id = heart_id(SECRET, PIN);
        assert!(is_uuid(&id), "{id}");
        assert_eq!(&id[14..15], "8");
        assert!("89ab".contains(&id[19..20]), "{id}");
        assert_eq!(id, heart_id(SECRET, PIN));
        assert_ne!(id, heart_id(OTHER, PIN));
        assert_ne!(id, heart_id(SECRET, OTHER_PIN));
        assert!(!id.contains(&SECRET[..8]));
    }

    #[test]
    fn taking_back_a_heart_and_giving_it_again() {
        let id = heart_id(SECRET, PIN);
        let mut here: Vec<Contribution> = vec![heart(&id, PIN, NOW)];
        assert_eq!(hearts(&here, PIN), 1);
        assert!(heart_given(&here, PIN, &id));
        // Taken back: a newer version of the same record.
        let back = here[0].tombstone(LATER);
        let p = plan_contributions(&here, vec![back.clone()]);
        assert_eq!(p.update, vec![back.clone()]);
        here = vec![back];
        assert_eq!(hearts(&here, PIN), 0);
        assert!(!heart_given(&here, PIN, &id));
        // Given again: the same id, later still.
        let again = heart(&id, PIN, "2026-11-25T12:00:00.000Z");
        let p = plan_contributions(&here, vec![again.clone()]);
        assert_eq!((p.add.len(), p.update.len()), (0, 1));
        here = p.update;
        assert_eq!(hearts(&here, PIN), 1);
        assert!(heart_given(&here, PIN, &id));
        assert!(!heart_given(&here, OTHER_PIN, &id));
        // The older tombstone arriving late does not take it back.
        assert!(plan_contributions(&here, vec![here[0].tombstone(LATER)]).is_empty());
    }

    #[test]
    fn counts_ignore_tombstones_and_other_pins() {
        let id = |n: u8| format!("00000000-0000-4000-8000-0000000000{n:02}");
        let story_at = |n: u8, pin: &str, at: &str| {
            new_story(&id(n), pin, "woorden", "", vec![], vec![], at).expect("valid")
        };
        let cs = vec![
            heart(&id(1), PIN, NOW),
            heart(&id(2), PIN, NOW).tombstone(LATER),
            heart(&id(3), OTHER_PIN, NOW),
            heart(&id(4), PIN, NOW),
            story_at(12, PIN, LATER),
            story_at(11, PIN, LATER),
            story_at(10, PIN, "2026-11-25T12:00:00.000Z"),
            story_at(9, PIN, NOW).tombstone(LATER),
            story_at(8, OTHER_PIN, NOW),
            story_at(7, PIN, "2026-11-25T09:00:00+00:00"),
        ];
        assert_eq!(hearts(&cs, PIN), 2);
        assert_eq!(hearts(&cs, OTHER_PIN), 1);
        assert_eq!(hearts(&cs, ID), 0);
        let order: Vec<String> = stories(&cs, PIN).iter().map(|c| c.id.clone()).collect();
        assert_eq!(order, [id(7), id(11), id(12), id(10)]);
        assert_eq!(
            heart_counts(&cs),
            HashMap::from([(PIN.to_owned(), 2), (OTHER_PIN.to_owned(), 1)])
        );
        assert_eq!(
            story_counts(&cs),
            HashMap::from([(PIN.to_owned(), 4), (OTHER_PIN.to_owned(), 1)])
        );
    }

    #[test]
    fn merging_contributions_follows_the_rules_of_pins() {
        let here = vec![story()];
        let edit = Contribution {
            text: "Later meer".into(),
            updated_at: LATER.into(),
            ..story()
        };
        let same_time = Contribution {
            text: "Anders".into(),
            ..story()
        };
        let new = heart(&heart_id(SECRET, PIN), PIN, NOW);
        let p = plan_contributions(&here, vec![same_time, new.clone(), edit.clone()]);
        assert_eq!(p.add, vec![new.clone()]);
        assert_eq!(p.update, vec![edit.clone()]);
        assert_eq!(p.unchanged, 1);
        // A second merge of the same adds nothing.
        let after = vec![edit.clone(), new.clone()];
        let again = plan_contributions(&after, vec![edit, new]);
        assert!(again.is_empty());
        assert_eq!(again.unchanged, 2);
    }

    #[test]
    fn a_feature_reads_back() {
        let mut s = story();
        s.extra.insert("color".into(), Value::from("#fff"));
        let f = contribution_feature(&s);
        assert_eq!(f["geometry"], Value::Null);
        assert_eq!(f["properties"]["contribution"], "story");
        assert!(is_contribution_feature(&f));
        assert_eq!(read_contribution(&f, now()), Ok(s.clone()));
        let edited = |edit: &dyn Fn(&mut Value)| {
            let mut v = contribution_feature(&s);
            edit(&mut v);
            read_contribution(&v, now())
        };
        assert_eq!(
            edited(&|v| v["geometry"] = json!({"type": "Point", "coordinates": [5.8, 51.8]})),
            Err(ContributionError::NotAContribution)
        );
        assert_eq!(
            edited(&|v| v["properties"] = Value::Null),
            Err(ContributionError::NotAContribution)
        );
        assert_eq!(
            edited(&|v| v["properties"]["contribution"] = "kudos".into()),
            Err(ContributionError::NoKind)
        );
        assert!(matches!(
            edited(&|v| v["properties"]["talents"] = 5.into()),
            Err(ContributionError::Unreadable(_))
        ));
        assert_eq!(
            edited(&|v| v["properties"]["pin"] = "hier".into()),
            Err(ContributionError::BadPin("hier".into()))
        );
        assert_eq!(
            edited(&|v| v["properties"]["updated_at"] = "9999-01-01T00:00:00Z".into()),
            Err(ContributionError::FromTheFuture(
                "9999-01-01T00:00:00Z".into()
            ))
        );
        // A pin's Feature is not a contribution.
        let pin = json!({"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.8, 51.8]},
                         "properties": {"id": PIN, "kind": "dream"}});
        assert!(!is_contribution_feature(&pin));
    }
}
