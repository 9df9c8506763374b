//! Oase's own data and rules, in plain Rust (no browser, no UI).

pub mod contribution;
pub mod deed;
pub mod drawing;
pub mod event;
pub mod export;
pub mod filter;
#[cfg(test)]
mod fuzz;
pub mod geojson;
pub mod import;
pub mod join;
pub mod kiosk;
pub mod lang;
pub mod merge;
pub mod owner;
pub mod photos;
pub mod pin;
pub mod poster;
pub mod qr;
pub mod screen;
pub mod settings;
pub mod symbols;
pub mod text;
pub mod time;
pub mod upload;
pub mod walk;
pub mod zip;
