//! Where the map opens: the link's `lat`/`lon`/`z`, else the last view, else Hengstdal.

use serde::{Deserialize, Serialize};

use super::mercator::{LatLon, MAX_LAT};

/// Hengstdal, Nijmegen: where Oase was first used.
pub const HOME: LatLon = LatLon::new(51.837, 5.887);
pub const HOME_ZOOM: f64 = 16.0;

/// A centre and zoom, as remembered between visits.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub lat: f64,
    pub lon: f64,
    pub z: f64,
}

impl SavedView {
    fn is_usable(&self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && self.z.is_finite()
            && self.lat.abs() <= MAX_LAT
            && self.lon.abs() <= 180.0
            && (0.0..=22.0).contains(&self.z)
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str::<Self>(json)
            .ok()
            .filter(Self::is_usable)
    }
}

/// The opening view from URL parameters (as raw strings) and the remembered view.
/// A link's parameters win, each one on its own; a broken one is ignored.
pub fn start_view(
    lat: Option<&str>,
    lon: Option<&str>,
    z: Option<&str>,
    remembered: Option<SavedView>,
) -> (LatLon, f64) {
    let num = |s: Option<&str>, limit: f64| {
        s.and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite() && v.abs() <= limit)
    };
    let base = remembered.unwrap_or(SavedView {
        lat: HOME.lat,
        lon: HOME.lon,
        z: HOME_ZOOM,
    });
    (
        LatLon::new(
            num(lat, 90.0).unwrap_or(base.lat),
            num(lon, 180.0).unwrap_or(base.lon),
        )
        .normalized(),
        num(z, 22.0).unwrap_or(base.z),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_beats_memory_beats_home() {
        let mem = Some(SavedView {
            lat: 52.0,
            lon: 4.0,
            z: 12.0,
        });
        assert_eq!(start_view(None, None, None, None), (HOME, HOME_ZOOM));
        assert_eq!(
            start_view(None, None, None, mem),
            (LatLon::new(52.0, 4.0), 12.0)
        );
        assert_eq!(
            start_view(Some("51.5"), Some("5.1"), Some("14"), mem),
            (LatLon::new(51.5, 5.1), 14.0)
        );
        assert_eq!(
            start_view(Some("x"), Some("NaN"), Some("99"), mem),
            (LatLon::new(52.0, 4.0), 12.0)
        );
    }

    #[test]
    fn damaged_memory_is_ignored() {
        assert_eq!(SavedView::from_json("{}"), None);
        assert_eq!(SavedView::from_json(r#"{"lat":95,"lon":0,"z":3}"#), None);
        assert!(SavedView::from_json(r#"{"lat":51,"lon":5,"z":16}"#).is_some());
    }
}
