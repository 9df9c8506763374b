//! The upload outbox and the pull from the collection point, run in the background.
//!
//! The outbox lives in storage (written in the same transaction as the pin), so it survives
//! restarts; a round every second sends what is due, six at a time; a failure waits
//! [`backoff_ms`] before the next try, and coming back online makes everything due at once.
//! [`Syncer`] holds the logic behind the [`repo`](super::repo) traits, so it is tested natively;
//! [`start`] runs it in the browser with IndexedDB and `fetch`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;

use super::repo::{
    Body, Dav, DavError, DavRequest, FetchDav, IdbRepository, OutboxRepository, PinRepository,
    Queued,
};
use super::{AppState, AppStateStoreFields};
use crate::browser::{channel, clock, dav};
use crate::domain::contribution::{plan_contributions, Contribution};
use crate::domain::deed::after_photo;
use crate::domain::event::{read_snapshot, snapshot, Destination, SNAPSHOT_FILE};
use crate::domain::geojson::feature;
use crate::domain::join::{accept_dropped, read_drop_name, Contributed, ContributionError};
use crate::domain::merge;
use crate::domain::pin::Pin;
use crate::domain::upload::{
    accept_pulled_file, backoff_ms, folder_chain, listing, problem, Listed, Problem, PulledFile,
    UploadSettings, AFTER_EXT, PROPFIND_BODY,
};

/// How many uploads are in flight at once.
const IN_FLIGHT: usize = 6;
/// Failures in a row that do not heal by waiting (a wrong password) before sending stops.
/// Nextcloud blocks an address after about ten failed logins.
pub const HALT_AFTER: u32 = 3;
/// After a success, pins that failed in a way that heals are tried again within this (ms).
const SOON_MS: f64 = 2_000.0;
/// A passing failure this soon after a success (ms) is a hiccup of a working server: the pin
/// waits [`SOON_MS`], not its whole backoff.
const RECENT_MS: f64 = 30_000.0;

/// How often a phone reads the event's published snapshot (ms).
const SHARED_MS: f64 = 20_000.0;

/// The sync logic and what it remembers between rounds.
pub struct Syncer<R, D> {
    pub repo: R,
    pub dav: D,
    /// When each failed pin may be tried again (ms since the epoch), and whether its failure
    /// heals by waiting.
    next_try: RefCell<HashMap<String, (f64, bool)>>,
    /// The event folders made (MKCOL once each).
    folders: RefCell<Vec<String>>,
    /// The version of each collection file already read (pull).
    seen: RefCell<HashMap<String, String>>,
    /// Failures in a row that waiting does not heal; at [`HALT_AFTER`] sending stops.
    lasting: Cell<u32>,
    /// When a pin last went through (ms since the epoch).
    last_success: Cell<f64>,
    /// Collection files not taken in, by name: why.
    skipped: RefCell<std::collections::BTreeMap<String, String>>,
    /// Contributions refused because they touched a pin that is not their phone's.
    refused: Cell<usize>,
    /// The snapshot last published, so an unchanged one is not written again.
    published: RefCell<Option<String>>,
}

