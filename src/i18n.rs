//! Every visible string, in Dutch (the default) and English.
//!
//! One catalogue, so a missing translation is a compile error: each message is a variant and
//! [`text`] must answer it for both languages.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the switch in settings.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first of the browser's preferred languages that Oase speaks; Dutch when none is.
    pub fn from_preferences<S: AsRef<str>>(preferred: &[S]) -> Self {
        preferred
            .iter()
            .find_map(|t| Lang::from_tag(t.as_ref()))
            .unwrap_or_default()
    }
}

/// Each visible message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Msg {
    AppName,
    Tagline,
    NavMap,
    NavList,
    NavKiosk,
    NavWalk,
    NavScreen,
    NavSettings,
    MainMenu,
    MapLabel,
    ZoomIn,
    ZoomOut,
    ListTitle,
    ListEmpty,
    KioskTitle,
    KioskIntro,
    WalkTitle,
    WalkIntro,
    ScreenTitle,
    ScreenIntro,
    ComingSoon,
    BackToMap,
    NotFoundTitle,
    NotFoundText,
    SettingsTitle,
    SettingsBaseMap,
    SettingsBaseMapHelp,
    BaseBrtStandaard,
    BaseBrtGrijs,
    BaseLuchtfoto,
    BaseOsm,
    BaseCustom,
    CustomTemplate,
    CustomTemplateHelp,
    CustomAttribution,
    CustomTemplateInvalid,
    SessionTilesActive,
    SettingsLanguage,
    Saved,
}

