//! Oase's own symbols for meaningful places: friendly line drawings on a 24 × 24 grid.
//!
//! Every symbol here was drawn for Oase (none is taken from an icon set). Each is SVG path data
//! on a `0 0 24 24` view box, kept inside 2…22 so the line never touches the edge, and meant to
//! be drawn as a stroke only: a round 2 px line (round caps and joins, no fill) in the colour of
//! the pin's kind. Names are stable, lower-case identifiers: they travel in exported files, so
//! a name is never changed or reused, only added.
//!
//! A person may also draw a symbol of their own; such a pin carries [`DRAWN`] as its name.

/// One choosable symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// Stable name used in data files (`symbol` property).
    pub name: &'static str,
    /// Dutch label.
    pub nl: &'static str,
    /// English label.
    pub en: &'static str,
    /// Turkish, Arabic and Polish labels.
    pub tr: &'static str,
    pub ar: &'static str,
    pub pl: &'static str,
    /// SVG path data on a 24 × 24 view box, drawn as a stroke (only `M L H V C S Q A Z`).
    pub path: &'static str,
}

impl Symbol {
    /// The symbol's label in a language, for its button's name and tooltip.
    pub fn label(&self, lang: crate::domain::lang::Lang) -> &'static str {
        use crate::domain::lang::Lang;
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
            Lang::Tr => self.tr,
            Lang::Ar => self.ar,
            Lang::Pl => self.pl,
        }
    }
}

/// The `symbol` value of a pin whose symbol the person drew themselves.
pub const DRAWN: &str = "drawn";

