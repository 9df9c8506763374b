//! Web Mercator (EPSG:3857) the way slippy maps use it.
//!
//! Follows the OpenStreetMap wiki page "Slippy map tilenames": longitude and latitude map to
//! "world" coordinates in the unit square (x east, y south), and zoom `z` splits that square into
//! `2^z × 2^z` tiles of [`TILE_SIZE`] pixels.

use std::f64::consts::PI;

/// Side of one tile, in CSS pixels.
pub const TILE_SIZE: f64 = 256.0;

/// Northern and southern limit of Web Mercator, in degrees: `atan(sinh(π))`.
pub const MAX_LAT: f64 = 85.051_128_779_806_59;

/// A position in WGS84 degrees (y = latitude, x = longitude, as in `geo`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    /// Degrees north, −90…90 (only ±[`MAX_LAT`] can be shown).
    pub lat: f64,
    /// Degrees east, −180…180.
    pub lon: f64,
}

impl LatLon {
    pub const fn new(lat: f64, lon: f64) -> Self {
        Self { lat, lon }
    }

    /// The same place with latitude clamped to what Web Mercator can show and longitude wrapped
    /// into −180…180.
    pub fn normalized(self) -> Self {
        // Wrap only when needed: the arithmetic would otherwise nudge the last digit.
        let lon = if (-180.0..=180.0).contains(&self.lon) {
            self.lon
        } else {
            (self.lon + 180.0).rem_euclid(360.0) - 180.0
        };
        Self {
            lat: self.lat.clamp(-MAX_LAT, MAX_LAT),
            lon,
        }
    }
}

/// A point in world units: the whole Mercator square is 0…1 on both axes, y pointing south.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct World {
    pub x: f64,
    pub y: f64,
}

/// Projects a position to world units. Latitude beyond ±[`MAX_LAT`] is clamped first.
pub fn to_world(p: LatLon) -> World {
    let lat = p.lat.clamp(-MAX_LAT, MAX_LAT).to_radians();
    World {
        x: (p.lon + 180.0) / 360.0,
        y: (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / PI) / 2.0,
    }
}

/// The inverse of [`to_world`].
pub fn from_world(w: World) -> LatLon {
    let n = PI * (1.0 - 2.0 * w.y);
    LatLon {
        lat: n.sinh().atan().to_degrees(),
        lon: w.x * 360.0 - 180.0,
    }
}

/// Size of the whole world in pixels at a (possibly fractional) zoom.
pub fn world_size_px(zoom: f64) -> f64 {
    TILE_SIZE * zoom.exp2()
}

/// Tile column and row that contain a position at integer zoom `z`.
pub fn tile_xy(p: LatLon, z: u8) -> (u32, u32) {
    let w = to_world(p);
    let n = f64::from(1u32 << z);
    let max = (1u32 << z) - 1;
    let x = (w.x * n).floor().clamp(0.0, f64::from(max)) as u32;
    let y = (w.y * n).floor().clamp(0.0, f64::from(max)) as u32;
    (x, y)
}

/// North-west corner of a tile.
pub fn tile_corner(z: u8, x: u32, y: u32) -> LatLon {
    let n = f64::from(1u32 << z);
    from_world(World {
        x: f64::from(x) / n,
        y: f64::from(y) / n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were computed independently (Python's math module, the wiki's
    // formulas `xtile = floor((lon+180)/360·2^z)`, `ytile = floor((1 − asinh(tan φ)/π)/2·2^z)`).
    #[test]
    fn tiles_of_known_places() {
        // Hengstdal, Nijmegen.
        let hengstdal = LatLon::new(51.837, 5.887);
        assert_eq!(tile_xy(hengstdal, 16), (33839, 21695));
        assert_eq!(tile_xy(hengstdal, 12), (2114, 1355));
        assert_eq!(tile_xy(hengstdal, 19), (270717, 173565));
        // Null Island sits on the corner of the four middle tiles.
        assert_eq!(tile_xy(LatLon::new(0.0, 0.0), 1), (1, 1));
        assert_eq!(tile_xy(LatLon::new(0.0, 0.0), 0), (0, 0));
        // Berlin, Brandenburger Tor area (52.5186 N, 13.4081 E) at zoom 16.
        assert_eq!(tile_xy(LatLon::new(52.5186, 13.4081), 16), (35208, 21493));
    }

    #[test]
    fn corners_of_the_world() {
        let nw = tile_corner(0, 0, 0);
        assert!((nw.lat - MAX_LAT).abs() < 1e-9);
        assert!((nw.lon + 180.0).abs() < 1e-12);
        let se = tile_corner(1, 2, 2);
        assert!((se.lat + MAX_LAT).abs() < 1e-9);
        assert!((se.lon - 180.0).abs() < 1e-12);
    }

    #[test]
    fn round_trip_is_tight() {
        for lat in [-85.0, -60.5, -1e-7, 0.0, 12.345_678, 51.837, 85.05] {
            for lon in [-179.999, -90.0, 0.0, 5.887, 179.999] {
                let p = LatLon::new(lat, lon);
                let back = from_world(to_world(p));
                assert!((back.lat - lat).abs() < 1e-9, "{lat} became {}", back.lat);
                assert!((back.lon - lon).abs() < 1e-9, "{lon} became {}", back.lon);
            }
        }
    }

    #[test]
    fn latitude_beyond_mercator_is_clamped() {
        assert_eq!(
            to_world(LatLon::new(89.9, 0.0)).y,
            to_world(LatLon::new(MAX_LAT, 0.0)).y
        );
        assert!(to_world(LatLon::new(-90.0, 0.0)).y <= 1.0 + 1e-12);
    }

    #[test]
    fn normalizing_wraps_longitude_and_clamps_latitude() {
        let p = LatLon::new(88.0, 190.0).normalized();
        assert_eq!(p.lat, MAX_LAT);
        assert!((p.lon + 170.0).abs() < 1e-12);
        assert_eq!(LatLon::new(0.0, 180.0).normalized().lon, 180.0);
        assert_eq!(LatLon::new(0.0, -180.0).normalized().lon, -180.0);
    }
}
