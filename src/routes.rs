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

/// The wasm each page is in (`src/bundles.rs`, `src/bin/`): a resident's phone opening the map
/// downloads the shell only, not the kiosk, the walk, the screen or the organiser's pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The map, the list, joining an event.
    Shell,
    Kiosk,
    Walk,
    Screen,
    /// Settings and the wijkplaat.
    Organiser,
}

impl Bundle {
    pub const ALL: [Bundle; 5] = [
        Bundle::Shell,
        Bundle::Kiosk,
        Bundle::Walk,
        Bundle::Screen,
        Bundle::Organiser,
    ];

    pub fn of(page: Page) -> Self {
        match page {
            Page::Map | Page::List | Page::Join | Page::NotFound => Bundle::Shell,
            Page::Kiosk => Bundle::Kiosk,
            Page::Walk => Bundle::Walk,
            Page::Screen => Bundle::Screen,
            Page::Settings | Page::Print => Bundle::Organiser,
        }
    }

    /// Whether it shows `page` without loading another bundle: its own pages, and for the
    /// organiser the shell's too (settings, an import and the map go back and forth).
    pub fn has(self, page: Page) -> bool {
        let home = Bundle::of(page);
        home == self || (self == Bundle::Organiser && home == Bundle::Shell)
    }

    /// Its binary's name: `{name}.js` and `{name}_bg.wasm` in the build.
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Shell => "oase",
            Bundle::Kiosk => "oase-kiosk",
            Bundle::Walk => "oase-walk",
            Bundle::Screen => "oase-screen",
            Bundle::Organiser => "oase-organiser",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every page with an address.
    const ROUTED: [Page; 8] = [
        Page::Map,
        Page::List,
        Page::Kiosk,
        Page::Walk,
        Page::Screen,
        Page::Settings,
        Page::Join,
        Page::Print,
    ];

    /// `public/index.html` chooses the bundle by the address before any wasm runs: its table
    /// must send every page to the bundle that has it, and each bundle must be built.
    #[test]
    fn the_page_loads_the_bundle_that_has_the_address() {
        let html = include_str!("../public/index.html");
        let table = html
            .split_once("const bundles = {")
            .and_then(|(_, rest)| rest.split_once('}'))
            .map(|(t, _)| t)
            .expect("index.html has the bundle table");
        let chosen = |path: &str| {
            let key = path.trim_matches('/');
            table
                .split(',')
                .filter_map(|e| e.split_once(':'))
                .find(|(k, _)| k.trim() == key)
                .map_or("oase".to_string(), |(_, v)| {
                    v.trim().trim_matches('\'').to_string()
                })
        };
        for p in ROUTED {
            let path = p.path().unwrap_or_default();
            assert_eq!(chosen(path), Bundle::of(p).name(), "{path}");
        }
        assert_eq!(chosen("/nergens"), Bundle::of(Page::NotFound).name());
        // The organiser moves between settings and the map in one bundle; the kiosk tablet, the
        // walk and the screen hold their own page only.
        assert!(Bundle::Organiser.has(Page::Map) && Bundle::Organiser.has(Page::List));
        assert!(!Bundle::Shell.has(Page::Settings) && !Bundle::Kiosk.has(Page::Map));
        let cargo = include_str!("../Cargo.toml");
        for b in Bundle::ALL {
            assert!(
                cargo.contains(&format!("name = \"{}\"", b.name())),
                "{b:?} is built"
            );
            assert!(
                html.contains(&format!("data-bin=\"{}\"", b.name())),
                "{b:?} is in the page"
            );
        }
    }

    #[test]
    fn paths_round_trip_and_unknown_ones_are_not_found() {
        for p in ROUTED {
            assert_eq!(Page::from_path(p.path().unwrap_or_default()), p);
        }
        assert_eq!(Page::from_path("/list/"), Page::List);
        assert_eq!(Page::from_path(""), Page::Map);
        assert_eq!(Page::from_path("/nergens"), Page::NotFound);
        assert_eq!(Page::from_path("/list/extra"), Page::NotFound);
    }
}
