//! The app's addresses (the routes of `shared/TESTIDS.md`), as a plain enum.

/// One screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Map,
    List,
    Kiosk,
    Walk,
    Screen,
    Settings,
    /// A phone opening the join link of an event (`/join#…`).
    Join,
    /// The wijkplaat: the printable poster of the week.
    Print,
    NotFound,
}

impl Page {
    /// The page for a location's path (query and fragment already removed). A trailing slash
    /// is forgiven, so `/list/` opens the list too.
    pub fn from_path(path: &str) -> Self {
        match path.trim_end_matches('/') {
            "" | "/index.html" => Page::Map,
            "/list" => Page::List,
            "/kiosk" => Page::Kiosk,
            "/walk" => Page::Walk,
            "/screen" => Page::Screen,
            "/settings" => Page::Settings,
            "/join" => Page::Join,
            "/print" => Page::Print,
            _ => Page::NotFound,
        }
    }

    /// The canonical path of the page (`None` for a page that has none).
    pub fn path(self) -> Option<&'static str> {
        Some(match self {
            Page::Map => "/",
            Page::List => "/list",
            Page::Kiosk => "/kiosk",
            Page::Walk => "/walk",
            Page::Screen => "/screen",
            Page::Settings => "/settings",
            Page::Join => "/join",
            Page::Print => "/print",
            Page::NotFound => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_and_unknown_ones_are_not_found() {
        for p in [
            Page::Map,
            Page::List,
            Page::Kiosk,
            Page::Walk,
            Page::Screen,
            Page::Settings,
            Page::Join,
            Page::Print,
        ] {
            assert_eq!(Page::from_path(p.path().unwrap_or_default()), p);
        }
        assert_eq!(Page::from_path("/list/"), Page::List);
        assert_eq!(Page::from_path(""), Page::Map);
        assert_eq!(Page::from_path("/nergens"), Page::NotFound);
        assert_eq!(Page::from_path("/list/extra"), Page::NotFound);
    }
}
