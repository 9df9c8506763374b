//! The celebration screen's logic: the tour's order, the counters, the "alles is er al" tally
//! of talents and resources, the days to filter by, the replay's pace, and [`Tour`]: which pin
//! is in focus, the dwell, pause, the replay's start and when the controls show, as one plain
//! value the page's clock and keys drive (as `kiosk::Flow` is for the kiosk).

use std::collections::HashMap;

use super::filter::kind_slot;
use super::pin::Pin;
use crate::map::input::Input;
use crate::map::mercator::LatLon;
use crate::map::viewport::Anchor;

/// Seconds each pin stays in focus.
pub const DWELL_S: u32 = 8;
/// The replay's length.
pub const REPLAY_MS: f64 = 60_000.0;
/// The zoom a focused pin is shown at.
pub const FOCUS_ZOOM: f64 = 17.0;
/// Where the focused pin stands on the wall: in the middle of what the card (the right 38 %)
/// leaves free.
pub const FOCUS_ANCHOR: Anchor = Anchor::new(0.69, 0.5);
/// How often the page's clock calls [`Tour::tick`], in milliseconds.
pub const TICK_MS: u64 = 250;
/// How long the controls stay after the last mouse move or key, in milliseconds.
pub const CONTROLS_MS: f64 = 3000.0;
/// The most one tick adds to the dwell, in milliseconds: after a stall (a sleeping laptop, a
/// throttled background tab) the tour goes on where it was instead of skipping pins.
pub const MAX_TICK_GAP_MS: f64 = 1000.0;

const DWELL_MS: f64 = DWELL_S as f64 * 1000.0;

/// What the wall shows beside the map.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScreenView {
    /// One pin after another, with its card.
    #[default]
    Tour,
    /// The tally of talents and resources.
    Talents,
    /// The pins appearing in the order they were made.
    Replay,
    /// The dreams by hearts, live.
    Ranking,
    /// The dreams that were done, before and after, with who helped and what comes next.
    Achieved,
}

/// What the page must do after a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Not a key of the tour: leave it to the browser.
    Pass,
    /// The tour has acted on it: prevent the browser's default.
    Handled,
    /// Toggle fullscreen (and prevent the browser's default).
    ToggleFullscreen,
}

/// The tour's state. Times are milliseconds on one clock (the page's `Date.now()`); the pin
/// in focus is [`Tour::focused`] of the current tour order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tour {
    view: ScreenView,
    /// Position in the tour order, any integer: [`Tour::focused`] wraps it into the order, so
    /// stepping needs no length and wraps both ways.
    index: i64,
    paused: bool,
    /// How long the pin in focus has been shown while the tour ran.
    dwelt_ms: f64,
    last_tick: f64,
    replay_start: f64,
    /// The last mouse move or key; the controls hide [`CONTROLS_MS`] after it.
    last_activity: f64,
}

impl Tour {
    /// A tour at its first pin, running, controls hidden, started at `now`.
    pub fn new(now: f64) -> Self {
        Self {
            view: ScreenView::Tour,
            index: 0,
            paused: false,
            dwelt_ms: 0.0,
            last_tick: now,
            replay_start: now,
            last_activity: f64::NEG_INFINITY,
        }
    }

    pub fn view(&self) -> ScreenView {
        self.view
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }

    /// Whether the dwell counts: on the tour and not paused.
    pub fn is_running(&self) -> bool {
        self.view == ScreenView::Tour && !self.paused
    }

    /// The position in a tour order of `order_len` pins that is in focus; `None` when there are
    /// no pins.
    pub fn focused(&self, order_len: usize) -> Option<usize> {
        let n = i64::try_from(order_len).ok().filter(|n| *n > 0)?;
        usize::try_from(self.index.rem_euclid(n)).ok()
    }

    /// The clock, every [`TICK_MS`]: while the tour runs, the time since the last tick (at most
    /// [`MAX_TICK_GAP_MS`]) counts towards the dwell, and after [`DWELL_S`] the next pin comes.
    /// Returns whether it did.
    pub fn tick(&mut self, now: f64) -> bool {
        if !now.is_finite() {
            return false;
        }
        let step = (now - self.last_tick).clamp(0.0, MAX_TICK_GAP_MS);
        self.last_tick = now;
        if !self.is_running() {
            return false;
        }
        self.dwelt_ms += step;
        if self.dwelt_ms < DWELL_MS {
            return false;
        }
        self.step(1);
        true
    }

