//! The wijkplaat (`/print`): which pins go on the poster, their numbers, the counts per kind,
//! the map's extent that fits them all, where each numbered marker stands (nudged apart where
//! pins crowd), the area's outline for a poster printed without tiles, and a scale bar.
//!
//! The map is drawn on a fixed grid of [`MAP_W`] × [`MAP_H`] CSS pixels (an SVG view box that
//! the print stylesheet scales to the paper), so the whole layout is known before the browser
//! lays anything out. Projection and tiles are `crate::map`'s Web Mercator.

use std::collections::HashMap;

use super::pin::{DreamStatus, Pin, PinKind};
use crate::map::mercator::LatLon;
use crate::map::tiles::{cover, tile_zoom, PlacedTile};
use crate::map::viewport::{Bounds, ScreenPoint, Viewport, ZoomRange};

/// Width of the poster's map drawing, in CSS pixels of its view box.
pub const MAP_W: f64 = 1000.0;
/// Height of the poster's map drawing, in CSS pixels of its view box.
pub const MAP_H: f64 = 940.0;
/// Room kept free around the outermost pins, in view-box pixels (a marker and the outline).
pub const MAP_PADDING: f64 = 60.0;
/// A numbered marker's radius, in view-box pixels.
pub const MARKER_R: f64 = 14.0;
/// How far the area's outline passes outside the markers' middles, in view-box pixels.
pub const AREA_MARGIN: f64 = 22.0;
/// The closest zoom the poster uses: a single pin still shows its streets, not one garden.
pub const MAX_ZOOM: f64 = 17.0;
/// The zoom of a poster without pins (around `fallback`).
pub const EMPTY_ZOOM: f64 = 15.0;
/// A quote longer than this (characters) is shortened on the poster…
pub const QUOTE_CHARS: usize = 180;
/// …and this, once there are more than [`FEW_PLACES`] places, so the lists stay beside the map
/// for longer.
pub const QUOTE_CHARS_MANY: usize = 90;
pub const FEW_PLACES: usize = 12;
/// The widest a scale bar may be, in view-box pixels.
const SCALE_MAX_PX: f64 = 160.0;

/// The order the poster lists the kinds in, and numbers them: the places with their symbols
/// and quotes first, then the dreams, then the beauties' titles (the shortest entries last).
pub const SECTIONS: [PinKind; 3] = [PinKind::Place, PinKind::Dream, PinKind::Beauty];

/// One pin on the poster.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its number on the map and in the lists, from 1.
    pub number: usize,
    pub pin: Pin,
    /// Hearts given to it (dreams).
    pub hearts: usize,
    /// Where the pin really is on the map drawing.
    pub spot: ScreenPoint,
    /// Where its numbered marker is drawn: the spot, or nudged away from a crowded spot (then
    /// a thin line leads back).
    pub marker: ScreenPoint,
}

impl Entry {
    /// Whether the marker stands away from the pin's spot (far enough to draw a line back).
    pub fn nudged(&self) -> bool {
        self.spot.distance(self.marker) > 2.0
    }

    /// The dream's status (a plain dream for other kinds).
    pub fn status(&self) -> DreamStatus {
        self.pin.status()
    }

    /// The quote as the poster prints it among `places` places: at most [`QUOTE_CHARS`]
    /// characters ([`QUOTE_CHARS_MANY`] among many), cut at a word.
    pub fn short_quote(&self, places: usize) -> String {
        let max = if places > FEW_PLACES {
            QUOTE_CHARS_MANY
        } else {
            QUOTE_CHARS
        };
        shorten(self.pin.quote.trim(), max)
    }
}

/// Everything the poster shows, laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct Poster {
    /// The pins shown, numbered, in [`SECTIONS`] order.
    pub entries: Vec<Entry>,
    /// Pins shown per kind, in `PinKind::ALL` order (beauty, place, dream).
    pub counts: [usize; 3],
    /// The map drawing's view ([`MAP_W`] × [`MAP_H`]).
    pub view: Viewport,
    /// The base-map tiles covering the drawing.
    pub tiles: Vec<PlacedTile>,
    /// The area's outline: the convex hull of the markers (one or two points for one or two
    /// pins); [`area_path`] draws it widened by [`AREA_MARGIN`].
    pub outline: Vec<ScreenPoint>,
    /// The scale bar: its length in metres and in view-box pixels.
    pub scale: (f64, f64),
    /// The first and last day (`YYYY-MM-DD`) a shown pin was made, if any.
    pub days: Option<(String, String)>,
}

