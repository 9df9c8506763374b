//! The map's state machine: (state, input) → next state, with no browser in sight.
//!
//! Gestures follow the usual slippy-map conventions (as in walkers' and galileo's controls): a
//! drag pans by exactly the pixels moved, a pinch keeps its midpoint under the fingers while the
//! zoom follows the change in finger distance, the wheel zooms around the cursor and a double tap
//! or click zooms in one level there.

use super::input::{Input, MapKey};
use super::viewport::{ScreenPoint, Viewport, ZoomRange};

/// Pixels an arrow key pans.
pub const KEY_PAN_PX: f64 = 100.0;
/// Wheel pixels for one zoom level (a mouse wheel notch is 100 px in Chromium and Firefox).
pub const WHEEL_PX_PER_ZOOM: f64 = 100.0;
/// Longest press, in ms, that still counts as a tap.
const TAP_MS: f64 = 300.0;
/// Farthest a pointer may wander, in px, and still tap.
const TAP_SLOP_PX: f64 = 10.0;
/// Longest gap, in ms, between the two taps of a double tap.
const DOUBLE_TAP_MS: f64 = 350.0;
/// Farthest apart, in px, the two taps of a double tap may be.
const DOUBLE_TAP_PX: f64 = 30.0;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Finger {
    id: i32,
    at: ScreenPoint,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Gesture {
    Idle,
    /// One pointer down.
    Drag(Drag),
    /// Two pointers down.
    Pinch {
        a: Finger,
        b: Finger,
    },
}

/// One pointer down: where and when it started, and whether it could still be a tap.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Drag {
    finger: Finger,
    start: ScreenPoint,
    start_t: f64,
    tap: bool,
}

/// A completed tap, remembered to recognise the second of a double tap.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Tap {
    at: ScreenPoint,
    t: f64,
}

/// Everything the map needs to answer the next input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapState {
    pub view: Viewport,
    pub range: ZoomRange,
    gesture: Gesture,
    last_tap: Option<Tap>,
}

impl MapState {
    pub fn new(view: Viewport, range: ZoomRange) -> Self {
        Self {
            view: view.clamped(range),
            range,
            gesture: Gesture::Idle,
            last_tap: None,
        }
    }

    /// The same state limited to another base map's zoom levels.
    pub fn with_range(self, range: ZoomRange) -> Self {
        Self {
            view: self.view.clamped(range),
            range,
            ..self
        }
    }

    /// Whether a finger or button is down on the map right now.
    pub fn is_gesturing(&self) -> bool {
        self.gesture != Gesture::Idle
    }
}

