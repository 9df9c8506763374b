//! What the map shows: a centre, a zoom and the size of the element, as one plain value.
//!
//! Screen points are CSS pixels from the map element's top-left corner. Zoom may be fractional;
//! at zoom `z` the world is `256 · 2^z` pixels wide (see [`super::mercator`]).

use super::mercator::{from_world, to_world, world_size_px, LatLon, World, MAX_LAT, TILE_SIZE};

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

/// Where on the map element a place should end up, as fractions of its width and height from
/// the top-left corner: `(0.5, 0.5)` is the middle. Fractions, not pixels, so it holds when the
/// element changes size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    pub x: f64,
    pub y: f64,
}

impl Anchor {
    /// The middle of the element.
    pub const MIDDLE: Self = Self { x: 0.5, y: 0.5 };

    pub const fn new(x: f64, y: f64) -> Self {
        Self { x, y }
    }

    /// The same anchor with anything that is not a number replaced by the middle.
    pub fn finite(self) -> Self {
        let ok = |v: f64| if v.is_finite() { v } else { 0.5 };
        Self::new(ok(self.x), ok(self.y))
    }
}

impl Default for Anchor {
    fn default() -> Self {
        Self::MIDDLE
    }
}

/// A box of positions: its south-west and north-east corners. A box whose east edge lies west
/// of its west edge crosses the antimeridian.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub sw: LatLon,
    pub ne: LatLon,
}

impl Bounds {
    pub const fn new(sw: LatLon, ne: LatLon) -> Self {
        Self { sw, ne }
    }

    fn is_finite(&self) -> bool {
        [self.sw.lat, self.sw.lon, self.ne.lat, self.ne.lon]
            .iter()
            .all(|v| v.is_finite())
    }

    /// West edge, width and the north and south edges in world units (width wraps across
    /// the antimeridian).
    fn world(&self) -> (f64, f64, f64, f64) {
        let (sw, ne) = (to_world(self.sw), to_world(self.ne));
        let width = if ne.x >= sw.x {
            ne.x - sw.x
        } else {
            ne.x + 1.0 - sw.x
        };
        (sw.x, width, ne.y.min(sw.y), ne.y.max(sw.y))
    }

    /// The box's middle in Web Mercator, so it lands in the middle of the screen.
    pub fn center(&self) -> LatLon {
        let (west, width, north, south) = self.world();
        from_world(World {
            x: west + width / 2.0,
            y: (north + south) / 2.0,
        })
        .normalized()
    }
}

