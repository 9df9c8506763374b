//! Every side effect on the browser: storage, the address bar, the document.
//!
//! Thin wrappers that turn `JsValue` failures into plain values, so the rest of the app never
//! touches `web_sys` directly.

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