impl Poster {
    /// The entries of one kind, in number order.
    pub fn of_kind(&self, kind: PinKind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.pin.kind == kind)
    }

    /// Pins shown of `kind`.
    pub fn count(&self, kind: PinKind) -> usize {
        let slot = PinKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.counts[slot]
    }
}

/// How the base map came out: tiles still on their way, all or some loaded, or none (offline,
/// or a tile server that refuses): then the outline is the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TilesState {
    Loading,
    Loaded,
    Partial,
    Outline,
}

impl TilesState {
    /// The state after `loaded` and `failed` of `total` tiles finished.
    pub fn of(total: usize, loaded: usize, failed: usize) -> Self {
        if total == 0 || failed == total {
            TilesState::Outline
        } else if loaded + failed < total {
            TilesState::Loading
        } else if failed == 0 {
            TilesState::Loaded
        } else {
            TilesState::Partial
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            TilesState::Loading => "loading",
            TilesState::Loaded => "loaded",
            TilesState::Partial => "partial",
            TilesState::Outline => "outline",
        }
    }
}

/// Whether a pin goes on the poster: not removed, not hidden by the organiser, not a phone's
/// pin waiting for the OK (as on the celebration screen).
pub fn printed(p: &Pin) -> bool {
    !p.deleted && !p.hidden() && !p.waiting()
}

/// Lays out the poster of `pins` (those not [`printed`] are left out), with `hearts` per pin id
/// and the base map's `range`. Without pins the map shows `fallback` at [`EMPTY_ZOOM`].
pub fn plan(
    pins: &[Pin],
    hearts: &HashMap<String, usize>,
    range: ZoomRange,
    fallback: LatLon,
) -> Poster {
    let mut shown: Vec<&Pin> = pins.iter().filter(|p| printed(p)).collect();
    // Numbers follow the sections, then north to south, then west to east: on the map, each
    // kind's numbers read like a page.
    let section = |p: &Pin| SECTIONS.iter().position(|k| *k == p.kind);
    sort_small(&mut shown, |a, b| {
        section(a)
            .cmp(&section(b))
            .then(b.lat.total_cmp(&a.lat))
            .then(a.lon.total_cmp(&b.lon))
            .then(a.id.cmp(&b.id))
    });
    let view = extent(&shown, range, fallback);
    let spots: Vec<ScreenPoint> = shown
        .iter()
        .map(|p| view.to_screen(LatLon::new(p.lat, p.lon)))
        .collect();
    let markers = spread(&spots, 2.0 * MARKER_R + 2.0);
    // Around the markers, nudged ones too: the line surrounds every number on the map.
    let outline = hull(&markers);
    let entries = shown
        .iter()
        .zip(spots.iter().zip(markers))
        .enumerate()
        .map(|(i, (p, (spot, marker)))| Entry {
            number: i + 1,
            pin: (*p).clone(),
            hearts: hearts.get(&p.id).copied().unwrap_or(0),
            spot: *spot,
            marker,
        })
        .collect();
    let mut counts = [0; 3];
    for p in &shown {
        if let Some(slot) = PinKind::ALL.iter().position(|k| *k == p.kind) {
            counts[slot] += 1;
        }
    }
    let days = shown
        .iter()
        .filter_map(|p| p.created_at.get(..10))
        .fold(None::<(&str, &str)>, |span, d| match span {
            None => Some((d, d)),
            Some((first, last)) => Some((first.min(d), last.max(d))),
        })
        .map(|(a, b)| (a.to_owned(), b.to_owned()));
    Poster {
        tiles: cover(&view, tile_zoom(view.zoom, range), 0),
        outline,
        scale: scale_bar(&view),
        entries,
        counts,
        view,
        days,
    }
}

