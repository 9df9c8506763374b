//! Pins and photos: the one door for saving, removing and reading them back. Each write goes
//! to storage first and reaches the store once the transaction has completed ("saved" means
//! stored); the `_in` functions take the repository, so native tests use the in-memory one.

use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;

use super::repo::{IdbRepository, OutboxRepository, PinRepository, Queued, StorageError};
use super::{use_app, AppState, AppStateStoreFields, Sheet};
use crate::browser::{channel, clock, files, photo};
use crate::domain::merge;
use crate::domain::photos::{photo_key, to_sweep};
use crate::domain::pin::{Pin, PinKind};
use crate::domain::time::next_stamp;
use crate::map::mercator::LatLon;

/// Whether these pins go into the outbox: only when the organiser set a destination, and never
/// a pin whose maker said no (kiosk consent: `"upload": false`).
fn to_queue(state: Store<AppState>, pins: &[Pin]) -> bool {
    state.with_untracked(|s| s.settings.destination().is_some())
        && pins
            .iter()
            .all(|p| p.extra.get("upload") != Some(&serde_json::Value::Bool(false)))
}

/// Writes pins to `repo` and, once the transaction has completed, into the store. When storage
/// does not work they still reach the store (the app keeps working in memory) and the error is
/// kept for the page to explain.
pub async fn save_pins_in<R: PinRepository>(
    repo: &R,
    state: Store<AppState>,
    pins: Vec<Pin>,
) -> Result<(), StorageError> {
    let written = repo.put_pins(&pins, to_queue(state, &pins)).await;
    state.update(|s| {
        s.upsert_all(pins);
        s.storage_error = written.clone().err();
    });
    written
}

/// When upload is switched on: queues the pins made before, that the collection point does not
/// have yet (in this version), except those whose maker said no or was never asked (a kiosk
/// pin made while nothing was uploaded). Returns how many were queued.
pub async fn queue_unsent_in<R: PinRepository + OutboxRepository>(
    repo: &R,
    state: Store<AppState>,
) -> Result<usize, StorageError> {
    if state.with_untracked(|s| s.settings.destination().is_none()) {
        return Ok(0);
    }
    let sent: std::collections::HashMap<String, String> =
        repo.sent_versions().await?.into_iter().collect();
    let queued: std::collections::HashSet<String> = repo
        .outbox()
        .await?
        .queue
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let pins: Vec<Pin> = state.with_untracked(|s| {
        s.pins
            .iter()
            .filter(|p| p.extra.get("upload") != Some(&serde_json::Value::Bool(false)))
            .filter(|p| !queued.contains(&p.id))
            .filter(|p| {
                let mine = Queued {
                    version: p.updated_at.clone(),
                    attempts: 0,
                };
                !sent.get(&p.id).is_some_and(|v| mine.settled_by(v))
            })
            .cloned()
            .collect()
    });
    if !pins.is_empty() {
        repo.put_pins(&pins, true).await?;
    }
    Ok(pins.len())
}

/// [`queue_unsent_in`] IndexedDB.
pub async fn queue_unsent(state: Store<AppState>) -> Result<usize, StorageError> {
    queue_unsent_in(&IdbRepository, state).await
}

/// [`save_pins_in`] IndexedDB; other tabs hear of it, and with the first pin the browser is
/// asked to keep the data even when space runs low.
pub async fn save_pins(state: Store<AppState>, pins: Vec<Pin>) -> Result<(), StorageError> {
    let first = state.with_untracked(|s| s.pins.is_empty());
    let written = save_pins_in(&IdbRepository, state, pins).await;
    if written.is_ok() {
        channel::announce();
        if first {
            files::persist().await;
        }
    }
    written
}

/// Loads the stored pins into the store (merged, in case pins were made before loading ended).
pub async fn load_stored_pins_in<R: PinRepository>(repo: &R, state: Store<AppState>) {
    let contributions = repo.load_contributions().await.unwrap_or_default();
    match repo.load_pins().await {
        Ok(stored) => state.update(|s| {
            let plan = merge::plan(&s.pins, stored);
            s.upsert_all(plan.add.into_iter().chain(plan.update));
            s.merge_contributions(contributions);
            s.pins_loaded = true;
        }),
        Err(e) => state.update(|s| {
            s.storage_error = Some(e);
            s.pins_loaded = true;
        }),
    }
}

