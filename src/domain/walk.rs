//! A walk: positions filtered as they come, segments between pauses, distance and time, and
//! GPX 1.1 out (the track with its pins as waypoints) and in (a route to follow).
//!
//! A phone standing still scatters its fixes by more than the accuracy it reports, so a step
//! counts only once the next fix confirms it (it is still away from where the walker stood), and
//! fixes that stay close are merged into one point: their mean weighted by accuracy (1/σ², as in
//! a Kalman update without motion), whose spread also widens the step needed to leave it.

use geo::{Distance, Haversine, Point};
use serde::{Deserialize, Serialize};

use super::export::{gpx_with_waypoints, xml};
use super::import::{attribute, number};
use super::pin::Pin;

/// Fixes less accurate than this (metres) are dropped.
pub const MAX_ACCURACY_M: f64 = 50.0;
/// A fix closer than this (metres) to the last point kept is merged into it; so is one closer
/// than its own accuracy, which is noise rather than a step.
pub const MIN_STEP_M: f64 = 5.0;
/// Faster than a brisk cycle (m/s): a jump no walker makes.
pub const MAX_SPEED_M_S: f64 = 9.0;
/// A step must be this many times the scatter (σ per axis, metres) seen while standing.
pub const STEP_SIGMAS: f64 = 3.0;
/// The scatter seen can make a step at most this many times the accuracy's.
const MAX_STEP_SCALE: f64 = 2.0;
/// Fixes merged into a point before their spread counts as its scatter.
const MIN_FIXES_FOR_SPREAD: u32 = 5;
/// The next fix confirms a step when it is this many steps (see `step_m`) from where the walker
/// stood: a walker goes on, scatter rarely lands that far twice.
const CONFIRM_STEPS: f64 = 1.5;

/// Metres between two positions (`(lat, lon)`), on a sphere.
pub fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    Haversine.distance(Point::new(a.1, a.0), Point::new(b.1, b.0))
}

/// One position the walk kept.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackPoint {
    pub lat: f64,
    pub lon: f64,
    /// Milliseconds since the epoch.
    pub t: f64,
}

/// What became of a fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    Added,
    /// Within [`MIN_STEP_M`] of the last point: merged into it.
    Merged,
    /// Back where the walker stood: the unconfirmed step before it was scatter and is taken out.
    Withdrawn,
    Inaccurate,
    Jump,
    /// The walk is not recording.
    NotRecording,
}

impl Kept {
    /// Whether the track changed in a way worth storing at once.
    pub fn changed_track(self) -> bool {
        matches!(self, Kept::Added | Kept::Withdrawn)
    }
}

/// The fixes merged into one track point: how many, their summed weight (1/accuracy², m⁻²) and
/// their weighted spread around the point (Σ w·d², dimensionless since w is in m⁻²).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Stand {
    pub fixes: u32,
    pub weight: f64,
    pub spread: f64,
}

impl Stand {
    fn one(accuracy: f64) -> Self {
        Self {
            fixes: 1,
            weight: weight(accuracy),
            spread: 0.0,
        }
    }

    /// The scatter seen at this point, σ per axis in metres; 0 until enough fixes were merged.
    fn sigma_m(&self) -> f64 {
        if self.fixes < MIN_FIXES_FOR_SPREAD || self.weight <= 0.0 {
            return 0.0;
        }
        (self.spread / (2.0 * self.weight)).sqrt()
    }
}

/// A fix's weight: the inverse of its variance, with the accuracy as σ (never below 1 m).
fn weight(accuracy: f64) -> f64 {
    1.0 / accuracy.max(1.0).powi(2)
}

/// How far (metres) a fix of `accuracy` must be from a point merged from `stand` to be a step,
/// `scatter` being what the whole walk has seen.
fn step_m(accuracy: f64, stand: &Stand, scatter: &Stand) -> f64 {
    let base = MIN_STEP_M.max(accuracy);
    // Capped: a walker's own pace merged into a point reads as scatter, and must not make the
    // next step ever longer.
    let seen = (STEP_SIGMAS * stand.sigma_m().max(scatter.sigma_m())).min(MAX_STEP_SCALE * base);
    base.max(seen)
}

