//! Oase's own symbols for meaningful places: simple line drawings on a 24 × 24 grid.
//!
//! Drawn for Oase (not taken from an icon set), each is SVG path data meant to be stroked with a
//! round 2 px line in the pin's colour, no fill, so they read as friendly hand drawings.
//! Names are stable identifiers: they travel in exported files.

/// One choosable symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// Stable name used in data files (`symbol` property).
    pub name: &'static str,
    /// Dutch label.
    pub nl: &'static str,
    /// English label.
    pub en: &'static str,
    /// SVG path data on a 24 × 24 view box, drawn as a stroke.
    pub path: &'static str,
}

/// The `symbol` value of a pin whose symbol the person drew themselves.
pub const DRAWN: &str = "drawn";

/// Every symbol, in the order the picker shows them.
pub const SYMBOLS: &[Symbol] = &[
    Symbol {
        name: "sun",
        nl: "zon",
        en: "sun",
        path: "M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1l2.1-2.1M17 7l2.1-2.1",
    },
    Symbol {
        name: "tree",
        nl: "boom",
        en: "tree",
        path: "M12 22v-8M9 22h6M12 17l-3-2.5M6 9a6 6 0 1 0 12 0a6 6 0 1 0-12 0",
    },
    Symbol {
        name: "heart",
        nl: "hart",
        en: "heart",
        path: "M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7.4a4.3 4.3 0 0 1 8 2.4C20 15.4 12 20 12 20z",
    },
    Symbol {
        name: "bench",
        nl: "bankje",
        en: "bench",
        path: "M4 6h16M4 9h16M6 9v4M18 9v4M3 13h18M5 13v6M19 13v6",
    },
    Symbol {
        name: "house",
        nl: "huis",
        en: "house",
        path: "M3 11l9-7 9 7M5 9.5V20h14V9.5M10 20v-6h4v6",
    },
    Symbol {
        name: "water",
        nl: "water",
        en: "water",
        path: "M2 8c2.5-2 5-2 7.5 0s5 2 7.5 0 3.5-1.2 5 0M2 13c2.5-2 5-2 7.5 0s5 2 7.5 0 3.5-1.2 5 0M2 18c2.5-2 5-2 7.5 0s5 2 7.5 0 3.5-1.2 5 0",
    },
    Symbol {
        name: "bird",
        nl: "vogel",
        en: "bird",
        path: "M3 9c3-2 6-1.5 9 2 3-3.5 6-4 9-2M7 15c2-1.3 3.5-1 5 .8 1.5-1.8 3-2.1 5-.8",
    },
    Symbol {
        name: "flower",
        nl: "bloem",
        en: "flower",
        path: "M12 13v9M12 19c-2.6 0-4.6-1.4-5-3.6 2.6 0 4.6 1.4 5 3.6M10.1 4.7a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0M13.2 7.0a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0M12.0 10.7a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0M8.2 10.7a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0M7.0 7.0a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0",
    },
    Symbol {
        name: "music",
        nl: "muziek",
        en: "music",
        path: "M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0a3 3 0 1 1 6 0M20 16a3 3 0 1 1-6 0a3 3 0 1 1 6 0M9 9l11-2",
    },
    Symbol {
        name: "book",
        nl: "boek",
        en: "book",
        path: "M12 6c-2-1.5-5-2-9-1.5V19c4-.5 7 0 9 1.5 2-1.5 5-2 9-1.5V4.5c-4-.5-7 0-9 1.5zM12 6v14.5",
    },
    Symbol {
        name: "ball",
        nl: "bal",
        en: "ball",
        path: "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 3c-3 3-3 15 0 18M12 3c3 3 3 15 0 18M3.5 9h17M3.5 15h17",
    },
    Symbol {
        name: "bike",
        nl: "fiets",
        en: "bike",
        path: "M2 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M15 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M5.5 16L9 9h7l2.5 7M9 9l3.5 7H5.5M12.5 16L16 9M8 6h3M15 6h2.5l-1.5 3",
    },
    Symbol {
        name: "star",
        nl: "ster",
        en: "star",
        path: "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
    },
    Symbol {
        name: "moon",
        nl: "maan",
        en: "moon",
        path: "M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z",
    },
    Symbol {
        name: "hands",
        nl: "handen",
        en: "hands",
        path: "M8 13V5.5a1.5 1.5 0 0 1 3 0V12M11 11.5V4a1.5 1.5 0 0 1 3 0v7.5M14 11.5V5.5a1.5 1.5 0 0 1 3 0V14c0 4-2.5 7-6.5 7-3 0-4.5-1.5-6-4l-2-3.5a1.5 1.5 0 0 1 2.5-1.6L8 14",
    },
    Symbol {
        name: "door",
        nl: "deur",
        en: "door",
        path: "M5 21V4a1 1 0 0 1 1-1h12a1 1 0 0 1 1 1v17M3 21h18M15 12v.5",
    },
    Symbol {
        name: "bridge",
        nl: "brug",
        en: "bridge",
        path: "M2 9h20M2 17h20M3 17c0-4 4-7 9-7s9 3 9 7M6 9v3M10 9v1M14 9v1M18 9v3",
    },
    Symbol {
        name: "path",
        nl: "pad",
        en: "path",
        path: "M8 22c0-4 4-5 4-9s-5-5-5-9M16 22c0-3 3-5 3-9s-4-6-4-9",
    },
    Symbol {
        name: "cup",
        nl: "kopje",
        en: "cup",
        path: "M4 9h13v5a5 5 0 0 1-5 5H9a5 5 0 0 1-5-5zM17 10h1.5a2.5 2.5 0 0 1 0 5H17M8 2.5c-1 1 1 2 0 3.5M12 2.5c-1 1 1 2 0 3.5M3 22h15",
    },
    Symbol {
        name: "playground",
        nl: "speeltuin",
        en: "playground",
        path: "M3 21L8 4M13 21L8 4M4.5 16h7M8 4h10M18 4v7M16 11h4M16 11l-1.5 3M20 11l1.5 3",
    },
    Symbol {
        name: "dog",
        nl: "hond",
        en: "dog",
        path: "M6 20v-6l-2-2V7l3 2h7l2-4 2 1v3l3 1v3h-3l-1 1v8M6 14h11M9 20v-6M15 20v-5",
    },
    Symbol {
        name: "shop",
        nl: "winkel",
        en: "shop",
        path: "M4 10v11h16V10M3 10l2-6h14l2 6zM3 10a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M10 21v-5h4v5",
    },
    Symbol {
        name: "fire",
        nl: "vuur",
        en: "fire",
        path: "M12 22c-4 0-7-2.5-7-6.5 0-4 3-6 4-9 1.5 1.5 2 3 2 4.5 1.5-1 2.5-3 2.5-6 3 2 6.5 6 6.5 10.5 0 4-3 6.5-8 6.5zM12 22c-1.7 0-3-1.2-3-3 0-1.7 1.5-3 2-4.5 1.2 1 4 2.5 4 4.5 0 1.8-1.3 3-3 3z",
    },
    Symbol {
        name: "eye",
        nl: "oog",
        en: "eye",
        path: "M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0",
    },
    Symbol {
        name: "cat",
        nl: "kat",
        en: "cat",
        path: "M5 21v-9L4 4l4 3.5h8L20 4l-1 8v9zM9 13v1M15 13v1M10.5 17h3l-1.5 1.5z",
    },
    Symbol {
        name: "bus",
        nl: "bus",
        en: "bus",
        path: "M5 18V6a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v12zM5 12h14M5 7h14M8 18v3M16 18v3M8 15h.5M15.5 15h.5",
    },
    Symbol {
        name: "school",
        nl: "school",
        en: "school",
        path: "M3 21V10l9-5 9 5v11zM9 21v-5h6v5M12 5V2h3M10 12h4",
    },
    Symbol {
        name: "tower",
        nl: "toren",
        en: "tower",
        path: "M7 21V10l5-8 5 8v11zM3 21h18M12 21v-4M10 11a2 2 0 1 0 4 0a2 2 0 1 0-4 0",
    },
    Symbol {
        name: "sprout",
        nl: "kiemplant",
        en: "sprout",
        path: "M12 21v-9M12 12C12 8 9 6 4 6c0 4 3 6 8 6zM12 15c0-4 3-7 8-7 0 4-3 7-8 7zM6 21h12",
    },
    Symbol {
        name: "smile",
        nl: "lach",
        en: "smile",
        path: "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M8 14c1 1.5 2.3 2.2 4 2.2s3-.7 4-2.2M9 9.5v.5M15 9.5v.5",
    },
    Symbol {
        name: "chat",
        nl: "gesprek",
        en: "chat",
        path: "M4 5h11a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H9l-4 3v-3H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zM17 9h3a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-1v3l-3-3h-4",
    },
    Symbol {
        name: "bread",
        nl: "brood",
        en: "bread",
        path: "M4 11a4 4 0 0 1 2-7h12a4 4 0 0 1 2 7v9H4zM9 8l-1 2M13 8l-1 2M17 8l-1 2",
    },
];