pub async fn load_stored_pins(state: Store<AppState>) {
    load_stored_pins_in(&IdbRepository, state).await;
}

/// The tombstone that removes `was` at `now`: stamped after the version it replaces, so the
/// removal merges with other devices even when this clock runs behind.
fn removal(was: &Pin, now: &str) -> Pin {
    was.tombstone(&next_stamp(now, Some(&was.updated_at)))
}

/// Removes a pin by turning it into a tombstone (see [`removal`]). Returns the tombstone
/// written, if the pin was there.
pub async fn delete_pin_in<R: PinRepository>(
    repo: &R,
    state: Store<AppState>,
    id: &str,
    now: &str,
) -> Option<Pin> {
    let gone = state.with_untracked(|s| s.pin(id).map(|p| removal(p, now)))?;
    let _ = save_pins_in(repo, state, vec![gone.clone()]).await;
    Some(gone)
}

/// Removes a pin (see [`delete_pin_in`]), closes its card and offers to undo it.
pub fn delete_pin(id: &str) {
    let app = use_app();
    let Some(was) = app.state.with_untracked(|s| s.pin(id).cloned()) else {
        return;
    };
    let gone = removal(&was, &clock::now());
    app.sheet.set(Sheet::Closed);
    app.undo.set(Some(was));
    spawn_local(async move {
        let _ = save_pins(app.state, vec![gone]).await;
    });
}

/// Brings back the pin just deleted.
pub fn undo_delete() {
    let app = use_app();
    let Some(was) = app.undo.get_untracked() else {
        return;
    };
    app.undo.set(None);
    let tombstone_at = app
        .state
        .with_untracked(|s| {
            s.pins
                .iter()
                .find(|p| p.id == was.id)
                .map(|p| p.updated_at.clone())
        })
        .unwrap_or_else(clock::now);
    // Stamped after the tombstone, so it wins every merge (here and wherever the removal went).
    let back = Pin {
        deleted: false,
        updated_at: next_stamp(&clock::now(), Some(&tombstone_at)),
        ..was
    };
    spawn_local(async move {
        let _ = save_pins(app.state, vec![back]).await;
    });
}

/// Keeps a photo picked by the person: resized and re-encoded by the browser (no metadata),
/// stored before any pin refers to it, then shown. Returns its reference, or `None` when the
/// picture could not be read. If storage fails it still shows for this visit (the page warns).
pub async fn keep_photo(state: Store<AppState>, file: web_sys::Blob) -> Option<String> {
    let blob = photo::resize(&file).await.ok()?;
    let url = photo::object_url(&blob)?;
    let id = photo_key(js_sys::Date::now() as i64, &clock::new_id());
    let _ = IdbRepository.put_photo(&id, &blob).await;
    state.photos().update(|m| {
        m.insert(id.clone(), url);
    });
    Some(id)
}

/// Removes the stored photos nothing needs any more (see [`to_sweep`]): of removed pins, of
/// abandoned kiosk turns, of photos taken again. Only once the stored pins have been read.
/// Returns how many went.
pub async fn sweep_photos_in<R: PinRepository>(
    repo: &R,
    state: Store<AppState>,
    now_ms: i64,
) -> usize {
    if !state.with_untracked(|s| s.pins_loaded && s.storage_error.is_none()) {
        return 0;
    }
    let Ok(keys) = repo.photo_keys().await else {
        return 0;
    };
    let gone = state.with_untracked(|s| to_sweep(&keys, &s.pins, now_ms));
    let mut n = 0;
    for key in &gone {
        if repo.delete_photo(key).await.is_ok() {
            n += 1;
        }
    }
    state
        .photos()
        .update(|m| m.retain(|k, _| !gone.contains(k)));
    n
}

