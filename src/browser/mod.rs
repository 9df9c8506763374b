//! Every side effect on the browser: storage, the address bar, the document.
//!
//! Thin wrappers that turn `JsValue` failures into plain values, so the rest of the app never
//! touches `web_sys` directly.
//!
//! The little JavaScript of our own lives in ONE module, `glue.js`, imported with
//! `#[wasm_bindgen(module = "/src/browser/glue.js")]`; add functions there rather than a new
//! `inline_js` snippet. Each snippet is one more file the page fetches at the same moment, and five
//! at once made the browser tests hang (see the head of `glue.js`).

pub mod channel;
pub mod clock;
pub mod dav;
pub mod files;
pub mod geo;
pub mod history;
pub mod idb;
pub mod kiosk;
pub mod offline;
pub mod page;
pub mod photo;
pub mod prefs;
pub mod print;
