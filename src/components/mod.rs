//! Leptos components, one per file, named by their role.

pub mod area_download;
pub mod data_settings;
pub mod draw_pad;
pub mod filter_bar;
pub mod map_view;
pub mod nav_bar;
pub mod pin_badge;
pub mod pin_card;
pub mod pin_form;
pub mod pin_layer;
pub mod pin_sheet;
pub mod screen_card;
pub mod storage_banner;
pub mod symbol_picker;
pub mod tile_layer;
pub mod update_banner;
pub mod upload_settings;
pub mod waiting_mode;
