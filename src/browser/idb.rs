//! Pins in IndexedDB: they survive reloads, crashes and closed tabs.
//!
//! A write is one transaction; its future resolves only on the transaction's `complete` event,
//! so the person is told "saved" only once the browser has committed it (a killed browser
//! keeps completed IndexedDB transactions, unlike `localStorage` writes).
//!
//! Schema:
//! - version 1: object store `pins`, out-of-line key = pin id, value = the pin as a GeoJSON
//!   Feature in JSON text (the exchange format, so stored data and exports never drift);
//! - version 2: adds object store `photos`, key = the pin's photo reference, value = the JPEG Blob;
//! - contributions (stories, hearts) are records of `pins` too: a Feature without geometry.

use std::cell::{Cell, RefCell};

use thiserror::Error;

pub use crate::domain::upload::Queued;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::contribution::{contribution_feature, read_contribution, Contribution};
use crate::domain::geojson::{feature, from_feature};

/// "Now" for reading this device's own records: far enough ahead that no stored time counts
/// as from the future (that check is for data from elsewhere).
const STORED_NOW_MS: i64 = i64::MAX / 4;
use crate::domain::pin::Pin;

const DB_NAME: &str = "oase";
/// Current schema version. Raise it together with a step in [`upgrade`].
pub const DB_VERSION: u32 = 4;
const PINS: &str = "pins";
const PHOTOS: &str = "photos";
/// Pins still to upload: pin id → the version (`updated_at`) to send, attempts, next try.
const OUTBOX: &str = "outbox";
/// Pins the collection point has: pin id → the version it has.
const SENT: &str = "sent";
/// Walks: walk id → the walk as JSON, written after every position kept.
const WALKS: &str = "walks";

/// Why storage failed, in terms the app can explain to a person.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StorageError {
    #[error("this browser does not let Oase store data here (private window, or blocked)")]
    Unavailable,
    #[error("the device's storage is full")]
    Full,
    #[error("storage failed: {0}")]
    Failed(String),
    /// Another tab opened a newer version of Oase: this one let go of the database.
    #[error("a newer version of Oase is open in another tab; reload this page")]
    Outdated,
    /// A tab with an older version holds the database, so this one cannot upgrade it yet.
    #[error("an older version of Oase is open in another tab; close it")]
    Blocked,
}

impl From<JsValue> for StorageError {
    fn from(v: JsValue) -> Self {
        match v.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
            Some(n) if n == "QuotaExceededError" => StorageError::Full,
            Some(n) if n == "SecurityError" || n == "InvalidStateError" => {
                StorageError::Unavailable
            }
            Some(n) => StorageError::Failed(n),
            None => StorageError::Failed(format!("{v:?}")),
        }
    }
}

thread_local! {
    static DB: RefCell<Option<web_sys::IdbDatabase>> = const { RefCell::new(None) };
}

