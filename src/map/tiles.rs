//! Which tiles cover a view, where each one goes on screen, and its URL.
//!
//! Tile names follow the OpenStreetMap wiki's "Slippy map tilenames" (`z/x/y`, y from the north).

use std::ops::RangeInclusive;

use super::mercator::{tile_xy, to_world, world_size_px, LatLon, TILE_SIZE};
use super::viewport::{Viewport, ZoomRange};

/// One tile of the pyramid. `x` is already wrapped into `0..2^z`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileId {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// A tile placed on screen. `column` is not wrapped, so two copies of the same tile east and
/// west of the antimeridian get their own place (and their own key).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedTile {
    pub id: TileId,
    pub column: i64,
    /// Left edge in CSS pixels from the map element's left.
    pub left: f64,
    /// Top edge in CSS pixels from the map element's top.
    pub top: f64,
    /// Width and height on screen in CSS pixels (256 at whole zooms).
    pub size: f64,
}

impl PlacedTile {
    /// Stable identity of this placement for keyed lists.
    pub fn key(&self) -> (u8, i64, u32) {
        (self.id.z, self.column, self.id.y)
    }
}

/// The tile zoom for a view zoom: the nearest level the base map has.
pub fn tile_zoom(view_zoom: f64, range: ZoomRange) -> u8 {
    range.clamp(view_zoom.round()).clamp(0.0, 30.0) as u8
}

/// Size in CSS pixels of a level-`z` tile shown at the view's zoom.
fn tile_size_on_screen(view: &Viewport, z: u8) -> f64 {
    TILE_SIZE * world_size_px(view.zoom) / world_size_px(f64::from(z))
}

/// World pixel (at the view's zoom) of the element's top-left corner.
fn top_left_px(view: &Viewport) -> (f64, f64) {
    let centre = to_world(view.center);
    let world = world_size_px(view.zoom);
    (
        centre.x * world - view.width / 2.0,
        centre.y * world - view.height / 2.0,
    )
}

/// Where tile `(z, column, row)` goes on screen in this view. `column` is not wrapped.
pub fn place(view: &Viewport, z: u8, column: i64, row: u32) -> PlacedTile {
    let n = 1i64 << z;
    let size = tile_size_on_screen(view, z);
    let (left_px, top_px) = top_left_px(view);
    PlacedTile {
        id: TileId {
            z,
            x: column.rem_euclid(n) as u32,
            y: row,
        },
        column,
        left: column as f64 * size - left_px,
        top: f64::from(row) * size - top_px,
        size,
    }
}

/// Tiles of level `z` that cover the view, plus `ring` extra tiles on every side (so a short pan
/// finds them loaded), centre first. Rows beyond the poles are left out; columns wrap around
/// the world. An element without size needs no tiles.
pub fn cover(view: &Viewport, z: u8, ring: u32) -> Vec<PlacedTile> {
    if view.width <= 0.0 || view.height <= 0.0 {
        return Vec::new();
    }
    let n = 1i64 << z;
    let size = tile_size_on_screen(view, z);
    let (left_px, top_px) = top_left_px(view);
    let ring = i64::from(ring);
    // A tile touching the edge by less than a thousandth of a pixel does not count as visible.
    const EPS: f64 = 1e-3;
    let first_col = ((left_px + EPS) / size).floor() as i64 - ring;
    let last_col = ((left_px + view.width - EPS) / size).floor() as i64 + ring;
    let first_row = (((top_px + EPS) / size).floor() as i64 - ring).max(0);
    let last_row = (((top_px + view.height - EPS) / size).floor() as i64 + ring).min(n - 1);
    let mut tiles = Vec::new();
    for row in first_row..=last_row {
        for column in first_col..=last_col {
            tiles.push(place(view, z, column, row as u32));
        }
    }
    let (mx, my) = (view.width / 2.0, view.height / 2.0);
    tiles.sort_by(|a, b| {
        let da = (a.left + a.size / 2.0 - mx).hypot(a.top + a.size / 2.0 - my);
        let db = (b.left + b.size / 2.0 - mx).hypot(b.top + b.size / 2.0 - my);
        da.total_cmp(&db)
    });
    tiles
}

