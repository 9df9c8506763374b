//! The sync loop against the in-memory repository and collection point.

use futures::executor::block_on;
use leptos::prelude::*;

use super::*;
use crate::domain::contribution::contribution_feature;
use crate::domain::join::{as_dropped, drop_name};
use crate::domain::pin::PinKind;
use crate::domain::settings::Settings;
use crate::i18n::Lang;
use crate::store::pins::save_pins_in;
use crate::store::repo::{MemoryDav, MemoryRepository, Stored, MAX_PULLED_PHOTO_BYTES};

/// 2026-12-02T00:00:00Z, the day after the pins in these tests were made.
const T0: f64 = 1_796_169_600_000.0;

struct World {
    _owner: Owner,
    state: Store<AppState>,
    sync: Syncer<MemoryRepository, MemoryDav>,
    settings: UploadSettings,
}

fn world() -> World {
    let owner = Owner::new();
    owner.set();
    let state = Store::new(AppState::new(Settings::default(), Lang::Nl, None));
    state.settings().update(|s| {
        s.upload.enabled = true;
        s.upload.url = "http://127.0.0.1:1/dav/".into();
        s.upload.event = "Buurtfeest".into();
    });
    let settings = state.with_untracked(|s| s.settings.upload.clone());
    World {
        _owner: owner,
        state,
        sync: Syncer::new(MemoryRepository::default(), MemoryDav::default()),
        settings,
    }
}

fn id(n: u32) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

fn pin(n: u32, updated: &str) -> Pin {
    let mut p = Pin::new(&id(n), PinKind::Dream, 51.83, 5.88, "2026-12-01T09:00:00Z").unwrap();
    p.updated_at = updated.into();
    p.title = format!("droom {n}");
    p
}

impl World {
    fn save(&self, pins: Vec<Pin>) {
        block_on(save_pins_in(&self.sync.repo, self.state, pins)).unwrap();
    }
    fn pending(&self) -> usize {
        self.sync.repo.queue.borrow().len()
    }
    fn puts(&self) -> usize {
        let log = self.sync.dav.log.borrow();
        log.iter().filter(|l| l.starts_with("PUT ")).count()
    }
    fn send(&self, now: f64) {
        let dest = Destination::Collection(self.settings.clone());
        block_on(self.sync.send_due(self.state, &dest, now));
    }
}

#[test]
fn the_outbox_drains_to_zero_one_file_per_pin() {
    let w = world();
    w.save((1..=8).map(|n| pin(n, "2026-12-01T10:00:00Z")).collect());
    assert_eq!(w.pending(), 8);
    w.send(T0);
    assert_eq!(w.pending(), 0);
    let files = w.sync.dav.files.borrow();
    assert_eq!(files.len(), 8);
    let url = w.settings.file(&id(3), "geojson");
    assert!(matches!(&files[&url].0, Stored::Text(t) if t.contains("droom 3")));
    let status = w.state.with_untracked(|s| s.upload.clone());
    assert_eq!((status.pending, status.sent, status.problem), (0, 8, None));
    // The folder is made once.
    let mkcols = w
        .sync
        .dav
        .log
        .borrow()
        .iter()
        .filter(|l| l.starts_with("MKCOL"))
        .count();
    assert_eq!(mkcols, 1);
}

#[test]
fn a_server_error_is_retried_after_the_backoff() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    w.sync.dav.fail_next(&[Ok(201), Ok(503)]); // the folder is made; the PUT fails
    w.send(T0);
    assert_eq!(w.pending(), 1);
    assert_eq!(w.sync.repo.queue.borrow()[&id(1)].attempts, 1);
    assert_eq!(
        w.state.with_untracked(|s| s.upload.problem),
        Some(Problem::Server)
    );
    assert_eq!(w.sync.next_try(&id(1)), Some(T0 + backoff_ms(1)));

    // Not yet due: nothing is sent.
    w.send(T0 + backoff_ms(1) - 1.0);
    assert_eq!(w.puts(), 1);
    // Due: sent, and the problem is gone.
    w.send(T0 + backoff_ms(1));
    assert_eq!(w.puts(), 2);
    assert_eq!(w.pending(), 0);
    assert_eq!(w.state.with_untracked(|s| s.upload.problem), None);
}

