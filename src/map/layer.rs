//! A layer of markers laid out once, at one zoom, and then moved and scaled as a whole: a pan or
//! a zoom changes one transform instead of every marker's position (Leaflet's marker pane does
//! the same with its `_leaflet_pos` and zoom animation).
//!
//! Positions are CSS pixels. A place is laid at its world pixel at the layout's zoom, less the
//! anchor's (the map's centre when the layout was made); [`Layout::transform`] then gives the
//! translation and scale (origin: the layer's top-left corner) that put it where the view shows it.

use super::mercator::{to_world, world_size_px, LatLon};
use super::viewport::{ScreenPoint, Viewport};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Layout {
    /// The zoom the markers are laid out at.
    pub zoom: f64,
    /// World pixels (at `zoom`) of the layer's origin.
    anchor: (f64, f64),
}

/// A position in pixels of the whole world at `zoom`.
fn world_px(at: LatLon, zoom: f64) -> (f64, f64) {
    let (w, size) = (to_world(at), world_size_px(zoom));
    (w.x * size, w.y * size)
}

impl Layout {
    /// A layout at `zoom` with its origin at `anchor`.
    pub fn new(anchor: LatLon, zoom: f64) -> Self {
        Self {
            zoom,
            anchor: world_px(anchor, zoom),
        }
    }

    /// Where `at` sits in the layer, before the layer's transform.
    pub fn place(&self, at: LatLon) -> ScreenPoint {
        let p = world_px(at, self.zoom);
        ScreenPoint::new(p.0 - self.anchor.0, p.1 - self.anchor.1)
    }

    /// The layer's translation and scale for `view`: a laid place `p` shows at
    /// `translation + scale · p`, where `view.to_screen` puts it.
    pub fn transform(&self, view: &Viewport) -> (ScreenPoint, f64) {
        let scale = (view.zoom - self.zoom).exp2();
        let c = world_px(view.center, self.zoom);
        (
            ScreenPoint::new(
                (self.anchor.0 - c.0) * scale + view.width / 2.0,
                (self.anchor.1 - c.1) * scale + view.height / 2.0,
            ),
            scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_laid_place_shows_where_the_view_puts_it_after_pans_and_zooms() {
        let start = Viewport::new(LatLon::new(51.8125, 5.87), 15.0, 1024.0, 768.0);
        let layout = Layout::new(start.center, start.zoom);
        let places = [
            LatLon::new(51.8125, 5.87),
            LatLon::new(51.83, 5.84),
            LatLon::new(51.79, 5.91),
        ];
        let views = [
            start,
            start.panned_by(130.0, -45.0),
            start.zoomed_around(ScreenPoint::new(100.0, 600.0), 16.7, Default::default()),
            start.zoomed_around(ScreenPoint::new(900.0, 20.0), 12.25, Default::default()),
        ];
        for v in views {
            let (t, s) = layout.transform(&v);
            for at in places {
                let p = layout.place(at);
                let shown = ScreenPoint::new(t.x + s * p.x, t.y + s * p.y);
                assert!(shown.distance(v.to_screen(at)) < 1e-6, "{v:?} {at:?}");
            }
        }
        // Laid out at the view's own zoom, the layer is not scaled.
        assert_eq!(layout.transform(&start.panned_by(5.0, 5.0)).1, 1.0);
    }
}
