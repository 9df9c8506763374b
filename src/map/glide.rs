//! A smooth flight from one view to another (the celebration screen's tour): eased, and zoomed
//! out on the way when the target is far, so the wall sees where the next pin lies.

use super::mercator::{from_world, to_world, world_size_px, LatLon, World};
use super::viewport::{Anchor, Viewport, ZoomRange};

/// How long a flight takes, in milliseconds.
pub const FLIGHT_MS: f64 = 1600.0;

fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// The view at `t` (0 to 1) of the flight from `from` to `center` at `zoom`.
pub fn glide(from: &Viewport, center: LatLon, zoom: f64, t: f64) -> Viewport {
    let (a, b) = (to_world(from.center), to_world(center));
    let e = ease(t);
    let at = World {
        x: a.x + (b.x - a.x) * e,
        y: a.y + (b.y - a.y) * e,
    };
    // How many screens apart the two are at the lower zoom decides how far to zoom out midway.
    let low = from.zoom.min(zoom);
    let apart = ((b.x - a.x).hypot(b.y - a.y) * world_size_px(low)) / from.width.max(1.0);
    let dip = apart.max(1.0).log2().min(4.0);
    let z =
        from.zoom + (zoom - from.zoom) * e - dip * (std::f64::consts::PI * t.clamp(0.0, 1.0)).sin();
    Viewport::new(from_world(at), z, from.width, from.height)
}

/// A flight under way, as plain data the map's state can hold: where it started, where it
/// goes and when it began. [`crate::map::view::reduce`] moves it on with each frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flight {
    /// The view when the flight began.
    pub from: Viewport,
    /// The place it flies to.
    pub place: LatLon,
    /// Where on the element the place lands: worked out on each frame, so a change of size
    /// midway (going fullscreen) still lands it there.
    pub anchor: Anchor,
    /// The zoom it lands at (clamped to the range on each frame).
    pub zoom: f64,
    /// When it began, in milliseconds.
    pub start: f64,
}

impl Flight {
    /// How far along the flight is at `t`: 0 before it began, 1 once it has landed.
    pub fn progress(&self, t: f64) -> f64 {
        ((t - self.start) / FLIGHT_MS).clamp(0.0, 1.0)
    }

    /// The view at time `t` for an element of `width` × `height` (the element may have changed
    /// size since the flight began), inside `range`. Before the start exactly where it began, at the
    /// end exactly the target.
    pub fn view_at(&self, t: f64, width: f64, height: f64, range: ZoomRange) -> Viewport {
        let from = self.from.resized(width, height);
        let p = self.progress(t);
        if p <= 0.0 {
            return from.clamped(range);
        }
        let target = from.showing_at(self.place, self.zoom, self.anchor, range);
        if p >= 1.0 {
            return target;
        }
        glide(&from, target.center, target.zoom, p).clamped(range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flight_is_paced_by_the_clock_and_lands_exactly() {
        let from = Viewport::new(LatLon::new(51.81, 5.86), 15.0, 1920.0, 1080.0);
        let f = Flight {
            from,
            place: LatLon::new(51.90, 6.0),
            anchor: Anchor::MIDDLE,
            zoom: 17.0,
            start: 1000.0,
        };
        let r = ZoomRange::DEFAULT;
        assert_eq!(f.progress(0.0), 0.0);
        assert_eq!(f.progress(1000.0 + FLIGHT_MS / 2.0), 0.5);
        assert_eq!(f.view_at(500.0, 1920.0, 1080.0, r), from);
        let end = f.view_at(1000.0 + FLIGHT_MS, 1920.0, 1080.0, r);
        assert_eq!((end.center, end.zoom), (f.place, 17.0));
        // Midway it dips, but never below the range; and it takes the element's new size.
        let mid = f.view_at(
            1800.0,
            800.0,
            600.0,
            ZoomRange {
                min: 14.0,
                max: 19.0,
            },
        );
        assert_eq!(mid.zoom, 14.0);
        assert_eq!((mid.width, mid.height), (800.0, 600.0));
    }

    #[test]
    fn a_flight_starts_and_ends_where_it_should() {
        let from = Viewport::new(LatLon::new(51.81, 5.86), 15.0, 1920.0, 1080.0);
        let to = LatLon::new(51.82, 5.88);
        let start = glide(&from, to, 17.0, 0.0);
        assert!((start.center.lat - 51.81).abs() < 1e-9 && (start.zoom - 15.0).abs() < 1e-9);
        let end = glide(&from, to, 17.0, 1.0);
        assert!((end.center.lat - 51.82).abs() < 1e-9 && (end.center.lon - 5.88).abs() < 1e-9);
        assert!((end.zoom - 17.0).abs() < 1e-9);
        // Far apart (about 10 km, several screens at zoom 15): lower than both ends halfway.
        let mid = glide(&from, LatLon::new(51.90, 6.0), 17.0, 0.5);
        assert!(mid.zoom < 15.0, "{}", mid.zoom);
        // Near: no dip at all.
        let near = glide(&from, LatLon::new(51.8101, 5.8601), 15.0, 0.5);
        assert!((near.zoom - 15.0).abs() < 1e-9);
    }
}
