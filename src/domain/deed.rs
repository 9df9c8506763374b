//! From dream to deed: what a chosen dream still needs beside what pledges offer ("alles is
//! er al" made concrete), who helped, the photo after, and what keeps a done dream going
//! (re-evolution: a contact person, a next date or a rhythm).
//!
//! The after photo and what comes next ride in the pin's properties: `"photo_after"`,
//! `"next_contact"`, `"next_when"` (exchange format version 2; older versions keep them as
//! unknown properties).

use std::collections::HashSet;

use serde_json::Value;

use super::contribution::{pledges, stories, Contribution};
use super::pin::{DreamStatus, Pin, PinKind};

/// Longest contact person or next date, in characters.
pub const MAX_NEXT: usize = 120;

/// Words of an item, lower case, without punctuation around them.
fn words(item: &str) -> Vec<String> {
    item.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether an offered item covers a needed one: every word of the need is among the offer's
/// words ("mijn boormachine" covers "boormachine", "verf en kwasten" covers "verf").
fn covers(offer: &[String], need: &[String]) -> bool {
    !need.is_empty() && need.iter().all(|w| offer.contains(w))
}

/// What the live pledges for `pin` offer: their talents and resources.
pub fn offered(cs: &[Contribution], pin: &str) -> Vec<String> {
    pledges(cs, pin)
        .into_iter()
        .flat_map(|c| c.talents.iter().chain(&c.resources).cloned())
        .collect()
}

/// What dream `dream` names (its talents and resources) that no pledge offers yet, in the
/// dream's order, each once.
pub fn still_needed(dream: &Pin, cs: &[Contribution]) -> Vec<String> {
    let offers: Vec<Vec<String>> = offered(cs, &dream.id).iter().map(|o| words(o)).collect();
    let mut seen = HashSet::new();
    dream
        .talents
        .iter()
        .chain(&dream.resources)
        .map(|n| n.trim())
        .filter(|n| !n.is_empty() && seen.insert(n.to_lowercase()))
        .filter(|n| {
            let need = words(n);
            !offers.iter().any(|o| covers(o, &need))
        })
        .map(str::to_owned)
        .collect()
}

/// Whether the card shows what a dream needs: once chosen (or underway, or done), and only
/// when it names anything.
pub fn shows_needs(dream: &Pin) -> bool {
    dream.kind == PinKind::Dream
        && dream.status() != DreamStatus::Dream
        && !(dream.talents.is_empty() && dream.resources.is_empty())
}

/// The first names of those who pledged to `pin` or told about it, each once, oldest first:
/// who helped, as the celebration names them (nothing else of theirs).
pub fn helpers(cs: &[Contribution], pin: &str) -> Vec<String> {
    let mut all: Vec<&Contribution> = pledges(cs, pin);
    all.extend(stories(cs, pin));
    all.sort_by_key(|c| c.created_ms());
    first_names(all)
}

/// The first names of those who pledged to `pin`, each once, oldest first: who joins in, as
/// the screen shows them (never how to reach them).
pub fn joiners(cs: &[Contribution], pin: &str) -> Vec<String> {
    first_names(pledges(cs, pin))
}

/// First names, each once; a phone's contribution still waiting for the organiser's OK is
/// not named yet.
fn first_names(cs: Vec<&Contribution>) -> Vec<String> {
    let mut seen = HashSet::new();
    cs.into_iter()
        .filter(|c| !c.waiting())
        .map(|c| c.name.trim().to_owned())
        .filter(|n| !n.is_empty() && seen.insert(n.to_lowercase()))
        .collect()
}

/// What keeps a done dream going after the week.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Next {
    /// A first name, given with that person's agreement.
    pub contact: String,
    /// A next date or a rhythm, in words ("elke eerste zaterdag").
    pub when: String,
}

impl Next {
    pub fn is_empty(&self) -> bool {
        self.contact.is_empty() && self.when.is_empty()
    }
}

/// Why what comes next was refused, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NextError {
    /// A name or date longer than [`MAX_NEXT`] characters.
    TooLong(usize),
    /// A contact person named without their agreement.
    NoAgreement,
}

