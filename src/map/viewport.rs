//! What the map shows: a centre, a zoom and the size of the element, as one plain value.
//!
//! Screen points are CSS pixels from the map element's top-left corner. Zoom may be fractional;
//! at zoom `z` the world is `256 · 2^z` pixels wide (see [`super::mercator`]).

use super::mercator::{from_world, to_world, world_size_px, LatLon, World, MAX_LAT};

/// A point on the map element, in CSS pixels from its top-left corner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenPoint {
    pub x: f64,
    pub y: f64,
}

impl ScreenPoint {
    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    pub fn distance(self, other: Self) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    pub fn midpoint(self, other: Self) -> Self {
        Self::new((self.x + other.x) / 2.0, (self.y + other.y) / 2.0)
    }
}

/// The zoom levels a base map offers; the view is kept inside them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ZoomRange {
    pub min: f64,
    pub max: f64,
}

impl ZoomRange {
    /// Oase's own range: wide enough to find the Netherlands, close enough to see a front garden.
    pub const DEFAULT: Self = Self {
        min: 3.0,
        max: 19.0,
    };

    pub fn clamp(self, zoom: f64) -> f64 {
        zoom.clamp(self.min, self.max)
    }
}

impl Default for ZoomRange {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Centre, zoom and size of the map.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub center: LatLon,
    pub zoom: f64,
    /// Width of the map element in CSS pixels.
    pub width: f64,
    /// Height of the map element in CSS pixels.
    pub height: f64,
}

impl Viewport {
    pub fn new(center: LatLon, zoom: f64, width: f64, height: f64) -> Self {
        Self {
            center: center.normalized(),
            zoom,
            width,
            height,
        }
    }

    /// The centre in world pixels at this zoom.
    fn center_px(&self) -> (f64, f64) {
        let w = to_world(self.center);
        let size = world_size_px(self.zoom);
        (w.x * size, w.y * size)
    }

    /// Where a position appears on the element. Not wrapped: a place a world away stays there.
    pub fn to_screen(&self, p: LatLon) -> ScreenPoint {
        let w = to_world(p);
        let size = world_size_px(self.zoom);
        let (cx, cy) = self.center_px();
        ScreenPoint::new(
            w.x * size - cx + self.width / 2.0,
            w.y * size - cy + self.height / 2.0,
        )
    }

    /// The position under a point of the element.
    pub fn to_lat_lon(&self, s: ScreenPoint) -> LatLon {
        let size = world_size_px(self.zoom);
        let (cx, cy) = self.center_px();
        let x = (cx + s.x - self.width / 2.0) / size;
        let y = ((cy + s.y - self.height / 2.0) / size).clamp(0.0, 1.0);
        from_world(World { x, y }).normalized()
    }

    /// The view after the content moved by `(dx, dy)` pixels, as when dragged that far.
    pub fn panned_by(&self, dx: f64, dy: f64) -> Self {
        let center = self.to_lat_lon(ScreenPoint::new(
            self.width / 2.0 - dx,
            self.height / 2.0 - dy,
        ));
        Self { center, ..*self }
    }

    /// The view at `zoom` (clamped to `range`) that keeps the position under `anchor` in place.
    pub fn zoomed_around(&self, anchor: ScreenPoint, zoom: f64, range: ZoomRange) -> Self {
        let zoom = range.clamp(zoom);
        let fixed = to_world(self.to_lat_lon(anchor));
        let size = world_size_px(zoom);
        // Put the anchor's world point back under the anchor at the new scale.
        let cx = fixed.x * size - anchor.x + self.width / 2.0;
        let cy = fixed.y * size - anchor.y + self.height / 2.0;
        let center = from_world(World {
            x: cx / size,
            y: (cy / size).clamp(0.0, 1.0),
        })
        .normalized();
        Self {
            center,
            zoom,
            ..*self
        }
    }

    /// The same view centred on `center` at `zoom` (clamped to `range`).
    pub fn centered_on(&self, center: LatLon, zoom: f64, range: ZoomRange) -> Self {
        Self {
            center: center.normalized(),
            zoom: range.clamp(zoom),
            ..*self
        }
    }

