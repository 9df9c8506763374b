//! The kiosk's rules as plain data: which screen follows which for each kind of pin, what a
//! screen needs before the person may go on, the idle countdown, the organiser's settings and
//! PIN.
//!
//! The flow is a reducer like the map's (`map::view::reduce`): screens turn taps into a
//! [`KioskInput`], [`Flow::apply`] decides the next state and says when the pin is to be saved.
//! Nothing here knows the browser: saving, timers and the PIN prompt live in the UI.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::contribution;
use super::pin::{Pin, PinError, PinKind};
use super::symbols::DRAWN;
use super::text::split_list;

/// Seconds without a touch before the countdown starts, unless the organiser chose otherwise.
pub const DEFAULT_IDLE_S: u32 = 90;
/// Longest countdown before a reset, in seconds (shorter when the idle time itself is shorter).
pub const WARN_S: u32 = 10;
/// Seconds the thanks screen stays before the next person's welcome (or the idle time, if
/// shorter).
pub const THANKS_S: u32 = 10;
/// Idle times an organiser (or a test's `?idle=`) may choose, in seconds.
pub const IDLE_RANGE: (u32, u32) = (1, 3600);
/// Longest first name kept, in characters.
pub const MAX_NAME: usize = 60;
/// Dots each resident gets to choose dreams with, unless the organiser chose otherwise.
pub const DEFAULT_VOTES: u32 = 3;
/// Dots an organiser may give each resident.
pub const VOTES_RANGE: (u32, u32) = (1, 10);
/// Places offered to tell about: the ones nearest the middle of the kiosk's map.
pub const NEAREST: usize = 6;

/// One question of the flow: one screen each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Welcome,
    Kind,
    /// The map under a crosshair.
    Where,
    Photo,
    /// A symbol from the set, or a drawing.
    Symbol,
    Text(Field),
    /// Agreeing to upload; asked only when upload is set up.
    Consent,
    /// Choosing dreams: one dot per dream, as many dots as the organiser gives.
    Vote,
    /// Which place a story is about.
    Pick,
    /// The story and an optional first name.
    Story,
    Thanks,
}

/// What a resident came to the kiosk for, chosen on the welcome screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Errand {
    /// Put a pin on the map.
    #[default]
    Pin,
    /// Choose dreams with dots (a heart each).
    Vote,
    /// Tell a story about a pin already on the map.
    Tell,
}

/// The text a text screen asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Quote,
    Talents,
    Resources,
    /// An optional first name, kept in the pin's extra property `"name"`.
    Name,
    /// What the dreamer can do themselves; joins the pin's talents.
    OwnTalents,
}

/// The screens that ask about a pin of each kind, between "where" and the name.
pub fn prompts(kind: PinKind) -> &'static [Step] {
    match kind {
        PinKind::Beauty => &[Step::Photo, Step::Text(Field::Title)],
        PinKind::Place => &[Step::Symbol, Step::Text(Field::Quote)],
        PinKind::Dream => &[
            Step::Text(Field::Title),
            Step::Text(Field::Talents),
            Step::Text(Field::Resources),
        ],
    }
}

/// The field asked on the same screen as `field`, above it, for a pin of `kind`: a meaningful
/// place's name beside why it matters, and a dreamer's own talents beside who else can help.
/// On one screen rather than two, so nobody needs an extra tap.
pub fn companion(kind: PinKind, field: Field) -> Option<Field> {
    match (kind, field) {
        (PinKind::Place, Field::Quote) => Some(Field::Title),
        (PinKind::Dream, Field::Talents) => Some(Field::OwnTalents),
        _ => None,
    }
}

/// Whether the screens for a pin of `kind` ask for `field`.
pub fn asks(kind: PinKind, field: Field) -> bool {
    prompts(kind).iter().any(|s| match s {
        Step::Text(f) => *f == field || companion(kind, *f) == Some(field),
        _ => false,
    })
}

/// Whether residents see `pin` at the kiosk: not deleted, not hidden by the organiser, not
/// waiting for the organiser's OK.
pub fn shown(pin: &Pin) -> bool {
    !pin.deleted && !pin.hidden() && !pin.waiting()
}

/// The dreams to choose from, oldest first (an order nobody's hearts change).
pub fn vote_options(pins: &[Pin]) -> Vec<&Pin> {
    let mut d: Vec<&Pin> = pins
        .iter()
        .filter(|p| p.kind == PinKind::Dream && shown(p))
        .collect();
    d.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
    d
}

/// Up to `n` shown pins nearest (`lat`, `lon`), nearest first.
pub fn nearest(pins: &[Pin], lat: f64, lon: f64, n: usize) -> Vec<&Pin> {
    // Near enough to flat for a neighbourhood: east-west degrees shrink with the latitude.
    let squeeze = lat.to_radians().cos();
    let far = |p: &Pin| ((p.lon - lon) * squeeze).hypot(p.lat - lat);
    let mut near: Vec<&Pin> = pins.iter().filter(|p| shown(p)).collect();
    near.sort_by(|a, b| far(a).total_cmp(&far(b)).then(a.id.cmp(&b.id)));
    near.truncate(n);
    near
}

/// What one person has answered so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub kind: Option<PinKind>,
    /// Latitude and longitude (WGS84 degrees) under the crosshair when they said "here".
    pub at: Option<(f64, f64)>,
    /// Reference of a photo already stored on the device.
    pub photo: Option<String>,
    pub symbol: Option<String>,
    /// Path data of a drawn symbol.
    pub drawn: Option<String>,
    pub title: String,
    pub quote: String,
    pub talents: String,
    pub resources: String,
    pub own_talents: String,
    pub name: String,
    pub consent: bool,
    /// The dreams chosen so far (pin ids, in the order tapped).
    pub ballot: Vec<String>,
    /// The pin a story is about.
    pub story_pin: Option<String>,
    pub story: String,
}

