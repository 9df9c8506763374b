//! Oase: a map of a neighbourhood's good things.
//!
//! `domain` and `map` are plain Rust, tested natively; `browser` holds every side effect;
//! `components` and `modes` are the Leptos UI, reading one app store (`state`).

pub mod app;
pub mod browser;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod i18n_kiosk;
pub mod map;
pub mod modes;
pub mod routes;
pub mod state;
pub mod sync;

pub use app::App;