/// The message in the given language.
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    use Lang::{En, Nl};
    use Msg::*;
    match (msg, lang) {
        (AppName, _) => "Oase",
        (Tagline, Nl) => "Alles is er al: de kaart van wat goed is in de buurt",
        (Tagline, En) => "It's all here already: a map of the good things nearby",
        (NavMap, Nl) => "Kaart",
        (NavMap, En) => "Map",
        (NavList, Nl) => "Lijst",
        (NavList, En) => "List",
        (NavKiosk, Nl) => "Kiosk",
        (NavKiosk, En) => "Kiosk",
        (NavWalk, Nl) => "Wandelen",
        (NavWalk, En) => "Walk",
        (NavScreen, Nl) => "Scherm",
        (NavScreen, En) => "Screen",
        (NavSettings, Nl) => "Instellingen",
        (NavSettings, En) => "Settings",
        (MainMenu, Nl) => "Hoofdmenu",
        (MainMenu, En) => "Main menu",
        (MapLabel, Nl) => "Kaart van de buurt. Sleep om te schuiven, pijltjestoetsen schuiven, + en − zoomen.",
        (MapLabel, En) => "Map of the neighbourhood. Drag to move, arrow keys move, + and − zoom.",
        (ZoomIn, Nl) => "Inzoomen",
        (ZoomIn, En) => "Zoom in",
        (ZoomOut, Nl) => "Uitzoomen",
        (ZoomOut, En) => "Zoom out",
        (ListTitle, Nl) => "Alle pins",
        (ListTitle, En) => "All pins",
        (ListEmpty, Nl) => "Er staan nog geen pins op de kaart.",
        (ListEmpty, En) => "There are no pins on the map yet.",
        (KioskTitle, Nl) => "Kiosk voor een buurtfeest",
        (KioskTitle, En) => "Kiosk for a neighbourhood event",
        (KioskIntro, Nl) => "Hier zetten bewoners op een gedeelde tablet hun pin op de kaart, stap voor stap.",
        (KioskIntro, En) => "Here residents put their pin on the map on a shared tablet, step by step.",
        (WalkTitle, Nl) => "Buurtwandeling",
        (WalkTitle, En) => "Neighbourhood walk",
        (WalkIntro, Nl) => "Hier volg je je eigen plek, leg je de wandeling vast en zet je onderweg pins.",
        (WalkIntro, En) => "Here you follow where you are, record the walk and pin on the way.",
        (ScreenTitle, Nl) => "Feestscherm",
        (ScreenTitle, En) => "Celebration screen",
        (ScreenIntro, Nl) => "Hier toont de kaart op een groot scherm wat de buurt samen gevonden heeft.",
        (ScreenIntro, En) => "Here the map shows on a big screen what the neighbourhood found together.",
        (ComingSoon, Nl) => "Deze stand komt binnenkort.",
        (ComingSoon, En) => "This mode is coming soon.",
        (BackToMap, Nl) => "Terug naar de kaart",
        (BackToMap, En) => "Back to the map",
        (NotFoundTitle, Nl) => "Deze pagina bestaat niet",
        (NotFoundTitle, En) => "This page does not exist",
        (NotFoundText, Nl) => "Misschien is het adres verkeerd overgetypt.",
        (NotFoundText, En) => "Perhaps the address was mistyped.",
        (SettingsTitle, Nl) => "Instellingen",
        (SettingsTitle, En) => "Settings",
        (SettingsBaseMap, Nl) => "Ondergrond",
        (SettingsBaseMap, En) => "Base map",
        (SettingsBaseMapHelp, Nl) => "De kaart onder de pins. Deze keuze geldt voor dit apparaat.",
        (SettingsBaseMapHelp, En) => "The map under the pins. This choice is for this device.",
        (BaseBrtStandaard, Nl) => "Topografische kaart (PDOK)",
        (BaseBrtStandaard, En) => "Topographic map (PDOK)",
        (BaseBrtGrijs, Nl) => "Grijze kaart (PDOK)",
        (BaseBrtGrijs, En) => "Grey map (PDOK)",
        (BaseLuchtfoto, Nl) => "Luchtfoto (PDOK)",
        (BaseLuchtfoto, En) => "Aerial photo (PDOK)",
        (BaseOsm, Nl) => "OpenStreetMap",
        (BaseOsm, En) => "OpenStreetMap",
        (BaseCustom, Nl) => "Eigen kaartadres",
        (BaseCustom, En) => "Own map address",
        (CustomTemplate, Nl) => "Adres van de kaarttegels",
        (CustomTemplate, En) => "Tile address",
        (CustomTemplateHelp, Nl) => "Met {z}, {x} en {y}, bijvoorbeeld https://tegels.voorbeeld.nl/{z}/{x}/{y}.png",
        (CustomTemplateHelp, En) => "With {z}, {x} and {y}, for example https://tiles.example.org/{z}/{x}/{y}.png",
        (CustomAttribution, Nl) => "Bronvermelding van die kaart",
        (CustomAttribution, En) => "Credit line for that map",
        (CustomTemplateInvalid, Nl) => "Dit adres werkt niet: het moet met http:// of https:// beginnen en {z}, {x} en {y} bevatten. Tot het klopt, toont de kaart de topografische kaart.",
        (CustomTemplateInvalid, En) => "This address won't work: it must start with http:// or https:// and contain {z}, {x} and {y}. Until it does, the map shows the topographic map.",
        (SessionTilesActive, Nl) => "Voor deze sessie komen de kaarttegels van een adres uit de link:",
        (SessionTilesActive, En) => "For this session the tiles come from an address in the link:",
        (SettingsLanguage, Nl) => "Taal",
        (SettingsLanguage, En) => "Language",
        (Saved, Nl) => "Bewaard",
        (Saved, En) => "Saved",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_follows_the_browser_and_is_dutch_when_unsure() {
        assert_eq!(Lang::from_preferences(&["en-GB", "nl"]), Lang::En);
        assert_eq!(Lang::from_preferences(&["nl-BE", "en"]), Lang::Nl);
        assert_eq!(Lang::from_preferences(&["de-DE", "en-US"]), Lang::En);
        assert_eq!(Lang::from_preferences(&["fr", "de"]), Lang::Nl);
        assert_eq!(Lang::from_preferences::<&str>(&[]), Lang::Nl);
    }

    #[test]
    fn tags_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    }

    #[test]
    fn translations_differ_where_words_differ() {
        assert_ne!(text(Lang::Nl, Msg::NavMap), text(Lang::En, Msg::NavMap));
        assert_eq!(text(Lang::Nl, Msg::AppName), "Oase");
    }
}