/// Sorts `items` by `order`, stably, by insertion: a neighbourhood has a few hundred pins at
/// most, and the standard library's sort costs over 1 KB gz of wasm for each type it sorts
/// (measured: these two sorts by insertion saved 2.3 KB gz of the first load).
fn sort_small<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j - 1], &items[j]) == std::cmp::Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The map's view: every pin inside with [`MAP_PADDING`] to spare, no closer than
/// [`MAX_ZOOM`] (and inside the base map's `range`).
pub fn extent(pins: &[&Pin], range: ZoomRange, fallback: LatLon) -> Viewport {
    let range = ZoomRange {
        min: range.min,
        max: range.max.min(MAX_ZOOM),
    };
    let base = Viewport::new(fallback, range.clamp(EMPTY_ZOOM), MAP_W, MAP_H);
    let Some(first) = pins.first() else {
        return base;
    };
    let (mut south, mut west, mut north, mut east) = (first.lat, first.lon, first.lat, first.lon);
    for p in pins {
        south = south.min(p.lat);
        north = north.max(p.lat);
        west = west.min(p.lon);
        east = east.max(p.lon);
    }
    let bounds = Bounds::new(LatLon::new(south, west), LatLon::new(north, east));
    base.fitted(bounds, MAP_PADDING, range)
}

/// Marker positions for `spots`, pushed apart until no two are closer than `gap` (or after a
/// fixed number of rounds), and kept on the drawing. Markers on the very same spot fan out.
pub fn spread(spots: &[ScreenPoint], gap: f64) -> Vec<ScreenPoint> {
    let mut at: Vec<ScreenPoint> = spots.to_vec();
    let inside = |v: f64, max: f64| v.clamp(MARKER_R, max - MARKER_R);
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..at.len() {
            for j in (i + 1)..at.len() {
                let (dx, dy) = (at[j].x - at[i].x, at[j].y - at[i].y);
                let d = dx.hypot(dy);
                if d >= gap - 1e-6 {
                    continue;
                }
                // Two on one spot: apart along a direction that differs for each pair.
                let (ux, uy) = if d < 1e-6 {
                    let a = (i * 7 + j * 3) as f64 * 0.9;
                    (a.cos(), a.sin())
                } else {
                    (dx / d, dy / d)
                };
                let push = (gap - d) / 2.0 + 0.01;
                at[i].x -= ux * push;
                at[i].y -= uy * push;
                at[j].x += ux * push;
                at[j].y += uy * push;
                moved = true;
            }
        }
        for p in &mut at {
            p.x = inside(p.x, MAP_W);
            p.y = inside(p.y, MAP_H);
        }
        if !moved {
            break;
        }
    }
    at
}

/// The convex hull of `points` (Andrew's monotone chain), clockwise on screen (y down), without
/// repeated or collinear points.
pub fn hull(points: &[ScreenPoint]) -> Vec<ScreenPoint> {
    let mut ps: Vec<ScreenPoint> = points.to_vec();
    sort_small(&mut ps, |a, b| {
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    ps.dedup_by(|a, b| a.distance(*b) < 1e-9);
    if ps.len() < 3 {
        return ps;
    }
    let cross = |o: ScreenPoint, a: ScreenPoint, b: ScreenPoint| {
        (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
    };
    let mut lower: Vec<ScreenPoint> = Vec::new();
    for p in &ps {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], *p) <= 0.0 {
            lower.pop();
        }
        lower.push(*p);
    }
    let mut upper: Vec<ScreenPoint> = Vec::new();
    for p in ps.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], *p) <= 0.0 {
            upper.pop();
        }
        upper.push(*p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    // With y pointing down, counter-clockwise in maths is clockwise on screen.
    lower
}