/// [`sweep_photos_in`] IndexedDB, now.
pub async fn sweep_photos(state: Store<AppState>) {
    sweep_photos_in(&IdbRepository, state, js_sys::Date::now() as i64).await;
}

/// Says so when storage stops working under the page (another tab upgraded the database, or
/// an old tab blocks this one's upgrade), and stops saying the latter once the old tab let go.
pub fn watch_storage(state: Store<AppState>) {
    crate::browser::idb::watch(move |e| {
        let error = state.storage_error();
        match e {
            Some(e) => error.set(Some(e)),
            None if error.get_untracked() == Some(StorageError::Blocked) => error.set(None),
            None => {}
        }
    });
}

/// Stores photos that came with a file (an Oase zip), by reference.
pub async fn store_photo_bytes(name: &str, bytes: &[u8]) {
    if let Some(b) = files::blob(bytes, "image/jpeg") {
        let _ = IdbRepository.put_photo(name, &b).await;
    }
}

/// A stored photo's bytes (for the zip export).
pub async fn photo_bytes(name: &str) -> Option<Vec<u8>> {
    let blob = IdbRepository.photo(name).await.ok().flatten()?;
    files::bytes(&blob).await.ok()
}

/// The address a pin's photo shows under, read back from storage the first time it is needed.
pub fn photo_url(
    key: Option<String>,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    let photos = use_app().state.photos();
    if let Some(k) = key
        .clone()
        .filter(|k| photos.with_untracked(|m| !m.contains_key(k)))
    {
        spawn_local(async move {
            if let Some(url) = IdbRepository
                .photo(&k)
                .await
                .ok()
                .flatten()
                .and_then(|b| photo::object_url(&b))
            {
                photos.update(|m| {
                    m.insert(k, url);
                });
            }
        });
    }
    move || {
        key.as_ref()
            .and_then(|k| photos.with(|m| m.get(k).cloned()))
    }
}

/// The pins the filter lets through (tombstones never), in storage order.
pub fn shown_pins(state: Store<AppState>) -> Memo<Vec<Pin>> {
    Memo::new(move |_| {
        state.with(|s| {
            // Everyone's pins from the snapshot (on a joined phone) beside this device's own:
            // the own ids gathered once, not searched for each shared pin on every change.
            let own: std::collections::HashSet<&str> =
                s.pins.iter().map(|p| p.id.as_str()).collect();
            let shared = s.shared.iter().filter(|p| !own.contains(p.id.as_str()));
            s.pins
                .iter()
                .chain(shared)
                .filter(|p| s.filter.matches(p))
                .cloned()
                .collect()
        })
    })
}

/// Where one shown pin is: `s.pins[index]` (this device's own) or `s.shared[index]`, with its
/// place and kind, which is all the map's clusters need.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShownPlace {
    pub at: LatLon,
    pub kind: PinKind,
    pub shared: bool,
    pub index: u32,
}

impl ShownPlace {
    /// The pin itself, from the state it was taken from.
    pub fn pin<'a>(&self, s: &'a AppState) -> Option<&'a Pin> {
        let all = if self.shared { &s.shared } else { &s.pins };
        all.get(self.index as usize)
    }
}

/// The places of the pins [`shown_pins`] gives, without cloning a pin: everyone's (on a joined
/// phone) first, then this device's own, so a pin saved here is added at the end and the map's
/// clusters take it in without being built again ([`crate::map::cluster::Index::grow`]). The map
/// asks this on every store change (a save, a setting), and it changes only when a pin is added,
/// removed, moved, filtered or changes kind, so an edited title rebuilds no clusters.
pub fn shown_places(state: Store<AppState>) -> Memo<Vec<ShownPlace>> {
    Memo::new(move |_| {
        state.with(|s| {
            let place = |shared: bool| {
                move |(i, p): (usize, &Pin)| ShownPlace {
                    at: LatLon::new(p.lat, p.lon),
                    kind: p.kind,
                    shared,
                    index: i as u32,
                }
            };
            let mut places = Vec::with_capacity(s.pins.len() + s.shared.len());
            if !s.shared.is_empty() {
                // The own ids gathered once (and only when there is a shared map at all).
                let own: std::collections::HashSet<&str> =
                    s.pins.iter().map(|p| p.id.as_str()).collect();
                let theirs = s
                    .shared
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| !own.contains(p.id.as_str()) && s.filter.matches(p));
                places.extend(theirs.map(place(true)));
            }
            let mine = s
                .pins
                .iter()
                .enumerate()
                .filter(|(_, p)| s.filter.matches(p));
            places.extend(mine.map(place(false)));
            places
        })
    })
}