#[test]
fn send_now_makes_a_waiting_pin_due_at_once() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    w.sync.dav.fail_next(&[Ok(201), Ok(500)]);
    w.send(T0);
    w.sync.send_now();
    w.send(T0 + 1.0);
    assert_eq!(w.pending(), 0);
}

#[test]
fn no_answer_stops_the_round() {
    let w = world();
    w.save((1..=10).map(|n| pin(n, "2026-12-01T10:00:00Z")).collect());
    w.sync.dav.fail_next(&[Ok(201), Err(DavError::Unreachable)]);
    w.send(T0);
    assert_eq!(w.puts(), 1, "the other nine wait for the next round");
    assert_eq!(w.pending(), 10);
    assert_eq!(
        w.state.with_untracked(|s| s.upload.problem),
        Some(Problem::Unreachable)
    );
}

#[test]
fn an_edit_made_while_sending_stays_queued() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    // The version sent is 10:00; meanwhile the pin changed (queued again at 11:00).
    let sent = pin(1, "2026-12-01T10:00:00Z");
    w.save(vec![pin(1, "2026-12-01T11:00:00Z")]);
    block_on(w.sync.repo.mark_sent(&sent.id, &sent.updated_at)).unwrap();
    assert_eq!(w.pending(), 1);
    w.send(T0);
    assert_eq!(w.pending(), 0);
}

#[test]
fn a_pull_merges_newer_versions_and_ignores_older_ones() {
    let w = world();
    // Here: pin 1 from 10:00, pin 2 from 12:00.
    w.state.update(|s| {
        s.upsert(pin(1, "2026-12-01T10:00:00Z"));
        s.upsert(pin(2, "2026-12-01T12:00:00Z"));
    });
    // There: pin 1 newer, pin 2 older, pin 3 new.
    let mut newer = pin(1, "2026-12-01T11:00:00Z");
    newer.title = "nieuwer".into();
    let mut older = pin(2, "2026-12-01T11:00:00Z");
    older.title = "ouder".into();
    for p in [&newer, &older, &pin(3, "2026-12-01T09:30:00Z")] {
        w.sync.dav.plant(&w.settings.file(&p.id, "geojson"), p);
    }
    let changed = block_on(w.sync.pull(w.state, &w.settings, T0));
    assert_eq!(changed, 2);
    w.state.with_untracked(|s| {
        assert_eq!(s.pin(&id(1)).map(|p| p.title.as_str()), Some("nieuwer"));
        assert_eq!(s.pin(&id(2)).map(|p| p.title.as_str()), Some("droom 2"));
        assert!(s.pin(&id(3)).is_some());
    });
    assert_eq!(w.sync.repo.pins.borrow().len(), 2, "pins 1 and 3 stored");
    assert_eq!(w.pending(), 0, "what was pulled is not sent back");

    // A second pull reads the listing only: nothing changed there.
    let gets = |w: &World| {
        w.sync
            .dav
            .log
            .borrow()
            .iter()
            .filter(|l| l.starts_with("GET"))
            .count()
    };
    let before = gets(&w);
    assert_eq!(block_on(w.sync.pull(w.state, &w.settings, T0)), 0);
    assert_eq!(gets(&w), before);
}

#[test]
fn a_failed_listing_changes_nothing() {
    let w = world();
    w.sync.dav.plant(
        &w.settings.file(&id(1), "geojson"),
        &pin(1, "2026-12-01T10:00:00Z"),
    );
    w.sync.dav.fail_next(&[Ok(401)]);
    assert_eq!(block_on(w.sync.pull(w.state, &w.settings, T0)), 0);
    assert!(w.state.with_untracked(|s| s.pins.is_empty()));
}

#[test]
fn test_connection_tells_what_is_wrong() {
    let w = world();
    let settings = &w.settings;
    assert_eq!(
        block_on(w.sync.test_connection(settings, "probe")),
        Ok(settings.folder())
    );
    assert!(
        w.sync.dav.files.borrow().is_empty(),
        "the probe file is removed"
    );
    w.sync.dav.fail_next(&[Err(DavError::Cors)]);
    assert_eq!(
        block_on(w.sync.test_connection(settings, "probe")),
        Err(Problem::Cors)
    );
    w.sync.dav.fail_next(&[Ok(401)]);
    assert_eq!(
        block_on(w.sync.test_connection(settings, "probe")),
        Err(Problem::Refused)
    );
}

