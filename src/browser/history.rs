//! Moving between the app's pages without reloading: the History API and same-origin links.
//!
//! A click on an `<a href="/…">` inside the app is turned into `history.pushState` plus a change
//! of the current page; back and forward arrive as `popstate`. Links with a modifier key, a
//! target, a download attribute or another origin are left to the browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The current location's path.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// Goes to `path` (keeping the query string, which carries `?tiles=` for the session).
pub fn push(path: &str) {
    let Some(w) = web_sys::window() else { return };
    let search = w.location().search().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.push_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// The location's fragment (after `#`), where a join link carries its secrets.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the current entry with `path` (keeping the query string), so the fragment leaves
/// the address bar and the history.
pub fn replace(path: &str) {
    let Some(w) = web_sys::window() else { return };
    let search = w.location().search().unwrap_or_default();
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// The in-app path a click should navigate to, if it is a plain click on an in-app link.
fn link_target(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let a = el.closest("a[href]").ok()??;
    if a.has_attribute("target") || a.has_attribute("download") {
        return None;
    }
    let href = a.get_attribute("href")?;
    (href.starts_with('/') && !href.starts_with("//")).then_some(href)
}

/// Calls `on_change(path)` after every in-app navigation (link click, back, forward). The
/// listeners live as long as the page: the app is never unmounted.
pub fn listen(on_change: impl Fn(String) + Clone + 'static) {
    let Some(w) = web_sys::window() else { return };
    let on_pop = on_change.clone();
    let pop = Closure::<dyn Fn()>::new(move || on_pop(current_path()));
    let _ = w.add_event_listener_with_callback("popstate", pop.as_ref().unchecked_ref());
    pop.forget();
    let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(path) = link_target(&ev) {
            ev.prevent_default();
            push(&path);
            on_change(path);
        }
    });
    if let Some(doc) = w.document() {
        let _ = doc.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    }
    click.forget();
}
