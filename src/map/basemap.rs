//! The base maps an organiser can choose from.
//!
//! PDOK's tile services, as PDOK documents them (WMTS in Web Mercator, EPSG:3857, REST style):
//! - BRT-Achtergrondkaart v2_0, themes `standaard` and `grijs`:
//!   `https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/{layer}/EPSG:3857/{z}/{x}/{y}.png`
//!   (Kadaster, CC BY 4.0; zoom 0–19);
//! - Luchtfoto RGB, the current 25 cm mosaic:
//!   `https://service.pdok.nl/hwh/luchtfotorgb/wmts/v1_0/Actueel_ortho25/EPSG:3857/{z}/{x}/{y}.jpeg`
//!   (Beeldmateriaal Nederland, CC BY 4.0; zoom 0–19).
//!
//! OpenStreetMap's own tile server allows interactive use with attribution, but no bulk download
//! (its tile usage policy).

use super::viewport::ZoomRange;

/// A choosable base map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum BaseMap {
    #[default]
    BrtStandaard,
    BrtGrijs,
    Luchtfoto,
    OpenStreetMap,
    /// A URL template the organiser typed in settings.
    Custom,
}

impl BaseMap {
    pub const ALL: [BaseMap; 5] = [
        BaseMap::BrtStandaard,
        BaseMap::BrtGrijs,
        BaseMap::Luchtfoto,
        BaseMap::OpenStreetMap,
        BaseMap::Custom,
    ];

    /// Name used in settings storage.
    pub fn code(self) -> &'static str {
        match self {
            BaseMap::BrtStandaard => "brt",
            BaseMap::BrtGrijs => "brt-grijs",
            BaseMap::Luchtfoto => "luchtfoto",
            BaseMap::OpenStreetMap => "osm",
            BaseMap::Custom => "custom",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.code() == code)
    }

    /// Tile URL template, `None` for [`BaseMap::Custom`].
    pub fn template(self) -> Option<&'static str> {
        match self {
            BaseMap::BrtStandaard => Some(
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png",
            ),
            BaseMap::BrtGrijs => Some(
                "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png",
            ),
            BaseMap::Luchtfoto => Some(
                "https://service.pdok.nl/hwh/luchtfotorgb/wmts/v1_0/Actueel_ortho25/EPSG:3857/{z}/{x}/{y}.jpeg",
            ),
            BaseMap::OpenStreetMap => Some("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
            BaseMap::Custom => None,
        }
    }

    /// The credit line that must stay visible while the map shows these tiles.
    pub fn attribution(self) -> &'static str {
        match self {
            BaseMap::BrtStandaard | BaseMap::BrtGrijs => "Kaartgegevens © Kadaster (PDOK)",
            BaseMap::Luchtfoto => "Luchtfoto © Beeldmateriaal Nederland (PDOK)",
            BaseMap::OpenStreetMap => "© OpenStreetMap contributors",
            BaseMap::Custom => "",
        }
    }

    /// Zoom levels this base map has tiles for, within Oase's own 3–19.
    pub fn zoom_range(self) -> ZoomRange {
        ZoomRange::DEFAULT
    }
}

/// The tiles actually used: a session override (the `?tiles=` parameter) beats the preset.
#[derive(Clone, Debug, PartialEq)]
pub struct TileSource {
    pub template: String,
    pub attribution: String,
    pub zoom_range: ZoomRange,
}

impl TileSource {
    /// Resolves the source from the chosen preset, the custom template from settings and an
    /// optional session override. An unusable custom template falls back to the default preset.
    pub fn resolve(
        base: BaseMap,
        custom: &str,
        custom_attribution: &str,
        session: Option<&str>,
    ) -> Self {
        use super::tiles::is_valid_template;
        if let Some(t) = session.filter(|t| is_valid_template(t)) {
            return Self {
                template: t.trim().to_owned(),
                attribution: "© OpenStreetMap contributors".to_owned(),
                zoom_range: ZoomRange::DEFAULT,
            };
        }
        let (template, attribution) = match base.template() {
            Some(t) => (t.to_owned(), base.attribution().to_owned()),
            None if is_valid_template(custom) => {
                (custom.trim().to_owned(), custom_attribution.to_owned())
            }
            None => {
                let b = BaseMap::default();
                (
                    b.template().unwrap_or_default().to_owned(),
                    b.attribution().to_owned(),
                )
            }
        };
        Self {
            template,
            attribution,
            zoom_range: base.zoom_range(),
        }
    }

    /// Whether an organiser may download these tiles in bulk for offline use: PDOK's and an
    /// organiser's own server may; OpenStreetMap's tile server forbids it in its usage policy.
    pub fn allows_bulk_download(&self) -> bool {
        !self.template.contains("tile.openstreetmap.org")
    }

    /// A tile's usual size, to estimate an area download before it starts (PDOK's map tiles
    /// measure 10–30 KB in town, aerial photos two to three times that).
    pub fn typical_tile_bytes(&self) -> u64 {
        if self.template.contains(".jp") {
            60_000
        } else {
            20_000
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for b in BaseMap::ALL {
            assert_eq!(BaseMap::from_code(b.code()), Some(b));
        }
        assert_eq!(BaseMap::from_code("nope"), None);
    }

    #[test]
    fn presets_have_templates_and_credits() {
        for b in BaseMap::ALL.into_iter().filter(|b| *b != BaseMap::Custom) {
            let t = b.template().unwrap_or_default();
            assert!(
                t.starts_with("https://") && t.contains("{z}/{x}/{y}"),
                "{t}"
            );
            assert!(!b.attribution().is_empty());
        }
        let source = |b| TileSource::resolve(b, "", "", None);
        assert!(!source(BaseMap::OpenStreetMap).allows_bulk_download());
        assert!(source(BaseMap::BrtStandaard).allows_bulk_download());
        assert!(source(BaseMap::Luchtfoto).allows_bulk_download());
        let own = TileSource::resolve(
            BaseMap::Custom,
            "https://tegels.example/{z}/{x}/{y}.png",
            "",
            None,
        );
        assert!(own.allows_bulk_download());
        let osm_sub = TileSource::resolve(
            BaseMap::Custom,
            "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
            "",
            None,
        );
        assert!(!osm_sub.allows_bulk_download());
    }

    #[test]
    fn session_override_beats_the_preset() {
        let s = TileSource::resolve(
            BaseMap::Luchtfoto,
            "",
            "",
            Some("http://127.0.0.1:9/{z}/{x}/{y}.png"),
        );
        assert_eq!(s.template, "http://127.0.0.1:9/{z}/{x}/{y}.png");
        let s = TileSource::resolve(BaseMap::Luchtfoto, "", "", Some("not a template"));
        assert!(s.template.contains("luchtfoto"));
    }

    #[test]
    fn custom_template_is_used_when_valid_and_falls_back_when_not() {
        let s = TileSource::resolve(
            BaseMap::Custom,
            "https://t.example/{z}/{x}/{y}.png",
            "© Wij",
            None,
        );
        assert_eq!(s.template, "https://t.example/{z}/{x}/{y}.png");
        assert_eq!(s.attribution, "© Wij");
        let s = TileSource::resolve(BaseMap::Custom, "https://t.example/tiles", "", None);
        assert_eq!(
            s.template,
            BaseMap::BrtStandaard.template().unwrap_or_default()
        );
    }
}