/// Why a draft cannot become a pin yet.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum DraftError {
    #[error("no kind chosen")]
    NoKind,
    #[error("no place chosen")]
    NoPlace,
    #[error(transparent)]
    Pin(#[from] PinError),
}

/// Whether a symbol choice is complete: "draw your own" needs a drawing.
pub fn symbol_ready(symbol: Option<&str>, has_drawing: bool) -> bool {
    symbol != Some(DRAWN) || has_drawing
}

impl Draft {
    pub fn text(&self, field: Field) -> &str {
        match field {
            Field::Title => &self.title,
            Field::Quote => &self.quote,
            Field::Talents => &self.talents,
            Field::Resources => &self.resources,
            Field::Name => &self.name,
            Field::OwnTalents => &self.own_talents,
        }
    }

    pub fn set_text(&mut self, field: Field, value: String) {
        *match field {
            Field::Title => &mut self.title,
            Field::Quote => &mut self.quote,
            Field::Talents => &mut self.talents,
            Field::Resources => &mut self.resources,
            Field::Name => &mut self.name,
            Field::OwnTalents => &mut self.own_talents,
        } = value;
    }

    /// Whether the person may leave `step` forward. Only kind, place and a started drawing are
    /// required; every text may stay empty (few required fields, as everywhere in Oase).
    pub fn ready(&self, step: Step) -> bool {
        match step {
            Step::Kind => self.kind.is_some(),
            Step::Where => self.at.is_some(),
            Step::Symbol => symbol_ready(self.symbol.as_deref(), self.drawn.is_some()),
            Step::Vote => !self.ballot.is_empty(),
            Step::Pick => self.story_pin.is_some(),
            Step::Story => self.story_pin.is_some() && story_ready(&self.story),
            _ => true,
        }
    }

    /// The pin these answers make: only the fields of its kind, the name in `extra`.
    pub fn to_pin(&self, id: &str, now: &str) -> Result<Pin, DraftError> {
        let kind = self.kind.ok_or(DraftError::NoKind)?;
        let (lat, lon) = self.at.ok_or(DraftError::NoPlace)?;
        let mut pin = Pin::new(id, kind, lat, lon, now)?;
        let text = |f: Field| {
            if asks(kind, f) {
                self.text(f).trim().to_owned()
            } else {
                String::new()
            }
        };
        pin.title = text(Field::Title);
        pin.quote = text(Field::Quote);
        // Their own talents first, then who else can help; each named once.
        let mut talents = split_list(&text(Field::OwnTalents));
        for t in split_list(&text(Field::Talents)) {
            if !talents.contains(&t) {
                talents.push(t);
            }
        }
        pin.talents = talents;
        pin.resources = split_list(&text(Field::Resources));
        if kind == PinKind::Beauty {
            pin.photo = self.photo.clone();
        }
        if kind == PinKind::Place {
            pin.symbol = self.symbol.clone();
            if pin.symbol.as_deref() == Some(DRAWN) {
                pin.symbol_svg = self.drawn.clone();
            }
        }
        let name: String = self.name.trim().chars().take(MAX_NAME).collect();
        if !name.is_empty() {
            pin.extra.insert("name".into(), Value::String(name));
        }
        pin.validate()?;
        Ok(pin)
    }
}

/// Whether a story may be saved: some words, not more than a story holds.
pub fn story_ready(text: &str) -> bool {
    let n = text.trim().chars().count();
    (1..=contribution::MAX_TEXT).contains(&n)
}

/// What a screen tells the flow.
#[derive(Clone, Debug, PartialEq)]
pub enum KioskInput {
    /// Welcome: put a pin on the map. Elsewhere: go on.
    Next,
    Back,
    /// Welcome: choose dreams.
    Vote,
    /// Welcome: tell about a place.
    Tell,
    /// Choosing dreams: a tap on this dream's card (a dot on, or off again).
    Toggle(String),
    /// The place a story is about.
    Pick(String),
    Choose(PinKind),
    /// The place under the crosshair (latitude, longitude).
    Here(f64, f64),
    /// The pin with this id was stored.
    Saved(String),
    /// Start over for the next person: idle, thanks done, or a new round.
    Reset,
}

/// What the UI must do after an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing more: the screen shown follows the flow.
    Shown,
    /// The answers are complete: store the pin (or, telling about a place, the story), then
    /// send [`KioskInput::Saved`].
    Save,
    /// Choosing is done: a heart for each of these dreams. The thanks screen already shows.
    Cast(Vec<String>),
}

/// One person's way through the kiosk.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    pub step: Step,
    pub draft: Draft,
    /// The pin stored at the end, for the thanks screen.
    pub saved: Option<String>,
    pub errand: Errand,
    kinds: Vec<PinKind>,
    ask_consent: bool,
    /// Dots each resident may give.
    votes: u32,
}

impl Flow {
    /// A fresh flow at the welcome screen, offering `kinds` (all three when empty), with the
    /// upload question when `ask_consent`.
    pub fn new(kinds: &[PinKind], ask_consent: bool) -> Self {
        let kinds = if kinds.is_empty() {
            PinKind::ALL.to_vec()
        } else {
            kinds.to_vec()
        };
        Self {
            step: Step::Welcome,
            draft: Draft::default(),
            saved: None,
            errand: Errand::Pin,
            kinds,
            ask_consent,
            votes: DEFAULT_VOTES,
        }
    }

    /// The same flow giving each resident `votes` dots (kept within [`VOTES_RANGE`]).
    pub fn with_votes(mut self, votes: u32) -> Self {
        self.votes = votes.clamp(VOTES_RANGE.0, VOTES_RANGE.1);
        self
    }

