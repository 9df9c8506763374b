//! From dream to deed, the organiser's writes: what comes next for a done dream, and its photo
//! after. Each is a new version of the pin (see [`change_pin`]).

use leptos::prelude::*;
use reactive_stores::Store;

use super::event::change_pin;
use super::pins::keep_photo;
use super::AppState;
use crate::domain::deed::{set_after_photo, set_next, Next, NextError};

/// Names what comes next for dream `id` (a contact person only with their agreement).
pub fn save_next(
    state: Store<AppState>,
    id: &str,
    next: Next,
    agreed: bool,
) -> Result<(), NextError> {
    let Some(mut checked) = state.with_untracked(|s| s.pin(id).cloned()) else {
        return Ok(());
    };
    set_next(&mut checked, next.clone(), agreed)?;
    change_pin(state, id, move |p| {
        let _ = set_next(p, next, agreed);
    });
    Ok(())
}

/// Keeps the photo after of dream `id` (resized and re-encoded like every photo); `false` when
/// the browser could not read the picture.
pub async fn save_after_photo(state: Store<AppState>, id: &str, file: web_sys::Blob) -> bool {
    let Some(key) = keep_photo(state, file).await else {
        return false;
    };
    change_pin(state, id, move |p| set_after_photo(p, Some(&key)));
    true
}