    fn step(&mut self, by: i64) {
        self.index = self.index.wrapping_add(by);
        self.dwelt_ms = 0.0;
    }

    /// The next pin, with a full dwell.
    pub fn next(&mut self) {
        self.step(1);
    }

    /// The previous pin (from the first: the last), with a full dwell.
    pub fn previous(&mut self) {
        self.step(-1);
    }

    pub fn toggle_pause(&mut self) {
        self.paused = !self.paused;
    }

    /// Back to the first pin, with a full dwell, running.
    pub fn home(&mut self) {
        self.index = 0;
        self.dwelt_ms = 0.0;
        self.paused = false;
    }

    /// New pins arrived (they lead the order): back to the first, with a full dwell; a pause
    /// stays.
    pub fn restart(&mut self) {
        self.index = 0;
        self.dwelt_ms = 0.0;
    }

    /// The mouse moved: the controls show.
    pub fn activity(&mut self, now: f64) {
        self.last_activity = now;
    }

    /// A key on the page. Any key shows the controls; a clicker's keys (arrows, Page Up/Down),
    /// space (pause), Home and F (fullscreen) drive the tour.
    pub fn key(&mut self, key: &str, now: f64) -> Command {
        self.activity(now);
        match key {
            "ArrowRight" | "PageDown" | "ArrowDown" => self.next(),
            "ArrowLeft" | "PageUp" | "ArrowUp" => self.previous(),
            " " => self.toggle_pause(),
            "Home" => self.home(),
            "f" | "F" => return Command::ToggleFullscreen,
            _ => return Command::Pass,
        }
        Command::Handled
    }

    /// Show `view`; choosing the replay (again) starts it from the beginning at `now`.
    pub fn set_view(&mut self, view: ScreenView, now: f64) {
        self.view = view;
        if view == ScreenView::Replay {
            self.replay_start = now;
        }
    }

    /// Whether the controls show at `now`: for [`CONTROLS_MS`] after the last mouse move or key.
    pub fn controls_shown(&self, now: f64) -> bool {
        now - self.last_activity < CONTROLS_MS
    }

    /// How many of `total` pins (oldest first) the map shows at `now`: all of them, except
    /// during the replay, which brings them in evenly over [`REPLAY_MS`].
    pub fn replay_shown(&self, total: usize, now: f64) -> usize {
        if self.view == ScreenView::Replay {
            replay_shown(total, now - self.replay_start, REPLAY_MS)
        } else {
            total
        }
    }
}

/// The map input that glides to a focused pin at `at`, starting at `now` (the same clock as the
/// [`Input::Frame`]s that move it): at [`FOCUS_ZOOM`], the pin at [`FOCUS_ANCHOR`].
pub fn focus_flight(at: LatLon, now: f64) -> Input {
    Input::FlyTo {
        at,
        zoom: FOCUS_ZOOM,
        anchor: FOCUS_ANCHOR,
        t: now,
    }
}

/// Tour order: pins that arrived while the screen runs first (latest arrival first), then every
/// other pin newest first.
pub fn tour_order(pins: &[&Pin], arrived: &[String]) -> Vec<String> {
    let mut rest: Vec<&&Pin> = pins.iter().filter(|p| !arrived.contains(&p.id)).collect();
    rest.sort_by(|a, b| {
        b.created_ms()
            .cmp(&a.created_ms())
            .then_with(|| a.id.cmp(&b.id))
    });
    arrived
        .iter()
        .rev()
        .filter(|id| pins.iter().any(|p| &p.id == *id))
        .cloned()
        .chain(rest.into_iter().map(|p| p.id.clone()))
        .collect()
}

/// Pins per kind (beauty, place, dream).
pub fn counts(pins: &[&Pin]) -> [usize; 3] {
    let mut c = [0; 3];
    for p in pins {
        c[kind_slot(p.kind) as usize] += 1;
    }
    c
}

