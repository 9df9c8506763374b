//! What a shared tablet needs from the browser: fullscreen, a screen that stays on, a page that
//! neither zooms nor offers a context menu, a back button that stays inside the flow, and fields
//! the on-screen keyboard does not cover.
//!
//! Fullscreen and the Screen Wake Lock are shared with other modes (`page`). The rest is a few
//! lines of JavaScript in `glue.js`: the visualViewport API would need many web-sys features and
//! more code for the same few calls.
//! Every call is best effort: where an API is missing the kiosk simply carries on.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    fn hold_page(on: bool);
    fn reveal_soon();
    #[wasm_bindgen(js_name = show)]
    fn show_js(selector: &str);
    #[wasm_bindgen(js_name = focus_field)]
    fn focus_field_js();
    fn focus_second_field();
    #[wasm_bindgen(js_name = guard_back)]
    fn guard_back_js(path: &str, on_back: &Closure<dyn Fn()>) -> JsValue;
}

/// Holds the page for the kiosk (screen on, no zoom, no context menu), or lets it go.
pub fn hold(on: bool) {
    super::page::keep_awake(on);
    hold_page(on);
}

/// Scrolls the focused field into view once the on-screen keyboard has had time to open.
pub fn reveal() {
    reveal_soon();
}

/// Scrolls the first element matching `selector` into view (after the next frame, so a part
/// that has just appeared is there).
pub fn show(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || show_js(selector));
}

/// Puts the cursor in the current screen's text field, so typing can start at once.
pub fn focus_field() {
    focus_field_js();
}

/// Moves the cursor to the screen's second text field (Enter in the first one).
pub fn focus_next_field() {
    focus_second_field();
}

/// Keeps browser back inside the kiosk while it lives; dropping it lets back work again.
pub struct BackGuard {
    handle: JsValue,
    _on_back: Closure<dyn Fn()>,
}

impl BackGuard {
    /// Adds another entry of our own; call it from a tap, so the browser counts it as the
    /// person's (Chromium skips entries a page added on its own when going back).
    pub fn rearm(&self) {
        self.call("rearm");
    }

    fn call(&self, name: &str) {
        if let Ok(f) = js_sys::Reflect::get(&self.handle, &JsValue::from_str(name)) {
            if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
                let _ = f.call0(&JsValue::NULL);
            }
        }
    }
}

impl Drop for BackGuard {
    fn drop(&mut self) {
        self.call("stop");
    }
}

/// Starts answering back with `on_back` at `path`.
pub fn guard_back(path: &str, on_back: impl Fn() + 'static) -> BackGuard {
    let on_back = Closure::<dyn Fn()>::new(on_back);
    let handle = guard_back_js(path, &on_back);
    BackGuard {
        handle,
        _on_back: on_back,
    }
}