#[test]
fn a_wrong_password_stops_sending_after_a_few_tries_and_says_so() {
    let w = world();
    w.save((1..=5).map(|n| pin(n, "2026-12-01T10:00:00Z")).collect());
    // Every request is refused, as with a revoked app password.
    w.sync.dav.fail_next(&[Ok(401); 50]);
    let mut t = T0;
    for _ in 0..60 {
        w.send(t);
        t += 1000.0;
    }
    let requests = w.sync.dav.log.borrow().len();
    assert_eq!(
        requests, HALT_AFTER as usize,
        "one request per round, then no more"
    );
    assert!(w.sync.halted());
    let status = w.state.with_untracked(|s| s.upload.clone());
    assert_eq!(status.problem, Some(Problem::Refused));
    assert!(status.halted);
    assert_eq!(status.pending, 5, "nothing is lost");

    // The organiser fixes the password and presses "send now".
    w.sync.dav.faults.borrow_mut().clear();
    w.sync.send_now();
    w.send(t);
    assert_eq!(w.pending(), 0);
    let status = w.state.with_untracked(|s| s.upload.clone());
    assert_eq!((status.problem, status.halted), (None, false));
}

#[test]
fn a_refusal_that_waiting_does_not_heal_halts_sending_after_a_few_tries() {
    // 404: the folder went away after it was made; 413: the server takes no file this large.
    for (status, problem) in [(404, Problem::NoFolder), (413, Problem::Full)] {
        let w = world();
        w.save((1..=5).map(|n| pin(n, "2026-12-01T10:00:00Z")).collect());
        w.sync.dav.fail_next(&[Ok(201)]); // the folder is made
        w.sync.dav.fail_next(&[Ok(status); 50]);
        let mut t = T0;
        for _ in 0..60 {
            w.send(t);
            t += 1000.0;
        }
        assert_eq!(
            w.puts(),
            HALT_AFTER as usize,
            "{status}: one PUT a round, then none"
        );
        assert!(w.sync.halted(), "{status}");
        let upload = w.state.with_untracked(|s| s.upload.clone());
        assert_eq!((upload.problem, upload.halted), (Some(problem), true));
        assert_eq!(upload.pending, 5, "nothing is lost");
    }
}

#[test]
fn a_server_error_never_halts() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    w.sync.dav.fail_next(&[Ok(201)]);
    w.sync.dav.fail_next(&[Ok(500); 10]);
    let mut t = T0;
    for _ in 0..10 {
        w.sync.send_now();
        w.send(t);
        t += 1.0;
    }
    assert!(!w.sync.halted());
    w.sync.send_now();
    w.send(t);
    assert_eq!(w.pending(), 0);
}

#[test]
fn missing_parent_folders_are_made_one_level_at_a_time() {
    let mut w = world();
    w.settings.url = "http://127.0.0.1:1/dav/oase/".into();
    w.sync.dav.strict_folders.set(true);
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    w.send(T0);
    assert_eq!(w.pending(), 0, "the pin arrived");
    let log = w.sync.dav.log.borrow();
    let mkcols: Vec<&str> = log
        .iter()
        .filter(|l| l.starts_with("MKCOL"))
        .map(String::as_str)
        .collect();
    assert_eq!(
        mkcols,
        [
            "MKCOL http://127.0.0.1:1/dav/oase/buurtfeest/",
            "MKCOL http://127.0.0.1:1/dav/oase/",
            "MKCOL http://127.0.0.1:1/dav/",
            "MKCOL http://127.0.0.1:1/dav/oase/",
            "MKCOL http://127.0.0.1:1/dav/oase/buurtfeest/",
        ]
    );
}

#[test]
fn a_newer_version_from_elsewhere_settles_the_outbox_entry() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    // A newer version arrives by pull (stored without queueing) before the upload ran.
    w.state.update(|s| s.upsert(pin(1, "2026-12-01T12:00:00Z")));
    w.send(T0);
    assert_eq!(w.pending(), 0, "sent 12:00 settles the 10:00 entry");
    w.send(T0 + 1000.0);
    assert_eq!(w.puts(), 1, "and it is not sent again and again");
}

