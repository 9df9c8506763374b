//! One screen per kind of user.

pub mod join;
pub mod kiosk;
pub mod list;
pub mod map;
pub mod not_found;
pub mod print;
pub mod screen;
pub mod settings;
pub mod walk;
