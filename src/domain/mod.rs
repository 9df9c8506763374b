//! Oase's own data and rules, in plain Rust (no browser, no UI).

pub mod settings;
pub mod time;
