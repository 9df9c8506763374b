//! Oase: a map of a neighbourhood's good things.
//!
//! `domain` and `map` are plain Rust, tested natively; `browser` holds every side effect;
//! `store` owns the app state and every write (only it calls `browser`); `components`
//! (shared) and `modes` (a wing per user) are the Leptos UI.

pub mod app;
pub mod browser;
pub mod bundles;
pub mod components;
pub mod domain;
pub mod i18n;
pub mod map;
pub mod modes;
pub mod routes;
pub mod store;

pub use app::App;