    pub fn kinds(&self) -> &[PinKind] {
        &self.kinds
    }

    /// Dots each resident may give.
    pub fn votes(&self) -> u32 {
        self.votes
    }

    /// Dots this resident has left.
    pub fn votes_left(&self) -> u32 {
        self.votes
            .saturating_sub(u32::try_from(self.draft.ballot.len()).unwrap_or(u32::MAX))
    }

    /// Every screen of this person's flow, in order. The kind screen is left out when only one
    /// kind is offered; the kind's prompts appear once it is chosen.
    pub fn sequence(&self) -> Vec<Step> {
        match self.errand {
            Errand::Vote => return vec![Step::Welcome, Step::Vote, Step::Thanks],
            Errand::Tell => return vec![Step::Welcome, Step::Pick, Step::Story, Step::Thanks],
            Errand::Pin => {}
        }
        let mut s = vec![Step::Welcome];
        if self.kinds.len() > 1 {
            s.push(Step::Kind);
        }
        s.push(Step::Where);
        if let Some(k) = self.draft.kind {
            s.extend_from_slice(prompts(k));
        }
        s.push(Step::Text(Field::Name));
        if self.ask_consent {
            s.push(Step::Consent);
        }
        s.push(Step::Thanks);
        s
    }

    fn neighbour(&self, forward: bool) -> Step {
        let seq = self.sequence();
        let i = seq.iter().position(|s| *s == self.step).unwrap_or(0);
        let j = if forward {
            (i + 1).min(seq.len() - 1)
        } else {
            i.saturating_sub(1)
        };
        seq[j]
    }

    /// Whether "next" on this screen stores the pin (the last question).
    pub fn saves_next(&self) -> bool {
        self.neighbour(true) == Step::Thanks && self.step != Step::Thanks
    }

    /// (questions answered or on screen, questions in all), welcome not counted; the thanks
    /// screen counts as all done. Before a kind is chosen the longest kind's questions are
    /// counted, so the total can only shrink and the share shown only grows.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let mut seq = self.sequence();
        if self.errand == Errand::Pin && self.draft.kind.is_none() {
            let most = self.kinds.iter().map(|k| prompts(*k).len()).max();
            seq.extend((0..most.unwrap_or(0)).map(|_| Step::Photo));
        }
        let questions = seq.len() - 2;
        let i = seq.iter().position(|s| *s == self.step)?;
        (i > 0).then_some((i.min(questions), questions))
    }

    /// The pin of this person's answers. Whether it may be uploaded rides along as the extra
    /// property `"upload"`: the answer when the question was asked, and `false` when it was not
    /// (nothing was uploaded then; switching upload on later must not send what nobody agreed to).
    pub fn to_pin(&self, id: &str, now: &str) -> Result<Pin, DraftError> {
        let mut pin = self.draft.to_pin(id, now)?;
        pin.extra.insert(
            "upload".into(),
            Value::Bool(self.ask_consent && self.draft.consent),
        );
        Ok(pin)
    }

    /// Takes one input; says whether the pin must be stored now.
    pub fn apply(&mut self, input: KioskInput) -> Outcome {
        match input {
            KioskInput::Next if self.step == Step::Welcome => {
                self.errand = Errand::Pin;
                if let [only] = self.kinds[..] {
                    self.draft.kind = Some(only);
                }
                self.step = self.neighbour(true);
            }
            // Choosing dreams and telling start clean: nothing of a pin begun and left.
            KioskInput::Vote if self.step == Step::Welcome => {
                self.reset();
                self.errand = Errand::Vote;
                self.step = Step::Vote;
            }
            KioskInput::Tell if self.step == Step::Welcome => {
                self.reset();
                self.errand = Errand::Tell;
                self.step = Step::Pick;
            }
            KioskInput::Next if self.step == Step::Thanks || !self.draft.ready(self.step) => {}
            KioskInput::Next if self.step == Step::Vote => {
                self.step = Step::Thanks;
                return Outcome::Cast(self.draft.ballot.clone());
            }
            KioskInput::Next if self.saves_next() => return Outcome::Save,
            KioskInput::Next => self.step = self.neighbour(true),
            KioskInput::Back if self.step == Step::Thanks => self.reset(),
            // Back to the welcome from dots or a story drops them: the welcome screen has no
            // idle reset, and the next person must not find someone's dots already given.
            KioskInput::Back
                if self.errand != Errand::Pin && self.neighbour(false) == Step::Welcome =>
            {
                self.reset()
            }
            KioskInput::Back => self.step = self.neighbour(false),
            KioskInput::Choose(kind) if self.step == Step::Kind && self.kinds.contains(&kind) => {
                self.draft.kind = Some(kind);
                self.step = self.neighbour(true);
            }
            KioskInput::Here(lat, lon) if self.step == Step::Where => {
                self.draft.at = Some((lat, lon));
                self.step = self.neighbour(true);
            }
            KioskInput::Toggle(id) if self.step == Step::Vote => {
                if let Some(i) = self.draft.ballot.iter().position(|b| *b == id) {
                    self.draft.ballot.remove(i);
                } else if self.votes_left() > 0 {
                    self.draft.ballot.push(id);
                }
            }
            KioskInput::Pick(id) if self.step == Step::Pick => {
                if self.draft.story_pin.as_ref() != Some(&id) {
                    self.draft.story = String::new();
                }
                self.draft.story_pin = Some(id);
                self.step = Step::Story;
            }
            KioskInput::Saved(id) if self.saves_next() && self.errand != Errand::Vote => {
                self.saved = Some(id);
                self.step = Step::Thanks;
            }
            KioskInput::Reset => self.reset(),
            _ => {}
        }
        Outcome::Shown
    }

    /// Back to the welcome screen with nothing of the last person left.
    fn reset(&mut self) {
        *self = Flow::new(&self.kinds, self.ask_consent).with_votes(self.votes);
    }
}

