//! Joining an event from one's own phone, and the organiser's side of it: the drop, the join
//! link, and which pins the celebration screen shows. Every write goes through here.

use leptos::prelude::*;
use reactive_stores::Store;

use super::{prefs, save_pins, AppState, AppStateStoreFields};
use crate::browser::{clock, history, page};
use crate::domain::event::Joined;
use crate::domain::join::{drop_from, DropError, JoinError, JoinLink};
use crate::domain::pin::{DreamStatus, Pin};
use crate::domain::time::next_stamp;

/// Opens the join link in the address (`/join#…`): this phone keeps the event and sends its
/// new pins to the event's drop. The fragment leaves the address bar at once. Joining again
/// keeps this phone's secret, so the pins it made stay its own.
pub fn join_from_address(state: Store<AppState>) -> Result<String, JoinError> {
    let link = JoinLink::from_fragment(&history::fragment());
    history::replace("/");
    let link = link?;
    let event = link.event.clone();
    let secret = state
        .with_untracked(|s| s.settings.event.joined.as_ref().map(|j| j.secret.clone()))
        .unwrap_or_else(clock::new_id);
    state
        .settings()
        .update(|s| s.event.joined = Some(Joined::from_link(link, secret)));
    prefs::save_settings(state);
    Ok(event)
}

/// This phone stops sending to the event (its pins stay on it).
pub fn leave(state: Store<AppState>) {
    state.settings().update(|s| s.event.joined = None);
    prefs::save_settings(state);
}

/// What the organiser fills in for residents' phones.
pub struct DropForm {
    pub link: String,
    pub user: String,
    pub password: String,
    /// Phones' pins wait for an OK before the screen shows them.
    pub hold: bool,
    /// Publish everyone's visible pins for phones, at this public address.
    pub publish: bool,
    pub snapshot_url: String,
}

/// Organiser: keeps the drop for residents' phones (or none, with an empty address), and what
/// goes with it.
pub fn save_drop(state: Store<AppState>, form: DropForm) -> Result<(), DropError> {
    let drop = if form.link.trim().is_empty() {
        None
    } else {
        Some(drop_from(&form.link, &form.user, &form.password)?)
    };
    state.settings().update(|s| {
        s.event.drop = drop;
        s.event.drop_link = form.link.trim().to_owned();
        s.event.hold = form.hold;
        s.event.publish = form.publish;
        s.event.snapshot_url = form.snapshot_url.trim().to_owned();
    });
    prefs::save_settings(state);
    Ok(())
}

/// The organiser's join link, when a drop and an event name are set.
pub fn join_url(state: Store<AppState>) -> Option<String> {
    state
        .with(|s| s.settings.join_link())
        .map(|l| l.to_url(&page::origin()))
}

/// The app's own address (`https://host/`).
pub fn app_address() -> String {
    format!("{}/", page::origin())
}

/// Copies text to the clipboard; `false` where the browser does not allow it.
pub async fn copy(text: String) -> bool {
    page::copy_text(&text).await
}

/// A new version of pin `id` with `change` made, stamped after the one it replaces, so it
/// travels with the organiser's data.
pub(super) fn change_pin(state: Store<AppState>, id: &str, change: impl FnOnce(&mut Pin)) {
    let Some(was) = state.with_untracked(|s| s.pin(id).cloned()) else {
        return;
    };
    let mut pin: Pin = was.clone();
    change(&mut pin);
    pin.updated_at = next_stamp(&clock::now(), Some(&was.updated_at));
    leptos::task::spawn_local(async move {
        let _ = save_pins(state, vec![pin]).await;
    });
}

/// Organiser: hides a pin from the screen, shows it again, or gives a waiting pin the OK.
pub fn set_on_screen(state: Store<AppState>, id: &str, hidden: bool) {
    change_pin(state, id, |p| {
        p.set_hidden(hidden);
        p.set_waiting(false);
    });
}

/// Organiser (the jury): a dream's status.
pub fn set_status(state: Store<AppState>, id: &str, status: DreamStatus) {
    change_pin(state, id, |p| p.set_status(status));
}

/// Whether this device is an organiser's (not a phone that joined an event).
pub fn is_organiser(state: Store<AppState>) -> bool {
    state.with(|s| s.settings.event.joined.is_none())
}
