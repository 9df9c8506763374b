//! Raw browser input, turned into data at the component edge so the reducer can be tested; and
//! the moves the app itself asks for (centre on a pin, fit a box, follow a walker, fly the tour),
//! so every change of the view goes through [`super::view::reduce`].

use super::mercator::LatLon;
use super::viewport::{Anchor, Bounds, ScreenPoint, ZoomRange};

/// One thing the person did to the map, or one move the app asks of it. Points are relative to
/// the map element; `t` is a timestamp in milliseconds (the event's `timeStamp` for pointers).
///
/// How the app's moves meet a gesture in progress (a finger or button down) is decided in
/// [`super::view::reduce`]: jumps apply and the gesture carries on from the new view, following
/// and flying give way to the hand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input {
    /// A finger, pen or mouse button went down.
    PointerDown { id: i32, at: ScreenPoint, t: f64 },
    /// A pointer that is down moved.
    PointerMove { id: i32, at: ScreenPoint },
    /// A pointer was lifted.
    PointerUp { id: i32, at: ScreenPoint, t: f64 },
    /// The browser took the pointer away (a system gesture, the window lost focus).
    PointerCancel { id: i32 },
    /// A wheel or trackpad scroll over `at`; `delta_y` in pixels, positive away from the person.
    Wheel { at: ScreenPoint, delta_y: f64 },
    /// A key the map understands, from the keyboard or the visible buttons.
    Key(MapKey),
    /// The map element changed size (CSS pixels).
    Resize { width: f64, height: f64 },
    /// Jump to `at` in the middle of the map, at the zoom `zoom` says (clamped to the range).
    /// "Show on map", a long press that adds a pin, the kiosk's home and new pin.
    CenterOn { at: LatLon, zoom: ZoomTo },
    /// Jump to the view that shows the whole box with `padding` CSS pixels free on every side,
    /// centred on the box, at the deepest zoom that fits (clamped to the range).
    FitBounds { bounds: Bounds, padding: f64 },
    /// Open up a cluster: centre on its pins' box at the zoom of
    /// [`super::cluster::zoom_to_split`] (the box fills 60 % of the view, at least one whole
    /// level deeper than now, and at least `splits_at`, the zoom at which the cluster index
    /// shows its pins apart; at most the range's deepest).
    ZoomIntoCluster { bounds: Bounds, splits_at: f64 },
    /// Keep a moving position (the walker's GPS fix) in the middle, like `CenterOn`, but only
    /// while nobody holds the map: during a gesture it is ignored.
    Follow { at: LatLon, zoom: ZoomTo },
    /// Start a smooth flight (see [`super::glide`]) from the current view to the view that shows
    /// `at` at `anchor` of the element at `zoom` (clamped), starting at time `t`; frames move it
    /// on. Ignored while a gesture is under way; a newer flight or a jump replaces it.
    FlyTo {
        at: LatLon,
        zoom: f64,
        anchor: Anchor,
        t: f64,
    },
    /// An animation frame at time `t` (the same clock as `FlyTo`'s `t`): moves a flight on,
    /// and ends it once it has landed. Without a flight nothing changes.
    Frame { t: f64 },
}

/// The zoom a jump lands on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ZoomTo {
    /// The zoom the map has now.
    Keep,
    /// This zoom.
    Exactly(f64),
    /// The zoom the map has now, or this one if that is shallower ("close enough to see the
    /// street").
    AtLeast(f64),
}

impl ZoomTo {
    /// The zoom to land on from `current`, inside `range`. A zoom that is not a number keeps
    /// `current`.
    pub fn resolve(self, current: f64, range: ZoomRange) -> f64 {
        let z = match self {
            ZoomTo::Keep => current,
            ZoomTo::Exactly(z) => z,
            ZoomTo::AtLeast(z) => current.max(z),
        };
        range.clamp(if z.is_finite() { z } else { current })
    }
}

/// Keys (and buttons) that move the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKey {
    Left,
    Right,
    Up,
    Down,
    ZoomIn,
    ZoomOut,
}

impl MapKey {
    /// The map key for a `KeyboardEvent.key` value, if any.
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "ArrowLeft" => MapKey::Left,
            "ArrowRight" => MapKey::Right,
            "ArrowUp" => MapKey::Up,
            "ArrowDown" => MapKey::Down,
            "+" | "=" => MapKey::ZoomIn,
            "-" | "_" => MapKey::ZoomOut,
            _ => return None,
        })
    }
}

/// Converts a wheel delta to pixels: `delta_mode` 1 is lines, 2 pages (the DOM's values).
pub fn wheel_pixels(delta_y: f64, delta_mode: u32, page_height: f64) -> f64 {
    match delta_mode {
        1 => delta_y * 40.0,
        2 => delta_y * page_height,
        _ => delta_y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_actions() {
        assert_eq!(MapKey::from_key("ArrowLeft"), Some(MapKey::Left));
        assert_eq!(MapKey::from_key("+"), Some(MapKey::ZoomIn));
        assert_eq!(MapKey::from_key("="), Some(MapKey::ZoomIn));
        assert_eq!(MapKey::from_key("-"), Some(MapKey::ZoomOut));
        assert_eq!(MapKey::from_key("a"), None);
    }

    #[test]
    fn zoom_to_resolves_inside_the_range() {
        let r = ZoomRange::DEFAULT;
        assert_eq!(ZoomTo::Keep.resolve(12.5, r), 12.5);
        assert_eq!(ZoomTo::Exactly(14.0).resolve(12.5, r), 14.0);
        assert_eq!(ZoomTo::Exactly(25.0).resolve(12.5, r), 19.0);
        assert_eq!(ZoomTo::AtLeast(17.0).resolve(12.5, r), 17.0);
        assert_eq!(ZoomTo::AtLeast(17.0).resolve(18.0, r), 18.0);
        let shallow = ZoomRange {
            min: 3.0,
            max: 16.0,
        };
        assert_eq!(ZoomTo::AtLeast(17.0).resolve(12.0, shallow), 16.0);
        assert_eq!(ZoomTo::Exactly(f64::NAN).resolve(12.0, r), 12.0);
        assert_eq!(ZoomTo::AtLeast(f64::INFINITY).resolve(12.0, r), 12.0);
    }

    #[test]
    fn wheel_lines_and_pages_become_pixels() {
        assert_eq!(wheel_pixels(3.0, 1, 800.0), 120.0);
        assert_eq!(wheel_pixels(1.0, 2, 800.0), 800.0);
        assert_eq!(wheel_pixels(100.0, 0, 800.0), 100.0);
    }
}