/// How long the kiosk waits for a touch: `after_s` of quiet, then a countdown of `warn_s`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Idle {
    pub after_s: u32,
    pub warn_s: u32,
}

/// Where the idle clock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdlePhase {
    Quiet,
    /// The countdown shows; `left_s` whole seconds remain (at least 1).
    Warning {
        left_s: u32,
    },
    /// Time is up: start over.
    Reset,
}

impl Idle {
    /// A countdown of [`WARN_S`] after `after_s` quiet seconds, or of `after_s` if that is
    /// shorter (a 3 s idle time in a test warns for 3 s, not 10).
    pub fn new(after_s: u32) -> Self {
        Self {
            after_s,
            warn_s: WARN_S.min(after_s),
        }
    }

    /// The phase after `quiet_ms` milliseconds without a touch.
    pub fn phase(&self, quiet_ms: f64) -> IdlePhase {
        let quiet_s = quiet_ms / 1000.0;
        let end = f64::from(self.after_s + self.warn_s);
        if quiet_s < f64::from(self.after_s) {
            IdlePhase::Quiet
        } else if quiet_s < end {
            IdlePhase::Warning {
                left_s: ((end - quiet_s).ceil() as u32).max(1),
            }
        } else {
            IdlePhase::Reset
        }
    }
}

/// The idle time to use: a valid `?idle=` (seconds) from the link wins over the setting.
///
/// `?idle=<seconds>`: shortens (or lengthens) the kiosk's idle time for that session, e.g.
/// `/kiosk?idle=3`, so tests need not wait 90 s. Outside [`IDLE_RANGE`] or not a whole number:
/// ignored.
pub fn idle_seconds(param: Option<&str>, setting: u32) -> u32 {
    let valid = |s: u32| (IDLE_RANGE.0..=IDLE_RANGE.1).contains(&s).then_some(s);
    param
        .and_then(|p| p.trim().parse().ok())
        .and_then(valid)
        .or_else(|| valid(setting))
        .unwrap_or(DEFAULT_IDLE_S)
}

