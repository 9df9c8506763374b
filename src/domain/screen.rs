//! The celebration screen's logic: the tour's order, the counters, the "alles is er al" tally
//! of talents and resources, the days to filter by, and the replay's pace.

use std::collections::HashMap;

use super::filter::kind_slot;
use super::pin::Pin;

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
}