/// A promise that settles with a request's result or error.
fn request(req: &web_sys::IdbRequest) -> JsFuture {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let err = Closure::once_into_js(move || {
            let e = r
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// A promise that settles when a transaction completes (or fails, or is aborted).
fn completion(tx: &web_sys::IdbTransaction) -> JsFuture {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let fail = Closure::<dyn Fn()>::new(move || {
            let e = t.error().map_or(JsValue::NULL, JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(fail.as_ref().unchecked_ref()));
        tx.set_onabort(Some(fail.as_ref().unchecked_ref()));
        fail.forget();
    });
    JsFuture::from(promise)
}

/// Creates or migrates the schema from version `old` to version `new`, one step at a time.
fn upgrade(db: &web_sys::IdbDatabase, old: u32, new: u32) -> Result<(), JsValue> {
    if old < 1 && new >= 1 {
        db.create_object_store(PINS)?;
    }
    if old < 2 && new >= 2 {
        db.create_object_store(PHOTOS)?;
    }
    if old < 3 && new >= 3 {
        db.create_object_store(OUTBOX)?;
        db.create_object_store(SENT)?;
    }
    if old < 4 && new >= 4 {
        db.create_object_store(WALKS)?;
    }
    Ok(())
}

/// Opens (creating or upgrading) Oase's database; later calls reuse it.
pub async fn open() -> Result<web_sys::IdbDatabase, StorageError> {
    if OUTDATED.with(Cell::get) {
        return Err(StorageError::Outdated);
    }
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = open_named(DB_NAME, DB_VERSION).await?;
    // A newer version opening the database in another tab must not wait for this one (its
    // upgrade would hang while the projector's old tab stays open): let go, and say "reload".
    let on_change = Closure::<dyn Fn()>::new(|| {
        if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
            db.close();
        }
        OUTDATED.with(|o| o.set(true));
        tell(Some(StorageError::Outdated));
    });
    db.set_onversionchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget(); // once per page: the database stays open for the page's life
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

type Watcher = Box<dyn Fn(Option<StorageError>)>;

thread_local! {
    static OUTDATED: Cell<bool> = const { Cell::new(false) };
    /// Told when the database changes hands (see [`watch`]).
    static WATCHER: RefCell<Option<Watcher>> = RefCell::new(None);
}

/// Hears when storage stops working under the page: another tab upgraded the database
/// ([`StorageError::Outdated`]), or an old tab blocks this one's upgrade ([`StorageError::Blocked`]);
/// `None` once an upgrade that was blocked has gone through.
pub fn watch(on_problem: impl Fn(Option<StorageError>) + 'static) {
    WATCHER.with(|w| *w.borrow_mut() = Some(Box::new(on_problem)));
}

fn tell(e: Option<StorageError>) {
    WATCHER.with(|w| {
        if let Some(f) = w.borrow().as_ref() {
            f(e);
        }
    });
}

/// Opens database `name` at `version`, running [`upgrade`] from whatever version it had.
pub async fn open_named(name: &str, version: u32) -> Result<web_sys::IdbDatabase, StorageError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(StorageError::Unavailable)?;
    let req = factory.open_with_u32(name, version)?;
    let on_upgrade = Closure::<dyn Fn(web_sys::IdbVersionChangeEvent)>::new(
        move |ev: web_sys::IdbVersionChangeEvent| {
            let db = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::IdbOpenDbRequest>().ok())
                .and_then(|r| r.result().ok())
                .and_then(|r| r.dyn_into::<web_sys::IdbDatabase>().ok());
            if let Some(db) = db {
                let _ = upgrade(&db, ev.old_version() as u32, version);
            }
        },
    );
    req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let blocked = std::rc::Rc::new(Cell::new(false));
    let on_blocked = Closure::<dyn Fn()>::new({
        let blocked = blocked.clone();
        move || {
            blocked.set(true);
            tell(Some(StorageError::Blocked));
        }
    });
    req.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));
    let result = request(&req).await;
    req.set_onupgradeneeded(None);
    req.set_onblocked(None);
    drop(on_upgrade);
    drop(on_blocked);
    let db = result?.dyn_into().map_err(|_| StorageError::Unavailable)?;
    if blocked.get() {
        tell(None); // the old tab let go
    }
    Ok(db)
}

/// Every stored pin, tombstones included. Records that no longer read are left out.
pub async fn load_pins() -> Result<Vec<Pin>, StorageError> {
    load_pins_from(&open().await?).await
}

/// [`load_pins`] from a given database.
pub async fn load_pins_from(db: &web_sys::IdbDatabase) -> Result<Vec<Pin>, StorageError> {
    let tx = db.transaction_with_str(PINS)?;
    let all = request(&tx.object_store(PINS)?.get_all()?).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .filter_map(|json| from_feature(&json))
        .collect())
}

/// Writes pins in one transaction; resolves once it has completed. All or nothing.
pub async fn put_pins(pins: &[Pin]) -> Result<(), StorageError> {
    put_pins_to(&open().await?, pins).await
}

/// [`put_pins`] into a given database.
pub async fn put_pins_to(db: &web_sys::IdbDatabase, pins: &[Pin]) -> Result<(), StorageError> {
    write_pins(db, pins, false).await
}

