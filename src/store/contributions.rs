//! Stories and hearts: the one door for adding and taking them back. Like pins, each write is
//! stored first (with its outbox entry when this device sends) and reaches the store once the
//! transaction has completed.

use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;

use super::repo::{IdbRepository, PinRepository, StorageError};
use super::{prefs, AppState, AppStateStoreFields};
use crate::browser::{channel, clock};
use crate::domain::contribution::{
    heart, heart_id, new_pledge, new_story, Contribution, ContributionError, PledgeForm,
};
use crate::domain::owner::owner_of;
use crate::domain::time::next_stamp;

/// Writes contributions to `repo` (queued for upload when this device sends) and then into
/// the store.
pub async fn save_contributions_in<R: PinRepository>(
    repo: &R,
    state: Store<AppState>,
    cs: Vec<Contribution>,
) -> Result<(), StorageError> {
    let queue = state.with_untracked(|s| s.settings.destination().is_some());
    let written = repo.put_contributions(&cs, queue).await;
    state.update(|s| {
        s.merge_contributions(cs);
        s.storage_error = written.clone().err();
    });
    written
}

fn save(state: Store<AppState>, cs: Vec<Contribution>) {
    spawn_local(async move {
        if save_contributions_in(&IdbRepository, state, cs)
            .await
            .is_ok()
        {
            channel::announce();
        }
    });
}

/// This device's secret: a joined phone's own, else one made once and kept in the settings.
/// Hearts are one per device per dream through it, and stories made here are known as such.
fn device_secret(state: Store<AppState>) -> String {
    if let Some(j) = state.with_untracked(|s| s.settings.event.joined.clone()) {
        return j.secret;
    }
    let kept = state.with_untracked(|s| s.settings.device.clone());
    if !kept.is_empty() {
        return kept;
    }
    let made = clock::new_id();
    state.settings().update(|s| s.device = made.clone());
    prefs::save_settings(state);
    made
}

/// Who made a story here, as stories carry it (`"by"`): a hash, nothing personal.
pub fn me(state: Store<AppState>) -> String {
    owner_of(&device_secret(state))
}

/// The contributions `pick` finds for pin `pin` (its stories, its pledges), as a list that
/// changes only when they do.
pub fn contributions_of(
    state: Store<AppState>,
    pin: &str,
    pick: for<'a> fn(&'a [Contribution], &str) -> Vec<&'a Contribution>,
) -> Memo<Vec<Contribution>> {
    let pin = pin.to_string();
    Memo::new(move |_| {
        state
            .contributions()
            .with(|cs| pick(cs, &pin).into_iter().cloned().collect())
    })
}

/// Whether this device may take a contribution back: one made here, or any for the organiser.
pub fn may_remove(state: Store<AppState>) -> impl Fn(&Contribution) -> bool + Clone + 'static {
    let me = me(state);
    let organiser = super::event::is_organiser(state);
    move |c| organiser || c.extra.get("by").and_then(|v| v.as_str()) == Some(me.as_str())
}

/// Adds a story to pin `pin`. The maker's words on the pin stay as they are.
pub fn add_story(
    state: Store<AppState>,
    pin: &str,
    text: &str,
    name: &str,
    talents: Vec<String>,
) -> Result<(), ContributionError> {
    let mut story = new_story(
        &clock::new_id(),
        pin,
        text,
        name,
        talents,
        Vec::new(),
        &clock::now(),
    )?;
    story.extra.insert("by".into(), me(state).into());
    save(state, vec![story]);
    Ok(())
}

/// Adds a pledge ("ik doe mee") to dream `pin`; its contact stays with the organiser.
pub fn add_pledge(
    state: Store<AppState>,
    pin: &str,
    form: PledgeForm,
) -> Result<(), ContributionError> {
    let mut pledge = new_pledge(&clock::new_id(), pin, form, &clock::now())?;
    pledge.extra.insert("by".into(), me(state).into());
    save(state, vec![pledge]);
    Ok(())
}

/// Takes a story or a pledge back (the maker, or the organiser).
pub fn remove_story(state: Store<AppState>, id: &str) {
    let Some(was) = state.with_untracked(|s| s.contributions.iter().find(|c| c.id == id).cloned())
    else {
        return;
    };
    let gone = was.tombstone(&next_stamp(&clock::now(), Some(&was.updated_at)));
    save(state, vec![gone]);
}

/// Gives this device's heart to a dream, or takes it back.
pub fn toggle_heart(state: Store<AppState>, pin: &str) {
    let id = heart_id(&device_secret(state), pin);
    let now = clock::now();
    let was = state.with_untracked(|s| s.contributions.iter().find(|c| c.id == id).cloned());
    let next = match was {
        Some(c) if !c.deleted => c.tombstone(&next_stamp(&now, Some(&c.updated_at))),
        Some(c) => heart(&id, pin, &next_stamp(&now, Some(&c.updated_at))),
        None => heart(&id, pin, &now),
    };
    save(state, vec![next]);
}

/// This device's heart id for `pin`.
pub fn my_heart(state: Store<AppState>, pin: &str) -> String {
    heart_id(&device_secret(state), pin)
}

/// The kiosk's dot-voting: one resident's dots, a heart each (their own ids, so several
/// residents on one tablet each count).
pub fn cast_votes(state: Store<AppState>, pins: &[String]) {
    let now = clock::now();
    let votes = pins
        .iter()
        .map(|pin| heart(&clock::new_id(), pin, &now))
        .collect();
    save(state, votes);
}