/// The next state after one input.
pub fn reduce(state: MapState, input: Input) -> MapState {
    let view = state.view;
    let range = state.range;
    match (state.gesture, input) {
        (Gesture::Idle, Input::PointerDown { id, at, t }) => MapState {
            gesture: Gesture::Drag(Drag {
                finger: Finger { id, at },
                start: at,
                start_t: t,
                tap: true,
            }),
            ..state
        },
        (Gesture::Drag(d), Input::PointerDown { id, at, .. }) if id != d.finger.id => MapState {
            gesture: Gesture::Pinch {
                a: d.finger,
                b: Finger { id, at },
            },
            last_tap: None,
            ..state
        },
        (Gesture::Drag(d), Input::PointerMove { id, at }) if id == d.finger.id => MapState {
            view: view.panned_by(at.x - d.finger.at.x, at.y - d.finger.at.y),
            gesture: Gesture::Drag(Drag {
                finger: Finger { id, at },
                tap: d.tap && at.distance(d.start) <= TAP_SLOP_PX,
                ..d
            }),
            ..state
        },
        (Gesture::Pinch { a, b }, Input::PointerMove { id, at }) if id == a.id || id == b.id => {
            let (na, nb) = if id == a.id {
                (Finger { id, at }, b)
            } else {
                (a, Finger { id, at })
            };
            MapState {
                view: pinch(view, range, (a.at, b.at), (na.at, nb.at)),
                gesture: Gesture::Pinch { a: na, b: nb },
                ..state
            }
        }
        (Gesture::Drag(d), Input::PointerUp { id, at, t }) if id == d.finger.id => {
            let is_tap = d.tap && at.distance(d.start) <= TAP_SLOP_PX && t - d.start_t <= TAP_MS;
            if !is_tap {
                return MapState {
                    gesture: Gesture::Idle,
                    last_tap: None,
                    ..state
                };
            }
            match state.last_tap {
                Some(prev)
                    if t - prev.t <= DOUBLE_TAP_MS && at.distance(prev.at) <= DOUBLE_TAP_PX =>
                {
                    MapState {
                        view: view.zoomed_around(at, (view.zoom + 1.0).floor(), range),
                        gesture: Gesture::Idle,
                        last_tap: None,
                        ..state
                    }
                }
                _ => MapState {
                    gesture: Gesture::Idle,
                    last_tap: Some(Tap { at, t }),
                    ..state
                },
            }
        }
        // One finger of a pinch lifted: the other one drags on, and is no longer a tap.
        (Gesture::Pinch { a, b }, Input::PointerUp { id, t, .. }) if id == a.id || id == b.id => {
            let rest = if id == a.id { b } else { a };
            MapState {
                gesture: Gesture::Drag(Drag {
                    finger: rest,
                    start: rest.at,
                    start_t: t,
                    tap: false,
                }),
                ..state
            }
        }
        (_, Input::PointerCancel { .. }) => MapState {
            gesture: Gesture::Idle,
            last_tap: None,
            ..state
        },
        (_, Input::Wheel { at, delta_y }) => {
            let dz = (-delta_y / WHEEL_PX_PER_ZOOM).clamp(-1.0, 1.0);
            MapState {
                view: view.zoomed_around(at, view.zoom + dz, range),
                ..state
            }
        }
        (_, Input::Key(key)) => MapState {
            view: keyed(view, range, key),
            ..state
        },
        (_, Input::Resize { width, height }) => MapState {
            view: view.resized(width, height),
            ..state
        },
        // Anything else (a move of a pointer we do not follow, a third finger) changes nothing.
        _ => state,
    }
}

/// The view after two fingers moved from `before` to `after`: the zoom changes by the log of the
/// distance ratio, and the place under the old midpoint moves to the new midpoint.
fn pinch(
    view: Viewport,
    range: ZoomRange,
    before: (ScreenPoint, ScreenPoint),
    after: (ScreenPoint, ScreenPoint),
) -> Viewport {
    let d0 = before.0.distance(before.1);
    let d1 = after.0.distance(after.1);
    let m0 = before.0.midpoint(before.1);
    let m1 = after.0.midpoint(after.1);
    let zoom = if d0 > 1.0 && d1 > 1.0 {
        view.zoom + (d1 / d0).log2()
    } else {
        view.zoom
    };
    view.zoomed_around(m0, zoom, range)
        .panned_by(m1.x - m0.x, m1.y - m0.y)
}

