//! Pins in IndexedDB: they survive reloads, crashes and closed tabs.
//!
//! A write is one transaction; its future resolves only on the transaction's `complete` event,
//! so the person is told "saved" only once the browser has committed it (a killed browser
//! keeps completed IndexedDB transactions, unlike `localStorage` writes).
//!
//! Schema:
//! - version 1: object store `pins`, out-of-line key = pin id, value = the pin as a GeoJSON
//!   Feature in JSON text (the exchange format, so stored data and exports never drift);
//! - version 2: adds object store `photos`, key = the pin's photo reference, value = the JPEG Blob.

use std::cell::RefCell;

use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::domain::geojson::{feature, from_feature};
use crate::domain::pin::Pin;

const DB_NAME: &str = "oase";
/// Current schema version. Raise it together with a step in [`upgrade`].
pub const DB_VERSION: u32 = 2;
const PINS: &str = "pins";
const PHOTOS: &str = "photos";

/// Why storage failed, in terms the app can explain to a person.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum StorageError {
    #[error("this browser does not let Oase store data here (private window, or blocked)")]
    Unavailable,
    #[error("the device's storage is full")]
    Full,
    #[error("storage failed: {0}")]
    Failed(String),
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
    Ok(())
}

/// Opens (creating or upgrading) Oase's database; later calls reuse it.
pub async fn open() -> Result<web_sys::IdbDatabase, StorageError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = open_named(DB_NAME, DB_VERSION).await?;
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
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
    let result = request(&req).await;
    req.set_onupgradeneeded(None);
    drop(on_upgrade);
    result?.dyn_into().map_err(|_| StorageError::Unavailable)
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
    let tx = db.transaction_with_str_and_mode(PINS, web_sys::IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(PINS)?;
    let done = completion(&tx);
    for p in pins {
        if let Err(e) = store.put_with_key(
            &JsValue::from(feature(p).to_string()),
            &JsValue::from(&p.id),
        ) {
            let _ = tx.abort();
            let _ = done.await;
            return Err(e.into());
        }
    }
    done.await?;
    Ok(())
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
