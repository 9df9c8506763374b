//! The service worker (public/sw.js) and the tile caches it reads: registering it, taking a new
//! version when the person says so, and downloading an area's tiles ahead of an event.
//!
//! Written as a few lines of JavaScript (in `glue.js`): promise and event plumbing that would cost more code as
//! `web_sys` calls, and that the Rust side only needs as three plain functions.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    fn sw_register(url: &str, on_waiting: &Closure<dyn FnMut()>);
    fn sw_accept();
    #[wasm_bindgen(catch)]
    async fn cache_tiles(
        name: &str,
        urls: Vec<String>,
        progress: &Closure<dyn FnMut(u32, u32)>,
        cancelled: &Closure<dyn FnMut() -> bool>,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn cached_tiles(name: &str) -> Result<JsValue, JsValue>;
}

/// The cache the service worker reads first for tiles; filled only by [`download_tiles`].
const AREA_CACHE: &str = "oase-area";

/// Registers the service worker; `on_update` runs when a new version waits for acceptance.
pub fn register(on_update: impl FnMut() + 'static) {
    let callback = Closure::<dyn FnMut()>::new(on_update);
    sw_register("/sw.js", &callback);
    // The worker can announce an update at any time while the page lives.
    callback.forget();
}

/// Switches to the waiting version; the page reloads once it has taken over.
pub fn accept_update() {
    sw_accept();
}

/// Why an area download stopped before the end.
#[derive(Clone, Debug, PartialEq)]
pub enum DownloadError {
    /// The browser has no room left for tiles.
    Full,
    /// No Cache Storage (an insecure address, or a browser without it).
    Unavailable,
}

/// Stores every tile in `urls` for offline use; `progress(done, failed)` after each one.
/// Returns how many failed. Stops early (keeping what it has) once `cancelled()` says so.
pub async fn download_tiles(
    urls: Vec<String>,
    progress: impl FnMut(u32, u32) + 'static,
    cancelled: impl FnMut() -> bool + 'static,
) -> Result<u32, DownloadError> {
    let progress = Closure::<dyn FnMut(u32, u32)>::new(progress);
    let cancelled = Closure::<dyn FnMut() -> bool>::new(cancelled);
    match cache_tiles(AREA_CACHE, urls, &progress, &cancelled).await {
        Ok(failed) => Ok(failed.as_f64().unwrap_or(0.0) as u32),
        Err(e) if is_quota(&e) => Err(DownloadError::Full),
        Err(_) => Err(DownloadError::Unavailable),
    }
}

/// How many tiles of the event's area this device holds.
pub async fn area_tile_count() -> u32 {
    match cached_tiles(AREA_CACHE).await {
        Ok(n) => n.as_f64().unwrap_or(0.0) as u32,
        Err(_) => 0,
    }
}

fn is_quota(e: &JsValue) -> bool {
    js_sys::Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "QuotaExceededError")
}