/// Whether `pin` may be a new organiser PIN: 6 to 8 digits (a million guesses, with the
/// growing waits of [`pin_wait_ms`]). PINs set before this rule still open the lock.
pub fn valid_pin(pin: &str) -> bool {
    (6..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Wrong PINs allowed before the lock makes people wait.
pub const FREE_PIN_TRIES: u32 = 3;

/// How long the lock waits after `wrong` wrong PINs in a row: nothing for the first
/// [`FREE_PIN_TRIES`], then 5 s, doubling each time, at most 5 minutes.
pub fn pin_wait_ms(wrong: u32) -> f64 {
    match wrong.checked_sub(FREE_PIN_TRIES) {
        None => 0.0,
        Some(n) => (5_000.0 * 2f64.powi(n.min(16) as i32)).min(300_000.0),
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
/// Rounds of the PIN hash: a few milliseconds in the browser, so each guess costs a little.
const PIN_ROUNDS: u32 = 20_000;

/// FNV-1a, 64 bit, continuing from `h` (start with the offset basis).
fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// The organiser PIN as a salted hash, never the digits themselves.
///
/// Not cryptography, and it need not be: a PIN of 4 to 8 digits has at most 10⁸ values, so
/// anyone who can read the tablet's storage could try them all against any hash, SHA-256
/// included. What the hash buys is that the PIN cannot be read at a glance in storage or a copy
/// of the settings, and the random salt makes two tablets with the same PIN store different
/// values. Salted, iterated FNV-1a in Rust rather than SHA-256 through `crypto.subtle`: subtle
/// exists only in secure contexts (a tablet opening the app at `http://192.168.…` has none), it
/// is asynchronous, and plain Rust is unit-tested natively.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    pub salt: String,
    /// 16 lower-case hex digits.
    pub hash: String,
}

impl PinHash {
    pub fn new(pin: &str, salt: &str) -> Self {
        Self {
            salt: salt.to_owned(),
            hash: Self::digest(pin, salt),
        }
    }

    fn digest(pin: &str, salt: &str) -> String {
        let mut h = fnv1a(
            fnv1a(fnv1a(FNV_OFFSET, salt.as_bytes()), &[0]),
            pin.as_bytes(),
        );
        for _ in 0..PIN_ROUNDS {
            h = fnv1a(fnv1a(h, &h.to_le_bytes()), salt.as_bytes());
        }
        format!("{h:016x}")
    }

    /// Whether `pin` is the PIN this hash was made from.
    pub fn matches(&self, pin: &str) -> bool {
        Self::digest(pin.trim(), &self.salt) == self.hash
    }
}

/// The organiser's kiosk choices, part of the device settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KioskSettings {
    /// Seconds without a touch before the countdown.
    pub idle_s: u32,
    /// The kinds the kiosk offers, in the order shown.
    pub kinds: Vec<PinKind>,
    /// Set: leaving the kiosk and opening settings need the PIN.
    pub lock: Option<PinHash>,
    /// Dots each resident gets to choose dreams with.
    pub votes: u32,
}

impl Default for KioskSettings {
    fn default() -> Self {
        Self {
            idle_s: DEFAULT_IDLE_S,
            kinds: PinKind::ALL.to_vec(),
            lock: None,
            votes: DEFAULT_VOTES,
        }
    }
}

impl KioskSettings {
    /// The kinds offered, in the usual order; all three if the list was emptied somehow.
    pub fn offered(&self) -> Vec<PinKind> {
        let k: Vec<PinKind> = PinKind::ALL
            .into_iter()
            .filter(|k| self.kinds.contains(k))
            .collect();
        if k.is_empty() {
            PinKind::ALL.to_vec()
        } else {
            k
        }
    }

    /// Dots each resident gets, within [`VOTES_RANGE`] whatever was stored.
    pub fn dots(&self) -> u32 {
        self.votes.clamp(VOTES_RANGE.0, VOTES_RANGE.1)
    }

    /// Switches a kind on or off; the last one offered stays on (a kiosk offers something).
    pub fn toggle(&mut self, kind: PinKind) {
        let mut k = self.offered();
        if k.contains(&kind) {
            if k.len() > 1 {
                k.retain(|x| *x != kind);
            }
        } else {
            k.push(kind);
        }
        self.kinds = PinKind::ALL.into_iter().filter(|x| k.contains(x)).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "00000000-0000-4000-8000-0000000000aa";
    const NOW: &str = "2026-11-25T10:00:00Z";

    fn walk(flow: &mut Flow, inputs: &[KioskInput]) -> Vec<Step> {
        inputs
            .iter()
            .map(|i| {
                flow.apply(i.clone());
                flow.step
            })
            .collect()
    }

    #[test]
    fn each_kind_asks_its_own_questions_in_order() {
        use Field::*;
        use KioskInput::*;
        let mut f = Flow::new(&PinKind::ALL, false);
        f.apply(Next);
        assert_eq!(f.progress(), Some((1, 6)), "counted as the longest kind");
        f.apply(Choose(PinKind::Beauty));
        assert_eq!(f.progress(), Some((2, 5)), "the share only grows");
        let mut f = Flow::new(&PinKind::ALL, false);
        let seen = walk(
            &mut f,
            &[Next, Choose(PinKind::Dream), Here(51.8, 5.9), Next, Next],
        );
        assert_eq!(
            seen,
            [
                Step::Kind,
                Step::Where,
                Step::Text(Title),
                Step::Text(Talents),
                Step::Text(Resources)
            ]
        );
        assert_eq!(f.apply(Next), Outcome::Shown);
        assert_eq!(f.step, Step::Text(Name));
        assert!(f.saves_next());
        assert_eq!(f.apply(Next), Outcome::Save, "the last question saves");
        assert_eq!(f.step, Step::Text(Name), "…and waits for the store");
        f.apply(Saved(ID.into()));
        assert_eq!((f.step, f.saved.as_deref()), (Step::Thanks, Some(ID)));

        let mut b = Flow::new(&PinKind::ALL, false);
        walk(&mut b, &[Next, Choose(PinKind::Beauty), Here(51.8, 5.9)]);
        assert_eq!(b.step, Step::Photo);
        assert_eq!(walk(&mut b, &[Next]), [Step::Text(Title)]);
        let mut p = Flow::new(&PinKind::ALL, false);
        walk(&mut p, &[Next, Choose(PinKind::Place), Here(51.8, 5.9)]);
        assert_eq!(p.step, Step::Symbol);
        assert_eq!(
            walk(&mut p, &[Next, Next]),
            [Step::Text(Quote), Step::Text(Name)]
        );
    }

    #[test]
    fn back_always_leads_back_and_keeps_answers() {
        use KioskInput::*;
        let mut f = Flow::new(&PinKind::ALL, false);
        walk(&mut f, &[Next, Choose(PinKind::Dream), Here(1.0, 2.0)]);
        f.draft.title = "Moestuin".into();
        let back = walk(&mut f, &[Back, Back, Back, Back]);
        assert_eq!(
            back,
            [Step::Where, Step::Kind, Step::Welcome, Step::Welcome]
        );
        assert_eq!(f.draft.title, "Moestuin", "going back loses nothing");
        // Choosing another kind changes the questions that follow.
        walk(&mut f, &[Next, Choose(PinKind::Place)]);
        assert_eq!(f.neighbour(true), Step::Symbol);
    }

    #[test]
    fn required_answers_hold_the_flow() {
        use KioskInput::*;
        let mut f = Flow::new(&PinKind::ALL, false);
        walk(&mut f, &[Next, Next]);
        assert_eq!(f.step, Step::Kind, "no kind, no going on");
        f.apply(Choose(PinKind::Place));
        f.apply(Next);
        assert_eq!(f.step, Step::Where, "the place comes from 'here' only");
        f.apply(Here(51.8, 5.9));
        f.draft.symbol = Some(DRAWN.into());
        f.apply(Next);
        assert_eq!(f.step, Step::Symbol, "draw your own needs a drawing");
        f.draft.drawn = Some("M10 10 L20 20".into());
        f.apply(Next);
        assert_eq!(f.step, Step::Text(Field::Quote));
        // Inputs meant for other screens change nothing.
        f.apply(Here(0.0, 0.0));
        f.apply(Choose(PinKind::Dream));
        assert_eq!(f.draft.at, Some((51.8, 5.9)));
        assert_eq!(f.draft.kind, Some(PinKind::Place));
        f.apply(Saved(ID.into()));
        assert_eq!(
            f.step,
            Step::Text(Field::Quote),
            "saved only from the last question"
        );
    }

    #[test]
    fn one_kind_skips_the_choice_and_consent_comes_last_when_asked() {
        use KioskInput::*;
        let mut f = Flow::new(&[PinKind::Beauty], true);
        f.apply(Next);
        assert_eq!((f.step, f.draft.kind), (Step::Where, Some(PinKind::Beauty)));
        assert_eq!(f.progress(), Some((1, 5)));
        assert_eq!(
            Flow::new(&[PinKind::Beauty], false).progress(),
            None,
            "welcome"
        );
        walk(&mut f, &[Here(1.0, 1.0), Next, Next]);
        assert_eq!(f.step, Step::Text(Field::Name));
        assert!(!f.saves_next());
        f.apply(Next);
        assert_eq!(f.step, Step::Consent);
        assert_eq!(f.progress(), Some((5, 5)));
        assert_eq!(f.apply(Next), Outcome::Save);
        f.apply(Back);
        assert_eq!(f.step, Step::Text(Field::Name));
        assert_eq!(
            Flow::new(&[], false).kinds(),
            PinKind::ALL,
            "none means all"
        );
        // The answer travels with the pin; unasked, it is a no.
        assert_eq!(
            f.to_pin(ID, NOW).expect("valid").extra["upload"],
            Value::Bool(false)
        );
        f.draft.consent = true;
        assert_eq!(
            f.to_pin(ID, NOW).expect("valid").extra["upload"],
            Value::Bool(true)
        );
        let mut quiet = Flow::new(&[PinKind::Beauty], false);
        walk(&mut quiet, &[Next, Here(1.0, 1.0)]);
        assert_eq!(
            quiet.to_pin(ID, NOW).expect("valid").extra["upload"],
            Value::Bool(false)
        );
    }

    #[test]
    fn reset_leaves_nothing_of_the_last_person() {
        use KioskInput::*;
        let mut f = Flow::new(&[PinKind::Dream, PinKind::Place], false);
        walk(&mut f, &[Next, Choose(PinKind::Dream), Here(1.0, 1.0)]);
        f.draft.title = "geheim".into();
        f.apply(Reset);
        assert_eq!(f, Flow::new(&[PinKind::Dream, PinKind::Place], false));
        // From the thanks screen, back means: next person.
        walk(
            &mut f,
            &[
                Next,
                Choose(PinKind::Dream),
                Here(1.0, 1.0),
                Next,
                Next,
                Next,
            ],
        );
        f.apply(Saved(ID.into()));
        assert_eq!(f.step, Step::Thanks);
        assert_eq!(f.progress(), Some((6, 6)), "thanks: all done");
        f.apply(Back);
        assert_eq!((f.step, f.saved.clone()), (Step::Welcome, None));
    }

    #[test]
    fn drafts_become_pins_with_only_their_kinds_fields() {
        let mut d = Draft {
            kind: Some(PinKind::Dream),
            at: Some((51.84, 5.86)),
            title: "  Een moestuin ".into(),
            quote: "not asked of dreams".into(),
            talents: "koken, timmeren,, ".into(),
            resources: "het veld".into(),
            symbol: Some("sun".into()),
            name: "  Fatima ".into(),
            ..Draft::default()
        };
        let pin = d.to_pin(ID, NOW).expect("valid");
        assert_eq!((pin.kind, pin.lat, pin.lon), (PinKind::Dream, 51.84, 5.86));
        assert_eq!(pin.title, "Een moestuin");
        assert_eq!(pin.quote, "");
        assert_eq!(pin.symbol, None);
        assert_eq!(pin.talents, ["koken", "timmeren"]);
        assert_eq!(pin.resources, ["het veld"]);
        assert_eq!(pin.extra.get("name"), Some(&Value::String("Fatima".into())));

        d.kind = Some(PinKind::Place);
        d.symbol = Some(DRAWN.into());
        d.drawn = Some("M10 10 L20 20".into());
        d.name = " ".into();
        let place = d.to_pin(ID, NOW).expect("valid");
        assert_eq!(place.quote, "not asked of dreams");
        assert_eq!(place.title, "Een moestuin", "a place is asked its name too");
        assert_eq!(place.symbol_svg.as_deref(), Some("M10 10 L20 20"));
        assert!(place.extra.is_empty(), "an empty name is left out");

        d.quote = "x".repeat(281);
        assert!(matches!(
            d.to_pin(ID, NOW),
            Err(DraftError::Pin(PinError::QuoteTooLong(281)))
        ));
        assert_eq!(Draft::default().to_pin(ID, NOW), Err(DraftError::NoKind));
        let no_place = Draft {
            kind: Some(PinKind::Beauty),
            ..Draft::default()
        };
        assert_eq!(no_place.to_pin(ID, NOW), Err(DraftError::NoPlace));
        let long_name = Draft {
            kind: Some(PinKind::Beauty),
            at: Some((0.0, 0.0)),
            name: "é".repeat(100),
            ..Draft::default()
        };
        let kept = long_name.to_pin(ID, NOW).expect("valid");
        assert_eq!(
            kept.extra["name"].as_str().map(|s| s.chars().count()),
            Some(MAX_NAME)
        );
    }

    const A: &str = "00000000-0000-4000-8000-00000000000a";
    const B: &str = "00000000-0000-4000-8000-00000000000b";
    const C: &str = "00000000-0000-4000-8000-00000000000c";

    fn voting(votes: u32) -> Flow {
        let mut f = Flow::new(&PinKind::ALL, false).with_votes(votes);
        f.apply(KioskInput::Vote);
        f
    }

    #[test]
    fn choosing_dreams_gives_each_dream_at_most_one_of_a_few_dots() {
        use KioskInput::*;
        let mut f = voting(2);
        assert_eq!(
            (f.step, f.errand, f.votes_left()),
            (Step::Vote, Errand::Vote, 2)
        );
        assert_eq!(f.progress(), Some((1, 1)));
        assert_eq!(f.apply(Next), Outcome::Shown, "no dot yet, no casting");
        assert_eq!(f.step, Step::Vote);
        f.apply(Toggle(A.into()));
        f.apply(Toggle(B.into()));
        assert_eq!(f.votes_left(), 0);
        f.apply(Toggle(C.into()));
        assert_eq!(f.draft.ballot, [A, B], "beyond the dots a tap does nothing");
        f.apply(Toggle(A.into()));
        assert_eq!(f.draft.ballot, [B], "a second tap takes the dot back");
        assert_eq!(f.votes_left(), 1);
        f.apply(Toggle(C.into()));
        assert_eq!(f.apply(Next), Outcome::Cast(vec![B.into(), C.into()]));
        assert_eq!(f.step, Step::Thanks, "casting needs no wait");
        assert_eq!(f.apply(Next), Outcome::Shown, "and happens once");
        f.apply(Saved(A.into()));
        assert_eq!(f.saved, None);
        f.apply(Back);
        assert_eq!(
            f,
            Flow::new(&PinKind::ALL, false).with_votes(2),
            "next person"
        );
        assert_eq!(f.votes_left(), 2);
    }

    #[test]
    fn an_unfinished_vote_goes_with_the_idle_reset_and_back_leads_home() {
        use KioskInput::*;
        let mut f = voting(3);
        f.apply(Toggle(A.into()));
        f.apply(Reset);
        assert_eq!(f, Flow::new(&PinKind::ALL, false).with_votes(3));
        // Back from the dreams leads to the welcome, and the dots given stay behind: the
        // welcome screen waits for the next person without an idle reset.
        let mut f = voting(3);
        f.apply(Toggle(A.into()));
        f.apply(Back);
        assert_eq!(f, Flow::new(&PinKind::ALL, false).with_votes(3));
        f.apply(Next);
        assert_eq!((f.step, f.errand), (Step::Kind, Errand::Pin));
        assert_eq!(f.progress(), Some((1, 6)));
        // Taps meant for the dreams change nothing elsewhere.
        f.apply(Toggle(B.into()));
        assert!(f.draft.ballot.is_empty());
        // A pin begun and left at the welcome does not follow into the dreams.
        f.draft.name = "Sam".into();
        f.apply(Back);
        f.apply(Vote);
        assert_eq!((f.step, f.draft.name.as_str()), (Step::Vote, ""));
        assert_eq!(Flow::new(&[], false).with_votes(99).votes(), VOTES_RANGE.1);
        assert_eq!(Flow::new(&[], false).with_votes(0).votes(), VOTES_RANGE.0);
    }

    #[test]
    fn telling_about_a_place_picks_it_then_saves_the_story() {
        use KioskInput::*;
        let mut f = Flow::new(&PinKind::ALL, true);
        f.apply(Tell);
        assert_eq!((f.step, f.errand), (Step::Pick, Errand::Tell));
        assert_eq!(f.apply(Next), Outcome::Shown, "a place first");
        assert_eq!(f.step, Step::Pick);
        f.apply(Pick(A.into()));
        assert_eq!((f.step, f.progress()), (Step::Story, Some((2, 2))));
        assert!(f.saves_next());
        assert_eq!(f.apply(Next), Outcome::Shown, "no words, nothing to save");
        f.draft.story = "   ".into();
        assert_eq!(f.apply(Next), Outcome::Shown);
        f.draft.story = "Hier leerde ik fietsen".into();
        assert_eq!(
            f.apply(Next),
            Outcome::Save,
            "no upload question for a story"
        );
        f.apply(Back);
        f.apply(Pick(A.into()));
        assert_eq!(
            f.draft.story, "Hier leerde ik fietsen",
            "the same place keeps the words"
        );
        let mut left = f.clone();
        left.apply(Back);
        left.apply(Back);
        assert_eq!(
            left,
            Flow::new(&PinKind::ALL, true),
            "back home drops the story"
        );
        f.apply(Back);
        f.apply(Pick(B.into()));
        assert_eq!(f.draft.story, "", "another place starts afresh");
        f.draft.story = "x".repeat(contribution::MAX_TEXT + 1);
        assert_eq!(f.apply(Next), Outcome::Shown, "too long for a story");
        f.draft.story = "Het oude bankje".into();
        assert_eq!(f.apply(Next), Outcome::Save);
        f.apply(Saved(B.into()));
        assert_eq!((f.step, f.saved.as_deref()), (Step::Thanks, Some(B)));
        f.apply(Reset);
        assert_eq!(f, Flow::new(&PinKind::ALL, true));
    }

    #[test]
    fn places_and_dreams_ask_their_name_and_own_talents_on_the_same_screens() {
        assert_eq!(companion(PinKind::Place, Field::Quote), Some(Field::Title));
        assert_eq!(
            companion(PinKind::Dream, Field::Talents),
            Some(Field::OwnTalents)
        );
        assert_eq!(companion(PinKind::Beauty, Field::Title), None);
        assert!(asks(PinKind::Place, Field::Title) && !asks(PinKind::Beauty, Field::Quote));
        let place = Draft {
            kind: Some(PinKind::Place),
            at: Some((51.84, 5.86)),
            title: " Het bankje ".into(),
            own_talents: "not asked of places".into(),
            ..Draft::default()
        };
        let pin = place.to_pin(ID, NOW).expect("valid");
        assert_eq!(pin.title, "Het bankje");
        assert!(pin.talents.is_empty());
        let dream = Draft {
            kind: Some(PinKind::Dream),
            at: Some((51.84, 5.86)),
            own_talents: "koken, timmeren".into(),
            talents: "de buurvrouw, koken".into(),
            ..Draft::default()
        };
        assert_eq!(
            dream.to_pin(ID, NOW).expect("valid").talents,
            ["koken", "timmeren", "de buurvrouw"]
        );
    }

    #[test]
    fn the_dreams_to_choose_and_the_places_near_the_middle() {
        let pin =
            |id: &str, kind, lat, lon, at: &str| Pin::new(id, kind, lat, lon, at).expect("valid");
        let mut hidden = pin(C, PinKind::Dream, 51.0, 5.0, "2026-11-20T10:00:00Z");
        hidden.set_hidden(true);
        let mut gone = pin(ID, PinKind::Dream, 51.0, 5.0, "2026-11-19T10:00:00Z");
        gone.deleted = true;
        let pins = vec![
            pin(B, PinKind::Dream, 51.002, 5.0, "2026-11-22T10:00:00Z"),
            pin(A, PinKind::Dream, 51.0, 5.004, "2026-11-21T10:00:00Z"),
            pin(
                "00000000-0000-4000-8000-00000000000d",
                PinKind::Place,
                51.0,
                5.001,
                NOW,
            ),
            hidden,
            gone,
        ];
        let ids = |ps: Vec<&Pin>| ps.into_iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert_eq!(
            ids(vote_options(&pins)),
            [A, B],
            "oldest first, none hidden or deleted"
        );
        // 0.004° east at 51° N is some 280 m, 0.002° north some 220 m.
        assert_eq!(
            ids(nearest(&pins, 51.0, 5.0, 2)),
            ["00000000-0000-4000-8000-00000000000d", B]
        );
        assert_eq!(nearest(&pins, 51.0, 5.0, 10).len(), 3);
    }

    #[test]
    fn idle_warns_then_resets() {
        let idle = Idle::new(90);
        assert_eq!(idle.warn_s, 10);
        assert_eq!(idle.phase(0.0), IdlePhase::Quiet);
        assert_eq!(idle.phase(89_999.0), IdlePhase::Quiet);
        assert_eq!(idle.phase(90_000.0), IdlePhase::Warning { left_s: 10 });
        assert_eq!(idle.phase(99_100.0), IdlePhase::Warning { left_s: 1 });
        assert_eq!(idle.phase(100_000.0), IdlePhase::Reset);
        let short = Idle::new(3);
        assert_eq!(short.warn_s, 3);
        assert_eq!(short.phase(4_500.0), IdlePhase::Warning { left_s: 2 });
        assert_eq!(short.phase(6_000.0), IdlePhase::Reset);
    }

    #[test]
    fn the_link_may_shorten_the_idle_time() {
        assert_eq!(idle_seconds(Some("3"), 90), 3);
        assert_eq!(idle_seconds(Some(" 45 "), 90), 45);
        assert_eq!(idle_seconds(Some("0"), 120), 120);
        assert_eq!(idle_seconds(Some("drie"), 120), 120);
        assert_eq!(idle_seconds(Some("99999"), 120), 120);
        assert_eq!(idle_seconds(None, 0), DEFAULT_IDLE_S);
    }

    #[test]
    fn fnv1a_matches_its_published_values() {
        // From the FNV reference test vectors (Landon Curt Noll's fnv test suite).
        assert_eq!(fnv1a(FNV_OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(FNV_OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn pins_are_kept_salted_and_checked() {
        assert!(valid_pin("123456") && valid_pin("12345678"));
        assert!(!valid_pin("1234") && !valid_pin("12345") && !valid_pin("123456789"));
        assert!(!valid_pin("12a456") && !valid_pin("１２３４５６"));
    }

    #[test]
    fn wrong_pins_make_people_wait_longer_and_longer() {
        assert_eq!(pin_wait_ms(0), 0.0);
        assert_eq!(pin_wait_ms(FREE_PIN_TRIES - 1), 0.0);
        assert_eq!(pin_wait_ms(FREE_PIN_TRIES), 5_000.0);
        assert_eq!(pin_wait_ms(FREE_PIN_TRIES + 1), 10_000.0);
        assert_eq!(pin_wait_ms(FREE_PIN_TRIES + 2), 20_000.0);
        assert_eq!(pin_wait_ms(1_000), 300_000.0);
        let h = PinHash::new("2468", "zout-1");
        assert!(h.matches("2468"));
        assert!(
            h.matches(" 2468 "),
            "a stray space from the keyboard is forgiven"
        );
        assert!(!h.matches("2469") && !h.matches("") && !h.matches("24680"));
        assert_eq!(h.hash.len(), 16);
        assert!(!h.hash.contains("2468"));
        assert_ne!(
            PinHash::new("2468", "zout-2").hash,
            h.hash,
            "salt changes the hash"
        );
        assert_eq!(PinHash::new("2468", "zout-1"), h, "same salt, same hash");
    }

    #[test]
    fn settings_offer_at_least_one_kind_and_read_old_data() {
        let mut s = KioskSettings::default();
        s.toggle(PinKind::Place);
        s.toggle(PinKind::Dream);
        assert_eq!(s.offered(), [PinKind::Beauty]);
        s.toggle(PinKind::Beauty);
        assert_eq!(s.offered(), [PinKind::Beauty], "the last kind stays");
        s.toggle(PinKind::Dream);
        assert_eq!(s.offered(), [PinKind::Beauty, PinKind::Dream]);
        let old: KioskSettings = serde_json::from_str(r#"{"idle_s":30}"#).expect("reads");
        assert_eq!(old.dots(), DEFAULT_VOTES, "settings from before dot-voting");
        assert_eq!((old.idle_s, old.offered().len(), old.lock), (30, 3, None));
        let odd = KioskSettings {
            votes: 0,
            ..KioskSettings::default()
        };
        assert_eq!(odd.dots(), VOTES_RANGE.0);
        let locked = KioskSettings {
            lock: Some(PinHash::new("1234", "s")),
            ..KioskSettings::default()
        };
        let json = serde_json::to_string(&locked).expect("writes");
        assert!(!json.contains("1234"));
        assert_eq!(
            serde_json::from_str::<KioskSettings>(&json).ok(),
            Some(locked)
        );
    }
}