/// SVG path data of the area around `hull` (as [`hull`] gives it): the hull widened by `r` on
/// every side with round corners (a circle for one point, a capsule for two), so the line
/// passes around the markers instead of through them.
pub fn area_path(hull: &[ScreenPoint], r: f64) -> String {
    let n = hull.len();
    match n {
        0 => return String::new(),
        1 => {
            let p = hull[0];
            return format!(
                "M{:.1} {:.1}a{r} {r} 0 1 0 {:.1} 0a{r} {r} 0 1 0 {:.1} 0z",
                p.x - r,
                p.y,
                2.0 * r,
                -2.0 * r
            );
        }
        _ => {}
    }
    // Outward normals of each edge p[i] → p[i+1], pointing away from the middle.
    let (cx, cy) = (
        hull.iter().map(|p| p.x).sum::<f64>() / n as f64,
        hull.iter().map(|p| p.y).sum::<f64>() / n as f64,
    );
    let normals: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let (p, q) = (hull[i], hull[(i + 1) % n]);
            let len = p.distance(q).max(1e-9);
            let (nx, ny) = ((q.y - p.y) / len, (p.x - q.x) / len);
            let mid = ((p.x + q.x) / 2.0 - cx, (p.y + q.y) / 2.0 - cy);
            // Two points: both edges share the middle; the turn direction decides alone.
            let outward = if n == 2 {
                true
            } else {
                nx * mid.0 + ny * mid.1 >= 0.0
            };
            if outward {
                (nx, ny)
            } else {
                (-nx, -ny)
            }
        })
        .collect();
    // Every corner turns the same way around a convex outline, the way the first edge's
    // direction lies from its outward normal: clockwise on screen (y down) is SVG's sweep 1.
    let (p0, p1) = (hull[0], hull[1]);
    let sweep = u8::from(normals[0].0 * (p1.y - p0.y) - normals[0].1 * (p1.x - p0.x) > 0.0);
    let mut d = String::new();
    for i in 0..n {
        let (p, q) = (hull[i], hull[(i + 1) % n]);
        let (nx, ny) = normals[i];
        let (mx, my) = normals[(i + 1) % n];
        if i == 0 {
            d.push_str(&format!("M{:.1} {:.1}", p.x + nx * r, p.y + ny * r));
        }
        d.push_str(&format!("L{:.1} {:.1}", q.x + nx * r, q.y + ny * r));
        d.push_str(&format!(
            "A{r} {r} 0 0 {sweep} {:.1} {:.1}",
            q.x + mx * r,
            q.y + my * r
        ));
    }
    d.push('z');
    d
}

/// SVG markup of a kind's marker around (0, 0), about [`MARKER_R`] across, with its number:
/// round for beauties, a rounded square for places, a diamond for dreams (shape and colour,
/// so grey print tells them apart too).
pub fn marker_svg(kind: PinKind, number: Option<usize>) -> String {
    let r = MARKER_R;
    let shape = match kind {
        PinKind::Beauty => format!("<circle class=\"shape\" r=\"{r}\"/>"),
        PinKind::Place => format!(
            "<rect class=\"shape\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\"/>",
            1.0 - r,
            1.0 - r,
            2.0 * r - 2.0,
            2.0 * r - 2.0
        ),
        PinKind::Dream => format!(
            "<path class=\"shape\" d=\"M0 {}L{} 0 0 {}{} 0z\"/>",
            -r - 2.0,
            r + 2.0,
            r + 2.0,
            -r - 2.0
        ),
    };
    let text = number.map_or(String::new(), |n| {
        let size = if n >= 100 { 10 } else { 14 };
        format!("<text class=\"number\" dy=\"0.35em\" font-size=\"{size}\">{n}</text>")
    });
    shape + &text
}

