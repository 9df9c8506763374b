//! Small device preferences through the store: settings, the last map view, the PIN's waits.
//! They live in `localStorage` (`browser::prefs`): losing one on a crash costs nothing.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{AppState, AppStateStoreFields};
use crate::browser::prefs;
use crate::map::start::SavedView;

/// Remembers the settings as they are in the store now.
pub fn save_settings(state: Store<AppState>) {
    state.settings().with_untracked(prefs::save_settings);
}

/// Remembers where the map was.
pub fn save_view(view: SavedView) {
    prefs::save_view(view);
}

/// Wrong organiser PINs in a row, and until when the lock waits (ms since the epoch).
pub fn pin_tries() -> (u32, f64) {
    prefs::load_pin_tries()
}

pub fn save_pin_tries(tries: (u32, f64)) {
    prefs::save_pin_tries(tries);
}