#[test]
fn a_pulled_file_that_is_not_a_valid_pin_of_its_name_is_skipped_and_named() {
    let w = world();
    let good = pin(1, "2026-12-01T10:00:00Z");
    w.sync
        .dav
        .plant(&w.settings.file(&good.id, "geojson"), &good);
    // Another pin's file name; a time in the year 9999; a photo pointing at another pin's.
    w.sync.dav.plant(
        &w.settings.file(&id(7), "geojson"),
        &pin(2, "2026-12-01T10:00:00Z"),
    );
    w.sync.dav.plant(
        &w.settings.file(&id(3), "geojson"),
        &pin(3, "9999-12-31T00:00:00Z"),
    );
    let mut thief = pin(4, "2026-12-01T10:00:00Z");
    thief.photo = Some(format!("{}.jpg", id(1)));
    w.sync
        .dav
        .plant(&w.settings.file(&id(4), "geojson"), &thief);
    let changed = block_on(w.sync.pull(w.state, &w.settings, T0));
    assert_eq!(changed, 1);
    w.state.with_untracked(|s| {
        assert_eq!(s.pins.len(), 1);
        assert!(s.pin(&id(1)).is_some());
        let names: Vec<&str> = s.upload.skipped.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names.len(), 3, "{:?}", s.upload.skipped);
    });
}

/// Pulls pin 1 whose photo file on the collection point holds `photo`; the pin arrives.
fn pull_pin_with_photo(photo: Vec<u8>) -> World {
    let w = world();
    let mut p = pin(1, "2026-12-01T10:00:00Z");
    p.photo = Some(format!("{}.jpg", id(1)));
    w.sync.dav.plant(&w.settings.file(&p.id, "geojson"), &p);
    w.sync
        .dav
        .files
        .borrow_mut()
        .insert(w.settings.file(&p.id, "jpg"), (Stored::Photo(photo), 99));
    block_on(w.sync.pull(w.state, &w.settings, T0));
    assert!(w.state.with_untracked(|s| s.pin(&id(1)).is_some()));
    w
}

#[test]
fn a_pulled_photo_that_is_no_picture_is_not_kept() {
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    let w = pull_pin_with_photo(svg);
    assert!(w.sync.repo.photos.borrow().is_empty(), "the SVG is refused");
}

#[test]
fn a_pulled_photo_over_the_size_cap_is_not_kept() {
    // A JPEG by its first bytes: at the cap it is kept; one byte over, it is refused before
    // anything decodes it (a huge file could take the device's memory).
    let mut photo = vec![0xFF, 0xD8, 0xFF, 0xE0];
    photo.resize(MAX_PULLED_PHOTO_BYTES, 0);
    let w = pull_pin_with_photo(photo.clone());
    assert_eq!(w.sync.repo.photos.borrow().len(), 1, "at the cap");
    photo.push(0);
    let w = pull_pin_with_photo(photo);
    assert!(w.sync.repo.photos.borrow().is_empty(), "over the cap");
}

#[test]
fn a_pin_with_a_photo_uploads_under_its_own_name_and_pulls_back() {
    let w = world();
    let mut p = pin(1, "2026-12-01T10:00:00Z");
    p.photo = Some("d0e1f2a3-0000-4000-8000-000000000000.jpg".into());
    block_on(
        w.sync
            .repo
            .put_photo(p.photo.as_deref().unwrap(), &vec![0xFF, 0xD8, 0xFF, 0xE0]),
    )
    .unwrap();
    w.save(vec![p.clone()]);
    w.send(T0);
    assert_eq!(w.pending(), 0);
    // A second device pulls it: the pin and its photo arrive.
    let other = Syncer::new(MemoryRepository::default(), MemoryDav::default());
    *other.dav.files.borrow_mut() = w.sync.dav.files.borrow().clone();
    let owner = Owner::new();
    owner.set();
    let state = Store::new(AppState::new(Settings::default(), Lang::Nl, None));
    assert_eq!(block_on(other.pull(state, &w.settings, T0)), 1);
    let photo = format!("{}.jpg", id(1));
    assert_eq!(
        state.with_untracked(|s| s.pin(&id(1)).and_then(|p| p.photo.clone())),
        Some(photo.clone())
    );
    assert!(other.repo.photos.borrow().contains_key(&photo));
}