/// How often each item is named, largest first (then alphabetically). Items that differ only
/// in case or surrounding spaces count as one, shown as first written.
pub fn tally<'a>(lists: impl Iterator<Item = &'a [String]>) -> Vec<(String, usize)> {
    let mut seen: HashMap<String, (String, usize)> = HashMap::new();
    for item in lists.flatten() {
        let name = item.trim();
        if name.is_empty() {
            continue;
        }
        seen.entry(name.to_lowercase())
            .or_insert_with(|| (name.to_owned(), 0))
            .1 += 1;
    }
    let mut out: Vec<(String, usize)> = seen.into_values().collect();
    out.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.to_lowercase().cmp(&b.0.to_lowercase()))
    });
    out
}

/// The day a pin was made (`YYYY-MM-DD`).
pub fn day(pin: &Pin) -> &str {
    pin.created_at.get(..10).unwrap_or_default()
}

/// The days pins were made on, in order.
pub fn days(pins: &[&Pin]) -> Vec<String> {
    let mut d: Vec<String> = pins.iter().map(|p| day(p).to_owned()).collect();
    d.sort();
    d.dedup();
    d
}

/// How many pins the replay shows after `elapsed_ms` of `total_ms`: evenly paced, all of them
/// at the end.
pub fn replay_shown(count: usize, elapsed_ms: f64, total_ms: f64) -> usize {
    if total_ms <= 0.0 || elapsed_ms >= total_ms {
        return count;
    }
    ((elapsed_ms.max(0.0) / total_ms) * count as f64).ceil() as usize
}