/// Merges a fix into `point` (weighted mean; West's running weighted variance for the spread),
/// and counts its spread in the walk's `scatter` too.
fn merge(
    point: &mut TrackPoint,
    stand: &mut Stand,
    scatter: &mut Stand,
    lat: f64,
    lon: f64,
    w: f64,
) {
    if stand.weight <= 0.0 {
        // A point stored before stands were kept: count it as one fix like this one.
        *stand = Stand {
            fixes: 1,
            weight: w,
            spread: 0.0,
        };
    }
    let total = stand.weight + w;
    let d = metres((point.lat, point.lon), (lat, lon));
    point.lat += (lat - point.lat) * w / total;
    point.lon += (lon - point.lon) * w / total;
    let spread = w * d * d * stand.weight / total;
    stand.spread += spread;
    stand.weight = total;
    stand.fixes += 1;
    scatter.spread += spread;
    scatter.weight += w;
    scatter.fixes += 1;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WalkState {
    Recording,
    Paused,
    Stopped,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Walk {
    pub id: String,
    /// RFC 3339.
    pub started_at: String,
    pub state: WalkState,
    /// One segment per stretch between a start or resume and a pause or stop.
    pub segments: Vec<Vec<TrackPoint>>,
    /// Time spent recording before the current stretch, in milliseconds.
    pub active_ms: f64,
    /// When the current stretch began (ms since the epoch), while recording.
    pub since: Option<f64>,
    /// The fixes merged into the last confirmed point (absent in walks stored before).
    #[serde(default)]
    pub stand: Stand,
    /// Set while the last point is a step not yet confirmed by the next fix: its own fix.
    #[serde(default)]
    pub pending: Option<Stand>,
    /// The spread of every fix merged on this walk: the device's scatter, once it is known.
    #[serde(default)]
    pub scatter: Stand,
}

impl Walk {
    pub fn start(id: &str, started_at: &str, now_ms: f64) -> Self {
        Self {
            id: id.to_owned(),
            started_at: started_at.to_owned(),
            state: WalkState::Recording,
            segments: vec![Vec::new()],
            active_ms: 0.0,
            since: Some(now_ms),
            stand: Stand::default(),
            pending: None,
            scatter: Stand::default(),
        }
    }

    /// Offers a position fix (`accuracy` in metres); returns what became of it.
    ///
    /// A fix far enough from the last confirmed point is added at once (the distance shows it)
    /// but stays unconfirmed until the next fix: if that one is back near the confirmed point,
    /// the step was scatter and is withdrawn; otherwise it stands.
    pub fn offer(&mut self, lat: f64, lon: f64, accuracy: f64, t: f64) -> Kept {
        if self.state != WalkState::Recording {
            return Kept::NotRecording;
        }
        if !(accuracy.is_finite() && accuracy <= MAX_ACCURACY_M) {
            return Kept::Inaccurate;
        }
        let Some(last) = self.last() else {
            self.push_first(lat, lon, accuracy, t);
            return Kept::Added;
        };
        let d = metres((last.lat, last.lon), (lat, lon));
        let seconds = ((t - last.t) / 1000.0).max(0.001);
        if d / seconds > MAX_SPEED_M_S {
            return Kept::Jump;
        }
        let mut withdrawn = false;
        if let Some(mut own) = self.pending.take() {
            // The unconfirmed point is the last of its segment; the confirmed one is before it.
            let step = step_m(accuracy, &self.stand, &self.scatter);
            let Walk {
                segments,
                stand,
                scatter,
                ..
            } = self;
            if let Some(seg) = segments.iter_mut().rev().find(|s| s.len() >= 2) {
                let n = seg.len();
                let (a, p) = (seg[n - 2], seg[n - 1]);
                let from_anchor = metres((a.lat, a.lon), (lat, lon));
                if from_anchor >= CONFIRM_STEPS * step {
                    *stand = own;
                } else if from_anchor >= step && metres((p.lat, p.lon), (lat, lon)) < step {
                    // Not yet clear: the fix joins the unconfirmed point, which stays so.
                    merge(
                        &mut seg[n - 1],
                        &mut own,
                        scatter,
                        lat,
                        lon,
                        weight(accuracy),
                    );
                    self.pending = Some(own);
                    return Kept::Merged;
                } else {
                    // Back where the walker stood, or elsewhere again: the step was scatter.
                    seg.pop();
                    merge(&mut seg[n - 2], stand, scatter, p.lat, p.lon, own.weight);
                    withdrawn = true;
                }
            }
        }
        let Some(last) = self.last() else {
            self.push_first(lat, lon, accuracy, t);
            return Kept::Added;
        };
        let d = metres((last.lat, last.lon), (lat, lon));
        if d < step_m(accuracy, &self.stand, &self.scatter) {
            if let Some(p) = self.segments.iter_mut().rev().find_map(|s| s.last_mut()) {
                merge(
                    p,
                    &mut self.stand,
                    &mut self.scatter,
                    lat,
                    lon,
                    weight(accuracy),
                );
            }
            return if withdrawn {
                Kept::Withdrawn
            } else {
                Kept::Merged
            };
        }
        match self.segments.last_mut() {
            Some(seg) if !seg.is_empty() => {
                seg.push(TrackPoint { lat, lon, t });
                self.pending = Some(Stand::one(accuracy));
            }
            _ => self.push_first(lat, lon, accuracy, t),
        }
        Kept::Added
    }

    /// The first point of a stretch: nothing to confirm, since no distance leads to it.
    fn push_first(&mut self, lat: f64, lon: f64, accuracy: f64, t: f64) {
        match self.segments.last_mut() {
            Some(seg) if seg.is_empty() => seg.push(TrackPoint { lat, lon, t }),
            _ => self.segments.push(vec![TrackPoint { lat, lon, t }]),
        }
        self.stand = Stand::one(accuracy);
        self.pending = None;
    }

    pub fn pause(&mut self, now_ms: f64) {
        if self.state == WalkState::Recording {
            // A step at the end of a stretch has no next fix to confirm it: it stands.
            if let Some(own) = self.pending.take() {
                self.stand = own;
            }
            self.active_ms += self.since.take().map_or(0.0, |s| (now_ms - s).max(0.0));
            self.state = WalkState::Paused;
        }
    }

    pub fn resume(&mut self, now_ms: f64) {
        if self.state == WalkState::Paused {
            self.state = WalkState::Recording;
            self.since = Some(now_ms);
            self.segments.push(Vec::new());
        }
    }

    pub fn stop(&mut self, now_ms: f64) {
        self.pause(now_ms);
        self.state = WalkState::Stopped;
    }

    /// Metres walked, within segments (a pause is not walked).
    pub fn distance_m(&self) -> f64 {
        self.segments
            .iter()
            .flat_map(|s| s.windows(2))
            .map(|w| metres((w[0].lat, w[0].lon), (w[1].lat, w[1].lon)))
            .sum()
    }

    /// Time spent recording, in milliseconds.
    pub fn duration_ms(&self, now_ms: f64) -> f64 {
        self.active_ms + self.since.map_or(0.0, |s| (now_ms - s).max(0.0))
    }

    /// The last position kept.
    pub fn last(&self) -> Option<TrackPoint> {
        self.segments.iter().rev().find_map(|s| s.last().copied())
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(s: &str) -> Option<Self> {
        serde_json::from_str(s).ok()
    }
}

/// RFC 3339 for a time in ms since the epoch (UTC).
fn iso(ms: f64) -> String {
    super::time::format_rfc3339(ms as super::time::Millis)
}

/// The walk as GPX 1.1: one track (a segment per stretch) and its pins as waypoints.
pub fn gpx(walk: &Walk, pins: &[Pin]) -> String {
    let mut out = gpx_with_waypoints(pins);
    out.push_str(&format!(
        "  <trk><name>Oase {}</name>\n",
        xml(&walk.started_at)
    ));
    for seg in walk.segments.iter().filter(|s| !s.is_empty()) {
        out.push_str("    <trkseg>\n");
        for p in seg {
            out.push_str(&format!(
                "      <trkpt lat=\"{}\" lon=\"{}\"><time>{}</time></trkpt>\n",
                p.lat,
                p.lon,
                iso(p.t)
            ));
        }
        out.push_str("    </trkseg>\n");
    }
    out.push_str("  </trk>\n</gpx>\n");
    out
}

/// The points of a GPX file's tracks and routes (`trkpt`, `rtept`), in order: a route to follow.
pub fn read_route(text: &str) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    for tag in ["<trkpt", "<rtept"] {
        for part in text.split(tag).skip(1) {
            let head = &part[..part.find('>').unwrap_or(part.len())];
            let lat = attribute(head, "lat").as_deref().and_then(number);
            let lon = attribute(head, "lon").as_deref().and_then(number);
            if let (Some(lat), Some(lon)) = (lat, lon) {
                out.push((lat, lon));
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A point `m` metres north and `e` metres east of Hengstdal.
    fn at(n: f64, e: f64) -> (f64, f64) {
        let (lat0, lon0) = (51.8125_f64, 5.87_f64);
        (
            lat0 + n / 111_195.0,
            lon0 + e / (111_195.0 * lat0.to_radians().cos()),
        )
    }

    #[test]
    fn a_known_kilometre_measures_within_one_percent() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        // 1 km east then north: 100 fixes 10 m apart, one every 7 s (walking pace).
        for i in 0..=100 {
            let (n, e) = if i <= 50 {
                (0.0, f64::from(i) * 10.0)
            } else {
                (f64::from(i - 50) * 10.0, 500.0)
            };
            let (lat, lon) = at(n, e);
            assert_eq!(w.offer(lat, lon, 8.0, f64::from(i) * 7000.0), Kept::Added);
        }
        assert!((w.distance_m() - 1000.0).abs() < 10.0, "{}", w.distance_m());
    }

    /// Gaussian noise from a seeded xorshift (Box–Muller), so the test is the same every run.
    struct Noise(u64);

    impl Noise {
        fn new(seed: u64) -> Self {
            // Spread a small seed over all bits (splitmix64's constant), then warm up.
            let mut n = Noise(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
            for _ in 0..16 {
                n.uniform();
            }
            n
        }

        fn uniform(&mut self) -> f64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            ((self.0 >> 11) as f64 + 0.5) / (1u64 << 53) as f64
        }

        fn gaussian(&mut self, sigma: f64) -> f64 {
            let (u, v) = (self.uniform(), self.uniform());
            sigma * (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
        }
    }

    #[test]
    fn an_hour_standing_still() {
        // A phone on a table: a fix a second for an hour, scattered by σ 3 m on each axis while
        // it reports 5 m accuracy (more scatter than it admits). Before: ~900 m walked; 39 seeds
        // gave at most 12 m.
        for seed in [1, 2, 3, 9, 0x5eed_0a5e] {
            let mut noise = Noise::new(seed);
            let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
            for i in 0..3600 {
                let (lat, lon) = at(noise.gaussian(3.0), noise.gaussian(3.0));
                w.offer(lat, lon, 5.0, f64::from(i) * 1000.0);
            }
            assert!(w.distance_m() < 20.0, "seed {seed}: {} m", w.distance_m());
            // The point it stands on is the mean of the fixes, within a metre of the truth (the
            // track may also hold an early step, or a last one the next fix would withdraw).
            let off = w.segments[0]
                .iter()
                .map(|p| metres((p.lat, p.lon), at(0.0, 0.0)))
                .fold(f64::INFINITY, f64::min);
            assert!(off < 1.0, "seed {seed}: {off} m off");
        }
    }

    #[test]
    fn walking_away_after_standing_still_counts_the_steps() {
        // Ten minutes on the spot with the same scatter, then 200 m east at 1.4 m/s…
        let mut noise = Noise::new(7);
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        for i in 0..600 {
            let (lat, lon) = at(noise.gaussian(3.0), noise.gaussian(3.0));
            w.offer(lat, lon, 5.0, f64::from(i) * 1000.0);
        }
        let still = w.distance_m();
        // …and stands still at the end for half a minute.
        for i in 1..=173 {
            let e = f64::from(i.min(143)) * 1.4;
            let (lat, lon) = at(noise.gaussian(3.0), e + noise.gaussian(3.0));
            w.offer(lat, lon, 5.0, f64::from(600 + i) * 1000.0);
        }
        let walked = w.distance_m() - still;
        assert!((walked - 200.0).abs() < 20.0, "{walked} m of 200");
    }

    #[test]
    fn a_step_back_to_where_the_walker_stood_is_withdrawn() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        let (a, spike, b) = (at(0.0, 0.0), at(0.0, 8.0), at(0.0, 1.0));
        assert_eq!(w.offer(a.0, a.1, 5.0, 0.0), Kept::Added);
        assert_eq!(w.offer(spike.0, spike.1, 5.0, 1000.0), Kept::Added);
        assert!((w.distance_m() - 8.0).abs() < 0.1, "shown at once");
        assert_eq!(w.offer(b.0, b.1, 5.0, 2000.0), Kept::Withdrawn);
        assert_eq!(w.segments[0].len(), 1);
        assert_eq!(w.distance_m(), 0.0);
        // A walk stored before fixes were merged reads back and carries on.
        let old = r#"{"id":"w","started_at":"x","state":"Recording","segments":[[{"lat":51.8,"lon":5.8,"t":0}]],"active_ms":0,"since":0}"#;
        let mut old = Walk::from_json(old).unwrap();
        assert_eq!(old.offer(51.8, 5.800_01, 5.0, 1000.0), Kept::Merged);
        assert!((old.segments[0][0].lon - 5.800_005).abs() < 1e-9);
    }

    #[test]
    fn jitter_around_one_spot_adds_under_ten_metres() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        // Standing still for five minutes with GPS noise of up to ±4 m.
        for i in 0..300 {
            let k = f64::from(i);
            let (lat, lon) = at(4.0 * (k * 1.3).sin(), 4.0 * (k * 0.7).cos());
            w.offer(lat, lon, 12.0, k * 1000.0);
        }
        assert!(w.distance_m() < 10.0, "{}", w.distance_m());
    }

    #[test]
    fn a_teleport_spike_and_bad_fixes_are_left_out() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        let (a, b, c) = (at(0.0, 0.0), at(0.0, 20.0), at(0.0, 40.0));
        w.offer(a.0, a.1, 5.0, 0.0);
        let spike = at(800.0, 20.0);
        assert_eq!(w.offer(spike.0, spike.1, 5.0, 10_000.0), Kept::Jump);
        assert_eq!(w.offer(b.0, b.1, 80.0, 15_000.0), Kept::Inaccurate);
        assert_eq!(w.offer(b.0, b.1, 5.0, 20_000.0), Kept::Added);
        assert_eq!(w.offer(c.0, c.1, 5.0, 40_000.0), Kept::Added);
        assert!((w.distance_m() - 40.0).abs() < 0.5, "{}", w.distance_m());
    }

    #[test]
    fn pauses_split_the_track_and_stop_the_clock() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        let (a, b) = (at(0.0, 0.0), at(0.0, 30.0));
        w.offer(a.0, a.1, 5.0, 1000.0);
        w.pause(60_000.0);
        assert_eq!(w.offer(b.0, b.1, 5.0, 70_000.0), Kept::NotRecording);
        w.resume(120_000.0);
        w.offer(b.0, b.1, 5.0, 130_000.0);
        assert_eq!(w.segments.len(), 2);
        assert_eq!(w.distance_m(), 0.0, "a pause is not walked");
        assert_eq!(w.duration_ms(180_000.0), 120_000.0);
        w.stop(180_000.0);
        assert_eq!(w.duration_ms(999_999.0), 120_000.0);
        assert_eq!(Walk::from_json(&w.to_json()), Some(w));
    }

    #[test]
    fn the_gpx_track_reads_back_as_the_same_points() {
        let mut w = Walk::start("w", "2026-11-23T09:00:00Z", 0.0);
        for i in 0..10 {
            let (lat, lon) = at(f64::from(i) * 15.0, 0.0);
            w.offer(lat, lon, 5.0, f64::from(i) * 10_000.0);
        }
        let text = gpx(&w, &[]);
        let back = read_route(&text);
        let points: Vec<(f64, f64)> = w.segments[0].iter().map(|p| (p.lat, p.lon)).collect();
        assert_eq!(back, points);
        assert!(text.contains("<time>2026-11-") || text.contains("<time>1970-01-01T00:01:30"));
    }

    #[test]
    fn a_route_with_curly_quotes_reads_as_no_points() {
        let gpx = "<gpx><trk><trkseg><trkpt lat=\u{201c}51.8\u{201d} lon=\u{201c}5.8\u{201d}/>\
                   <trkpt lat=\"51.81\" lon=\"5.87\"/></trkseg></trk></gpx>";
        assert_eq!(read_route(gpx), vec![(51.81, 5.87)]);
    }
}
