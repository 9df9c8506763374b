//! What one press on the map meant: a tap, a drag or a long press, from where and when the
//! pointer went down, where it went and when it came up. No browser here.
//!
//! The reducer ([`super::view::reduce`]) moves the map for every press, wherever it started; this
//! only says what else a press does. A tap on a marker opens it, a drag that began on a marker
//! only moves the map, and a finger held still on the empty map adds a pin there (touch has no
//! right button, and iOS no `contextmenu`).

use super::viewport::ScreenPoint;

/// Farthest, in px, a pointer may wander from where it went down and still tap or hold.
pub const SLOP_PX: f64 = 10.0;
/// Longest press, in ms, that still counts as a tap.
pub const TAP_MS: f64 = 500.0;
/// Shortest press, in ms, held still, that counts as a long press.
pub const HOLD_MS: f64 = 600.0;

/// What a press turned out to be once its pointer came up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PressKind {
    /// Short and still: open what it was on.
    Tap,
    /// It moved beyond the slop, or another pointer joined in (a pinch): it only moved the map.
    Drag,
    /// Still for [`HOLD_MS`] or longer.
    Hold,
    /// Still, but too long for a tap and too short for a hold: nothing beyond the map.
    Linger,
}

/// One press, followed from the moment its pointer went down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Press {
    start: ScreenPoint,
    start_t: f64,
    /// Once it has wandered beyond the slop it stays a drag, even if it comes back.
    strayed: bool,
    /// Another pointer went down while this one was down.
    joined: bool,
}

impl Press {
    /// A pointer went down at `at`, at time `t` (ms).
    pub fn new(at: ScreenPoint, t: f64) -> Self {
        Self {
            start: at,
            start_t: t,
            strayed: false,
            joined: false,
        }
    }

    /// The pointer moved to `at`.
    pub fn moved_to(self, at: ScreenPoint) -> Self {
        // A distance that is not a number counts as moved too far.
        let d = at.distance(self.start);
        Self {
            strayed: self.strayed || d.is_nan() || d > SLOP_PX,
            ..self
        }
    }

    /// Another pointer went down: this press is part of a pinch now.
    pub fn joined(self) -> Self {
        Self {
            joined: true,
            ..self
        }
    }

    /// Whether the pointer, still down at time `now`, has been held still long enough to be a
    /// long press.
    pub fn is_held(&self, now: f64) -> bool {
        self.is_still() && now - self.start_t >= HOLD_MS
    }

    /// What the press was, its pointer lifted at `at` at time `t`.
    pub fn released(self, at: ScreenPoint, t: f64) -> PressKind {
        let press = self.moved_to(at);
        let held = t - self.start_t;
        if !press.is_still() {
            PressKind::Drag
        } else if held <= TAP_MS {
            PressKind::Tap
        } else if press.is_held(t) {
            PressKind::Hold
        } else {
            PressKind::Linger
        }
    }

    fn is_still(&self) -> bool {
        !self.strayed && !self.joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint::new(x, y)
    }

    #[test]
    fn a_short_still_press_is_a_tap_within_the_slop() {
        let press = Press::new(p(100.0, 100.0), 1000.0);
        assert_eq!(press.released(p(100.0, 100.0), 1080.0), PressKind::Tap);
        // A finger rolls a little: still a tap.
        let rolled = press.moved_to(p(106.0, 107.0));
        assert_eq!(rolled.released(p(107.0, 106.0), 1200.0), PressKind::Tap);
        // Right at the limits.
        assert_eq!(
            press.released(p(110.0, 100.0), 1000.0 + TAP_MS),
            PressKind::Tap
        );
    }

    #[test]
    fn a_press_that_moved_beyond_the_slop_is_a_drag_even_when_it_comes_back() {
        let press = Press::new(p(100.0, 100.0), 0.0);
        assert_eq!(press.released(p(111.0, 100.0), 50.0), PressKind::Drag);
        let back = press.moved_to(p(300.0, 100.0)).moved_to(p(101.0, 100.0));
        assert_eq!(back.released(p(100.0, 100.0), 120.0), PressKind::Drag);
        // Moved far and held long: a drag, not a long press.
        assert!(!back.is_held(5000.0));
        assert_eq!(back.released(p(100.0, 100.0), 5000.0), PressKind::Drag);
    }

    #[test]
    fn a_second_pointer_makes_it_a_pinch_not_a_tap_or_hold() {
        let press = Press::new(p(100.0, 100.0), 0.0).joined();
        assert_eq!(press.released(p(100.0, 100.0), 40.0), PressKind::Drag);
        assert!(!press.is_held(1000.0));
    }

    #[test]
    fn a_still_press_becomes_a_long_press_after_the_hold_time() {
        let press = Press::new(p(100.0, 100.0), 2000.0).moved_to(p(104.0, 97.0));
        assert!(!press.is_held(2000.0 + HOLD_MS - 1.0));
        assert!(press.is_held(2000.0 + HOLD_MS));
        assert_eq!(
            press.released(p(103.0, 98.0), 2000.0 + HOLD_MS + 200.0),
            PressKind::Hold
        );
    }

    #[test]
    fn between_a_tap_and_a_hold_a_press_does_nothing() {
        let press = Press::new(p(0.0, 0.0), 0.0);
        assert_eq!(press.released(p(0.0, 0.0), TAP_MS + 1.0), PressKind::Linger);
        assert_eq!(
            press.released(p(0.0, 0.0), HOLD_MS - 1.0),
            PressKind::Linger
        );
    }

    #[test]
    fn positions_that_are_not_numbers_count_as_moved() {
        let press = Press::new(p(0.0, 0.0), 0.0);
        assert_eq!(
            press.moved_to(p(f64::NAN, 0.0)).released(p(0.0, 0.0), 10.0),
            PressKind::Drag
        );
        assert_eq!(press.released(p(0.0, f64::NAN), 10.0), PressKind::Drag);
    }
}
