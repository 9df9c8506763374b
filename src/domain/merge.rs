//! Merging pins and contributions from another device or file: by id, the later `updated_at`
//! wins, tombstones included, so importing the same file twice changes nothing.

use std::collections::HashMap;

use super::pin::Pin;

/// A record that merges by id and `updated_at`: a pin or a contribution.
pub trait Versioned {
    fn id(&self) -> &str;
    /// Milliseconds of `updated_at` (unparsable counts as oldest).
    fn updated_ms(&self) -> i64;
}

impl Versioned for Pin {
    fn id(&self) -> &str {
        &self.id
    }

    fn updated_ms(&self) -> i64 {
        Pin::updated_ms(self)
    }
}

/// What a merge will do, decided before anything is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan<T> {
    /// Records this device does not have yet.
    pub add: Vec<T>,
    /// Newer versions of records this device has (edits and deletions).
    pub update: Vec<T>,
    /// Incoming records that are the same as, or older than, what this device has.
    pub unchanged: usize,
}

/// What merging pins will do.
pub type MergePlan = Plan<Pin>;

impl<T> Default for Plan<T> {
    fn default() -> Self {
        Self {
            add: Vec::new(),
            update: Vec::new(),
            unchanged: 0,
        }
    }
}

impl<T> Plan<T> {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.update.is_empty()
    }

    /// Every record to write.
    pub fn writes(&self) -> impl Iterator<Item = &T> {
        self.add.iter().chain(self.update.iter())
    }
}

/// Plans merging `incoming` pins into `existing`; see [`plan_versions`].
pub fn plan(existing: &[Pin], incoming: Vec<Pin>) -> MergePlan {
    plan_versions(existing, incoming)
}

/// Plans merging `incoming` into `existing`. Within `incoming`, the latest version of an id
/// counts. An equal timestamp keeps what the device has, so a merge never flips back and forth.
pub fn plan_versions<T: Versioned>(existing: &[T], incoming: Vec<T>) -> Plan<T> {
    let have: HashMap<&str, &T> = existing.iter().map(|r| (r.id(), r)).collect();
    let mut latest: HashMap<String, T> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut unchanged = 0;
    for record in incoming {
        let id = record.id().to_owned();
        match latest.get(&id) {
            Some(seen) if seen.updated_ms() >= record.updated_ms() => unchanged += 1,
            Some(_) => {
                unchanged += 1;
                latest.insert(id, record);
            }
            None => {
                order.push(id.clone());
                latest.insert(id, record);
            }
        }
    }
    let mut out = Plan {
        unchanged,
        ..Plan::default()
    };
    for id in order {
        let Some(record) = latest.remove(&id) else {
            continue;
        };
        match have.get(id.as_str()) {
            None => out.add.push(record),
            Some(old) if record.updated_ms() > old.updated_ms() => out.update.push(record),
            Some(_) => out.unchanged += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pin::PinKind;

    fn pin(n: u8, title: &str, updated: &str) -> Pin {
        Pin {
            title: title.into(),
            updated_at: updated.into(),
            ..Pin::new(
                &format!("00000000-0000-4000-8000-0000000000{n:02}"),
                PinKind::Beauty,
                51.8,
                5.9,
                "2026-11-20T10:00:00Z",
            )
            .expect("valid")
        }
    }

    #[test]
    fn later_wins_and_new_ones_are_added() {
        let here = vec![
            pin(1, "oud", "2026-11-21T10:00:00Z"),
            pin(2, "nieuw hier", "2026-11-23T10:00:00Z"),
        ];
        let there = vec![
            pin(1, "nieuw daar", "2026-11-22T10:00:00Z"),
            pin(2, "oud daar", "2026-11-22T10:00:00Z"),
            pin(3, "alleen daar", "2026-11-22T10:00:00Z"),
        ];
        let p = plan(&here, there);
        assert_eq!(
            p.update
                .iter()
                .map(|p| p.title.as_str())
                .collect::<Vec<_>>(),
            ["nieuw daar"]
        );
        assert_eq!(
            p.add.iter().map(|p| p.title.as_str()).collect::<Vec<_>>(),
            ["alleen daar"]
        );
        assert_eq!(p.unchanged, 1);
    }

    #[test]
    fn deletions_merge_and_a_second_import_changes_nothing() {
        let here = vec![pin(1, "bankje", "2026-11-21T10:00:00Z")];
        let gone = here[0].tombstone("2026-11-22T10:00:00Z");
        let p = plan(&here, vec![gone.clone()]);
        assert_eq!(p.update, vec![gone.clone()]);
        let after: Vec<Pin> = vec![gone.clone()];
        let again = plan(&after, vec![gone]);
        assert!(again.is_empty());
        assert_eq!(again.unchanged, 1);
        // An older live copy does not bring the pin back.
        assert!(plan(&after, here).is_empty());
    }

    #[test]
    fn duplicates_inside_one_file_keep_the_latest() {
        let p = plan(
            &[],
            vec![
                pin(4, "a", "2026-11-21T10:00:00Z"),
                pin(4, "b", "2026-11-22T10:00:00Z"),
                pin(4, "c", "2026-11-20T10:00:00Z"),
            ],
        );
        assert_eq!(p.add.len(), 1);
        assert_eq!(p.add[0].title, "b");
        assert_eq!(p.unchanged, 2);
    }

    #[test]
    fn equal_timestamps_keep_what_the_device_has() {
        let here = vec![pin(1, "hier", "2026-11-21T10:00:00Z")];
        assert!(plan(&here, vec![pin(1, "daar", "2026-11-21T10:00:00Z")]).is_empty());
    }
}