impl<R, D> Syncer<R, D>
where
    R: PinRepository + OutboxRepository,
    D: Dav<Photo = R::Photo>,
{
    pub fn new(repo: R, dav: D) -> Self {
        Self {
            repo,
            dav,
            next_try: RefCell::default(),
            folders: RefCell::default(),
            seen: RefCell::default(),
            lasting: Cell::new(0),
            last_success: Cell::new(f64::NEG_INFINITY),
            skipped: RefCell::default(),
            refused: Cell::new(0),
            published: RefCell::default(),
        }
    }

    /// Makes every waiting pin due now ("send now", new settings, or back online), and starts
    /// sending again after a halt.
    pub fn send_now(&self) {
        self.next_try.borrow_mut().clear();
        self.lasting.set(0);
    }

    /// Whether sending has stopped after failures that do not heal by waiting.
    pub fn halted(&self) -> bool {
        self.lasting.get() >= HALT_AFTER
    }

    /// Counts a failure: one that does not heal brings the halt nearer; the store hears of it.
    fn failed(&self, state: Store<AppState>, p: Problem) {
        if p.heals() {
            self.lasting.set(0);
        } else {
            self.lasting.set(self.lasting.get() + 1);
        }
        let halted = self.halted();
        state.upload().update(|u| {
            u.problem = Some(p);
            u.halted = halted;
        });
    }

    /// When pin `id` may be tried again, if it is waiting after a failure.
    pub fn next_try(&self, id: &str) -> Option<f64> {
        self.next_try.borrow().get(id).map(|(t, _)| *t)
    }

    /// Reads the outbox's counts into the store.
    pub async fn refresh(&self, state: Store<AppState>) {
        if let Ok(outbox) = self.repo.outbox().await {
            state.upload().update(|u| {
                u.pending = outbox.queue.len();
                u.sent = outbox.sent;
            });
        }
    }

    /// Sends every pin that is due at `now` (ms), six at a time.
    pub async fn send_due(&self, state: Store<AppState>, dest: &Destination, now: f64) {
        if self.halted() {
            self.refresh(state).await;
            return;
        }
        let Ok(outbox) = self.repo.outbox().await else {
            return;
        };
        let due: Vec<_> = outbox
            .queue
            .into_iter()
            .filter(|(id, _)| self.next_try(id).is_none_or(|t| t <= now))
            .collect();
        if !due.is_empty() {
            if let Err(p) = self.ensure_folder(dest).await {
                self.failed(state, p);
                for (id, q) in &due {
                    self.next_try
                        .borrow_mut()
                        .insert(id.clone(), (now + wait_ms(p, q.attempts), p.heals()));
                }
            } else {
                // Each worker takes the next pin as soon as it is done. No answer at all, or a
                // failure that does not heal, stops the round: the rest would fail the same way.
                let queue = RefCell::new(due.into_iter());
                let stop = Cell::new(false);
                let worker = || async {
                    while !stop.get() {
                        let Some((id, q)) = queue.borrow_mut().next() else {
                            break;
                        };
                        let p = self.send_one(state, dest, &id, &q, now).await;
                        if p.is_some_and(|p| p == Problem::Unreachable || !p.heals()) {
                            stop.set(true);
                        }
                    }
                };
                futures::future::join_all((0..IN_FLIGHT).map(|_| worker())).await;
            }
        }
        self.refresh(state).await;
    }

    async fn request(&self, request: DavRequest<R::Photo>) -> Result<u16, Problem> {
        match self.dav.send(request).await {
            Ok(answer) => Ok(answer.status),
            Err(DavError::Cors) => Err(Problem::Cors),
            Err(DavError::Redirected) => Err(Problem::Moved),
            Err(DavError::Unreachable) => Err(Problem::Unreachable),
        }
    }

    /// Makes the event's folder, and the folders above it that are missing (a fresh server
    /// answers 409 to a folder whose parent is not there), one level at a time.
    async fn ensure_folder(&self, dest: &Destination) -> Result<(), Problem> {
        let Some(folder) = dest.folder() else {
            return Ok(());
        };
        if self.folders.borrow().contains(&folder) {
            return Ok(());
        }
        let chain = folder_chain(&folder);
        let mut level = 0;
        // Up the chain until a folder can be made, then down again; each step at most twice.
        for _ in 0..chain.len() * 2 {
            let url = &chain[level];
            let status = self
                .request(DavRequest::new("MKCOL", url, dest.authorization()))
                .await?;
            match status {
                // 405: it is there already.
                201 | 405 if level == 0 => {
                    self.folders.borrow_mut().push(folder);
                    return Ok(());
                }
                201 | 405 => level -= 1,
                409 if level + 1 < chain.len() => level += 1,
                s => return Err(problem(s).unwrap_or(Problem::NoFolder)),
            }
        }
        Err(Problem::NoFolder)
    }

    /// Sends one pin (its photo first); on success it leaves the outbox. Returns the problem.
    async fn send_one(
        &self,
        state: Store<AppState>,
        dest: &Destination,
        id: &str,
        q: &Queued,
        now: f64,
    ) -> Option<Problem> {
        let pin = state.with_untracked(|s| s.pins.iter().find(|p| p.id == id).cloned());
        let sent = match pin {
            Some(pin) => self.put_pin(dest, &pin).await.map(|_| pin.updated_at),
            None => {
                let c =
                    state.with_untracked(|s| s.contributions.iter().find(|c| c.id == id).cloned());
                let Some(c) = c else {
                    return None; // Not loaded yet; the next round has it.
                };
                let body = Body::Text(dest.contribution_body(&c).to_string());
                let url = dest.contribution_file(&c);
                self.put(dest.authorization(), url, "application/geo+json", body)
                    .await
                    .map(|_| c.updated_at)
            }
        };
        match sent {
            Ok(version) => {
                let _ = self.repo.mark_sent(id, &version).await;
                // The collection point takes pins again: those waiting after a passing failure
                // (a hiccup, a dropped connection) need not sit out the rest of their backoff.
                let mut waiting = self.next_try.borrow_mut();
                waiting.remove(id);
                for (t, heals) in waiting.values_mut() {
                    if *heals {
                        *t = t.min(now + SOON_MS);
                    }
                }
                drop(waiting);
                self.last_success.set(now);
                self.lasting.set(0);
                state.upload().update(|u| {
                    u.problem = None;
                    u.halted = false;
                });
                None
            }
            Err(p) => {
                let _ = self.repo.mark_failed(id, q).await;
                let mut wait = wait_ms(p, q.attempts + 1);
                if p.heals() && now - self.last_success.get() < RECENT_MS {
                    wait = wait.min(SOON_MS);
                }
                self.next_try
                    .borrow_mut()
                    .insert(id.to_owned(), (now + wait, p.heals()));
                self.failed(state, p);
                Some(p)
            }
        }
    }

    async fn put(
        &self,
        auth: Option<String>,
        url: String,
        content_type: &'static str,
        body: Body<R::Photo>,
    ) -> Result<(), Problem> {
        let mut request = DavRequest::new("PUT", url, auth);
        request.content_type = Some(content_type);
        request.body = body;
        let status = self.request(request).await?;
        problem(status).map_or(Ok(()), Err)
    }

    /// Fetches a photo at `url` and keeps it as `key`, decoded and encoded again as a JPEG (as
    /// every photo from elsewhere); a photo that cannot be read is left out.
    async fn fetch_photo(&self, settings: &UploadSettings, url: &str, key: &str) {
        let mut get = DavRequest::new("GET", url, settings.authorization());
        get.want_photo = true;
        if let Ok(Some(blob)) = self.dav.send(get).await.map(|a| a.photo) {
            if let Some(clean) = self.repo.clean_photo(blob).await {
                let _ = self.repo.put_photo(key, &clean).await;
            }
        }
    }

    async fn put_pin(&self, dest: &Destination, pin: &Pin) -> Result<(), Problem> {
        if pin.deleted && dest.removes() {
            // A removed pin's photos go from the collection point too (gone already: fine).
            for ext in ["jpg", AFTER_EXT] {
                let url = dest.file(pin, ext);
                let _ = self
                    .request(DavRequest::new("DELETE", url, dest.authorization()))
                    .await?;
            }
        }
        // Its photo, and a done dream's photo after (only the organiser's collection has one).
        let after = after_photo(pin).filter(|_| dest.removes());
        let photos = [(pin.photo.clone(), "jpg"), (after, AFTER_EXT)];
        for (key, ext) in photos.into_iter().filter(|_| !pin.deleted) {
            let Some(key) = key else { continue };
            if let Ok(Some(blob)) = self.repo.photo(&key).await {
                let url = dest.file(pin, ext);
                self.put(dest.authorization(), url, "image/jpeg", Body::Photo(blob))
                    .await?;
            }
        }
        // As the destination knows it: the photo under the pin's own name.
        let body = Body::Text(feature(&dest.body(pin)).to_string());
        let url = dest.file(pin, "geojson");
        self.put(dest.authorization(), url, "application/geo+json", body)
            .await
    }

    /// The `.geojson` files of `folder` (PROPFIND, Depth 1) that changed since they were last
    /// read (`seen` is keyed by `tag` + name); `None` when the folder cannot be listed.
    async fn changed_files(
        &self,
        settings: &UploadSettings,
        folder: &str,
        tag: &str,
    ) -> Vec<Listed> {
        let mut request = DavRequest::new("PROPFIND", folder, settings.authorization());
        request.depth = Some("1");
        request.content_type = Some("application/xml; charset=utf-8");
        request.body = Body::Text(PROPFIND_BODY.to_owned());
        match self.dav.send(request).await {
            Ok(answer) if answer.status == 207 => listing(&answer.text)
                .into_iter()
                .filter(|f| self.seen.borrow().get(&format!("{tag}{}", f.name)) != Some(&f.version))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The text of one file, if it could be read.
    async fn text_of(&self, settings: &UploadSettings, url: String) -> Option<String> {
        let got = self
            .dav
            .send(DavRequest::new("GET", url, settings.authorization()))
            .await
            .ok()?;
        got.ok().then_some(got.text)
    }

    /// Notes what became of a file: read once per version, so a skipped file is looked at again
    /// only when it changes; why it was skipped stays in the status until it is taken in.
    fn read(&self, key: String, version: String, why: Option<String>) {
        match why {
            Some(why) => self.skipped.borrow_mut().insert(key.clone(), why),
            None => self.skipped.borrow_mut().remove(&key),
        };
        self.seen.borrow_mut().insert(key, version);
    }

    /// Reads the collection: new or changed files are fetched, checked like an import (a file
    /// that is not a valid pin of its own name is skipped and named in the status, never half
    /// taken in) and merged. Then the event's inbox, where residents' phones write through the
    /// drop: each file is a contribution, taken in only as a new pin or as a change to a pin
    /// made by the same phone (others are refused and counted). `now` (ms) bounds how far ahead
    /// a pin's time may be. Returns how many pins changed here.
    pub async fn pull(&self, state: Store<AppState>, settings: &UploadSettings, now: f64) -> usize {
        let folder = settings.folder();
        // Each pin read, with the address of the photo of that version; stories and hearts
        // from the collection, and those from phones.
        let mut pulled: Vec<(Pin, String)> = Vec::new();
        let mut contributions: Vec<Contribution> = Vec::new();
        let mut from_phones: Vec<Contribution> = Vec::new();
        for file in self.changed_files(settings, &folder, "").await {
            let Some(text) = self
                .text_of(settings, format!("{folder}{}", file.name))
                .await
            else {
                continue;
            };
            let why = match accept_pulled_file(&file.name, &text, now as i64) {
                Ok(PulledFile::Pin(pin)) => {
                    let photo = settings.file(&pin.id, "jpg");
                    pulled.push((pin, photo));
                    None
                }
                Ok(PulledFile::Contribution(c)) => {
                    contributions.push(c);
                    None
                }
                Err(why) => Some(why.to_string()),
            };
            self.read(file.name, file.version, why);
        }
        let inbox = format!("{folder}inbox/");
        let hold = state.with_untracked(|s| s.settings.event.hold);
        let mut contributed = std::collections::HashSet::new();
        for file in self.changed_files(settings, &inbox, "inbox/").await {
            let key = format!("inbox/{}", file.name);
            let Some(name) = read_drop_name(&file.name) else {
                self.read(
                    key,
                    file.version,
                    Some(ContributionError::Name(file.name).to_string()),
                );
                continue;
            };
            let Some(text) = self
                .text_of(settings, format!("{inbox}{}", file.name))
                .await
            else {
                continue;
            };
            // The pin as it stands: read just now, or kept here.
            let existing = pulled
                .iter()
                .rev()
                .map(|(p, _)| p)
                .find(|p| p.id == name.id)
                .cloned()
                .or_else(|| {
                    state.with_untracked(|s| s.pins.iter().find(|p| p.id == name.id).cloned())
                });
            let existing_contribution = from_phones
                .iter()
                .rev()
                .find(|c| c.id == name.id)
                .cloned()
                .or_else(|| {
                    state.with_untracked(|s| {
                        s.contributions.iter().find(|c| c.id == name.id).cloned()
                    })
                });
            let accepted = accept_dropped(
                &file.name,
                &text,
                existing.as_ref(),
                existing_contribution.as_ref(),
                hold,
                now as i64,
            );
            let why = match accepted {
                Ok(Contributed::Pin(pin)) => {
                    contributed.insert(pin.id.clone());
                    pulled.push((pin, format!("{inbox}{}.jpg", name.stem)));
                    None
                }
                Ok(Contributed::Contribution(mut c)) => {
                    // A story shows with its pin; only pins wait for the organiser's OK.
                    c.set_waiting(false);
                    from_phones.push(c);
                    None
                }
                Err(why) => {
                    if matches!(why, ContributionError::NotTheirs { .. }) {
                        self.refused.set(self.refused.get() + 1);
                    }
                    Some(why.to_string())
                }
            };
            self.read(key, file.version, why);
        }
        let skipped: Vec<(String, String)> = self
            .skipped
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let refused = self.refused.get();
        if state.with_untracked(|s| s.upload.skipped != skipped || s.upload.refused != refused) {
            state.upload().update(|u| {
                u.skipped = skipped;
                u.refused = refused;
            });
        }
        let photos: HashMap<(String, String), String> = pulled
            .iter()
            .map(|(p, url)| ((p.id.clone(), p.updated_at.clone()), url.clone()))
            .collect();
        let incoming = pulled.into_iter().map(|(p, _)| p).collect();
        let plan = state.with_untracked(|s| merge::plan(&s.pins, incoming));
        let stories = self.take_contributions(state, contributions, false).await
            + self
                .take_contributions(state, from_phones, settings.active())
                .await;
        if plan.is_empty() {
            return stories;
        }
        for pin in plan.writes().filter(|p| !p.deleted) {
            let Some(url) = photos.get(&(pin.id.clone(), pin.updated_at.clone())) else {
                continue;
            };
            if let Some(photo) = &pin.photo {
                self.fetch_photo(settings, url, photo).await;
            }
            // A done dream's photo after: only in the collection, beside the pin's own file.
            if let (Some(after), Some(stem)) = (after_photo(pin), url.strip_suffix("jpg")) {
                self.fetch_photo(settings, &format!("{stem}{AFTER_EXT}"), &after)
                    .await;
            }
        }
        // What came from the collection point is not sent back to it; what came from phones
        // goes into the collection, so every organiser's device has it.
        let (mine, shared): (Vec<Pin>, Vec<Pin>) = plan
            .writes()
            .cloned()
            .partition(|p| contributed.contains(&p.id));
        let _ = self.repo.put_pins(&shared, false).await;
        if !mine.is_empty() {
            let _ = self.repo.put_pins(&mine, settings.active()).await;
        }
        let changed = shared.len() + mine.len() + stories;
        state.update(|s| s.upsert_all(shared.into_iter().chain(mine)));
        changed
    }

    /// Keeps the contributions that are new or newer here (with `queue`, passed on to the
    /// collection: those came from phones). Returns how many.
    async fn take_contributions(
        &self,
        state: Store<AppState>,
        incoming: Vec<Contribution>,
        queue: bool,
    ) -> usize {
        let plan = state.with_untracked(|s| plan_contributions(&s.contributions, incoming));
        let cs: Vec<Contribution> = plan.writes().cloned().collect();
        if cs.is_empty() {
            return 0;
        }
        let _ = self.repo.put_contributions(&cs, queue).await;
        let n = cs.len();
        state.update(|s| s.merge_contributions(cs));
        n
    }

    /// Organiser: writes the snapshot of everyone's visible pins to the event's `public` folder
    /// when it changed since the last write (the web server serves it to phones, read-only).
    /// Returns whether it wrote.
    pub async fn publish(&self, state: Store<AppState>, settings: &UploadSettings) -> bool {
        let body = state.with_untracked(|s| snapshot(&s.pins));
        if self.published.borrow().as_deref() == Some(body.as_str()) {
            return false;
        }
        let folder = format!("{}public/", settings.folder());
        if !self.folders.borrow().contains(&folder) {
            let dest = Destination::Collection(settings.clone());
            if self.ensure_folder(&dest).await.is_err() {
                return false;
            }
            let made = DavRequest::new("MKCOL", &folder, settings.authorization());
            match self.request(made).await {
                Ok(201 | 405) => self.folders.borrow_mut().push(folder.clone()),
                _ => return false,
            }
        }
        let url = format!("{folder}{SNAPSHOT_FILE}");
        let text = Body::Text(body.clone());
        let wrote = self
            .put(settings.authorization(), url, "application/geo+json", text)
            .await
            .is_ok();
        if wrote {
            *self.published.borrow_mut() = Some(body);
        }
        wrote
    }

    /// Phone: reads the event's published snapshot (no password: it is public) into the pins
    /// shown beside this phone's own. Returns whether it could be read.
    pub async fn fetch_shared(&self, state: Store<AppState>, url: &str, now: f64) -> bool {
        let Ok(answer) = self.dav.send(DavRequest::new("GET", url, None)).await else {
            return false;
        };
        if !answer.ok() {
            return false;
        }
        let pins = read_snapshot(&answer.text, now as i64);
        if state.with_untracked(|s| s.shared != pins) {
            state.shared().set(pins);
        }
        true
    }

    /// What "test connection" found: the event's folder, or the problem. `probe` names the
    /// file written (and removed) to check that writing works.
    pub async fn test_connection(
        &self,
        settings: &UploadSettings,
        probe: &str,
    ) -> Result<String, Problem> {
        let mut request =
            DavRequest::new("PROPFIND", settings.url.trim(), settings.authorization());
        request.depth = Some("0");
        request.probe = true;
        match self.request(request).await? {
            207 => {}
            s => return Err(problem(s).unwrap_or(Problem::NotWebDav)),
        }
        self.folders.borrow_mut().clear();
        self.ensure_folder(&Destination::Collection(settings.clone()))
            .await?;
        // Writing shows what reading cannot: permission to write, and room.
        let probe = settings.file(probe, "txt");
        let body = Body::Text("Oase".to_owned());
        self.put(settings.authorization(), probe.clone(), "text/plain", body)
            .await?;
        let _ = self
            .dav
            .send(DavRequest::new("DELETE", probe, settings.authorization()))
            .await;
        Ok(settings.folder())
    }
}

/// How long a pin waits after its `attempts`-th failure: longer when waiting will not help.
fn wait_ms(p: Problem, attempts: u32) -> f64 {
    if p.heals() {
        backoff_ms(attempts)
    } else {
        backoff_ms(attempts + 4)
    }
}

type AppSyncer = Syncer<IdbRepository, FetchDav>;

thread_local! {
    /// One syncer for the page's one thread, leaked so the background task can hold it across
    /// awaits (it lives as long as the page anyway).
    static SYNCER: &'static AppSyncer = Box::leak(Box::new(Syncer::new(IdbRepository, FetchDav)));
}

fn syncer() -> &'static AppSyncer {
    SYNCER.with(|s| *s)
}

/// Starts the background rounds (once, from the app).
pub fn start(state: Store<AppState>) {
    let syncer = syncer();
    spawn_local(async move {
        let mut last_pull = f64::NEG_INFINITY;
        let mut last_shared = f64::NEG_INFINITY;
        let mut was_online = true;
        loop {
            let settings = state.with_untracked(|s| s.settings.upload.clone());
            let dest = state.with_untracked(|s| s.settings.destination());
            let online = dav::online();
            if online && !was_online {
                syncer.send_now();
            }
            was_online = online;
            // Without a destination nothing is queued: no need to read the outbox every second.
            match dest {
                Some(dest) if online => syncer.send_due(state, &dest, js_sys::Date::now()).await,
                Some(_) => syncer.refresh(state).await,
                None => {}
            }
            let now = js_sys::Date::now();
            if settings.pull && online && now - last_pull >= settings.pull_interval_ms() {
                last_pull = now;
                if syncer.pull(state, &settings, now).await > 0 {
                    channel::announce();
                }
                if state.with_untracked(|s| s.settings.event.publish) {
                    syncer.publish(state, &settings).await;
                }
            }
            let shared = state.with_untracked(|s| {
                s.settings
                    .event
                    .joined
                    .as_ref()
                    .and_then(|j| j.snapshot.clone())
            });
            if let Some(url) = shared.filter(|_| online && now - last_shared >= SHARED_MS) {
                last_shared = now;
                syncer.fetch_shared(state, &url, now).await;
            }
            dav::sleep(1000.0).await;
        }
    });
}

/// Makes every waiting pin due now ("send now", or back online).
pub fn send_now() {
    syncer().send_now();
}

/// What "test connection" found.
pub async fn test_connection(settings: &UploadSettings) -> Result<String, Problem> {
    let syncer = syncer();
    let probe = format!(".oase-test-{}", clock::new_id());
    syncer.test_connection(settings, &probe).await
}

/// The collection folder of the site the app is served from, if it has one (`/dav/`).
pub async fn same_origin_folder() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    let url = format!("{origin}/dav/");
    let mut request = DavRequest::new("PROPFIND", &url, None);
    request.depth = Some("0");
    let answer = FetchDav.send(request).await.ok()?;
    matches!(answer.status, 207 | 401).then_some(url)
}

#[cfg(test)]
mod tests;