    pub fn resized(&self, width: f64, height: f64) -> Self {
        Self {
            width: width.max(0.0),
            height: height.max(0.0),
            ..*self
        }
    }

    /// The element's centre point.
    pub fn middle(&self) -> ScreenPoint {
        ScreenPoint::new(self.width / 2.0, self.height / 2.0)
    }

    /// The same view with the centre's latitude inside Mercator's limits and zoom in `range`.
    pub fn clamped(&self, range: ZoomRange) -> Self {
        Self {
            center: LatLon::new(self.center.lat.clamp(-MAX_LAT, MAX_LAT), self.center.lon)
                .normalized(),
            zoom: range.clamp(self.zoom),
            ..*self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::mercator::world_size_px;

    fn hengstdal() -> Viewport {
        Viewport::new(LatLon::new(51.837, 5.887), 16.0, 1024.0, 768.0)
    }

    #[test]
    fn centre_is_in_the_middle() {
        let v = hengstdal();
        let s = v.to_screen(v.center);
        assert!((s.x - 512.0).abs() < 1e-9 && (s.y - 384.0).abs() < 1e-9);
    }

    #[test]
    fn screen_round_trip_within_a_billionth_of_a_degree() {
        for zoom in [3.0, 10.5, 16.0, 19.0] {
            let v = Viewport {
                zoom,
                ..hengstdal()
            };
            for (x, y) in [(0.0, 0.0), (100.5, 700.25), (1024.0, 768.0), (512.0, 384.0)] {
                let p = v.to_lat_lon(ScreenPoint::new(x, y));
                let s = v.to_screen(p);
                assert!(
                    (s.x - x).abs() < 1e-6 && (s.y - y).abs() < 1e-6,
                    "{x},{y} → {s:?}"
                );
                let q = v.to_lat_lon(s);
                assert!((q.lat - p.lat).abs() < 1e-9 && (q.lon - p.lon).abs() < 1e-9);
            }
        }
    }

    #[test]
    fn panning_east_moves_the_centre_west_by_the_formula() {
        let v = hengstdal();
        let moved = v.panned_by(200.0, 0.0);
        let expected = 200.0 * 360.0 / world_size_px(16.0);
        assert!((v.center.lon - moved.center.lon - expected).abs() < 1e-12);
        assert!((v.center.lat - moved.center.lat).abs() < 1e-12);
    }

    #[test]
    fn zooming_keeps_the_anchor_still() {
        let v = hengstdal();
        let anchor = ScreenPoint::new(100.0, 650.0);
        let before = v.to_lat_lon(anchor);
        let z = v.zoomed_around(anchor, 17.3, ZoomRange::DEFAULT);
        assert_eq!(z.zoom, 17.3);
        let after = z.to_screen(before);
        assert!(after.distance(anchor) < 1e-6, "{after:?}");
    }

    #[test]
    fn zoom_is_clamped_to_the_range() {
        let v = hengstdal();
        assert_eq!(
            v.zoomed_around(v.middle(), 25.0, ZoomRange::DEFAULT).zoom,
            19.0
        );
        assert_eq!(
            v.zoomed_around(v.middle(), 1.0, ZoomRange::DEFAULT).zoom,
            3.0
        );
        let narrow = ZoomRange {
            min: 6.0,
            max: 14.0,
        };
        assert_eq!(v.clamped(narrow).zoom, 14.0);
    }

    #[test]
    fn latitude_stays_inside_mercator_when_dragged_far_north() {
        let v = Viewport::new(LatLon::new(80.0, 0.0), 3.0, 400.0, 400.0);
        let moved = v.panned_by(0.0, 100_000.0);
        assert!(moved.center.lat <= MAX_LAT && moved.center.lat > 85.0);
    }

    #[test]
    fn longitude_wraps_across_the_antimeridian() {
        let v = Viewport::new(LatLon::new(0.0, 179.9), 10.0, 400.0, 400.0);
        let moved = v.panned_by(-2000.0, 0.0);
        let expected = 179.9 + 2000.0 * 360.0 / world_size_px(10.0) - 360.0;
        assert!(
            (moved.center.lon - expected).abs() < 1e-9,
            "{:?}",
            moved.center
        );
    }
}
