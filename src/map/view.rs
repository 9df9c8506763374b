//! The map's state machine: (state, input) → next state, with no browser in sight.
//!
//! Gestures follow the usual slippy-map conventions (as in walkers' and galileo's controls): a
//! drag pans by exactly the pixels moved, a pinch keeps its midpoint under the fingers while the
//! zoom follows the change in finger distance, the wheel zooms around the cursor and a double tap
//! or click zooms in one level there.
//!
//! The app's own moves are inputs too, so nothing else writes the view. Where they meet a
//! person's gesture (a finger, pen or button down on the map), the hand is never taken away:
//!
//! - Jumps (`CenterOn`, `FitBounds`, `ZoomIntoCluster`) answer a deliberate act elsewhere (a
//!   button, a cluster, a saved pin), so they apply at once; a drag or pinch in progress carries
//!   on from the new view (it moves by the pixels the fingers move, as before), it is neither
//!   cancelled nor thrown back. A half-made double tap is forgotten, so a tap before and one after
//!   the jump do not zoom.
//! - `Follow` is ignored while a gesture is under way: whoever holds the map wins over the GPS.
//!   Otherwise it is a jump like `CenterOn`.
//! - A flight (`FlyTo`, moved on by `Frame`) never runs under a hand: `FlyTo` is ignored during a
//!   gesture, and a new gesture, a wheel turn or a map key ends a flight where it is. A jump or
//!   a newer flight replaces a flight; a resize does not end it.
//! - Positions or zooms that are not numbers change nothing (a zoom that is not one keeps the
//!   current zoom).

use super::cluster::zoom_to_split;
use super::glide::Flight;
use super::input::{Input, MapKey, ZoomTo};
use super::mercator::LatLon;
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
    flight: Option<Flight>,
}

