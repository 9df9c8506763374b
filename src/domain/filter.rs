//! Which pins to show: by kind and by a text search, shared by the map and the list.

use super::pin::{Pin, PinKind};

#[derive(Clone, Debug, PartialEq)]
pub struct PinFilter {
    /// Shown kinds, in the order of [`PinKind::ALL`].
    pub kinds: [bool; 3],
    /// Free text; empty shows everything.
    pub text: String,
}

impl Default for PinFilter {
    fn default() -> Self {
        Self {
            kinds: [true; 3],
            text: String::new(),
        }
    }
}

fn slot(kind: PinKind) -> usize {
    match kind {
        PinKind::Beauty => 0,
        PinKind::Place => 1,
        PinKind::Dream => 2,
    }
}

impl PinFilter {
    pub fn shows_kind(&self, kind: PinKind) -> bool {
        self.kinds[slot(kind)]
    }

    pub fn toggle(&mut self, kind: PinKind) {
        self.kinds[slot(kind)] = !self.kinds[slot(kind)];
    }

    /// Whether a pin is shown: not deleted, of a shown kind, and matching the text.
    pub fn matches(&self, pin: &Pin) -> bool {
        !pin.deleted && self.shows_kind(pin.kind) && pin.matches_text(&self.text)
    }

    pub fn is_active(&self) -> bool {
        self.kinds != [true; 3] || !self.text.trim().is_empty()
    }
}

/// The index of a kind in per-kind counts (beauty 0, place 1, dream 2).
pub fn kind_slot(kind: PinKind) -> u8 {
    slot(kind) as u8
}

/// The shown pins, newest first.
pub fn newest_first<'a>(pins: &'a [Pin], filter: &PinFilter) -> Vec<&'a Pin> {
    let mut shown: Vec<&Pin> = pins.iter().filter(|p| filter.matches(p)).collect();
    shown.sort_by(|a, b| {
        b.created_ms()
            .cmp(&a.created_ms())
            .then_with(|| a.id.cmp(&b.id))
    });
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(n: u8, kind: PinKind, title: &str, created: &str) -> Pin {
        let id = format!("00000000-0000-4000-8000-0000000000{n:02}");
        Pin {
            title: title.into(),
            ..Pin::new(&id, kind, 51.8, 5.9, created).expect("valid")
        }
    }

    #[test]
    fn kinds_text_and_tombstones_filter_and_newest_comes_first() {
        let pins = vec![
            pin(1, PinKind::Beauty, "Rozen", "2026-11-23T10:00:00Z"),
            pin(2, PinKind::Dream, "Moestuin", "2026-11-25T10:00:00Z"),
            pin(3, PinKind::Place, "Bankje", "2026-11-24T10:00:00Z"),
            Pin {
                deleted: true,
                ..pin(4, PinKind::Place, "", "2026-11-26T10:00:00Z")
            },
        ];
        let all = PinFilter::default();
        let titles = |f: &PinFilter| {
            newest_first(&pins, f)
                .iter()
                .map(|p| p.title.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles(&all), ["Moestuin", "Bankje", "Rozen"]);
        assert!(!all.is_active());
        let mut f = PinFilter::default();
        f.toggle(PinKind::Dream);
        assert_eq!(titles(&f), ["Bankje", "Rozen"]);
        f.text = "ROZ".into();
        assert_eq!(titles(&f), ["Rozen"]);
        assert!(f.is_active());
    }
}