/// SVG markup of everything the poster's map draws over its tiles: a grid (paper that reads
/// as a map without tiles), the area's outline, leader lines of nudged markers, the numbered
/// markers (the lowest numbers on top), a scale bar labelled `scale_label` and north. Only
/// numbers and the escaped label go in, so no pin's text can break it.
pub fn overlay_svg(p: &Poster, scale_label: &str) -> String {
    let mut grid = String::new();
    for x in (1..)
        .map(|i| f64::from(i) * 100.0)
        .take_while(|x| *x < MAP_W)
    {
        grid.push_str(&format!("M{x} 0V{MAP_H}"));
    }
    for y in (1..)
        .map(|i| f64::from(i) * 100.0)
        .take_while(|y| *y < MAP_H)
    {
        grid.push_str(&format!("M0 {y}H{MAP_W}"));
    }
    let mut out = format!(
        "<path class=\"grid\" d=\"{grid}\"/><path class=\"area\" d=\"{}\"/>",
        area_path(&p.outline, AREA_MARGIN)
    );
    for e in p.entries.iter().filter(|e| e.nudged()) {
        let (s, m) = (e.spot, e.marker);
        out.push_str(&format!(
            "<line class=\"leader\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"/><circle class=\"spot\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"2.5\"/>",
            s.x, s.y, m.x, m.y, s.x, s.y
        ));
    }
    for e in p.entries.iter().rev() {
        out.push_str(&format!(
            "<g class=\"map-marker kind-{}\" transform=\"translate({:.1} {:.1})\">{}</g>",
            e.pin.kind.code(),
            e.marker.x,
            e.marker.y,
            marker_svg(e.pin.kind, Some(e.number))
        ));
    }
    let (_, px) = p.scale;
    out.push_str(&format!(
        "<g class=\"scale\" transform=\"translate(24 {})\"><rect class=\"scale-back\" x=\"-8\" y=\"-26\" width=\"{:.1}\" height=\"36\" rx=\"4\"/><path class=\"scale-bar\" d=\"M0 -6V0H{px:.1}V-6\"/><text class=\"scale-text\" y=\"-10\">{}</text></g>",
        MAP_H - 24.0,
        px + 16.0,
        escape(scale_label)
    ));
    out.push_str(&format!(
        "<g class=\"north\" transform=\"translate({} 40)\"><path d=\"M0 -22L9 6 0 0-9 6z\"/><text y=\"22\">N</text></g>",
        MAP_W - 36.0
    ));
    out
}

/// Text made safe inside markup.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Metres per CSS pixel at the view's centre (Web Mercator, equator length 40,075,016.686 m).
pub fn metres_per_px(view: &Viewport) -> f64 {
    const EQUATOR_M: f64 = 40_075_016.686;
    EQUATOR_M * view.center.lat.to_radians().cos() / (256.0 * view.zoom.exp2())
}

/// A scale bar of a round length (1, 2 or 5 times a power of ten metres) at most
/// [`SCALE_MAX_PX`] long: `(metres, pixels)`.
pub fn scale_bar(view: &Viewport) -> (f64, f64) {
    let per_px = metres_per_px(view);
    let most = SCALE_MAX_PX * per_px;
    let mut best = 1.0;
    let mut decade = 1.0;
    while decade <= most {
        for step in [1.0, 2.0, 5.0] {
            if step * decade <= most {
                best = step * decade;
            }
        }
        decade *= 10.0;
    }
    (best, best / per_px)
}

