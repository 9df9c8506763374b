//! The page around the app: address-bar parameters, browser languages, `<html lang>`.

use crate::i18n::Lang;

/// A query parameter of the current address, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// Sets `<html lang>`, so screen readers pronounce the text right.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function fullscreen(on) {
  const d = document, el = d.documentElement;
  const active = d.fullscreenElement || d.webkitFullscreenElement;
  const call = on ? (active ? null : (el.requestFullscreen || el.webkitRequestFullscreen))
                  : (active ? (d.exitFullscreen || d.webkitExitFullscreen) : null);
  if (!call) return;
  try {
    const p = call.call(on ? el : d, on ? { navigationUI: 'hide' } : undefined);
    if (p && p.catch) p.catch(() => {});
  } catch (e) {}
}

// The Screen Wake Lock is dropped whenever the page is hidden; take it again when it shows.
let lock = null, wanted = false;
async function acquire() {
  if (!wanted || lock || document.visibilityState !== 'visible' || !navigator.wakeLock) return;
  try {
    lock = await navigator.wakeLock.request('screen');
    lock.addEventListener('release', () => { lock = null; });
  } catch (e) { lock = null; }
}
document.addEventListener('visibilitychange', acquire);
export function keep_awake(on) {
  wanted = on;
  if (on) acquire();
  else if (lock) { lock.release().catch(() => {}); lock = null; }
}

export function is_fullscreen() { return !!(document.fullscreenElement || document.webkitFullscreenElement); }
export function page_origin() { return location.origin; }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = fullscreen)]
    fn fullscreen_js(on: bool);
    fn is_fullscreen() -> bool;
    #[wasm_bindgen(js_name = keep_awake)]
    fn keep_awake_js(on: bool);
    fn page_origin() -> String;
}

/// Enters fullscreen (call from a tap or key: browsers allow it only then) or leaves it. Where
/// the Fullscreen API is missing (older iPads) the page simply stays as it is.
pub fn set_fullscreen(on: bool) {
    fullscreen_js(on);
}

/// Fills the screen with the page, or leaves full screen.
pub fn toggle_fullscreen() {
    fullscreen_js(!is_fullscreen());
}

/// Keeps the screen on (Screen Wake Lock, taken again when the page shows again), or lets it
/// sleep.
pub fn keep_awake(on: bool) {
    keep_awake_js(on);
}

/// `https://host:port` of the app.
pub fn origin() -> String {
    page_origin()
}