/// Writes pins and, in the same transaction, puts them in the upload outbox: a pin is never
/// stored without its place in the queue, nor queued without being stored.
pub async fn put_pins_queued(pins: &[Pin]) -> Result<(), StorageError> {
    write_pins(&open().await?, pins, true).await
}

async fn write_pins(
    db: &web_sys::IdbDatabase,
    pins: &[Pin],
    queue: bool,
) -> Result<(), StorageError> {
    let records: Vec<Record> = pins
        .iter()
        .map(|p| Record::new(&p.id, feature(p), &p.updated_at))
        .collect();
    write_records(db, &records, queue).await
}

/// Every stored contribution (stories, hearts), tombstones included. They live in the `pins`
/// store beside the pins (each record is a Feature; a contribution's has no geometry), so they
/// share the outbox and need no new schema; older versions of Oase skip them.
pub async fn load_contributions() -> Result<Vec<Contribution>, StorageError> {
    Ok(texts(PINS, false)
        .await?
        .into_iter()
        .filter(|json| json.contains("\"contribution\""))
        .filter_map(|json| serde_json::from_str(&json).ok())
        .filter_map(|f| read_contribution(&f, STORED_NOW_MS).ok())
        .collect())
}

/// Writes contributions (and with `queue`, their outbox entries) in one transaction.
pub async fn put_contributions(cs: &[Contribution], queue: bool) -> Result<(), StorageError> {
    let records: Vec<Record> = cs
        .iter()
        .map(|c| Record::new(&c.id, contribution_feature(c), &c.updated_at))
        .collect();
    write_records(&open().await?, &records, queue).await
}

/// One record of the `pins` store: its key, its Feature as JSON text, its version.
struct Record {
    id: String,
    json: String,
    version: String,
}

impl Record {
    fn new(id: &str, feature: serde_json::Value, version: &str) -> Self {
        Self {
            id: id.to_owned(),
            json: feature.to_string(),
            version: version.to_owned(),
        }
    }
}

