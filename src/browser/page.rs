//! The page around the app: address-bar parameters, browser languages, `<html lang>`.

use crate::i18n::Lang;

/// A query parameter of the current address, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The window's inner size in CSS pixels, `None` where the browser does not say. Unlike an
/// element's size, reading it does not make the browser lay the page out.
pub fn window_size() -> Option<(f64, f64)> {
    let w = web_sys::window()?;
    let width = w.inner_width().ok()?.as_f64()?;
    let height = w.inner_height().ok()?.as_f64()?;
    (width > 0.0 && height > 0.0).then_some((width, height))
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

/// Sets `<html lang>` and `<html dir>`, so screen readers pronounce the text right and Arabic
/// reads right to left.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
        // Arabic reads right to left: panels, lists and forms mirror (the map itself does not,
        // see the CSS).
        let _ = root.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    #[wasm_bindgen(js_name = fullscreen)]
    fn fullscreen_js(on: bool);
    fn is_fullscreen() -> bool;
    #[wasm_bindgen(js_name = keep_awake)]
    fn keep_awake_js(on: bool);
    fn page_origin() -> String;
    fn reduced_motion() -> bool;
    fn focus_on(selector: &str);
    #[wasm_bindgen(js_name = remember_focus)]
    fn remember_focus_js();
    #[wasm_bindgen(js_name = give_focus_back)]
    fn give_focus_back_js(selectors: Vec<String>);
    #[wasm_bindgen(js_name = focus_if_lost)]
    fn focus_if_lost_js(selector: &str);
    #[wasm_bindgen(js_name = day_words)]
    fn day_words_js(iso: &str, lang: &str, time: bool) -> String;
    #[wasm_bindgen(js_name = copy_text)]
    fn copy_text_js(text: &str) -> js_sys::Promise;
}

/// A day (`2026-10-05`) or a moment (RFC 3339, with `time`) in words in language `lang`
/// (BCP 47), by the browser's `Intl`: "maandag 5 oktober".
pub fn day_words(iso: &str, lang: &str, time: bool) -> String {
    day_words_js(iso, lang, time)
}

/// Moves the focus to the first element `selector` finds (a panel's heading as it opens).
pub fn focus(selector: &str) {
    focus_on(selector);
}

/// Remembers what has the focus as a panel opens (see [`give_focus_back`]).
pub fn remember_focus() {
    remember_focus_js();
}

/// After a panel closed, when the focus fell to the page itself: back to what had it when the
/// panel opened, else to the first of `selectors` on the page.
pub fn give_focus_back(selectors: &[&str]) {
    give_focus_back_js(selectors.iter().map(|s| s.to_string()).collect());
}

/// When the focus fell to the page itself (its element was replaced), moves it to the first
/// element `selector` finds, after the next frame.
pub fn focus_if_lost(selector: &str) {
    focus_if_lost_js(selector);
}

/// Whether the person asked their system for less motion (`prefers-reduced-motion`).
pub fn prefers_less_motion() -> bool {
    reduced_motion()
}

/// Copies `text` to the clipboard; `false` where the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    wasm_bindgen_futures::JsFuture::from(copy_text_js(text))
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
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

/// Loads the page afresh (its address as it is now).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Keeps `value` under `key` for this tab's visit (sessionStorage).
pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// The value under `key` for this tab's visit, removed as it is read.
pub fn session_take(key: &str) -> Option<String> {
    let s = session()?;
    let value = s.get_item(key).ok()?;
    let _ = s.remove_item(key);
    value
}
