//! A smooth flight from one view to another (the celebration screen's tour): eased, and zoomed
//! out on the way when the target is far, so the wall sees where the next pin lies.

use super::mercator::{from_world, to_world, world_size_px, LatLon, World};
use super::viewport::Viewport;

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

#[cfg(test)]
mod tests {
    use super::*;

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
