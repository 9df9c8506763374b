//! Leptos components shared by two or more modes, one per file, named by their role.
//! A mode's own components live in its wing (`src/modes/<mode>/`).

pub mod deed;
pub mod draw_pad;
pub mod fields;
pub mod filter_bar;
pub mod lang_select;
pub mod map_view;
pub mod nav_bar;
pub mod organiser_lock;
pub mod pin_badge;
pub mod pin_card;
pub mod pin_form;
pub mod pin_layer;
pub mod pin_sheet;
pub mod storage_banner;
pub mod stories;
pub mod symbol_picker;
pub mod tile_layer;
pub mod update_banner;