/// A cluster's box, `(south-west, north-east)` as [`super::cluster::Marker::Cluster`] has it.
impl From<(LatLon, LatLon)> for Bounds {
    fn from((sw, ne): (LatLon, LatLon)) -> Self {
        Self { sw, ne }
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

    /// The view at `zoom` (clamped to `range`) that shows `place` at `anchor` of the element.
    pub fn showing_at(&self, place: LatLon, zoom: f64, anchor: Anchor, range: ZoomRange) -> Self {
        // The centre lies as far from the place as the middle lies from the anchor.
        let dx = self.width * (0.5 - anchor.x);
        let dy = self.height * (0.5 - anchor.y);
        if dx == 0.0 && dy == 0.0 {
            // Exactly the place, without a round trip through world units.
            return self.centered_on(place, zoom, range);
        }
        let zoom = range.clamp(zoom);
        let w = to_world(place);
        let size = world_size_px(zoom);
        let center = from_world(World {
            x: w.x + dx / size,
            y: (w.y + dy / size).clamp(0.0, 1.0),
        })
        .normalized();
        Self {
            center,
            zoom,
            ..*self
        }
    }

    /// The deepest zoom (not clamped) at which `bounds` fits inside the element with `padding`
    /// pixels free on each side. The padding takes at most a quarter of each side. `None` while
    /// the element has no size or the box is not made of numbers.
    pub fn zoom_to_fit(&self, bounds: Bounds, padding: f64) -> Option<f64> {
        if !(self.width > 0.0 && self.height > 0.0 && bounds.is_finite()) {
            return None;
        }
        let (_, width, north, south) = bounds.world();
        let pad = |side: f64| side - 2.0 * padding.max(0.0).min(side / 4.0);
        let fit = |room: f64, extent: f64| (room / (extent.max(1e-12) * TILE_SIZE)).log2();
        Some(fit(pad(self.width), width).min(fit(pad(self.height), south - north)))
    }

    /// The view that shows all of `bounds` with `padding` pixels free on each side, centred
    /// on the box, at the deepest zoom that fits inside `range`. While the element has no size
    /// the zoom stays.
    pub fn fitted(&self, bounds: Bounds, padding: f64, range: ZoomRange) -> Self {
        let zoom = self.zoom_to_fit(bounds, padding).unwrap_or(self.zoom);
        self.centered_on(bounds.center(), zoom, range)
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

    fn inside(v: &Viewport, p: LatLon, margin: f64) -> bool {
        let s = v.to_screen(p);
        let eps = 1e-6;
        s.x >= margin - eps
            && s.x <= v.width - margin + eps
            && s.y >= margin - eps
            && s.y <= v.height - margin + eps
    }

    #[test]
    fn a_fitted_box_fills_the_padded_view_and_no_more() {
        let v = hengstdal();
        let b = Bounds::new(LatLon::new(51.80, 5.80), LatLon::new(51.86, 5.95));
        let f = v.fitted(b, 40.0, ZoomRange::DEFAULT);
        assert!(inside(&f, b.sw, 40.0) && inside(&f, b.ne, 40.0), "{f:?}");
        // The box's middle is the view's middle.
        assert!(f.to_screen(b.center()).distance(f.middle()) < 1e-6);
        // The deepest such zoom: a hair deeper and a corner leaves the padded frame.
        let deeper = Viewport {
            zoom: f.zoom + 0.01,
            ..f
        };
        assert!(!inside(&deeper, b.sw, 40.0) || !inside(&deeper, b.ne, 40.0));
        assert_eq!((f.width, f.height), (v.width, v.height));
    }

    #[test]
    fn fitting_clamps_the_zoom_and_waits_for_a_size() {
        let v = hengstdal();
        let dot = Bounds::new(LatLon::new(51.837, 5.887), LatLon::new(51.837, 5.887));
        assert_eq!(v.fitted(dot, 20.0, ZoomRange::DEFAULT).zoom, 19.0);
        let world = Bounds::new(LatLon::new(-80.0, -170.0), LatLon::new(80.0, 170.0));
        assert_eq!(v.fitted(world, 20.0, ZoomRange::DEFAULT).zoom, 3.0);
        let no_size = Viewport::new(LatLon::new(0.0, 0.0), 12.0, 0.0, 0.0);
        let f = no_size.fitted(dot, 20.0, ZoomRange::DEFAULT);
        assert_eq!(f.zoom, 12.0);
        assert_eq!(f.center, dot.center());
        // A padding larger than the element leaves it half its size.
        let huge = v.fitted(dot, 5000.0, ZoomRange::DEFAULT);
        assert_eq!(huge.zoom, 19.0);
        assert_eq!(
            v.zoom_to_fit(Bounds::new(LatLon::new(f64::NAN, 0.0), dot.ne), 0.0),
            None
        );
    }

    #[test]
    fn a_box_across_the_antimeridian_is_fitted_the_short_way() {
        let v = Viewport::new(LatLon::new(0.0, 0.0), 5.0, 800.0, 600.0);
        let b = Bounds::new(LatLon::new(-20.0, 170.0), LatLon::new(-10.0, -170.0));
        let c = b.center();
        assert!((c.lon.abs() - 180.0).abs() < 1e-9, "{c:?}");
        let f = v.fitted(
            b,
            0.0,
            ZoomRange {
                min: 0.0,
                max: 19.0,
            },
        );
        // 20° of longitude across 800 px: about 2^3.3 worlds of 256 px, not a whole world.
        assert!(f.zoom > 3.0, "{}", f.zoom);
    }

    #[test]
    fn a_place_can_be_shown_off_centre() {
        let v = hengstdal();
        let pin = LatLon::new(51.82, 5.88);
        let s = v.showing_at(pin, 17.0, Anchor::new(0.69, 0.5), ZoomRange::DEFAULT);
        assert_eq!(s.zoom, 17.0);
        let at = s.to_screen(pin);
        assert!(
            at.distance(ScreenPoint::new(1024.0 * 0.69, 384.0)) < 1e-6,
            "{at:?}"
        );
        let mid = v.showing_at(pin, 30.0, Anchor::MIDDLE, ZoomRange::DEFAULT);
        assert_eq!((mid.center, mid.zoom), (pin, 19.0));
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
