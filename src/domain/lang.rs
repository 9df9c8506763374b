//! The languages Oase speaks, as plain data: settings store one, the catalogue answers in each.
//! Dutch and English cover everything; Turkish, Arabic and Polish, the neighbourhood's other
//! languages, cover everything a resident sees (organiser screens fall back to English).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "tr")]
    Tr,
    #[serde(rename = "ar")]
    Ar,
    #[serde(rename = "pl")]
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Pl => "pl",
        }
    }

    /// The language's name in itself, for the switch in settings and the kiosk.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
            Lang::Tr => "Türkçe",
            Lang::Ar => "العربية",
            Lang::Pl => "Polski",
        }
    }

    /// Whether the language is written right to left (`<html dir="rtl">`).
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            "tr" => Some(Lang::Tr),
            "ar" => Some(Lang::Ar),
            "pl" => Some(Lang::Pl),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_round_trips_through_its_tag_and_serde() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), l);
        }
        assert_eq!(Lang::from_tag("tr-TR"), Some(Lang::Tr));
        assert_eq!(Lang::from_tag("ar_MA"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("PL"), Some(Lang::Pl));
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert!(Lang::Ar.rtl());
        for l in [Lang::Nl, Lang::En, Lang::Tr, Lang::Pl] {
            assert!(!l.rtl());
        }
    }

    #[test]
    fn the_browser_picks_the_neighbourhoods_languages() {
        assert_eq!(Lang::from_preferences(&["ar-SA", "en"]), Lang::Ar);
        assert_eq!(Lang::from_preferences(&["de", "pl-PL"]), Lang::Pl);
        assert_eq!(Lang::from_preferences(&["tr"]), Lang::Tr);
        assert_eq!(Lang::Ar.native_name(), "العربية");
        assert_eq!(Lang::Tr.native_name(), "Türkçe");
        assert_eq!(Lang::Pl.native_name(), "Polski");
    }
}
