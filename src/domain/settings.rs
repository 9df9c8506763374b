//! Device settings an organiser chooses, stored as versioned JSON.

use serde::{Deserialize, Serialize};

use super::event::{self, Destination, EventSettings};
use super::join::JoinLink;
use super::kiosk::KioskSettings;
use super::lang::Lang;
use super::upload::UploadSettings;
use crate::map::basemap::{BaseMap, TileSource};

/// Current version of the stored settings format.
pub const SETTINGS_VERSION: u32 = 1;

/// What this device remembers between visits (not pins: those live in IndexedDB).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    /// `None` follows the browser's language.
    pub lang: Option<Lang>,
    /// A [`BaseMap::code`].
    pub base_map: String,
    pub custom_tiles: String,
    pub custom_attribution: String,
    /// The collection point, if the organiser set one.
    pub upload: UploadSettings,
    /// The kiosk's idle time, kinds and organiser PIN.
    pub kiosk: KioskSettings,
    /// Residents' phones: the organiser's drop, or the event this phone joined.
    pub event: EventSettings,
    /// This device's random secret (hearts: one per device per dream); made on first use.
    pub device: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: SETTINGS_VERSION,
            lang: None,
            base_map: BaseMap::default().code().to_owned(),
            custom_tiles: String::new(),
            custom_attribution: String::new(),
            upload: UploadSettings::default(),
            kiosk: KioskSettings::default(),
            event: EventSettings::default(),
            device: String::new(),
        }
    }
}

impl Settings {
    /// Reads stored settings. Anything unreadable gives the defaults rather than an error: a
    /// damaged preference must never keep the map from opening.
    pub fn from_json(json: &str) -> Self {
        serde_json::from_str(json).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn base_map(&self) -> BaseMap {
        BaseMap::from_code(&self.base_map).unwrap_or_default()
    }

    /// The tiles to draw, given an optional `?tiles=` override for this session.
    pub fn tile_source(&self, session_tiles: Option<&str>) -> TileSource {
        TileSource::resolve(
            self.base_map(),
            &self.custom_tiles,
            &self.custom_attribution,
            session_tiles,
        )
    }

    /// Where this device's pins go ([`Destination::of`]); `None`: nothing leaves the device.
    pub fn destination(&self) -> Option<Destination> {
        Destination::of(&self.upload, &self.event)
    }

    /// The join link of the organiser's event ([`event::join_link`]), when a drop is set.
    pub fn join_link(&self) -> Option<JoinLink> {
        event::join_link(&self.upload, &self.event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_survives_damage() {
        let s = Settings {
            lang: Some(Lang::En),
            base_map: "osm".into(),
            ..Settings::default()
        };
        assert_eq!(Settings::from_json(&s.to_json()), s);
        assert_eq!(Settings::from_json("{not json"), Settings::default());
        // Fields added later, or missing, fall back to defaults.
        let partial = Settings::from_json(r#"{"lang":"en","later":true}"#);
        assert_eq!(partial.lang, Some(Lang::En));
        assert_eq!(partial.base_map(), BaseMap::BrtStandaard);
        assert_eq!(
            Settings::from_json(r#"{"base_map":"gone"}"#).base_map(),
            BaseMap::BrtStandaard
        );
    }

    #[test]
    fn destination_and_join_link_read_the_upload_and_event_parts() {
        let mut s = Settings::default();
        assert_eq!((s.destination(), s.join_link()), (None, None));
        s.upload.url = "https://buurt.example/dav/".into();
        s.upload.event = "Buurtfeest".into();
        s.upload.enabled = true;
        s.event.drop = Some(crate::domain::join::Drop {
            url: "/drop/buurtfeest/".into(),
            ..Default::default()
        });
        assert_eq!(s.destination(), Destination::of(&s.upload, &s.event));
        assert!(matches!(s.destination(), Some(Destination::Collection(_))));
        assert_eq!(s.join_link(), event::join_link(&s.upload, &s.event));
        assert_eq!(s.join_link().map(|l| l.event), Some("Buurtfeest".into()));
    }
}