/// `text` cut to at most `max` characters at a word boundary, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(1);
    let cut: String = text.chars().take(keep).collect();
    // Cut inside a word: back to the space before it (unless that loses half the text).
    let inside_word = text.chars().nth(keep).is_some_and(|c| !c.is_whitespace());
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(i) if inside_word && i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([' ', ',', ';', ':', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::mercator::LatLon;

    fn pin(n: u8, kind: PinKind, lat: f64, lon: f64) -> Pin {
        Pin::new(
            &format!("00000000-0000-4000-8000-0000000000{n:02}"),
            kind,
            lat,
            lon,
            &format!("2026-11-{:02}T10:00:00Z", 20 + n % 5),
        )
        .expect("valid")
    }

    fn hengstdal() -> LatLon {
        LatLon::new(51.837, 5.887)
    }

    #[test]
    fn numbers_follow_places_dreams_beauties_north_to_south() {
        let pins = vec![
            pin(1, PinKind::Beauty, 51.838, 5.886),
            pin(2, PinKind::Dream, 51.836, 5.887),
            pin(3, PinKind::Place, 51.835, 5.888),
            pin(4, PinKind::Place, 51.839, 5.885),
            pin(5, PinKind::Dream, 51.8365, 5.884),
        ];
        let p = plan(&pins, &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        let order: Vec<(usize, &str)> = p
            .entries
            .iter()
            .map(|e| (e.number, &e.pin.id[34..]))
            .collect();
        assert_eq!(
            order,
            vec![(1, "04"), (2, "03"), (3, "05"), (4, "02"), (5, "01")]
        );
        assert_eq!(p.counts, [1, 2, 2]);
        assert_eq!(p.count(PinKind::Dream), 2);
        assert_eq!(p.of_kind(PinKind::Place).count(), 2);
    }

    #[test]
    fn hidden_waiting_and_removed_pins_are_not_printed() {
        let mut hidden = pin(1, PinKind::Beauty, 51.838, 5.886);
        hidden.set_hidden(true);
        let mut waiting = pin(2, PinKind::Dream, 51.836, 5.887);
        waiting.set_waiting(true);
        let removed = pin(3, PinKind::Place, 51.835, 5.888).tombstone("2026-11-25T10:00:00Z");
        let kept = pin(4, PinKind::Place, 51.839, 5.885);
        let p = plan(
            &[hidden, waiting, removed, kept.clone()],
            &HashMap::new(),
            ZoomRange::DEFAULT,
            hengstdal(),
        );
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.entries[0].pin.id, kept.id);
        assert_eq!(p.counts, [0, 1, 0]);
    }

    #[test]
    fn hearts_and_status_come_with_the_dream() {
        let mut dream = pin(1, PinKind::Dream, 51.838, 5.886);
        dream.set_status(DreamStatus::Underway);
        let hearts = HashMap::from([(dream.id.clone(), 3), ("other".to_owned(), 9)]);
        let p = plan(&[dream], &hearts, ZoomRange::DEFAULT, hengstdal());
        assert_eq!(p.entries[0].hearts, 3);
        assert_eq!(p.entries[0].status(), DreamStatus::Underway);
    }

    #[test]
    fn the_map_fits_every_pin_inside_the_padding() {
        let pins = vec![
            pin(1, PinKind::Beauty, 51.830, 5.870),
            pin(2, PinKind::Dream, 51.845, 5.900),
            pin(3, PinKind::Place, 51.837, 5.887),
        ];
        let p = plan(&pins, &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        for e in &p.entries {
            assert!(e.spot.x >= MAP_PADDING - 1e-6 && e.spot.x <= MAP_W - MAP_PADDING + 1e-6);
            assert!(e.spot.y >= MAP_PADDING - 1e-6 && e.spot.y <= MAP_H - MAP_PADDING + 1e-6);
        }
        // Tight: the box touches the padding on at least one side.
        let touches = p.entries.iter().any(|e| {
            (e.spot.x - MAP_PADDING).abs() < 1e-6
                || (e.spot.y - MAP_PADDING).abs() < 1e-6
                || (e.spot.x - (MAP_W - MAP_PADDING)).abs() < 1e-6
                || (e.spot.y - (MAP_H - MAP_PADDING)).abs() < 1e-6
        });
        assert!(
            touches,
            "{:?}",
            p.entries.iter().map(|e| e.spot).collect::<Vec<_>>()
        );
        assert!(!p.tiles.is_empty());
        // The tiles cover the whole drawing.
        let left = p.tiles.iter().map(|t| t.left).fold(f64::INFINITY, f64::min);
        let right = p.tiles.iter().map(|t| t.left + t.size).fold(0.0, f64::max);
        assert!(left <= 0.0 && right >= MAP_W);
    }

    #[test]
    fn one_pin_is_shown_at_street_level_and_no_pins_around_the_fallback() {
        let one = plan(
            &[pin(1, PinKind::Beauty, 51.84, 5.88)],
            &HashMap::new(),
            ZoomRange::DEFAULT,
            hengstdal(),
        );
        assert_eq!(one.view.zoom, MAX_ZOOM);
        assert!((one.entries[0].spot.x - MAP_W / 2.0).abs() < 1e-6);
        assert!((one.entries[0].spot.y - MAP_H / 2.0).abs() < 1e-6);
        let none = plan(&[], &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        assert_eq!(none.view.zoom, EMPTY_ZOOM);
        assert_eq!(none.view.center, hengstdal());
        assert_eq!(none.days, None);
        assert!(none.outline.is_empty());
    }

    #[test]
    fn no_tile_at_all_means_the_outline_is_the_map() {
        assert_eq!(TilesState::of(0, 0, 0), TilesState::Outline);
        assert_eq!(TilesState::of(6, 0, 6), TilesState::Outline);
        assert_eq!(TilesState::of(6, 2, 3), TilesState::Loading);
        assert_eq!(TilesState::of(6, 6, 0), TilesState::Loaded);
        assert_eq!(TilesState::of(6, 5, 1), TilesState::Partial);
    }

    #[test]
    fn crowded_markers_are_pushed_apart_and_stay_on_the_map() {
        let same = ScreenPoint::new(500.0, 360.0);
        let spots = vec![same, same, same, ScreenPoint::new(505.0, 360.0)];
        let gap = 2.0 * MARKER_R + 2.0;
        let at = spread(&spots, gap);
        for i in 0..at.len() {
            for j in (i + 1)..at.len() {
                assert!(at[i].distance(at[j]) >= gap - 0.5, "{i} {j}: {at:?}");
            }
        }
        // Near the edge: kept inside.
        let edge = spread(
            &[ScreenPoint::new(1.0, 1.0), ScreenPoint::new(2.0, 1.0)],
            gap,
        );
        assert!(edge.iter().all(|p| p.x >= MARKER_R && p.y >= MARKER_R));
        // Markers with room stay on their spots.
        let apart = [
            ScreenPoint::new(100.0, 100.0),
            ScreenPoint::new(200.0, 100.0),
        ];
        assert_eq!(spread(&apart, gap), apart.to_vec());
    }

    #[test]
    fn the_outline_is_the_hull_of_the_spots() {
        let p = |x, y| ScreenPoint::new(x, y);
        let h = hull(&[
            p(0.0, 0.0),
            p(10.0, 0.0),
            p(10.0, 10.0),
            p(0.0, 10.0),
            p(5.0, 5.0),
            p(5.0, 0.0),
        ]);
        assert_eq!(h.len(), 4);
        assert!(!h.contains(&p(5.0, 5.0)) && !h.contains(&p(5.0, 0.0)));
        assert_eq!(hull(&[p(1.0, 1.0), p(1.0, 1.0)]), vec![p(1.0, 1.0)]);
        assert_eq!(hull(&[p(3.0, 1.0), p(1.0, 1.0)]).len(), 2);
    }

    #[test]
    fn the_area_goes_around_the_spots_at_a_distance() {
        let p = |x, y| ScreenPoint::new(x, y);
        assert_eq!(area_path(&[], 10.0), "");
        assert_eq!(
            area_path(&[p(50.0, 50.0)], 10.0),
            "M40.0 50.0a10 10 0 1 0 20.0 0a10 10 0 1 0 -20.0 0z"
        );
        // A square of 100 px: every straight piece lies 10 px outside its side.
        let square = hull(&[p(0.0, 0.0), p(100.0, 0.0), p(100.0, 100.0), p(0.0, 100.0)]);
        let d = area_path(&square, 10.0);
        assert_eq!(d.matches('A').count(), 4);
        for corner in ["-10.0", "110.0"] {
            assert!(d.contains(corner), "{d}");
        }
        assert!(!d.contains("L50"), "{d}");
        // Each arc turns around its corner of the square, outside it (SVG's arc centre for
        // large-arc 0: on the side of the chord the sweep says).
        let nums = |t: &str| -> Vec<f64> {
            t.split([' ', 'L', 'M', 'A', 'z'])
                .filter_map(|v| v.parse().ok())
                .collect()
        };
        let mut last = (0.0, 0.0);
        for piece in d.split_inclusive(['L', 'A', 'z']) {
            let v = nums(piece);
            if piece.starts_with('A') || (v.len() == 7 && !piece.starts_with('L')) {
                let (sweep, to) = (v[4], (v[5], v[6]));
                let half = ((last.0 - to.0) / 2.0, (last.1 - to.1) / 2.0);
                let k = ((100.0 - half.0 * half.0 - half.1 * half.1).max(0.0)
                    / (half.0 * half.0 + half.1 * half.1))
                    .sqrt()
                    * if sweep == 1.0 { 1.0 } else { -1.0 };
                let centre = (
                    k * half.1 + (last.0 + to.0) / 2.0,
                    -k * half.0 + (last.1 + to.1) / 2.0,
                );
                let on_corner = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
                    .iter()
                    .any(|c: &(f64, f64)| (c.0 - centre.0).hypot(c.1 - centre.1) < 0.2);
                assert!(on_corner, "arc {piece} turns around {centre:?}: {d}");
                last = to;
            } else if v.len() >= 2 {
                last = (v[v.len() - 2], v[v.len() - 1]);
            }
        }
        // Two points: a capsule, its sides 10 px off the line between them.
        let two = area_path(&hull(&[p(0.0, 0.0), p(100.0, 0.0)]), 10.0);
        assert!(two.contains("-10.0") && two.contains(" 10.0"), "{two}");
    }

    #[test]
    fn the_drawing_has_one_numbered_marker_per_pin_and_no_pin_text() {
        let mut a = pin(1, PinKind::Place, 51.838, 5.886);
        a.title = "<script>x</script>".to_owned();
        let b = pin(2, PinKind::Dream, 51.8380001, 5.8860001);
        let c = pin(3, PinKind::Beauty, 51.836, 5.889);
        let p = plan(&[a, b, c], &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        let svg = overlay_svg(&p, "100 m <&>");
        assert_eq!(svg.matches("class=\"map-marker").count(), 3);
        for n in 1..=3 {
            assert!(svg.contains(&format!(">{n}</text>")), "{n}");
        }
        // The two on one spot: nudged apart, each with a line back.
        assert_eq!(svg.matches("class=\"leader\"").count(), 2);
        assert!(!svg.contains("script"));
        assert!(svg.contains("100 m &lt;&amp;&gt;"));
        assert!(svg.contains("class=\"area\" d=\"M"));
        // Markers are drawn last first, so number 1 lies on top.
        let one = svg.find(">1</text>").unwrap_or(0);
        assert!(svg.find(">3</text>").unwrap_or(usize::MAX) < one);
        assert!(marker_svg(PinKind::Dream, None).starts_with("<path"));
        assert!(marker_svg(PinKind::Beauty, Some(120)).contains("font-size=\"10\""));
    }

    #[test]
    fn the_scale_bar_is_a_round_length_of_the_right_size() {
        // At zoom 17 near 51.84° N a pixel is 40,075,016.686 × cos(51.84°) / 2^25 ≈ 0.7381 m.
        let v = Viewport::new(LatLon::new(51.84, 5.88), 17.0, MAP_W, MAP_H);
        assert!(
            (metres_per_px(&v) - 0.738_1).abs() < 1e-3,
            "{}",
            metres_per_px(&v)
        );
        let (m, px) = scale_bar(&v);
        assert_eq!(m, 100.0);
        assert!((px - 100.0 / metres_per_px(&v)).abs() < 1e-9 && px <= SCALE_MAX_PX);
        let (m, _) = scale_bar(&Viewport::new(LatLon::new(51.84, 5.88), 14.0, MAP_W, MAP_H));
        assert_eq!(m, 500.0);
    }

    #[test]
    fn the_days_span_the_week_and_long_quotes_are_cut_at_a_word() {
        let pins = vec![
            pin(3, PinKind::Beauty, 51.838, 5.886),
            pin(1, PinKind::Beauty, 51.837, 5.886),
        ];
        let p = plan(&pins, &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        assert_eq!(
            p.days,
            Some(("2026-11-21".to_owned(), "2026-11-23".to_owned()))
        );
        assert_eq!(shorten("kort", 10), "kort");
        let long = "Je bent altijd vrij om je pad te kiezen, ook hier";
        let s = shorten(long, 20);
        assert_eq!(s, "Je bent altijd vrij…");
        assert!(s.chars().count() <= 20);
        assert_eq!(shorten("ééééééééééé", 5), "éééé…");
        assert_eq!(shorten(long, 18), "Je bent altijd…");
        let mut place = pin(5, PinKind::Place, 51.837, 5.886);
        place.quote = "woord ".repeat(40);
        let p = plan(&[place], &HashMap::new(), ZoomRange::DEFAULT, hengstdal());
        let e = &p.entries[0];
        assert_eq!(e.short_quote(1).chars().count(), QUOTE_CHARS);
        assert!(e.short_quote(FEW_PLACES + 1).chars().count() <= QUOTE_CHARS_MANY);
    }
}