/// The dreams among `pins` by hearts, most first; equal counts keep the older dream first.
pub fn ranking(pins: &[Pin], hearts: &HashMap<String, usize>) -> Vec<(Pin, usize)> {
    let mut dreams: Vec<(Pin, usize)> = pins
        .iter()
        .filter(|p| p.kind == super::pin::PinKind::Dream && !p.deleted)
        .map(|p| (p.clone(), hearts.get(&p.id).copied().unwrap_or(0)))
        .collect();
    dreams.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.created_ms().cmp(&b.0.created_ms()))
            .then_with(|| a.0.id.cmp(&b.0.id))
    });
    dreams
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::PinKind;

    fn pin(n: u8, kind: PinKind, created: &str) -> Pin {
        Pin::new(
            &format!("00000000-0000-4000-8000-0000000000{n:02}"),
            kind,
            51.8,
            5.87,
            created,
        )
        .expect("valid")
    }

    #[test]
    fn the_tour_starts_with_arrivals_then_newest() {
        let a = pin(1, PinKind::Beauty, "2026-11-23T10:00:00Z");
        let b = pin(2, PinKind::Place, "2026-11-24T10:00:00Z");
        let c = pin(3, PinKind::Dream, "2026-11-22T10:00:00Z");
        let all = [&a, &b, &c];
        assert_eq!(
            tour_order(&all, &[]),
            vec![b.id.clone(), a.id.clone(), c.id.clone()]
        );
        let arrived = vec![c.id.clone(), "gone".to_owned()];
        assert_eq!(
            tour_order(&all, &arrived),
            vec![c.id.clone(), b.id.clone(), a.id.clone()]
        );
        assert_eq!(counts(&all), [1, 1, 1]);
        assert_eq!(days(&all), vec!["2026-11-22", "2026-11-23", "2026-11-24"]);
    }

    #[test]
    fn talents_are_counted_largest_first() {
        let lists = [
            vec!["Koken".to_owned(), "tuinieren".to_owned()],
            vec![" koken ".to_owned(), "Muziek".to_owned()],
            vec!["koken".to_owned(), "tuinieren".to_owned(), String::new()],
        ];
        assert_eq!(
            tally(lists.iter().map(Vec::as_slice)),
            vec![
                ("Koken".to_owned(), 3),
                ("tuinieren".to_owned(), 2),
                ("Muziek".to_owned(), 1)
            ]
        );
    }

    #[test]
    fn the_replay_paces_evenly_and_ends_complete() {
        assert_eq!(replay_shown(60, 0.0, 60_000.0), 0);
        assert_eq!(replay_shown(60, 1.0, 60_000.0), 1);
        assert_eq!(replay_shown(60, 30_000.0, 60_000.0), 30);
        assert_eq!(replay_shown(60, 61_000.0, 60_000.0), 60);
        assert_eq!(replay_shown(0, 10.0, 60_000.0), 0);
    }

    /// The page's clock: a tick every 250 ms from `from` to `to` (inclusive).
    fn ticks(tour: &mut Tour, from: f64, to: f64) -> usize {
        let mut moved = 0;
        let mut t = from;
        while t <= to {
            moved += usize::from(tour.tick(t));
            t += TICK_MS as f64;
        }
        moved
    }

    #[test]
    fn the_dwell_moves_to_the_next_pin_after_eight_seconds() {
        let mut tour = Tour::new(0.0);
        assert_eq!(tour.focused(5), Some(0));
        assert_eq!(ticks(&mut tour, 250.0, 7750.0), 0);
        assert!(tour.tick(8000.0));
        assert_eq!(tour.focused(5), Some(1));
        // Another full dwell for the next one.
        assert_eq!(ticks(&mut tour, 8250.0, 15_750.0), 0);
        assert!(tour.tick(16_000.0));
        assert_eq!(tour.focused(5), Some(2));
        assert_eq!(tour.focused(0), None);
    }

    #[test]
    fn a_pause_stops_the_dwell_and_play_goes_on_where_it_was() {
        let mut tour = Tour::new(0.0);
        ticks(&mut tour, 250.0, 4000.0);
        tour.toggle_pause();
        assert!(tour.is_paused() && !tour.is_running());
        assert_eq!(ticks(&mut tour, 4250.0, 60_000.0), 0);
        assert_eq!(tour.focused(5), Some(0));
        tour.toggle_pause();
        // Four seconds were left.
        assert_eq!(ticks(&mut tour, 60_250.0, 63_750.0), 0);
        assert!(tour.tick(64_000.0));
        assert_eq!(tour.focused(5), Some(1));
    }

    #[test]
    fn the_talents_and_the_replay_hold_the_tour() {
        let mut tour = Tour::new(0.0);
        ticks(&mut tour, 250.0, 7000.0);
        tour.set_view(ScreenView::Talents, 7000.0);
        assert_eq!(ticks(&mut tour, 7250.0, 30_000.0), 0);
        tour.set_view(ScreenView::Replay, 30_000.0);
        assert_eq!(ticks(&mut tour, 30_250.0, 50_000.0), 0);
        tour.set_view(ScreenView::Tour, 50_000.0);
        assert_eq!(ticks(&mut tour, 50_250.0, 50_750.0), 0);
        assert!(tour.tick(51_000.0));
    }

    #[test]
    fn stepping_wraps_around_both_ways_and_restarts_the_dwell() {
        let mut tour = Tour::new(0.0);
        tour.previous();
        assert_eq!(tour.focused(4), Some(3));
        tour.next();
        tour.next();
        assert_eq!(tour.focused(4), Some(1));
        for _ in 0..3 {
            tour.next();
        }
        assert_eq!(tour.focused(4), Some(0));
        // Stepping gives the new pin a full dwell.
        ticks(&mut tour, 250.0, 7000.0);
        tour.next();
        assert_eq!(ticks(&mut tour, 7250.0, 14_750.0), 0);
        assert!(tour.tick(15_000.0));
        assert_eq!(tour.focused(4), Some(2));
    }

    #[test]
    fn home_starts_over_and_arrivals_keep_a_pause() {
        let mut tour = Tour::new(0.0);
        tour.next();
        tour.next();
        tour.toggle_pause();
        tour.home();
        assert_eq!(tour.focused(5), Some(0));
        assert!(tour.is_running());
        tour.next();
        tour.toggle_pause();
        tour.restart();
        assert_eq!(tour.focused(5), Some(0));
        assert!(tour.is_paused());
    }

    #[test]
    fn keys_drive_the_tour_and_show_the_controls() {
        let mut tour = Tour::new(0.0);
        assert_eq!(tour.key("ArrowRight", 10.0), Command::Handled);
        assert_eq!(tour.key("PageDown", 20.0), Command::Handled);
        assert_eq!(tour.key("ArrowDown", 30.0), Command::Handled);
        assert_eq!(tour.focused(10), Some(3));
        assert_eq!(tour.key("PageUp", 40.0), Command::Handled);
        assert_eq!(tour.key("ArrowLeft", 50.0), Command::Handled);
        assert_eq!(tour.key("ArrowUp", 60.0), Command::Handled);
        assert_eq!(tour.focused(10), Some(0));
        assert_eq!(tour.key(" ", 70.0), Command::Handled);
        assert!(tour.is_paused());
        tour.next();
        assert_eq!(tour.key("Home", 80.0), Command::Handled);
        assert_eq!((tour.focused(10), tour.is_paused()), (Some(0), false));
        assert_eq!(tour.key("f", 90.0), Command::ToggleFullscreen);
        assert_eq!(tour.key("F", 90.0), Command::ToggleFullscreen);
        let mut quiet = Tour::new(0.0);
        assert!(!quiet.controls_shown(0.0));
        assert_eq!(quiet.key("a", 100.0), Command::Pass);
        assert!(quiet.controls_shown(100.0));
        assert_eq!(quiet.focused(10), Some(0));
    }

    #[test]
    fn the_controls_hide_three_seconds_after_the_last_activity() {
        let mut tour = Tour::new(0.0);
        assert!(!tour.controls_shown(5000.0));
        tour.activity(5000.0);
        assert!(tour.controls_shown(5000.0));
        assert!(tour.controls_shown(7999.0));
        assert!(!tour.controls_shown(8000.0));
        tour.key("x", 9000.0);
        assert!(tour.controls_shown(11_500.0));
    }

    #[test]
    fn the_replay_is_paced_from_when_it_was_chosen() {
        let mut tour = Tour::new(0.0);
        assert_eq!(tour.replay_shown(60, 5000.0), 60);
        tour.set_view(ScreenView::Replay, 10_000.0);
        assert_eq!(tour.replay_shown(60, 10_000.0), 0);
        assert_eq!(tour.replay_shown(60, 40_000.0), 30);
        assert_eq!(tour.replay_shown(60, 10_000.0 + REPLAY_MS), 60);
        // Choosing it again starts it over.
        tour.set_view(ScreenView::Replay, 80_000.0);
        assert_eq!(tour.replay_shown(60, 81_000.0), 1);
        tour.set_view(ScreenView::Talents, 82_000.0);
        assert_eq!(tour.replay_shown(60, 82_000.0), 60);
    }

    #[test]
    fn a_stall_does_not_skip_pins() {
        let mut tour = Tour::new(0.0);
        ticks(&mut tour, 250.0, 6000.0);
        // An hour without ticks counts as one second, a clock going back as none.
        assert!(!tour.tick(3_606_000.0));
        assert!(!tour.tick(3_000_000.0));
        assert!(!tour.tick(f64::NAN));
        assert_eq!(tour.focused(5), Some(0));
        assert!(tour.tick(3_001_000.0));
        assert_eq!(tour.focused(5), Some(1));
    }

    #[test]
    fn the_focused_pin_is_flown_to_beside_the_card() {
        let at = LatLon::new(51.82, 5.86);
        assert_eq!(
            focus_flight(at, 1234.0),
            Input::FlyTo {
                at,
                zoom: 17.0,
                anchor: Anchor::new(0.69, 0.5),
                t: 1234.0
            }
        );
    }

    #[test]
    fn dreams_rank_by_hearts_then_age() {
        use crate::domain::pin::PinKind;
        let make = |n: u32, kind: PinKind, at: &str| {
            Pin::new(
                &format!("00000000-0000-4000-8000-{n:012}"),
                kind,
                51.8,
                5.8,
                at,
            )
            .unwrap()
        };
        let a = make(1, PinKind::Dream, "2026-10-05T10:00:00Z");
        let b = make(2, PinKind::Dream, "2026-10-05T11:00:00Z");
        let c = make(3, PinKind::Dream, "2026-10-05T09:00:00Z");
        let beauty = make(4, PinKind::Beauty, "2026-10-05T09:00:00Z");
        let hearts = HashMap::from([(b.id.clone(), 3), (a.id.clone(), 1), (c.id.clone(), 1)]);
        let order: Vec<(String, usize)> = ranking(&[a, b, c, beauty], &hearts)
            .into_iter()
            .map(|(p, n)| (p.id, n))
            .collect();
        assert_eq!(
            order,
            [
                ("00000000-0000-4000-8000-000000000002".to_owned(), 3),
                ("00000000-0000-4000-8000-000000000003".to_owned(), 1),
                ("00000000-0000-4000-8000-000000000001".to_owned(), 1),
            ]
        );
    }
}
