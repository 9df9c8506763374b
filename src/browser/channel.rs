//! Tabs of the app on one device tell each other when pins change (BroadcastChannel), so a
//! second tab, or the celebration screen, shows a new pin without a reload.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

const NAME: &str = "oase-pins";

thread_local! {
    static CHANNEL: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
}

/// Calls `on_change` whenever another tab has stored pins. Listens for the page's lifetime.
pub fn listen(on_change: impl Fn() + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(NAME) else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| on_change());
    channel.set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    CHANNEL.with(|c| *c.borrow_mut() = Some(channel));
}

/// Tells the other tabs that pins were stored (the message carries nothing they must trust:
/// they read the pins from storage themselves).
pub fn announce() {
    CHANNEL.with(|c| {
        if let Some(ch) = c.borrow().as_ref() {
            let _ = ch.post_message(&JsValue::from_str("stored"));
        }
    });
}
