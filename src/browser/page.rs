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
export function toggle_fullscreen() {
  const d = document;
  if (d.fullscreenElement) { d.exitFullscreen?.().catch(() => {}); return; }
  // Where the Fullscreen API is missing (older iPads), the page simply stays as it is.
  d.documentElement.requestFullscreen?.().catch(() => {});
}
export function page_origin() { return location.origin; }
"#)]
extern "C" {
    fn toggle_fullscreen();
    fn page_origin() -> String;
}

/// Fills the screen with the page, or leaves full screen (needs a click or key press).
pub fn fullscreen() {
    toggle_fullscreen();
}

/// `https://host:port` of the app.
pub fn origin() -> String {
    page_origin()
}
