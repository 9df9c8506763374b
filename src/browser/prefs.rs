//! Small device preferences (settings, last view) in `localStorage`.
//!
//! Only preferences go here: losing one on a crash costs nothing. Pins go to IndexedDB.

use crate::domain::settings::Settings;
use crate::map::start::SavedView;

const SETTINGS_KEY: &str = "oase.settings";
const VIEW_KEY: &str = "oase.view";
const PIN_TRIES_KEY: &str = "oase.pin-tries";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a value; a full or forbidden storage only means the preference is not remembered.
fn write(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn load_settings() -> Settings {
    read(SETTINGS_KEY)
        .map(|json| Settings::from_json(&json))
        .unwrap_or_default()
}

pub fn save_settings(settings: &Settings) {
    write(SETTINGS_KEY, &settings.to_json());
}

pub fn load_view() -> Option<SavedView> {
    read(VIEW_KEY).and_then(|json| SavedView::from_json(&json))
}

pub fn save_view(view: SavedView) {
    if let Ok(json) = serde_json::to_string(&view) {
        write(VIEW_KEY, &json);
    }
}

/// Wrong organiser PINs in a row, and until when the lock waits (ms since the epoch).
pub fn load_pin_tries() -> (u32, f64) {
    read(PIN_TRIES_KEY)
        .and_then(|v| {
            let (n, until) = v.split_once('|')?;
            Some((n.parse().ok()?, until.parse().ok()?))
        })
        .unwrap_or((0, 0.0))
}

pub fn save_pin_tries((wrong, until): (u32, f64)) {
    write(PIN_TRIES_KEY, &format!("{wrong}|{until}"));
}