impl MapState {
    pub fn new(view: Viewport, range: ZoomRange) -> Self {
        Self {
            view: view.clamped(range),
            range,
            gesture: Gesture::Idle,
            last_tap: None,
            flight: None,
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

    /// Whether two fingers are pinching the map right now.
    pub fn is_pinching(&self) -> bool {
        matches!(self.gesture, Gesture::Pinch { .. })
    }

    /// Whether a flight is under way: keep sending [`Input::Frame`] until it is not.
    pub fn is_flying(&self) -> bool {
        self.flight.is_some()
    }

    /// The flight under way, if any.
    pub fn flight(&self) -> Option<Flight> {
        self.flight
    }

    /// A jump to `view`: any flight ends, a half-made double tap is forgotten, a gesture in
    /// progress carries on from there.
    fn jumped(self, view: Viewport) -> Self {
        Self {
            view,
            flight: None,
            last_tap: None,
            ..self
        }
    }
}

fn finite(p: LatLon) -> bool {
    p.lat.is_finite() && p.lon.is_finite()
}

/// The next state after one input.
pub fn reduce(state: MapState, input: Input) -> MapState {
    match input {
        Input::CenterOn { at, zoom } if finite(at) => state.jumped(centre(&state, at, zoom)),
        Input::Follow { at, zoom } if finite(at) && !state.is_gesturing() => {
            state.jumped(centre(&state, at, zoom))
        }
        Input::FitBounds { bounds, padding } if finite(bounds.sw) && finite(bounds.ne) => {
            let padding = if padding.is_finite() { padding } else { 0.0 };
            state.jumped(state.view.fitted(bounds, padding, state.range))
        }
        Input::ZoomIntoCluster { bounds, splits_at } if finite(bounds.sw) && finite(bounds.ne) => {
            let fit = zoom_to_split(&state.view, (bounds.sw, bounds.ne), state.range.max);
            // Where the index shows the pins apart, when fitting the box stops short of it.
            let splits_at = if splits_at.is_finite() {
                splits_at
            } else {
                fit
            };
            let zoom = fit.max(splits_at.min(state.range.max));
            state.jumped(state.view.centered_on(bounds.center(), zoom, state.range))
        }
        Input::FlyTo {
            at,
            zoom,
            anchor,
            t,
        } if finite(at) && zoom.is_finite() && t.is_finite() && !state.is_gesturing() => MapState {
            flight: Some(Flight {
                from: state.view,
                place: at,
                anchor: anchor.finite(),
                zoom,
                start: t,
            }),
            ..state
        },
        Input::Frame { t } if t.is_finite() => match state.flight {
            Some(f) => {
                let view = f.view_at(t, state.view.width, state.view.height, state.range);
                MapState {
                    view,
                    flight: (f.progress(t) < 1.0).then_some(f),
                    ..state
                }
            }
            None => state,
        },
        Input::CenterOn { .. }
        | Input::Follow { .. }
        | Input::FitBounds { .. }
        | Input::ZoomIntoCluster { .. }
        | Input::FlyTo { .. }
        | Input::Frame { .. } => state,
        // The person takes the map: a flight ends where it is.
        Input::PointerDown { .. } | Input::Wheel { .. } | Input::Key(_) => gesture(
            MapState {
                flight: None,
                ..state
            },
            input,
        ),
        Input::PointerMove { .. }
        | Input::PointerUp { .. }
        | Input::PointerCancel { .. }
        | Input::Resize { .. } => gesture(state, input),
    }
}

fn centre(state: &MapState, at: LatLon, zoom: ZoomTo) -> Viewport {
    let z = zoom.resolve(state.view.zoom, state.range);
    state.view.centered_on(at, z, state.range)
}

/// The next state after an input of the person's own.
fn gesture(state: MapState, input: Input) -> MapState {
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
    use crate::map::cluster::zoom_to_split;
    use crate::map::glide::FLIGHT_MS;
    use crate::map::mercator::{world_size_px, LatLon, MAX_LAT};
    use crate::map::viewport::{Anchor, Bounds};

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

    fn near(a: LatLon, b: LatLon) -> bool {
        (a.lat - b.lat).abs() < 1e-9 && (a.lon - b.lon).abs() < 1e-9
    }

    const PIN: LatLon = LatLon::new(51.82, 5.86);

    fn fly(at: LatLon, t: f64) -> Input {
        Input::FlyTo {
            at,
            zoom: 17.0,
            anchor: Anchor::MIDDLE,
            t,
        }
    }

    #[test]
    fn centring_sets_the_middle_and_the_asked_zoom_within_the_range() {
        let s0 = start();
        let keep = reduce(
            s0,
            Input::CenterOn {
                at: PIN,
                zoom: ZoomTo::Keep,
            },
        );
        assert_eq!((keep.view.center, keep.view.zoom), (PIN, 16.0));
        assert_eq!(keep.view.to_screen(PIN), keep.view.middle());
        let close = |s, z| {
            reduce(
                s,
                Input::CenterOn {
                    at: PIN,
                    zoom: ZoomTo::AtLeast(z),
                },
            )
            .view
            .zoom
        };
        assert_eq!(close(s0, 17.0), 17.0);
        assert_eq!(close(reduce(s0, Input::Key(MapKey::ZoomIn)), 15.0), 17.0);
        let shallow = s0.with_range(ZoomRange {
            min: 3.0,
            max: 16.0,
        });
        assert_eq!(close(shallow, 17.0), 16.0);
        let far = reduce(
            s0,
            Input::CenterOn {
                at: PIN,
                zoom: ZoomTo::Exactly(40.0),
            },
        );
        assert_eq!(far.view.zoom, 19.0);
        assert_eq!((far.view.width, far.view.height), (1024.0, 768.0));
    }

    #[test]
    fn fitting_bounds_shows_the_whole_box_inside_the_padding() {
        let b = Bounds::new(LatLon::new(51.80, 5.84), LatLon::new(51.85, 5.92));
        let s = reduce(
            start(),
            Input::FitBounds {
                bounds: b,
                padding: 32.0,
            },
        );
        for corner in [b.sw, b.ne] {
            let p = s.view.to_screen(corner);
            assert!(
                p.x >= 32.0 - 1e-6
                    && p.x <= 1024.0 - 32.0 + 1e-6
                    && p.y >= 32.0 - 1e-6
                    && p.y <= 768.0 - 32.0 + 1e-6,
                "{p:?}"
            );
        }
        assert!(s.view.to_screen(b.center()).distance(s.view.middle()) < 1e-6);
        // One pin's box: as deep as the range goes.
        let dot = reduce(
            start(),
            Input::FitBounds {
                bounds: Bounds::new(PIN, PIN),
                padding: 32.0,
            },
        );
        assert_eq!(dot.view.zoom, 19.0);
    }

    #[test]
    fn a_cluster_opens_centred_on_its_box_at_least_a_level_deeper() {
        let s0 = start();
        let bounds = (LatLon::new(51.836, 5.886), LatLon::new(51.8375, 5.8885));
        let s = reduce(
            s0,
            Input::ZoomIntoCluster {
                bounds: bounds.into(),
                splits_at: 0.0,
            },
        );
        assert_eq!(s.view.zoom, zoom_to_split(&s0.view, bounds, 19.0));
        assert!(s.view.zoom >= 17.0);
        let b = Bounds::from(bounds);
        assert!(s.view.to_screen(b.center()).distance(s.view.middle()) < 1e-6);
        for corner in [b.sw, b.ne] {
            let p = s.view.to_screen(corner);
            assert!(
                p.x > 0.0 && p.x < 1024.0 && p.y > 0.0 && p.y < 768.0,
                "{p:?}"
            );
        }
        // At the deepest zoom it stays there.
        let deep = s0.with_range(ZoomRange {
            min: 3.0,
            max: 16.5,
        });
        let d = reduce(
            deep,
            Input::ZoomIntoCluster {
                bounds: bounds.into(),
                splits_at: 0.0,
            },
        );
        assert_eq!(d.view.zoom, 16.5);
        // Where the index shows the pins apart lies deeper than fitting the box: it goes there.
        let apart = reduce(
            s0,
            Input::ZoomIntoCluster {
                bounds: bounds.into(),
                splits_at: 19.0,
            },
        );
        assert_eq!(apart.view.zoom, 19.0);
    }

    #[test]
    fn following_centres_but_gives_way_to_a_hand_on_the_map() {
        let walker = LatLon::new(51.838, 5.889);
        let follow = Input::Follow {
            at: walker,
            zoom: ZoomTo::AtLeast(16.0),
        };
        let s = reduce(start(), follow);
        assert_eq!((s.view.center, s.view.zoom), (walker, 16.0));
        // A finger down: the fix is ignored, the drag goes on undisturbed.
        let held = run(
            start(),
            &[down(1, p(300.0, 300.0), 0.0), mv(1, p(320.0, 300.0))],
        );
        let under = held.view.to_lat_lon(p(320.0, 300.0));
        let still = run(held, &[follow, mv(1, p(400.0, 300.0))]);
        assert!(still.view.to_screen(under).distance(p(400.0, 300.0)) < 1e-6);
        // Once lifted, the next fix centres again.
        let after = run(still, &[up(1, p(400.0, 300.0), 500.0), follow]);
        assert_eq!(after.view.center, walker);
    }

    #[test]
    fn a_jump_during_a_drag_lets_the_drag_carry_on_from_there() {
        let s = run(
            start(),
            &[down(1, p(300.0, 300.0), 0.0), mv(1, p(310.0, 300.0))],
        );
        let s = reduce(
            s,
            Input::CenterOn {
                at: PIN,
                zoom: ZoomTo::Exactly(17.0),
            },
        );
        assert!(s.is_gesturing());
        assert_eq!(s.view.center, PIN);
        // The next 50 px move pans 50 px from the new view, no jump back.
        let moved = reduce(s, mv(1, p(360.0, 300.0)));
        let expected = s.view.panned_by(50.0, 0.0);
        assert!(near(moved.view.center, expected.center));
        assert_eq!(moved.view.zoom, 17.0);
        // And a tap before a jump does not pair with a tap after it.
        let at = p(500.0, 400.0);
        let tapped = run(start(), &[down(2, at, 0.0), up(2, at, 50.0)]);
        let s = run(
            tapped,
            &[
                Input::CenterOn {
                    at: PIN,
                    zoom: ZoomTo::Keep,
                },
                down(2, at, 100.0),
                up(2, at, 150.0),
            ],
        );
        assert_eq!(s.view.zoom, 16.0);
    }

    #[test]
    fn a_flight_moves_with_the_frames_and_lands_on_the_target() {
        let s0 = start();
        let s = reduce(s0, fly(PIN, 1000.0));
        assert!(s.is_flying());
        assert_eq!(s.view, s0.view, "starting a flight does not move yet");
        let first = reduce(s, Input::Frame { t: 1000.0 });
        assert!(near(first.view.center, s0.view.center));
        let mid = reduce(
            s,
            Input::Frame {
                t: 1000.0 + FLIGHT_MS / 2.0,
            },
        );
        assert!(mid.is_flying());
        assert!(!near(mid.view.center, s0.view.center) && !near(mid.view.center, PIN));
        let end = reduce(
            mid,
            Input::Frame {
                t: 1000.0 + FLIGHT_MS,
            },
        );
        assert!(!end.is_flying());
        assert!(near(end.view.center, PIN));
        assert_eq!(end.view.zoom, 17.0);
        // Frames after landing change nothing.
        assert_eq!(reduce(end, Input::Frame { t: 99_999.0 }), end);
    }

    #[test]
    fn a_flight_lands_the_place_at_its_anchor_even_after_a_resize() {
        let s = run(
            start(),
            &[
                Input::FlyTo {
                    at: PIN,
                    zoom: 17.0,
                    anchor: Anchor::new(0.69, 0.5),
                    t: 0.0,
                },
                Input::Resize {
                    width: 1920.0,
                    height: 1080.0,
                },
                Input::Frame { t: 300.0 },
            ],
        );
        assert!(s.is_flying());
        assert_eq!((s.view.width, s.view.height), (1920.0, 1080.0));
        let end = reduce(s, Input::Frame { t: FLIGHT_MS });
        // Worked out on the element as it is now: 69 % of the new width, half the new height.
        let at = end.view.to_screen(PIN);
        assert!(at.distance(p(1920.0 * 0.69, 540.0)) < 1e-6, "{at:?}");
        assert_eq!(end.view.zoom, 17.0);
    }

    #[test]
    fn the_person_takes_over_a_flight_and_a_hand_blocks_a_new_one() {
        let flying = reduce(reduce(start(), fly(PIN, 0.0)), Input::Frame { t: 400.0 });
        for grab in [
            down(1, p(10.0, 10.0), 450.0),
            Input::Wheel {
                at: p(10.0, 10.0),
                delta_y: 10.0,
            },
            Input::Key(MapKey::Left),
        ] {
            let s = reduce(flying, grab);
            assert!(!s.is_flying(), "{grab:?}");
            let later = reduce(s, Input::Frame { t: 800.0 });
            assert_eq!(later.view, s.view, "{grab:?}");
        }
        let held = reduce(start(), down(1, p(10.0, 10.0), 0.0));
        let s = reduce(held, fly(PIN, 10.0));
        assert!(!s.is_flying());
        assert_eq!(reduce(s, Input::Frame { t: 900.0 }).view, held.view);
        // A jump ends a flight too.
        let jumped = reduce(
            flying,
            Input::CenterOn {
                at: PIN,
                zoom: ZoomTo::Keep,
            },
        );
        assert!(!jumped.is_flying());
    }

    #[test]
    fn a_newer_flight_starts_from_where_the_last_one_was() {
        let other = LatLon::new(51.85, 5.9);
        let mid = reduce(reduce(start(), fly(PIN, 0.0)), Input::Frame { t: 800.0 });
        let s = reduce(mid, fly(other, 800.0));
        assert_eq!(s.flight().map(|f| f.from), Some(mid.view));
        let end = reduce(
            s,
            Input::Frame {
                t: 800.0 + FLIGHT_MS,
            },
        );
        assert!(near(end.view.center, other) && !end.is_flying());
    }

    #[test]
    fn moves_that_are_not_numbers_change_nothing() {
        let s0 = start();
        let nan = LatLon::new(f64::NAN, 5.0);
        for input in [
            Input::CenterOn {
                at: nan,
                zoom: ZoomTo::Keep,
            },
            Input::Follow {
                at: nan,
                zoom: ZoomTo::Keep,
            },
            Input::FitBounds {
                bounds: Bounds::new(nan, PIN),
                padding: 0.0,
            },
            Input::ZoomIntoCluster {
                bounds: Bounds::new(PIN, nan),
                splits_at: 0.0,
            },
            fly(nan, 0.0),
            Input::FlyTo {
                at: PIN,
                zoom: f64::NAN,
                anchor: Anchor::MIDDLE,
                t: 0.0,
            },
            Input::Frame { t: f64::NAN },
        ] {
            assert_eq!(reduce(s0, input), s0, "{input:?}");
        }
        let s = reduce(
            s0,
            Input::CenterOn {
                at: PIN,
                zoom: ZoomTo::Exactly(f64::NAN),
            },
        );
        assert_eq!((s.view.center, s.view.zoom), (PIN, 16.0));
    }
}