fn text(pin: &Pin, key: &str) -> String {
    pin.extra
        .get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

fn set_text(pin: &mut Pin, key: &str, value: &str) {
    if value.is_empty() {
        pin.extra.remove(key);
    } else {
        pin.extra.insert(key.to_owned(), Value::from(value));
    }
}

/// What comes next for `pin` (empty when nothing is named).
pub fn next_of(pin: &Pin) -> Next {
    Next {
        contact: text(pin, "next_contact"),
        when: text(pin, "next_when"),
    }
}

/// Names what comes next: trimmed; a contact person only with `agreed` (they said yes to
/// being named). Empty fields remove what was there.
pub fn set_next(pin: &mut Pin, next: Next, agreed: bool) -> Result<(), NextError> {
    let contact = next.contact.trim();
    let when = next.when.trim();
    if let Some(n) = [contact, when]
        .iter()
        .map(|s| s.chars().count())
        .find(|n| *n > MAX_NEXT)
    {
        return Err(NextError::TooLong(n));
    }
    if !contact.is_empty() && !agreed {
        return Err(NextError::NoAgreement);
    }
    set_text(pin, "next_contact", contact);
    set_text(pin, "next_when", when);
    Ok(())
}

/// A living initiative: a done dream that names what comes next. It stays on the map, marked
/// as such, and counts as achieved.
pub fn is_living(pin: &Pin) -> bool {
    pin.kind == PinKind::Dream && pin.status() == DreamStatus::Done && !next_of(pin).is_empty()
}

/// The storage key of a done dream's photo after (`"photo_after"`).
pub fn after_photo(pin: &Pin) -> Option<String> {
    Some(text(pin, "photo_after")).filter(|k| !k.is_empty())
}

pub fn set_after_photo(pin: &mut Pin, key: Option<&str>) {
    set_text(pin, "photo_after", key.unwrap_or_default());
}

/// The photos a pin refers to: its photo and, for a dream, the photo after.
pub fn photo_keys(pin: &Pin) -> impl Iterator<Item = String> {
    pin.photo.clone().into_iter().chain(after_photo(pin))
}

/// The dreams that were done, for the celebration: not removed, hidden or waiting; the most
/// recently changed first.
pub fn achieved(pins: &[Pin]) -> Vec<&Pin> {
    let mut out: Vec<&Pin> = pins
        .iter()
        .filter(|p| !p.deleted && !p.hidden() && !p.waiting())
        .filter(|p| p.kind == PinKind::Dream && p.status() == DreamStatus::Done)
        .collect();
    out.sort_by(|a, b| b.updated_ms().cmp(&a.updated_ms()).then(a.id.cmp(&b.id)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contribution::{new_pledge, new_story, PledgeForm};
    use crate::domain::pin::tests::{LATER, NOW};

    const DREAM: &str = "0b5f3c9e-6a61-4c1e-9f0e-2d4c8a7b1e23";

    fn id(n: u8) -> String {
        format!("00000000-0000-4000-8000-0000000000{n:02}")
    }

    fn dream() -> Pin {
        let mut p = Pin::new(DREAM, PinKind::Dream, 51.84, 5.87, NOW).expect("valid");
        p.title = "Een bankje bij de speeltuin".into();
        p.talents = vec!["Iemand met een boormachine".into(), "timmeren".into()];
        p.resources = vec!["verf".into(), "hout".into(), "Verf ".into()];
        p.set_status(DreamStatus::Chosen);
        p
    }

    fn pledge(n: u8, name: &str, talents: &[&str], resources: &[&str], at: &str) -> Contribution {
        let form = PledgeForm {
            text: "Ik doe mee".into(),
            name: name.into(),
            contact: "06".into(),
            talents: talents.iter().map(|s| s.to_string()).collect(),
            resources: resources.iter().map(|s| s.to_string()).collect(),
        };
        new_pledge(&id(n), DREAM, form, at).expect("valid")
    }

    #[test]
    fn the_needs_shrink_as_pledges_offer_them() {
        let d = dream();
        assert!(shows_needs(&d));
        assert_eq!(
            still_needed(&d, &[]),
            ["Iemand met een boormachine", "timmeren", "verf", "hout"]
        );
        // "Verf" once; an offer's words cover a need inside it, in any case.
        let cs = vec![pledge(1, "Ans", &[], &["Verf en kwasten"], NOW)];
        assert_eq!(
            still_needed(&d, &cs),
            ["Iemand met een boormachine", "timmeren", "hout"]
        );
        let cs = vec![
            cs[0].clone(),
            pledge(
                2,
                "Joop",
                &["Timmeren!"],
                &["mijn boormachine, iemand met een"],
                LATER,
            ),
        ];
        assert_eq!(still_needed(&d, &cs), ["hout"]);
        // A pledge taken back offers nothing; one for another dream neither.
        let mut other = pledge(3, "", &[], &["hout"], NOW);
        other.pin = id(9);
        let cs = vec![cs[0].tombstone(LATER), cs[1].clone(), other];
        assert_eq!(still_needed(&d, &cs), ["verf", "hout"]);
        // A part of a word is not the word.
        let cs = vec![pledge(4, "", &[], &["houtje", "verfje"], NOW)];
        assert_eq!(still_needed(&d, &cs).len(), 4);
    }

    #[test]
    fn needs_show_once_a_dream_is_chosen_and_names_something() {
        let mut d = dream();
        d.set_status(DreamStatus::Dream);
        assert!(!shows_needs(&d));
        for s in [
            DreamStatus::Chosen,
            DreamStatus::Underway,
            DreamStatus::Done,
        ] {
            d.set_status(s);
            assert!(shows_needs(&d));
        }
        d.talents.clear();
        d.resources.clear();
        assert!(!shows_needs(&d));
    }

    #[test]
    fn helpers_are_first_names_once_oldest_first() {
        let story = |n: u8, name: &str, at: &str| {
            new_story(&id(n), DREAM, "mooi", name, vec![], vec![], at).expect("valid")
        };
        let cs = vec![
            pledge(1, "Joop", &["zagen"], &[], LATER),
            story(2, " Fatima ", NOW),
            pledge(3, "", &["verven"], &[], NOW),
            story(4, "joop", LATER),
            pledge(5, "Ans", &["koken"], &[], NOW).tombstone(LATER),
        ];
        assert_eq!(helpers(&cs, DREAM), ["Fatima", "Joop"]);
        assert_eq!(joiners(&cs, DREAM), ["Joop"]);
        assert!(helpers(&cs, &id(9)).is_empty());
    }

    #[test]
    fn what_comes_next_needs_agreement_for_a_name() {
        let mut d = dream();
        assert!(next_of(&d).is_empty());
        let next = Next {
            contact: " Ans ".into(),
            when: " elke eerste zaterdag ".into(),
        };
        assert_eq!(
            set_next(&mut d, next.clone(), false),
            Err(NextError::NoAgreement)
        );
        assert!(next_of(&d).is_empty());
        assert_eq!(set_next(&mut d, next, true), Ok(()));
        assert_eq!(
            next_of(&d),
            Next {
                contact: "Ans".into(),
                when: "elke eerste zaterdag".into()
            }
        );
        assert!(!is_living(&d), "chosen, not done yet");
        d.set_status(DreamStatus::Done);
        assert!(is_living(&d));
        // A date alone needs no agreement; emptied fields are gone from the pin.
        let when = Next {
            contact: String::new(),
            when: "2027-01-09".into(),
        };
        assert_eq!(set_next(&mut d, when, false), Ok(()));
        assert!(!d.extra.contains_key("next_contact"));
        assert_eq!(
            set_next(
                &mut d,
                Next {
                    contact: "a".repeat(121),
                    when: String::new()
                },
                true
            ),
            Err(NextError::TooLong(121))
        );
        assert_eq!(set_next(&mut d, Next::default(), false), Ok(()));
        assert!(!is_living(&d));
        assert!(!d.extra.contains_key("next_when"));
    }

    #[test]
    fn the_after_photo_and_the_achieved_dreams() {
        let mut d = dream();
        d.photo = Some("1-before.jpg".into());
        assert_eq!(photo_keys(&d).collect::<Vec<_>>(), ["1-before.jpg"]);
        set_after_photo(&mut d, Some("2-after.jpg"));
        assert_eq!(after_photo(&d).as_deref(), Some("2-after.jpg"));
        assert_eq!(
            photo_keys(&d).collect::<Vec<_>>(),
            ["1-before.jpg", "2-after.jpg"]
        );
        // The after photo travels with the pin, and is gone from its tombstone.
        let back: Pin = serde_json::from_value(serde_json::to_value(&d).expect("ok")).expect("ok");
        assert_eq!(after_photo(&back).as_deref(), Some("2-after.jpg"));
        assert_eq!(after_photo(&d.tombstone(LATER)), None);
        set_after_photo(&mut d, None);
        assert_eq!(after_photo(&d), None);

        let mut done = dream();
        done.set_status(DreamStatus::Done);
        let mut older = done.clone();
        older.id = id(1);
        older.updated_at = NOW.into();
        done.updated_at = LATER.into();
        let mut hidden = done.clone();
        hidden.id = id(2);
        hidden.set_hidden(true);
        let pins = vec![
            older.clone(),
            dream(),
            hidden,
            done.clone(),
            done.tombstone(LATER),
        ];
        let ids: Vec<&str> = achieved(&pins).iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, [DREAM, older.id.as_str()]);
    }
}