/// Every symbol, in the order the picker shows them.
pub const SYMBOLS: &[Symbol] = &[
    Symbol {
        name: "sun",
        nl: "zon",
        en: "sun",
        tr: "güneş",
        ar: "شمس",
        pl: "słońce",
        path: "M8.5 12a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M12 2.5V5M12 19v2.5M2.5 12H5M19 12h2.5M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8",
    },
    Symbol {
        name: "tree",
        nl: "boom",
        en: "tree",
        tr: "ağaç",
        ar: "شجرة",
        pl: "drzewo",
        path: "M8 15a3.5 3.5 0 0 1-1-6.8 5 5 0 0 1 10 0 3.5 3.5 0 0 1-1 6.8zM12 21v-9M12 17.5l-2.5-2M12 16l2-1.5M8 21h8",
    },
    Symbol {
        name: "heart",
        nl: "hart",
        en: "heart",
        tr: "kalp",
        ar: "قلب",
        pl: "serce",
        path: "M12 20C7 16.5 3 13 3 8.8A4.5 4.5 0 0 1 12 7.5a4.5 4.5 0 0 1 9 1.3C21 13 17 16.5 12 20z",
    },
    Symbol {
        name: "bench",
        nl: "bankje",
        en: "bench",
        tr: "bank",
        ar: "مقعد",
        pl: "ławka",
        path: "M5 5h14M5 8.5h14M7 5v7M17 5v7M3.5 12h17M5.5 12v7M18.5 12v7",
    },
    Symbol {
        name: "house",
        nl: "huis",
        en: "house",
        tr: "ev",
        ar: "بيت",
        pl: "dom",
        path: "M3 11.5L12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5.5h4V20M15.5 6.5V4H18v4.6",
    },
    Symbol {
        name: "water",
        nl: "water",
        en: "water",
        tr: "su",
        ar: "ماء",
        pl: "woda",
        path: "M3 7c1.5-1.5 3-1.5 4.5 0s3 1.5 4.5 0 3-1.5 4.5 0 3 1.5 4.5 0M3 12c1.5-1.5 3-1.5 4.5 0s3 1.5 4.5 0 3-1.5 4.5 0 3 1.5 4.5 0M3 17c1.5-1.5 3-1.5 4.5 0s3 1.5 4.5 0 3-1.5 4.5 0 3 1.5 4.5 0",
    },
    Symbol {
        name: "bird",
        nl: "vogel",
        en: "bird",
        tr: "kuş",
        ar: "طائر",
        pl: "ptak",
        path: "M6 8.5A3 3 0 0 1 12 7.8C14 9.5 17 10 21 8.5L18 14C16 17.5 12 18.5 9 17 6.5 15.5 5.5 12 6 8.5zM6.1 9.2L3.5 10l2.9.6M9.5 8.3v.4M11 12.5c2 1.5 4.5 1.5 6 0M10.5 18l-.5 3M13.5 17.8V21",
    },
    Symbol {
        name: "flower",
        nl: "bloem",
        en: "flower",
        tr: "çiçek",
        ar: "زهرة",
        pl: "kwiat",
        path: "M12 3.9A2.5 2.5 0 0 1 16 6.2A2.5 2.5 0 0 1 16 10.8A2.5 2.5 0 0 1 12 13.1A2.5 2.5 0 0 1 8 10.8A2.5 2.5 0 0 1 8 6.2A2.5 2.5 0 0 1 12 3.9zM10.5 8.5a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M12 14.7V21M12 18.5c-.5-2.5-2.5-4-5-4 .3 2.5 2.3 4 5 4z",
    },
    Symbol {
        name: "music",
        nl: "muziek",
        en: "music",
        tr: "müzik",
        ar: "موسيقى",
        pl: "muzyka",
        path: "M4 17.5a3 2.3 0 1 0 6 0a3 2.3 0 1 0-6 0M14 15.5a3 2.3 0 1 0 6 0a3 2.3 0 1 0-6 0M10 17.5V6.5L20 4v11.5M10 10l10-2.5",
    },
    Symbol {
        name: "book",
        nl: "boek",
        en: "book",
        tr: "kitap",
        ar: "كتاب",
        pl: "książka",
        path: "M12 7C10 5.5 7 5 3.5 5.5v13c3.5-.5 6.5 0 8.5 1.5 2-1.5 5-2 8.5-1.5v-13C17 5 14 5.5 12 7zM12 7v13",
    },
    Symbol {
        name: "ball",
        nl: "bal",
        en: "ball",
        tr: "top",
        ar: "كرة",
        pl: "piłka",
        path: "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 8.7L15.1 11 13.9 14.7H10.1L8.9 11zM12 8.7V3M15.1 11l5.5-1.8M13.9 14.7l3.4 4.6M10.1 14.7l-3.4 4.6M8.9 11L3.4 9.2",
    },
    Symbol {
        name: "bike",
        nl: "fiets",
        en: "bike",
        tr: "bisiklet",
        ar: "دراجة",
        pl: "rower",
        path: "M2 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M15 16a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M5.5 16h6L9.2 8M5.5 16l4.3-5.8H16M11.5 16L16 10.2l2.5 5.8M16 10.2L15 6.5h2.5M7.5 8h3.5",
    },
    Symbol {
        name: "star",
        nl: "ster",
        en: "star",
        tr: "yıldız",
        ar: "نجمة",
        pl: "gwiazda",
        path: "M12 3l2.5 6.1 6.6.5-5 4.3 1.5 6.5-5.6-3.5-5.6 3.5 1.5-6.5-5-4.3 6.6-.5z",
    },
    Symbol {
        name: "moon",
        nl: "maan",
        en: "moon",
        tr: "ay",
        ar: "قمر",
        pl: "księżyc",
        path: "M10.5 4.1A8.5 8.5 0 1 0 19.5 15.4A7.5 7.5 0 0 1 10.5 4.1zM18 4.5v3M16.5 6h3",
    },
    Symbol {
        name: "hands",
        nl: "handen",
        en: "hands",
        tr: "eller",
        ar: "أيدٍ",
        pl: "dłonie",
        path: "M8 21c-2-1.5-3.3-3.5-4.2-5.5L2.8 12.6a1.5 1.5 0 0 1 2.6-1.4L7.5 14V5.5a1.5 1.5 0 0 1 3 0V11V4a1.5 1.5 0 0 1 3 0v7V5a1.5 1.5 0 0 1 3 0v6.5V7.5a1.5 1.5 0 0 1 3 0V15c0 3-1.5 5-3 6",
    },
    Symbol {
        name: "door",
        nl: "deur",
        en: "door",
        tr: "kapı",
        ar: "باب",
        pl: "drzwi",
        path: "M6 21V4.5A1.5 1.5 0 0 1 7.5 3h9A1.5 1.5 0 0 1 18 4.5V21M3.5 21h17M15 12.5v1M9 6.5h6v3.5H9z",
    },
    Symbol {
        name: "bridge",
        nl: "brug",
        en: "bridge",
        tr: "köprü",
        ar: "جسر",
        pl: "most",
        path: "M2 11c4-3 8-4 10-4s6 1 10 4M2 11v3M22 11v3M2 14h3a7 5.5 0 0 1 14 0h3M5 9V6M12 7V4M19 9V6M2 6.5c4-2.5 8-3 10-3s6 .5 10 3M8 20.5c1.3-1 2.7-1 4 0s2.7 1 4 0",
    },
    Symbol {
        name: "path",
        nl: "pad",
        en: "path",
        tr: "yol",
        ar: "طريق",
        pl: "ścieżka",
        path: "M5 13a2.5 3.8 0 1 0 5 0a2.5 3.8 0 1 0-5 0M5.7 19.5a1.8 1.6 0 1 0 3.6 0a1.8 1.6 0 1 0-3.6 0M14 7a2.5 3.8 0 1 0 5 0a2.5 3.8 0 1 0-5 0M14.7 13.5a1.8 1.6 0 1 0 3.6 0a1.8 1.6 0 1 0-3.6 0",
    },
    Symbol {
        name: "cup",
        nl: "kopje",
        en: "cup",
        tr: "fincan",
        ar: "فنجان",
        pl: "filiżanka",
        path: "M5 10h11v4.5a4.5 4.5 0 0 1-4.5 4.5h-2A4.5 4.5 0 0 1 5 14.5zM16 11.5h1.5a2.3 2.3 0 0 1 0 4.6H16M3.5 21h14M9 3.5c-1 1.2 1 2.3 0 3.5M12.5 3.5c-1 1.2 1 2.3 0 3.5",
    },
    Symbol {
        name: "playground",
        nl: "speeltuin",
        en: "playground",
        tr: "oyun parkı",
        ar: "ملعب أطفال",
        pl: "plac zabaw",
        path: "M3 21L6 4h12l3 17M10 4v11M14 4v11M9 15h6",
    },
    Symbol {
        name: "dog",
        nl: "hond",
        en: "dog",
        tr: "köpek",
        ar: "كلب",
        pl: "pies",
        path: "M5.5 11H14c1 0 1.5-1 1.5-3C15.5 6 16.5 5 18 5s2 1 2.2 2l1.3 1.5-.5 1.5-2.5.5c-1 .5-1 1.5-1 2.5V20H16v-4.5H8V20H6v-7c0-1-.2-1.6-.5-2zM16.3 5.5C15 6 14.5 8 15 9.5M18 7.2v.1M5.5 11C4 10.5 3 9 3.3 7",
    },
    Symbol {
        name: "shop",
        nl: "winkel",
        en: "shop",
        tr: "dükkân",
        ar: "متجر",
        pl: "sklep",
        path: "M3.5 4h17l1 4.5a2.4 2.4 0 0 1-4.75 0 2.4 2.4 0 0 1-4.75 0 2.4 2.4 0 0 1-4.75 0 2.4 2.4 0 0 1-4.75 0zM4 11v10h16V11M10 21v-5h4v5",
    },
    Symbol {
        name: "fire",
        nl: "vuur",
        en: "fire",
        tr: "ateş",
        ar: "نار",
        pl: "ogień",
        path: "M12 16c-3 0-5-2-5-4.8 0-3 2.5-4.5 3-8 2 1.2 3 3 3 5 .8-.5 1.5-1.5 1.7-2.7 1.7 1.5 2.3 3.5 2.3 5.7 0 2.8-2 4.8-5 4.8zM4 21l16-3M20 21L4 18",
    },
    Symbol {
        name: "eye",
        nl: "oog",
        en: "eye",
        tr: "göz",
        ar: "عين",
        pl: "oko",
        path: "M2.5 12C5 7.5 8.5 5.5 12 5.5s7 2 9.5 6.5C19 16.5 15.5 18.5 12 18.5S5 16.5 2.5 12zM8.8 12a3.2 3.2 0 1 0 6.4 0a3.2 3.2 0 1 0-6.4 0M12 5.5V3M7 7L5.8 5M17 7l1.2-2",
    },
    Symbol {
        name: "cat",
        nl: "kat",
        en: "cat",
        tr: "kedi",
        ar: "قطة",
        pl: "kot",
        path: "M5 20c-1.5-2-2-4-2-6.5L4 4l4.5 4h7L20 4l1 9.5c0 2.5-.5 4.5-2 6.5zM9 13v1M15 13v1M11 16.5h2l-1 1zM2 15.5l4 .5M2.5 18.5l3.5-1M22 15.5l-4 .5M21.5 18.5l-3.5-1",
    },
    Symbol {
        name: "bus",
        nl: "bus",
        en: "bus",
        tr: "otobüs",
        ar: "حافلة",
        pl: "autobus",
        path: "M5 4.5A2.5 2.5 0 0 1 7.5 2h9A2.5 2.5 0 0 1 19 4.5V18H5zM5 11h14M9 5h6M7.5 18v3M16.5 18v3M8 14.5h.5M15.5 14.5h.5M3 7v3M21 7v3",
    },
    Symbol {
        name: "school",
        nl: "school",
        en: "school",
        tr: "okul",
        ar: "مدرسة",
        pl: "szkoła",
        path: "M2.5 21h19M4 21v-9h3M20 21v-9h-3M7 21V9.5l5-4 5 4V21M10.5 21v-4h3v4M12 5.5v-3h3v2h-3M10.5 11a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0",
    },
    Symbol {
        name: "tower",
        nl: "toren",
        en: "tower",
        tr: "kule",
        ar: "برج",
        pl: "wieża",
        path: "M8 21V11l4-6 4 6v10M12 5V2M11 3h2M6 21h12M10.5 14a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M12 21v-3",
    },
    Symbol {
        name: "sprout",
        nl: "kiemplant",
        en: "sprout",
        tr: "filiz",
        ar: "برعم",
        pl: "kiełek",
        path: "M12 21v-8M12 13c0-4-3-6.5-7.5-6.5 0 4 3 6.5 7.5 6.5zM12 15.5c0-4 2.7-7 7.5-7 0 4-2.7 7-7.5 7zM7 21h10",
    },
    Symbol {
        name: "smile",
        nl: "lach",
        en: "smile",
        tr: "gülümseme",
        ar: "ابتسامة",
        pl: "uśmiech",
        path: "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M8.5 14.5c1 1.3 2.1 1.9 3.5 1.9s2.5-.6 3.5-1.9M9 9.5v1M15 9.5v1",
    },
    Symbol {
        name: "chat",
        nl: "gesprek",
        en: "chat",
        tr: "sohbet",
        ar: "حديث",
        pl: "rozmowa",
        path: "M6.1 13.9A7 5.5 0 1 1 8.5 14.4L4.5 17.5zM18.2 11.2A5 4 0 0 1 20.3 17.6L21 20.5L18.6 18.6A5 4 0 0 1 11.6 16",
    },
    Symbol {
        name: "bread",
        nl: "brood",
        en: "bread",
        tr: "ekmek",
        ar: "خبز",
        pl: "chleb",
        path: "M5 11.5A3.5 3.5 0 0 1 7 5h10a3.5 3.5 0 0 1 2 6.5V20H5zM9 8.5l-1 2M13 8.5l-1 2M17 8.5l-1 2",
    },
];

