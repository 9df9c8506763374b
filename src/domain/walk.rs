//! A walk: positions filtered as they come, segments between pauses, distance and time, and
//! GPX 1.1 out (the track with its pins as waypoints) and in (a route to follow).

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
    /// Within [`MIN_STEP_M`] of the last point: that point stays.
    Merged,
    Inaccurate,
    Jump,
    /// The walk is not recording.
    NotRecording,
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
        }
    }

    /// Offers a position fix (`accuracy` in metres); returns what became of it.
    pub fn offer(&mut self, lat: f64, lon: f64, accuracy: f64, t: f64) -> Kept {
        if self.state != WalkState::Recording {
            return Kept::NotRecording;
        }
        if !(accuracy.is_finite() && accuracy <= MAX_ACCURACY_M) {
            return Kept::Inaccurate;
        }
        let last = self.segments.iter().rev().find_map(|s| s.last().copied());
        if let Some(last) = last {
            let d = metres((last.lat, last.lon), (lat, lon));
            if d < MIN_STEP_M.max(accuracy) {
                return Kept::Merged;
            }
            let seconds = ((t - last.t) / 1000.0).max(0.001);
            if d / seconds > MAX_SPEED_M_S {
                return Kept::Jump;
            }
        }
        if self.segments.is_empty() {
            self.segments.push(Vec::new());
        }
        if let Some(seg) = self.segments.last_mut() {
            seg.push(TrackPoint { lat, lon, t });
        }
        Kept::Added
    }

    pub fn pause(&mut self, now_ms: f64) {
        if self.state == WalkState::Recording {
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