#[cfg(test)]
mod tests {
    use futures::executor::block_on;

    use super::*;
    use crate::domain::pin::PinKind;
    use crate::domain::settings::Settings;
    use crate::i18n::Lang;
    use crate::store::repo::MemoryRepository;

    const ID: &str = "00000000-0000-4000-8000-000000000001";

    fn setup() -> (Owner, Store<AppState>) {
        let owner = Owner::new();
        owner.set();
        let state = Store::new(AppState::new(Settings::default(), Lang::Nl, None));
        (owner, state)
    }

    fn pin(id: &str, at: &str) -> Pin {
        Pin::new(id, PinKind::Beauty, 51.83, 5.88, at).expect("valid")
    }

    fn save_one(repo: &MemoryRepository, state: Store<AppState>) {
        block_on(save_pins_in(
            repo,
            state,
            vec![pin(ID, "2026-12-01T10:00:00Z")],
        ))
        .unwrap();
    }

    fn with_upload(state: Store<AppState>) {
        state.settings().update(|s| {
            s.upload.enabled = true;
            s.upload.url = "http://127.0.0.1:1/dav/".into();
            s.upload.event = "buurtfeest".into();
        });
    }

    #[test]
    fn a_saved_pin_is_stored_then_shown_and_queued_only_with_a_destination() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        save_one(&repo, state);
        assert!(repo.pins.borrow().contains_key(ID));
        assert!(
            repo.queue.borrow().is_empty(),
            "no destination: nothing queued"
        );
        assert_eq!(state.with_untracked(|s| s.pins.len()), 1);

