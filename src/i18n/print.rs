//! The words of the wijkplaat (`/print`), the poster of the neighbourhood's week, in Dutch
//! (first) and English. An organiser's page: Turkish, Arabic and Polish read it in English
//! (`organiser_lang`). A catalogue of its own: a missing translation is a compile error.

use crate::domain::pin::PinKind;
use crate::i18n::{organiser_lang, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrintMsg {
    /// The poster's kind of document, above the event's name.
    Title,
    /// The event's name when the organiser has not given one.
    NoEvent,
    PrintButton,
    PrintHelp,
    /// The link in settings.
    Link,
    LinkHelp,
    Legend,
    /// The map drawing's accessible name.
    MapLabel,
    Places,
    Dreams,
    Beauties,
    NoPins,
    PrintedOn,
    /// Under a map drawn without tiles (offline).
    OutlineNote,
    /// Beside the outline in the legend.
    Area,
    MadeWith,
}

pub fn text(lang: Lang, msg: PrintMsg) -> &'static str {
    use Lang::Nl;
    use PrintMsg::*;
    match (msg, organiser_lang(lang)) {
        (Title, Nl) => "Wijkplaat",
        (Title, _) => "Neighbourhood poster",
        (NoEvent, Nl) => "Onze buurt",
        (NoEvent, _) => "Our neighbourhood",
        (PrintButton, Nl) => "Afdrukken / opslaan als PDF",
        (PrintButton, _) => "Print / save as PDF",
        (PrintHelp, Nl) => "Kies in het afdrukvenster A3 liggend (A4 liggend kan ook).",
        (PrintHelp, _) => "In the print dialogue choose A3 landscape (A4 landscape works too).",
        (Link, Nl) => "Wijkplaat afdrukken",
        (Link, _) => "Print the neighbourhood poster",
        (LinkHelp, Nl) => "Een poster van de week: de kaart met genummerde pins, de plekken met hun citaten, de dromen met hun stand en hartjes. Voor de gemeente, en om mee naar huis te nemen.",
        (LinkHelp, _) => "A poster of the week: the map with numbered pins, the places with their quotes, the dreams with their status and hearts. For the municipality, and to take home.",
        (Legend, Nl) => "Legenda",
        (Legend, _) => "Legend",
        (MapLabel, Nl) => "Kaart van de buurt met de genummerde pins",
        (MapLabel, _) => "Map of the neighbourhood with the numbered pins",
        (Places, Nl) => "Betekenisvolle plekken",
        (Places, _) => "Meaningful places",
        (Dreams, Nl) => "Dromen",
        (Dreams, _) => "Dreams",
        (Beauties, Nl) => "Moois",
        (Beauties, _) => "Beauties",
        (NoPins, Nl) => "Nog geen pins om af te drukken: zet eerst iets moois, een plek of een droom op de kaart.",
        (NoPins, _) => "No pins to print yet: first put a beauty, a place or a dream on the map.",
        (PrintedOn, Nl) => "Afgedrukt op",
        (PrintedOn, _) => "Printed on",
        (OutlineNote, Nl) => "Kaart zonder ondergrond (offline): de lijn omringt de pins.",
        (OutlineNote, _) => "Map without a base map (offline): the line surrounds the pins.",
        (Area, Nl) => "waar de pins staan",
        (Area, _) => "where the pins are",
        (MadeWith, Nl) => "Gemaakt met Oase, de kaart van wat goed is in de buurt.",
        (MadeWith, _) => "Made with Oase, the map of the neighbourhood's good things.",
    }
}

/// The heading of a kind's list.
pub fn section(kind: PinKind) -> PrintMsg {
    match kind {
        PinKind::Beauty => PrintMsg::Beauties,
        PinKind::Place => PrintMsg::Places,
        PinKind::Dream => PrintMsg::Dreams,
    }
}

/// How many pins of a kind, in words: "3 dromen", "1 betekenisvolle plek".
pub fn kind_count(lang: Lang, kind: PinKind, n: usize) -> String {
    let word = match (organiser_lang(lang), kind, n) {
        (Lang::Nl, PinKind::Beauty, 1) => "mooi ding",
        (Lang::Nl, PinKind::Beauty, _) => "mooie dingen",
        (Lang::Nl, PinKind::Place, 1) => "betekenisvolle plek",
        (Lang::Nl, PinKind::Place, _) => "betekenisvolle plekken",
        (Lang::Nl, PinKind::Dream, 1) => "droom",
        (Lang::Nl, PinKind::Dream, _) => "dromen",
        (_, PinKind::Beauty, 1) => "beauty",
        (_, PinKind::Beauty, _) => "beauties",
        (_, PinKind::Place, 1) => "meaningful place",
        (_, PinKind::Place, _) => "meaningful places",
        (_, PinKind::Dream, 1) => "dream",
        (_, PinKind::Dream, _) => "dreams",
    };
    format!("{n} {word}")
}

/// The days the pins were made: "van 21 november tot 23 november 2026", or one day.
pub fn period(lang: Lang, first: &str, last: &str) -> String {
    match (organiser_lang(lang), first == last) {
        (Lang::Nl, true) => format!("Gemaakt op {first}"),
        (Lang::Nl, false) => format!("Gemaakt van {first} tot {last}"),
        (_, true) => format!("Made on {first}"),
        (_, false) => format!("Made from {first} to {last}"),
    }
}

/// A scale bar's length: "100 m", "1 km".
pub fn metres(m: f64) -> String {
    if m >= 1000.0 {
        format!("{} km", m / 1000.0)
    } else {
        format!("{m} m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_poster_speaks_dutch_or_english() {
        assert_eq!(
            text(Lang::Nl, PrintMsg::PrintButton),
            "Afdrukken / opslaan als PDF"
        );
        assert_eq!(text(Lang::Tr, PrintMsg::PrintButton), "Print / save as PDF");
        assert_eq!(kind_count(Lang::Nl, PinKind::Dream, 1), "1 droom");
        assert_eq!(
            kind_count(Lang::Nl, PinKind::Place, 3),
            "3 betekenisvolle plekken"
        );
        assert_eq!(kind_count(Lang::Pl, PinKind::Beauty, 2), "2 beauties");
        assert_eq!(metres(200.0), "200 m");
        assert_eq!(metres(2000.0), "2 km");
        assert_eq!(period(Lang::En, "a", "a"), "Made on a");
    }
}