/// The most tiles an organiser can download for one area (about 200 MB of PDOK tiles): more is
/// a city, not an event's neighbourhood, and would crowd the device's storage.
pub const MAX_AREA_TILES: u64 = 10_000;

/// Tiles covering the box from `south_west` to `north_east` at each zoom in `zooms`.
pub fn area_tiles(
    south_west: LatLon,
    north_east: LatLon,
    zooms: RangeInclusive<u8>,
) -> Vec<TileId> {
    let mut tiles = Vec::new();
    for z in zooms {
        let (x0, y0, x1, y1) = area_span(south_west, north_east, z);
        for x in x0..=x1 {
            tiles.extend((y0..=y1).map(|y| TileId { z, x, y }));
        }
    }
    tiles
}

/// How many tiles [`area_tiles`] would give, without listing them.
pub fn area_tile_count(south_west: LatLon, north_east: LatLon, zooms: RangeInclusive<u8>) -> u64 {
    zooms
        .map(|z| {
            let (x0, y0, x1, y1) = area_span(south_west, north_east, z);
            u64::from(x1 - x0 + 1) * u64::from(y1 - y0 + 1)
        })
        .sum()
}

/// First and last tile column and row of the box at zoom `z` (rows grow southwards).
fn area_span(south_west: LatLon, north_east: LatLon, z: u8) -> (u32, u32, u32, u32) {
    let (x0, y1) = tile_xy(south_west, z);
    let (x1, y0) = tile_xy(north_east, z);
    (x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1))
}

/// Fills a URL template's `{z}`, `{x}`, `{y}` and `{s}` (a subdomain of `a`, `b`, `c` chosen
/// by tile, so a browser spreads its requests).
pub fn tile_url(template: &str, id: TileId) -> String {
    let sub = ["a", "b", "c"][((id.x + id.y) % 3) as usize];
    template
        .replace("{z}", &id.z.to_string())
        .replace("{x}", &id.x.to_string())
        .replace("{y}", &id.y.to_string())
        .replace("{s}", sub)
}

