//! The upload outbox and the pull from the collection point, run in the background.
//!
//! The outbox lives in IndexedDB (written in the same transaction as the pin), so it survives
//! restarts; a round every second sends what is due, six at a time; a failure waits
//! [`backoff_ms`] before the next try, and coming back online makes everything due at once.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;
use wasm_bindgen::JsValue;

use super::{AppState, AppStateStoreFields};
use crate::browser::dav::{self, Request};
use crate::browser::{clock, idb};
use crate::domain::geojson::{feature, from_feature};
use crate::domain::merge;
use crate::domain::pin::Pin;
use crate::domain::upload::{backoff_ms, listing, problem, Problem, UploadSettings, PROPFIND_BODY};

thread_local! {
    /// When each failed pin may be tried again (ms since the epoch).
    static NEXT_TRY: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// The event folders made this session (MKCOL once each).
    static FOLDERS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The version of each collection file already read (pull).
    static SEEN: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Starts the background rounds (once, from the app).
pub fn start(state: Store<AppState>) {
    spawn_local(async move {
        let mut last_pull = f64::NEG_INFINITY;
        let mut was_online = true;
        loop {
            let settings = state.with_untracked(|s| s.settings.upload.clone());
            let online = dav::online();
            if online && !was_online {
                send_now();
            }
            was_online = online;
            // Without a destination nothing is queued: no need to read the outbox every second.
            if settings.active() && online {
                send_due(state, &settings).await;
            } else if settings.active() {
                refresh(state).await;
            }
            let now = js_sys::Date::now();
            if settings.pull && online && now - last_pull >= settings.pull_interval_ms() {
                last_pull = now;
                pull(state, &settings).await;
            }
            dav::sleep(1000.0).await;
        }
    });
}

/// Makes every waiting pin due now ("send now", or back online).
pub fn send_now() {
    NEXT_TRY.with(|n| n.borrow_mut().clear());
}

/// Reads the outbox's counts into the store.
async fn refresh(state: Store<AppState>) {
    if let Ok((queue, sent)) = idb::outbox().await {
        state.upload().update(|u| {
            u.pending = queue.len();
            u.sent = sent as usize;
        });
    }
}

async fn send_due(state: Store<AppState>, settings: &UploadSettings) {
    let Ok((queue, _)) = idb::outbox().await else {
        return;
    };
    let now = js_sys::Date::now();
    let due: Vec<_> = queue
        .into_iter()
        .filter(|(id, _)| NEXT_TRY.with(|n| n.borrow().get(id).is_none_or(|t| *t <= now)))
        .collect();
    if !due.is_empty() {
        if let Err(p) = ensure_folder(settings).await {
            state.upload().update(|u| u.problem = Some(p));
            for (id, q) in &due {
                NEXT_TRY.with(|n| {
                    n.borrow_mut()
                        .insert(id.clone(), now + backoff_ms(q.attempts))
                });
            }
        } else {
            // Six at a time, each taking the next pin as soon as it is done. No answer at all
            // stops the round: the rest would fail the same way.
            let queue = std::cell::RefCell::new(due.into_iter());
            let stop = std::cell::Cell::new(false);
            let worker = || async {
                while !stop.get() {
                    let Some((id, q)) = queue.borrow_mut().next() else {
                        break;
                    };
                    if send_one(state, settings, &id, &q).await == Some(Problem::Unreachable) {
                        stop.set(true);
                    }
                }
            };
            futures::future::join_all((0..6).map(|_| worker())).await;
        }
    }
    refresh(state).await;
}

async fn ensure_folder(settings: &UploadSettings) -> Result<(), Problem> {
    let folder = settings.folder();
    if FOLDERS.with(|f| f.borrow().contains(&folder)) {
        return Ok(());
    }
    let answer = Request::new("MKCOL", &folder, settings.authorization())
        .send()
        .await;
    // 405: it is there already.
    match answer.status {
        0 => Err(Problem::Unreachable),
        201 | 405 => {
            FOLDERS.with(|f| f.borrow_mut().push(folder));
            Ok(())
        }
        s => problem(s as u16).map_or(Ok(()), Err),
    }
}

/// Sends one pin (its photo first); on success it leaves the outbox. Returns the problem, if any.
async fn send_one(
    state: Store<AppState>,
    settings: &UploadSettings,
    id: &str,
    q: &idb::Queued,
) -> Option<Problem> {
    let pin = state.with_untracked(|s| s.pins.iter().find(|p| p.id == id).cloned());
    let Some(pin) = pin else {
        return None; // Not loaded yet; the next round has it.
    };
    let result = put_pin(settings, &pin).await;
    match result {
        Ok(()) => {
            let _ = idb::mark_sent(id, &pin.updated_at).await;
            NEXT_TRY.with(|n| n.borrow_mut().remove(id));
            state.upload().update(|u| u.problem = None);
            None
        }
        Err(p) => {
            let _ = idb::mark_failed(id, q).await;
            let wait = backoff_ms(q.attempts + 1);
            NEXT_TRY.with(|n| {
                n.borrow_mut()
                    .insert(id.to_owned(), js_sys::Date::now() + wait)
            });
            state.upload().update(|u| u.problem = Some(p));
            Some(p)
        }
    }
}

async fn put(
    settings: &UploadSettings,
    url: &str,
    content_type: &str,
    body: JsValue,
) -> Result<(), Problem> {
    let mut request = Request::new("PUT", url, settings.authorization());
    request.content_type = Some(content_type);
    request.body = body;
    match request.send().await.status {
        0 => Err(Problem::Unreachable),
        s => problem(s as u16).map_or(Ok(()), Err),
    }
}

async fn put_pin(settings: &UploadSettings, pin: &Pin) -> Result<(), Problem> {
    if let (Some(photo), false) = (&pin.photo, pin.deleted) {
        if let Ok(Some(blob)) = idb::get_photo(photo).await {
            put(
                settings,
                &settings.file(&pin.id, "jpg"),
                "image/jpeg",
                blob.into(),
            )
            .await?;
        }
    }
    let body = JsValue::from(feature(pin).to_string());
    put(
        settings,
        &settings.file(&pin.id, "geojson"),
        "application/geo+json",
        body,
    )
    .await
}

/// Reads the collection: new or changed files are fetched and merged like an import.
pub async fn pull(state: Store<AppState>, settings: &UploadSettings) {
    let folder = settings.folder();
    let mut request = Request::new("PROPFIND", &folder, settings.authorization());
    request.depth = Some("1");
    request.content_type = Some("application/xml; charset=utf-8");
    request.body = JsValue::from_str(PROPFIND_BODY);
    let answer = request.send().await;
    if answer.status != 207 {
        return;
    }
    let mut pulled = Vec::new();
    for file in listing(&answer.text) {
        if SEEN.with(|s| s.borrow().get(&file.name) == Some(&file.version)) {
            continue;
        }
        let got = Request::new(
            "GET",
            &format!("{folder}{}", file.name),
            settings.authorization(),
        )
        .send()
        .await;
        if let Some(pin) = got.ok().then(|| from_feature(&got.text)).flatten() {
            pulled.push(pin);
            SEEN.with(|s| s.borrow_mut().insert(file.name, file.version));
        }
    }
    let plan = state.with_untracked(|s| merge::plan(&s.pins, pulled));
    if plan.is_empty() {
        return;
    }
    for pin in plan.writes().filter(|p| !p.deleted) {
        if let Some(photo) = &pin.photo {
            let url = settings.file(&pin.id, "jpg");
            let mut get = Request::new("GET", &url, settings.authorization());
            get.blob = true;
            if let Some(blob) = get.send().await.blob {
                let _ = idb::put_photo(photo, &blob).await;
            }
        }
    }
    let pins: Vec<Pin> = plan.writes().cloned().collect();
    // What came from the collection point is not sent back to it.
    let written = idb::put_pins(&pins).await;
    if written.is_ok() {
        crate::browser::channel::announce();
    }
    state.update(|s| {
        for p in pins {
            s.upsert(p);
        }
    });
}

/// What "test connection" found.
pub async fn test_connection(settings: &UploadSettings) -> Result<String, Problem> {
    let mut request = Request::new("PROPFIND", settings.url.trim(), settings.authorization());
    request.depth = Some("0");
    request.probe = true;
    match request.send().await.status {
        -1 => return Err(Problem::Cors),
        0 => return Err(Problem::Unreachable),
        207 => {}
        s => return Err(problem(s as u16).unwrap_or(Problem::NotWebDav)),
    }
    FOLDERS.with(|f| f.borrow_mut().clear());
    ensure_folder(settings).await?;
    // Writing shows what reading cannot: permission to write, and room.
    let probe = settings.file(&format!(".oase-test-{}", clock::new_id()), "txt");
    put(settings, &probe, "text/plain", JsValue::from_str("Oase")).await?;
    let _ = Request::new("DELETE", &probe, settings.authorization())
        .send()
        .await;
    Ok(settings.folder())
}

/// The collection folder of the site the app is served from, if it has one (`/dav/`).
pub async fn same_origin_folder() -> Option<String> {
    let origin = web_sys::window()?.location().origin().ok()?;
    let url = format!("{origin}/dav/");
    let mut request = Request::new("PROPFIND", &url, None);
    request.depth = Some("0");
    matches!(request.send().await.status, 207 | 401).then_some(url)
}