#[test]
fn a_done_dreams_photo_after_uploads_beside_its_pin_and_pulls_back() {
    let w = world();
    let mut p = pin(1, "2026-12-01T10:00:00Z");
    let key = "1796000000000-d0e1f2a3-0000-4000-8000-000000000000.jpg";
    crate::domain::deed::set_after_photo(&mut p, Some(key));
    block_on(w.sync.repo.put_photo(key, &vec![0xFF, 0xD8, 0xFF, 0xE1])).unwrap();
    w.save(vec![p.clone()]);
    w.send(T0);
    assert_eq!(w.pending(), 0);
    let url = w.settings.file(&id(1), "after.jpg");
    assert!(w.sync.dav.files.borrow().contains_key(&url));
    let other = Syncer::new(MemoryRepository::default(), MemoryDav::default());
    *other.dav.files.borrow_mut() = w.sync.dav.files.borrow().clone();
    let owner = Owner::new();
    owner.set();
    let state = Store::new(AppState::new(Settings::default(), Lang::Nl, None));
    assert_eq!(block_on(other.pull(state, &w.settings, T0)), 1);
    let after = format!("{}.after.jpg", id(1));
    assert_eq!(
        state.with_untracked(|s| s.pin(&id(1)).and_then(crate::domain::deed::after_photo)),
        Some(after.clone())
    );
    assert!(other.repo.photos.borrow().contains_key(&after));
}

#[test]
fn a_removed_pin_takes_its_photo_from_the_collection_point_too() {
    let w = world();
    let photo_url = w.settings.file(&id(1), "jpg");
    w.sync.dav.files.borrow_mut().insert(
        photo_url.clone(),
        (Stored::Photo(vec![0xFF, 0xD8, 0xFF]), 1),
    );
    w.save(vec![
        pin(1, "2026-12-01T10:00:00Z").tombstone("2026-12-01T11:00:00Z")
    ]);
    w.send(T0);
    assert_eq!(w.pending(), 0);
    assert!(!w.sync.dav.files.borrow().contains_key(&photo_url));
    let tombstone = w.settings.file(&id(1), "geojson");
    assert!(
        matches!(&w.sync.dav.files.borrow()[&tombstone].0, Stored::Text(t) if t.contains("\"deleted\":true"))
    );
}

#[test]
fn a_success_brings_the_retries_of_passing_failures_forward() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    // Pin 1 has failed often (a long backoff), then fails once more with a hiccup.
    w.sync
        .repo
        .queue
        .borrow_mut()
        .get_mut(&id(1))
        .unwrap()
        .attempts = 6;
    w.sync.dav.fail_next(&[Ok(201), Ok(500)]);
    w.send(T0);
    assert_eq!(w.sync.next_try(&id(1)), Some(T0 + 60_000.0));
    // Another pin goes through: the server is evidently there, so pin 1 comes soon.
    w.save(vec![pin(2, "2026-12-01T10:00:00Z")]);
    w.send(T0 + 1_000.0);
    assert_eq!(w.sync.next_try(&id(1)), Some(T0 + 1_000.0 + 2_000.0));
    w.send(T0 + 3_000.0);
    assert_eq!(w.pending(), 0);
}

#[test]
fn a_hiccup_right_after_a_success_waits_only_briefly() {
    let w = world();
    w.save(vec![pin(1, "2026-12-01T10:00:00Z")]);
    w.send(T0);
    w.save(vec![pin(2, "2026-12-01T10:00:00Z")]);
    w.sync
        .repo
        .queue
        .borrow_mut()
        .get_mut(&id(2))
        .unwrap()
        .attempts = 6;
    w.sync.dav.fail_next(&[Ok(502)]);
    w.send(T0 + 5_000.0);
    assert_eq!(w.sync.next_try(&id(2)), Some(T0 + 5_000.0 + 2_000.0));
    // Long after the last success, the backoff applies in full.
    w.sync.dav.fail_next(&[Ok(502)]);
    w.send(T0 + 60_000.0);
    assert_eq!(w.sync.next_try(&id(2)), Some(T0 + 60_000.0 + 60_000.0));
}

/// A phone's version of pin `n`, as it writes it through the drop with its `secret`.
fn dropped(w: &World, p: &Pin, secret: &str) {
    let url = format!("{}inbox/{}", w.settings.folder(), drop_name(p, "geojson"));
    w.sync.dav.plant(&url, &as_dropped(p, secret));
}