/// The symbol with this name.
pub fn find(name: &str) -> Option<&'static Symbol> {
    SYMBOLS.iter().find(|s| s.name == name)
}

/// Whether `name` may stand in a pin's `symbol` property.
pub fn is_known(name: &str) -> bool {
    name == DRAWN || find(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_promised_symbols_are_all_there_and_unique() {
        for name in [
            "sun",
            "tree",
            "heart",
            "bench",
            "house",
            "water",
            "bird",
            "flower",
            "music",
            "book",
            "ball",
            "bike",
            "star",
            "moon",
            "hands",
            "door",
            "bridge",
            "path",
            "cup",
            "playground",
            "dog",
            "shop",
            "fire",
            "eye",
        ] {
            assert!(find(name).is_some(), "{name} is missing");
        }
        assert!(SYMBOLS.len() >= 24);
        let mut names: Vec<&str> = SYMBOLS.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SYMBOLS.len());
        assert!(is_known(DRAWN) && is_known("sun") && !is_known("unicorn"));
    }

    #[test]
    fn paths_are_plain_path_data_inside_the_grid() {
        for s in SYMBOLS {
            assert!(s.name.bytes().all(|c| c.is_ascii_lowercase()), "{}", s.name);
            assert!(!s.nl.is_empty() && !s.en.is_empty());
            assert!(crate::domain::pin::is_path_data(s.path), "{}", s.name);
            // The first move of every symbol is absolute and inside the 24 × 24 box.
            let first: Vec<f64> = s.path[1..]
                .split(|c: char| c.is_ascii_alphabetic())
                .next()
                .unwrap_or_default()
                .split([' ', ','])
                .filter_map(|n| n.parse().ok())
                .collect();
            assert!(
                first.len() == 2 && first.iter().all(|v| (0.0..=24.0).contains(v)),
                "{}",
                s.name
            );
        }
    }
}
