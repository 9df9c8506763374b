//! Raw browser input, turned into data at the component edge so the reducer can be tested.

use super::viewport::ScreenPoint;

/// One thing the person did to the map. Points are relative to the map element; `t` is a
/// timestamp in milliseconds (the event's `timeStamp`).
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
    fn wheel_lines_and_pages_become_pixels() {
        assert_eq!(wheel_pixels(3.0, 1, 800.0), 120.0);
        assert_eq!(wheel_pixels(1.0, 2, 800.0), 800.0);
        assert_eq!(wheel_pixels(100.0, 0, 800.0), 100.0);
    }
}