fn keyed(view: Viewport, range: ZoomRange, key: MapKey) -> Viewport {
    let mid = view.middle();
    match key {
        // An arrow shows more of that side: the content moves the other way.
        MapKey::Left => view.panned_by(KEY_PAN_PX, 0.0),
        MapKey::Right => view.panned_by(-KEY_PAN_PX, 0.0),
        MapKey::Up => view.panned_by(0.0, KEY_PAN_PX),
        MapKey::Down => view.panned_by(0.0, -KEY_PAN_PX),
        // Buttons and keys land on whole levels, where tiles are sharpest.
        MapKey::ZoomIn => view.zoomed_around(mid, (view.zoom + 1.0).floor(), range),
        MapKey::ZoomOut => view.zoomed_around(mid, (view.zoom - 1.0).ceil(), range),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::mercator::{world_size_px, LatLon, MAX_LAT};

    fn start() -> MapState {
        MapState::new(
            Viewport::new(LatLon::new(51.837, 5.887), 16.0, 1024.0, 768.0),
            ZoomRange::DEFAULT,
        )
    }

    fn p(x: f64, y: f64) -> ScreenPoint {
        ScreenPoint::new(x, y)
    }

    fn down(id: i32, at: ScreenPoint, t: f64) -> Input {
        Input::PointerDown { id, at, t }
    }

    fn mv(id: i32, at: ScreenPoint) -> Input {
        Input::PointerMove { id, at }
    }

    fn up(id: i32, at: ScreenPoint, t: f64) -> Input {
        Input::PointerUp { id, at, t }
    }

    fn run(state: MapState, inputs: &[Input]) -> MapState {
        inputs.iter().fold(state, |s, i| reduce(s, *i))
    }

    #[test]
    fn drag_pans_by_exactly_the_pixels_moved() {
        let s0 = start();
        let grab = p(300.0, 300.0);
        let under = s0.view.to_lat_lon(grab);
        let s = run(
            s0,
            &[
                Input::PointerDown {
                    id: 1,
                    at: grab,
                    t: 0.0,
                },
                mv(1, p(350.0, 320.0)),
                mv(1, p(500.0, 250.0)),
                up(1, p(500.0, 250.0), 400.0),
            ],
        );
        // The place grabbed is now under the pointer.
        let now = s.view.to_screen(under);
        assert!(now.distance(p(500.0, 250.0)) < 1e-6, "{now:?}");
        // And the centre moved west by the formula's amount for 200 px.
        let expected = 200.0 * 360.0 / world_size_px(16.0);
        assert!((s0.view.center.lon - s.view.center.lon - expected).abs() < 1e-12);
        assert!(!s.is_gesturing());
    }

    #[test]
    fn pinch_keeps_the_midpoint_under_the_fingers() {
        let s0 = start();
        let (a0, b0) = (p(400.0, 400.0), p(600.0, 400.0));
        let under_mid = s0.view.to_lat_lon(a0.midpoint(b0));
        let (a1, b1) = (p(330.0, 420.0), p(730.0, 460.0));
        let s = run(
            s0,
            &[
                Input::PointerDown {
                    id: 1,
                    at: a0,
                    t: 0.0,
                },
                Input::PointerDown {
                    id: 2,
                    at: b0,
                    t: 5.0,
                },
                Input::PointerMove { id: 1, at: a1 },
                Input::PointerMove { id: 2, at: b1 },
            ],
        );
        let mid = s.view.to_screen(under_mid);
        assert!(mid.distance(a1.midpoint(b1)) < 0.5, "{mid:?}");
        let expected_zoom = 16.0 + (a1.distance(b1) / a0.distance(b0)).log2();
        assert!((s.view.zoom - expected_zoom).abs() < 1e-9);
    }

    #[test]
    fn lifting_one_finger_of_a_pinch_continues_as_a_drag() {
        let s = run(
            start(),
            &[
                down(1, p(400.0, 400.0), 0.0),
                down(2, p(600.0, 400.0), 5.0),
                up(2, p(600.0, 400.0), 50.0),
            ],
        );
        let under = s.view.to_lat_lon(p(400.0, 400.0));
        let s = reduce(s, mv(1, p(420.0, 380.0)));
        assert!(s.view.to_screen(under).distance(p(420.0, 380.0)) < 1e-6);
    }

    #[test]
    fn wheel_zooms_around_the_cursor() {
        let s0 = start();
        let cursor = p(200.0, 600.0);
        let under = s0.view.to_lat_lon(cursor);
        let s = reduce(
            s0,
            Input::Wheel {
                at: cursor,
                delta_y: -100.0,
            },
        );
        assert_eq!(s.view.zoom, 17.0);
        assert!(s.view.to_screen(under).distance(cursor) < 1e-6);
        let s = reduce(
            s,
            Input::Wheel {
                at: cursor,
                delta_y: 50.0,
            },
        );
        assert_eq!(s.view.zoom, 16.5);
        // A huge delta is one level, not ten.
        let s = reduce(
            s,
            Input::Wheel {
                at: cursor,
                delta_y: 1000.0,
            },
        );
        assert_eq!(s.view.zoom, 15.5);
    }

    #[test]
    fn double_tap_zooms_in_at_the_tap_and_slow_taps_do_not() {
        let s0 = start();
        let at = p(700.0, 200.0);
        let under = s0.view.to_lat_lon(at);
        let tap = |t: f64| {
            [
                Input::PointerDown { id: 7, at, t },
                Input::PointerUp {
                    id: 7,
                    at,
                    t: t + 80.0,
                },
            ]
        };
        let s = run(s0, &[tap(0.0), tap(200.0)].concat());
        assert_eq!(s.view.zoom, 17.0);
        assert!(s.view.to_screen(under).distance(at) < 1e-6);
        let slow = run(s0, &[tap(0.0), tap(1000.0)].concat());
        assert_eq!(slow.view.zoom, 16.0);
    }

    #[test]
    fn a_drag_is_not_a_tap() {
        let s = run(
            start(),
            &[
                down(1, p(10.0, 10.0), 0.0),
                mv(1, p(60.0, 10.0)),
                mv(1, p(10.0, 10.0)),
                up(1, p(10.0, 10.0), 100.0),
                down(1, p(10.0, 10.0), 150.0),
                up(1, p(10.0, 10.0), 200.0),
            ],
        );
        assert_eq!(s.view.zoom, 16.0);
    }

    #[test]
    fn keys_pan_and_zoom_in_whole_levels() {
        let s0 = start();
        let s = reduce(s0, Input::Key(MapKey::Right));
        let east = 100.0 * 360.0 / world_size_px(16.0);
        assert!((s.view.center.lon - s0.view.center.lon - east).abs() < 1e-12);
        let s = reduce(
            s,
            Input::Wheel {
                at: p(0.0, 0.0),
                delta_y: -30.0,
            },
        );
        let s = reduce(s, Input::Key(MapKey::ZoomIn));
        assert_eq!(s.view.zoom, 17.0);
        let s = reduce(s, Input::Key(MapKey::ZoomOut));
        assert_eq!(s.view.zoom, 16.0);
    }

    #[test]
    fn zoom_and_latitude_stay_in_bounds() {
        let mut s = start();
        for _ in 0..30 {
            s = reduce(s, Input::Key(MapKey::ZoomIn));
        }
        assert_eq!(s.view.zoom, 19.0);
        for _ in 0..30 {
            s = reduce(
                s,
                Input::Wheel {
                    at: p(5.0, 5.0),
                    delta_y: 100.0,
                },
            );
        }
        assert_eq!(s.view.zoom, 3.0);
        let s = run(
            s,
            &[down(1, p(500.0, 100.0), 0.0), mv(1, p(500.0, 90_000.0))],
        );
        assert!(s.view.center.lat <= MAX_LAT);
        let narrow = s.with_range(ZoomRange {
            min: 5.0,
            max: 12.0,
        });
        assert_eq!(narrow.view.zoom, 5.0);
    }

    #[test]
    fn a_cancelled_pointer_ends_the_gesture() {
        let s = run(
            start(),
            &[down(1, p(10.0, 10.0), 0.0), Input::PointerCancel { id: 1 }],
        );
        assert!(!s.is_gesturing());
        let moved = reduce(s, mv(1, p(90.0, 90.0)));
        assert_eq!(moved.view, s.view);
    }

    #[test]
    fn resize_keeps_the_centre() {
        let s = reduce(
            start(),
            Input::Resize {
                width: 390.0,
                height: 844.0,
            },
        );
        assert_eq!(s.view.center, start().view.center);
        assert_eq!((s.view.width, s.view.height), (390.0, 844.0));
    }
}