async fn write_records(
    db: &web_sys::IdbDatabase,
    records: &[Record],
    queue: bool,
) -> Result<(), StorageError> {
    let names = js_sys::Array::of1(&PINS.into());
    if queue {
        names.push(&OUTBOX.into());
    }
    let tx =
        db.transaction_with_str_sequence_and_mode(&names, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    let written = (|| -> Result<(), JsValue> {
        let store = tx.object_store(PINS)?;
        let outbox = if queue {
            Some(tx.object_store(OUTBOX)?)
        } else {
            None
        };
        for r in records {
            store.put_with_key(&JsValue::from(&r.json), &JsValue::from(&r.id))?;
            if let Some(o) = &outbox {
                let entry = Queued {
                    version: r.version.clone(),
                    attempts: 0,
                };
                o.put_with_key(&JsValue::from(entry.to_json()), &JsValue::from(&r.id))?;
            }
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = tx.abort();
        let _ = done.await;
        return Err(e.into());
    }
    done.await?;
    Ok(())
}

/// Everything in the outbox, by pin id; and how many pins the collection point has.
pub async fn outbox() -> Result<(Vec<(String, Queued)>, u32), StorageError> {
    let db = open().await?;
    let names = js_sys::Array::of2(&OUTBOX.into(), &SENT.into());
    let tx = db.transaction_with_str_sequence(&names)?;
    let store = tx.object_store(OUTBOX)?;
    let keys = request(&store.get_all_keys()?).await?;
    let values = request(&store.get_all()?).await?;
    let sent = request(&tx.object_store(SENT)?.count()?).await?;
    let entries = js_sys::Array::from(&keys)
        .iter()
        .zip(js_sys::Array::from(&values).iter())
        .filter_map(|(k, v)| Some((k.as_string()?, Queued::from_json(&v.as_string()?)?)))
        .collect();
    Ok((entries, sent.as_f64().unwrap_or(0.0) as u32))
}

/// Records that the collection point has `version` of pin `id`: it leaves the outbox unless
/// the pin changed again meanwhile (then that newer version still waits).
pub async fn mark_sent(id: &str, version: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let names = js_sys::Array::of2(&OUTBOX.into(), &SENT.into());
    let tx =
        db.transaction_with_str_sequence_and_mode(&names, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    let outbox = tx.object_store(OUTBOX)?;
    let key = JsValue::from_str(id);
    let queued = request(&outbox.get(&key)?).await?;
    if queued
        .as_string()
        .and_then(|s| Queued::from_json(&s))
        .is_some_and(|q| q.settled_by(version))
    {
        outbox.delete(&key)?;
    }
    tx.object_store(SENT)?
        .put_with_key(&JsValue::from_str(version), &key)?;
    done.await?;
    Ok(())
}

/// The version of each pin the collection point has, by pin id.
pub async fn sent_versions() -> Result<Vec<(String, String)>, StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str(SENT)?;
    let store = tx.object_store(SENT)?;
    let keys = request(&store.get_all_keys()?).await?;
    let values = request(&store.get_all()?).await?;
    Ok(js_sys::Array::from(&keys)
        .iter()
        .zip(js_sys::Array::from(&values).iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// Counts one more failed attempt for a queued pin (unless it changed meanwhile).
pub async fn mark_failed(id: &str, queued: &Queued) -> Result<(), StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(OUTBOX, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    let outbox = tx.object_store(OUTBOX)?;
    let key = JsValue::from_str(id);
    let now = request(&outbox.get(&key)?).await?;
    if now
        .as_string()
        .and_then(|s| Queued::from_json(&s))
        .as_ref()
        .map(|q| &q.version)
        == Some(&queued.version)
    {
        let next = Queued {
            attempts: queued.attempts + 1,
            ..queued.clone()
        };
        outbox.put_with_key(&JsValue::from(next.to_json()), &key)?;
    }
    done.await?;
    Ok(())
}

/// Removes a photo; resolves once committed.
pub async fn delete_photo(key: &str) -> Result<(), StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(PHOTOS, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    tx.object_store(PHOTOS)?.delete(&JsValue::from_str(key))?;
    done.await?;
    Ok(())
}

/// The keys of every stored photo.
pub async fn photo_keys() -> Result<Vec<String>, StorageError> {
    texts(PHOTOS, true).await
}

/// Every key (with `keys`) or every value of object store `name` that is text.
async fn texts(name: &str, keys: bool) -> Result<Vec<String>, StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str(name)?;
    let store = tx.object_store(name)?;
    let all = request(&if keys {
        store.get_all_keys()?
    } else {
        store.get_all()?
    })
    .await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .collect())
}

/// Stores a walk (as it is now); resolves once committed.
pub async fn put_walk(walk: &crate::domain::walk::Walk) -> Result<(), StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(WALKS, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    tx.object_store(WALKS)?
        .put_with_key(&JsValue::from(walk.to_json()), &JsValue::from(&walk.id))?;
    done.await?;
    Ok(())
}

/// Every stored walk.
pub async fn load_walks() -> Result<Vec<crate::domain::walk::Walk>, StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str(WALKS)?;
    let all = request(&tx.object_store(WALKS)?.get_all()?).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| crate::domain::walk::Walk::from_json(&v.as_string()?))
        .collect())
}

/// Stores a photo under its reference; resolves once committed.
pub async fn put_photo(key: &str, blob: &web_sys::Blob) -> Result<(), StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(PHOTOS, web_sys::IdbTransactionMode::Readwrite)?;
    let done = completion(&tx);
    tx.object_store(PHOTOS)?
        .put_with_key(blob, &JsValue::from_str(key))?;
    done.await?;
    Ok(())
}

/// The photo stored under a reference, if any.
pub async fn get_photo(key: &str) -> Result<Option<web_sys::Blob>, StorageError> {
    let db = open().await?;
    let tx = db.transaction_with_str(PHOTOS)?;
    let v = request(&tx.object_store(PHOTOS)?.get(&JsValue::from_str(key))?).await?;
    Ok(v.dyn_into().ok())
}

/// Closes and forgets the connection (tests use it to reopen as after a restart).
pub fn close() {
    if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
        db.close();
    }
}