/// Someone with the drop's link writes pin `n` anew ("overgenomen") with `secret`; returns
/// how many pins the next pull changed.
fn take_over(w: &World, n: u32, at: &str, secret: &str) -> usize {
    let mut theirs = pin(n, at);
    theirs.title = "overgenomen".into();
    dropped(w, &theirs, secret);
    block_on(w.sync.pull(w.state, &w.settings, T0))
}

fn title_here(w: &World, n: u32) -> Option<String> {
    w.state
        .with_untracked(|s| s.pin(&id(n)).map(|p| p.title.clone()))
}

#[test]
fn a_phone_adds_through_the_inbox_and_only_that_phone_changes_its_pin() {
    let w = world();
    let mine = pin(1, "2026-12-01T10:00:00Z");
    dropped(&w, &mine, "secret-of-phone-one-123");
    assert_eq!(block_on(w.sync.pull(w.state, &w.settings, T0)), 1);
    let here = w.state.with_untracked(|s| s.pin(&id(1)).cloned()).unwrap();
    assert!(here.owner().is_some());
    assert!(here.extra.get("key").is_none(), "the secret is never kept");
    assert_eq!(
        w.pending(),
        1,
        "it goes on to the collection for the other devices"
    );

    // Another phone (or someone with the link) tries to change it: refused, counted.
    assert_eq!(
        take_over(&w, 1, "2026-12-01T11:00:00Z", "secret-of-phone-two-456"),
        0
    );
    assert_eq!(title_here(&w, 1).as_deref(), Some("droom 1"));
    assert_eq!(w.state.with_untracked(|s| s.upload.refused), 1);

    // The same phone edits it: taken in.
    let mut edit = pin(1, "2026-12-01T12:00:00Z");
    edit.title = "een buurtkeuken".into();
    dropped(&w, &edit, "secret-of-phone-one-123");
    assert_eq!(block_on(w.sync.pull(w.state, &w.settings, T0)), 1);
    assert_eq!(title_here(&w, 1).as_deref(), Some("een buurtkeuken"));
}

#[test]
fn a_planted_file_with_an_organiser_pins_id_changes_nothing() {
    let w = world();
    w.save(vec![pin(2, "2026-12-01T10:00:00Z")]);
    assert_eq!(
        take_over(&w, 2, "2026-12-01T13:00:00Z", "a-brand-new-secret-789"),
        0
    );
    assert_eq!(title_here(&w, 2).as_deref(), Some("droom 2"));
    assert_eq!(w.state.with_untracked(|s| s.upload.refused), 1);
    // Read once: the next round does not count it again.
    block_on(w.sync.pull(w.state, &w.settings, T0));
    assert_eq!(w.state.with_untracked(|s| s.upload.refused), 1);
}

#[test]
fn with_hold_a_phones_pin_waits_for_the_ok_and_an_edit_keeps_it_waiting() {
    let w = world();
    w.state.settings().update(|s| s.event.hold = true);
    dropped(&w, &pin(3, "2026-12-01T10:00:00Z"), "secret-of-phone-three");
    block_on(w.sync.pull(w.state, &w.settings, T0));
    assert_eq!(
        w.state.with_untracked(|s| s.pin(&id(3)).map(Pin::waiting)),
        Some(true)
    );
    let mut edit = pin(3, "2026-12-01T11:00:00Z");
    edit.title = "nog steeds".into();
    dropped(&w, &edit, "secret-of-phone-three");
    block_on(w.sync.pull(w.state, &w.settings, T0));
    assert_eq!(title_here(&w, 3).as_deref(), Some("nog steeds"));
    assert_eq!(
        w.state.with_untracked(|s| s.pin(&id(3)).map(Pin::waiting)),
        Some(true)
    );
}

#[test]
fn a_joined_phone_sends_each_version_to_the_drop_without_making_folders() {
    let w = world();
    w.state.settings().update(|s| {
        s.upload.enabled = false;
        s.event.joined = Some(crate::domain::event::Joined {
            event: "Buurtfeest".into(),
            drop: crate::domain::join::Drop {
                url: "http://127.0.0.1:1/drop/buurtfeest/".into(),
                user: "drop".into(),
                password: "zaad".into(),
            },
            snapshot: None,
            secret: "secret-of-this-phone-1".into(),
        });
    });
    let dest = w
        .state
        .with_untracked(|s| s.settings.destination())
        .unwrap();
    w.save(vec![pin(4, "2026-12-01T10:00:00Z")]);
    block_on(w.sync.send_due(w.state, &dest, T0));
    let log = w.sync.dav.log.borrow().clone();
    assert!(
        log.iter()
            .all(|l| l.starts_with("PUT http://127.0.0.1:1/drop/buurtfeest/")),
        "{log:?}"
    );
    assert_eq!(log.len(), 1);
    assert_eq!(w.pending(), 0);
}