/// The symbol with this name.
pub fn find(name: &str) -> Option<&'static Symbol> {
    SYMBOLS.iter().find(|s| s.name == name)
}

/// Whether `name` may stand in a pin's `symbol` property: a symbol of the table, or [`DRAWN`].
pub fn is_known(name: &str) -> bool {
    name == DRAWN || find(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_has_a_label_in_every_language() {
        for s in SYMBOLS {
            for l in crate::domain::lang::Lang::ALL {
                assert!(!s.label(l).trim().is_empty(), "{} in {l:?}", s.name);
            }
        }
    }

    /// The names the app promises from the start.
    const PROMISED: [&str; 24] = [
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
    ];

    /// How many numbers one repetition of a path command takes.
    fn arity(command: char) -> usize {
        match command.to_ascii_uppercase() {
            'M' | 'L' => 2,
            'H' | 'V' => 1,
            'C' => 6,
            'S' | 'Q' => 4,
            'A' => 7,
            _ => 0, // Z
        }
    }

    /// Splits path data into commands with their numbers (`-` and a second `.` start a number).
    fn commands(d: &str) -> Vec<(char, Vec<f64>)> {
        let mut out: Vec<(char, Vec<f64>)> = Vec::new();
        let mut number = String::new();
        let flush = |number: &mut String, out: &mut Vec<(char, Vec<f64>)>| {
            if !number.is_empty() {
                let value = number.parse().unwrap_or(f64::NAN);
                out.last_mut()
                    .expect("a number before any command")
                    .1
                    .push(value);
                number.clear();
            }
        };
        for c in d.chars() {
            match c {
                '0'..='9' => number.push(c),
                '.' => {
                    if number.contains('.') {
                        flush(&mut number, &mut out);
                    }
                    number.push(c);
                }
                '-' => {
                    flush(&mut number, &mut out);
                    number.push(c);
                }
                ' ' | ',' => flush(&mut number, &mut out),
                _ => {
                    flush(&mut number, &mut out);
                    out.push((c, Vec::new()));
                }
            }
        }
        flush(&mut number, &mut out);
        out
    }

    #[test]
    fn there_are_enough_symbols_with_unique_plain_names() {
        assert!(SYMBOLS.len() >= 24);
        let mut names: Vec<&str> = SYMBOLS.iter().map(|s| s.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), SYMBOLS.len(), "a name is used twice");
        for s in SYMBOLS {
            assert!(
                !s.name.is_empty() && s.name.bytes().all(|c| c.is_ascii_lowercase()),
                "{}",
                s.name
            );
            assert_ne!(s.name, DRAWN);
            assert!(
                !s.nl.trim().is_empty() && !s.en.trim().is_empty(),
                "{}",
                s.name
            );
        }
    }

    #[test]
    fn the_promised_symbols_are_all_there() {
        for name in PROMISED {
            assert!(find(name).is_some(), "{name} is missing");
        }
    }

    #[test]
    fn find_and_is_known() {
        assert_eq!(find("sun").map(|s| s.nl), Some("zon"));
        assert_eq!(find("hond").map(|s| s.name), None);
        assert!(find("").is_none() && find("Sun").is_none());
        assert!(is_known(DRAWN) && is_known("tree") && is_known("bike"));
        assert!(!is_known("unicorn") && !is_known(""));
    }

    #[test]
    fn paths_are_plain_stroke_data_inside_the_grid() {
        for s in SYMBOLS {
            let d = s.path;
            assert!(!d.trim().is_empty(), "{}", s.name);
            assert!(d.len() <= 320, "{} is long: {}", s.name, d.len());
            assert!(
                d.chars()
                    .all(|c| c.is_ascii_digit() || " ,.-MLHVCSQAZmlhvcsqaz".contains(c)),
                "{} has a character outside plain path data",
                s.name
            );
            let parsed = commands(d);
            assert!(
                matches!(parsed.first(), Some(('M', _))),
                "{} starts with M",
                s.name
            );
            for (command, numbers) in &parsed {
                let n = arity(*command);
                assert!(
                    numbers.iter().all(|v| v.is_finite()),
                    "{}: a number does not parse after {command}",
                    s.name
                );
                if n == 0 {
                    assert!(numbers.is_empty(), "{}: numbers after {command}", s.name);
                } else {
                    assert!(
                        !numbers.is_empty() && numbers.len() % n == 0,
                        "{}: {command} takes numbers in groups of {n}, got {}",
                        s.name,
                        numbers.len()
                    );
                }
                // Absolute commands name points (and arc radii and flags) on the grid itself.
                if command.is_ascii_uppercase() {
                    assert!(
                        numbers.iter().all(|v| (0.0..=24.0).contains(v)),
                        "{}: {command} {numbers:?} leaves the 24 × 24 grid",
                        s.name
                    );
                }
            }
        }
    }
}