/// Whether a template can be used at all: an http(s) URL naming `{z}`, `{x}` and `{y}`.
pub fn is_valid_template(template: &str) -> bool {
    let t = template.trim();
    (t.starts_with("https://") || t.starts_with("http://") || t.starts_with('/'))
        && ["{z}", "{x}", "{y}"].iter().all(|p| t.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view() -> Viewport {
        Viewport::new(LatLon::new(51.837, 5.887), 16.0, 1024.0, 768.0)
    }

    #[test]
    fn cover_contains_the_centre_tile_and_fills_the_screen() {
        let v = view();
        let tiles = cover(&v, 16, 0);
        let (cx, cy) = tile_xy(v.center, 16);
        assert_eq!(
            tiles[0].id,
            TileId {
                z: 16,
                x: cx,
                y: cy
            }
        );
        // Every screen pixel is covered by exactly one tile.
        for (x, y) in [(0.5, 0.5), (1023.5, 767.5), (512.0, 384.0), (10.0, 700.0)] {
            let n = tiles
                .iter()
                .filter(|t| x >= t.left && x < t.left + t.size && y >= t.top && y < t.top + t.size)
                .count();
            assert_eq!(n, 1, "pixel {x},{y}");
        }
        // And no tile lies wholly outside it.
        for t in &tiles {
            assert!(
                t.left < 1024.0 && t.left + t.size > 0.0 && t.top < 768.0 && t.top + t.size > 0.0
            );
        }
    }

    #[test]
    fn a_ring_adds_one_tile_on_every_side() {
        let v = view();
        let inner = cover(&v, 16, 0);
        let outer = cover(&v, 16, 1);
        let cols = |t: &[PlacedTile]| {
            let min = t.iter().map(|t| t.column).min().unwrap_or(0);
            let max = t.iter().map(|t| t.column).max().unwrap_or(0);
            max - min + 1
        };
        assert_eq!(cols(&outer), cols(&inner) + 2);
        let rows = |t: &[PlacedTile]| {
            let min = t.iter().map(|t| t.id.y).min().unwrap_or(0);
            let max = t.iter().map(|t| t.id.y).max().unwrap_or(0);
            max - min + 1
        };
        assert_eq!(rows(&outer), rows(&inner) + 2);
    }

    #[test]
    fn tiles_scale_with_fractional_zoom() {
        let v = Viewport {
            zoom: 16.5,
            ..view()
        };
        let z = tile_zoom(v.zoom, ZoomRange::DEFAULT);
        assert_eq!(z, 17);
        let tiles = cover(&v, z, 0);
        assert!((tiles[0].size - 256.0 * 0.5f64.exp2() / 2.0).abs() < 1e-9);
    }

    #[test]
    fn tile_zoom_respects_the_range() {
        let r = ZoomRange {
            min: 3.0,
            max: 14.0,
        };
        assert_eq!(tile_zoom(16.0, r), 14);
        assert_eq!(tile_zoom(2.2, r), 3);
        assert_eq!(tile_zoom(10.49, r), 10);
    }

    #[test]
    fn rows_beyond_the_poles_are_left_out_and_columns_wrap() {
        let v = Viewport::new(LatLon::new(0.0, 179.0), 3.0, 2000.0, 4000.0);
        let tiles = cover(&v, 3, 1);
        assert!(tiles.iter().all(|t| t.id.y < 8 && t.id.x < 8));
        assert!(tiles
            .iter()
            .any(|t| t.column >= 8 && t.id.x == (t.column - 8) as u32));
    }

    #[test]
    fn an_element_without_size_needs_no_tiles() {
        let v = Viewport::new(LatLon::new(51.837, 5.887), 16.0, 0.0, 0.0);
        assert!(cover(&v, 16, 1).is_empty());
    }

    #[test]
    fn urls_fill_every_placeholder() {
        let id = TileId {
            z: 16,
            x: 33839,
            y: 21695,
        };
        assert_eq!(
            tile_url("https://{s}.example.org/{z}/{x}/{y}.png", id),
            "https://b.example.org/16/33839/21695.png"
        );
        assert!(is_valid_template("http://127.0.0.1:1234/{z}/{x}/{y}.png"));
        assert!(!is_valid_template("http://127.0.0.1:1234/{z}/{x}.png"));
        assert!(!is_valid_template("javascript:alert(1)//{z}{x}{y}"));
    }

    #[test]
    fn an_area_lists_each_tile_once_and_counts_match() {
        // Hengstdal, about 1.5 × 1 km.
        let sw = LatLon::new(51.8075, 5.8620);
        let ne = LatLon::new(51.8170, 5.8830);
        let tiles = area_tiles(sw, ne, 14..=17);
        assert_eq!(tiles.len() as u64, area_tile_count(sw, ne, 14..=17));
        let mut unique = tiles.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), tiles.len());
        // Every corner's tile is in the list at every zoom; each level roughly quadruples.
        for z in 14..=17u8 {
            for corner in [
                sw,
                ne,
                LatLon::new(sw.lat, ne.lon),
                LatLon::new(ne.lat, sw.lon),
            ] {
                let (x, y) = tile_xy(corner, z);
                assert!(tiles.contains(&TileId { z, x, y }), "{z}/{x}/{y}");
            }
        }
        let at = |z| tiles.iter().filter(|t| t.z == z).count();
        assert!(
            at(17) >= 3 * at(16) && at(17) <= 6 * at(16) + 6,
            "{} {}",
            at(16),
            at(17)
        );
        // One point is one tile per level.
        assert_eq!(area_tile_count(sw, sw, 10..=12), 3);
    }
}