        with_upload(state);
        let edited = pin(ID, "2026-12-01T10:00:00Z").tombstone("2026-12-01T11:00:00Z");
        block_on(save_pins_in(&repo, state, vec![edited])).unwrap();
        assert_eq!(repo.queue.borrow()[ID].version, "2026-12-01T11:00:00Z");
    }

    #[test]
    fn a_pin_whose_maker_said_no_is_never_queued() {
        let (_o, state) = setup();
        with_upload(state);
        let repo = MemoryRepository::default();
        let mut p = pin(ID, "2026-12-01T10:00:00Z");
        p.extra
            .insert("upload".into(), serde_json::Value::Bool(false));
        block_on(save_pins_in(&repo, state, vec![p])).unwrap();
        assert!(repo.pins.borrow().contains_key(ID));
        assert!(repo.queue.borrow().is_empty());
    }

    #[test]
    fn full_storage_keeps_the_pin_in_memory_and_says_so() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        *repo.failing.borrow_mut() = Some(StorageError::Full);
        let r = block_on(save_pins_in(
            &repo,
            state,
            vec![pin(ID, "2026-12-01T10:00:00Z")],
        ));
        assert_eq!(r, Err(StorageError::Full));
        assert_eq!(state.with_untracked(|s| s.pins.len()), 1);
        assert_eq!(
            state.with_untracked(|s| s.storage_error.clone()),
            Some(StorageError::Full)
        );
        assert!(repo.pins.borrow().is_empty());
    }

    #[test]
    fn loading_merges_with_pins_made_meanwhile() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        let other = "00000000-0000-4000-8000-000000000002";
        block_on(repo.put_pins(
            &[
                pin(ID, "2026-12-01T10:00:00Z"),
                pin(other, "2026-12-01T09:00:00Z"),
            ],
            false,
        ))
        .unwrap();
        // Made (and edited) on this page before loading ended: the newer version stays.
        let newer = Pin {
            title: "nieuw".into(),
            updated_at: "2026-12-01T12:00:00Z".into(),
            ..pin(ID, "2026-12-01T10:00:00Z")
        };
        state.update(|s| s.upsert(newer));
        block_on(load_stored_pins_in(&repo, state));
        state.with_untracked(|s| {
            assert!(s.pins_loaded);
            assert_eq!(s.pins.len(), 2);
            assert_eq!(s.pin(ID).map(|p| p.title.as_str()), Some("nieuw"));
        });
    }

    #[test]
    fn deleting_writes_a_tombstone_that_hides_the_pin() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        save_one(&repo, state);
        let gone = block_on(delete_pin_in(&repo, state, ID, "2026-12-01T11:00:00Z"));
        assert!(gone.is_some_and(|p| p.deleted));
        assert!(repo.pins.borrow()[ID].deleted);
        assert!(state.with_untracked(|s| s.pin(ID).is_none()));
        assert!(block_on(delete_pin_in(&repo, state, ID, "2026-12-01T12:00:00Z")).is_none());
    }

    #[test]
    fn switching_upload_on_queues_what_was_made_before_where_its_maker_agreed() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        let id = |n: u32| format!("00000000-0000-4000-8000-{n:012}");
        let mut kiosk_unasked = pin(&id(2), "2026-12-01T10:00:00Z");
        kiosk_unasked
            .extra
            .insert("upload".into(), serde_json::Value::Bool(false));
        let already_sent = pin(&id(3), "2026-12-01T10:00:00Z");
        block_on(save_pins_in(
            &repo,
            state,
            vec![
                pin(&id(1), "2026-12-01T10:00:00Z"),
                kiosk_unasked,
                already_sent,
            ],
        ))
        .unwrap();
        block_on(repo.mark_sent(&id(3), "2026-12-01T10:00:00Z")).unwrap();
        assert_eq!(
            block_on(queue_unsent_in(&repo, state)),
            Ok(0),
            "upload still off"
        );
        with_upload(state);
        assert_eq!(block_on(queue_unsent_in(&repo, state)), Ok(1));
        assert_eq!(
            repo.queue.borrow().keys().cloned().collect::<Vec<_>>(),
            [id(1)]
        );
        assert_eq!(
            block_on(queue_unsent_in(&repo, state)),
            Ok(0),
            "queued once"
        );
    }

    #[test]
    fn the_sweep_removes_photos_no_pin_needs_and_keeps_fresh_ones() {
        let (_o, state) = setup();
        let repo = MemoryRepository::default();
        let now = 1_796_169_600_000;
        let day = crate::domain::photos::GRACE_MS;
        let kept = photo_key(now - 3 * day, "kept");
        let abandoned = photo_key(now - 3 * day, "abandoned");
        let fresh = photo_key(now - 1000, "fresh");
        for k in [&kept, &abandoned, &fresh] {
            block_on(repo.put_photo(k, &vec![0xFF, 0xD8, 0xFF])).unwrap();
        }
        let mut p = pin(ID, "2026-12-01T10:00:00Z");
        p.photo = Some(kept.clone());
        block_on(save_pins_in(&repo, state, vec![p])).unwrap();
        assert_eq!(
            block_on(sweep_photos_in(&repo, state, now)),
            0,
            "pins not read yet"
        );
        state.update(|s| s.pins_loaded = true);
        assert_eq!(block_on(sweep_photos_in(&repo, state, now)), 1);
        let mut left: Vec<String> = repo.photos.borrow().keys().cloned().collect();
        left.sort();
        let mut want = vec![kept.clone(), fresh];
        want.sort();
        assert_eq!(left, want);
        // Removing the pin lets its photo go too.
        block_on(delete_pin_in(&repo, state, ID, "2026-12-01T11:00:00Z"));
        assert_eq!(block_on(sweep_photos_in(&repo, state, now)), 1);
        assert!(!repo.photos.borrow().contains_key(&kept));
    }
}