#[test]
fn the_organiser_publishes_a_snapshot_when_it_changes_and_a_phone_reads_it() {
    let w = world();
    w.save(vec![pin(5, "2026-12-01T10:00:00Z")]);
    assert!(block_on(w.sync.publish(w.state, &w.settings)));
    assert!(
        !block_on(w.sync.publish(w.state, &w.settings)),
        "unchanged: not written again"
    );
    let url = format!("{}public/kaart.geojson", w.settings.folder());
    assert!(w.sync.dav.files.borrow().contains_key(&url));
    w.save(vec![pin(6, "2026-12-01T10:00:00Z")]);
    assert!(block_on(w.sync.publish(w.state, &w.settings)));

    let phone = world();
    assert!(block_on(w.sync.fetch_shared(phone.state, &url, T0)));
    let shared = phone.state.with_untracked(|s| s.shared.len());
    assert_eq!(shared, 2);
    assert!(!block_on(w.sync.fetch_shared(
        phone.state,
        "http://127.0.0.1:1/nope",
        T0
    )));
}

#[test]
fn a_phones_photo_comes_from_the_inbox_file_of_that_version() {
    let w = world();
    let mut p = pin(7, "2026-12-01T10:00:00Z");
    p.photo = Some("1796000000000-00000000-0000-4000-8000-00000000abcd.jpg".into());
    dropped(&w, &p, "secret-of-phone-seven");
    let photo = format!("{}inbox/{}", w.settings.folder(), drop_name(&p, "jpg"));
    let jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
    w.sync
        .dav
        .files
        .borrow_mut()
        .insert(photo, (Stored::Photo(jpeg.clone()), 99));
    assert_eq!(block_on(w.sync.pull(w.state, &w.settings, T0)), 1);
    let key = format!("{}.jpg", id(7));
    assert_eq!(w.sync.repo.photos.borrow().get(&key), Some(&jpeg));
}

#[test]
fn stories_and_hearts_travel_through_the_collection_and_a_phones_drop() {
    use crate::domain::contribution::{heart, new_story};
    use crate::domain::join::as_dropped_contribution;
    let w = world();
    w.save(vec![pin(8, "2026-12-01T10:00:00Z")]);
    let story = new_story(
        &id(80),
        &id(8),
        "Hier speelden wij vroeger",
        "Fatima",
        vec!["koken".into()],
        vec![],
        "2026-12-01T11:00:00Z",
    )
    .unwrap();
    block_on(crate::store::contributions::save_contributions_in(
        &w.sync.repo,
        w.state,
        vec![story.clone()],
    ))
    .unwrap();
    w.send(T0);
    assert_eq!(w.pending(), 0);
    assert!(w
        .sync
        .dav
        .files
        .borrow()
        .contains_key(&w.settings.file(&id(80), "geojson")));

    // A second device pulls the story; a phone's heart arrives through the inbox.
    let other = world();
    other
        .sync
        .dav
        .files
        .replace(w.sync.dav.files.borrow().clone());
    let h = heart(&id(81), &id(8), "2026-12-01T12:00:00Z");
    let url = format!("{}inbox/{}", other.settings.folder(), h.drop_name());
    other.sync.dav.files.borrow_mut().insert(
        url,
        (
            Stored::Text(
                contribution_feature(&as_dropped_contribution(&h, "secret-of-a-phone-1"))
                    .to_string(),
            ),
            500,
        ),
    );
    block_on(other.sync.pull(other.state, &other.settings, T0));
    other.state.with_untracked(|s| {
        assert_eq!(
            crate::domain::contribution::stories(&s.contributions, &id(8)).len(),
            1
        );
        assert_eq!(
            crate::domain::contribution::hearts(&s.contributions, &id(8)),
            1
        );
    });
    // Pulled again: nothing changes, nothing doubles.
    assert_eq!(
        block_on(other.sync.pull(other.state, &other.settings, T0)),
        0
    );
}
