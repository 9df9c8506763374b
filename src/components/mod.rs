//! Leptos components, one per file, named by their role.

pub mod map_view;
pub mod nav_bar;
pub mod tile_layer;
pub mod waiting_mode;
