//! One pin shown in full: photo, symbol, title, quote, talents and resources, with edit and
//! remove.

use leptos::prelude::*;

use crate::i18n::join::JoinMsg;
use crate::store::event::{is_organiser, set_on_screen};
use crate::store::words::jr;

use crate::components::deed::{BeforeAfter, DreamNeeds, NextSteps, Pledges};
use crate::components::pin_badge::PinBadge;
use crate::components::stories::{DreamStatusSelect, HeartButton, Stories};
use crate::domain::deed::{after_photo, is_living};
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::{kind_name, Msg};

use crate::store::pins::{delete_pin, photo_url, undo_delete};
use crate::store::{tr, use_app, Sheet};

/// Removing a pin asks once ("also on the other devices"), then offers undo for a while.
#[component]
pub fn DeleteButton(id: String) -> impl IntoView {
    let asking = RwSignal::new(false);
    view! {
        <button
            type="button"
            class="button danger"
            data-testid="pin-delete"
            aria-expanded=move || asking.get().to_string()
            on:click=move |_| asking.set(true)
        >
            {tr(Msg::Delete)}
        </button>
        <Show when=move || asking.get()>
            <div class="delete-ask" role="alertdialog" aria-label=tr(Msg::DeleteAsk)>
                <p>{tr(Msg::DeleteAsk)}</p>
                <button
                    type="button"
                    class="button danger"
                    data-testid="pin-delete-confirm"
                    on:click={
                        let id = id.clone();
                        move |_| delete_pin(&id)
                    }
                >
                    {tr(Msg::DeleteConfirm)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| asking.set(false)>
                    {tr(Msg::Cancel)}
                </button>
            </div>
        </Show>
    }
}

/// "Pin removed — undo", for [`UNDO_MS`] after a removal.
#[component]
pub fn UndoBar() -> impl IntoView {
    let app = use_app();
    // Each removal gets its own time; a newer one replaces the bar.
    Effect::new(move |_| {
        if let Some(was) = app.undo.get() {
            set_timeout(
                move || {
                    if app
                        .undo
                        .with_untracked(|u| u.as_ref().is_some_and(|u| u.id == was.id))
                    {
                        app.undo.set(None);
                    }
                },
                std::time::Duration::from_millis(UNDO_MS),
            );
        }
    });
    move || {
        app.undo.with(Option::is_some).then(|| {
            view! {
                <div class="undo-bar" role="status">
                    <span>{tr(Msg::Deleted)}</span>
                    <button type="button" class="button primary" data-testid="pin-undo" on:click=|_| undo_delete()>
                        {tr(Msg::Undo)}
                    </button>
                </div>
            }
        })
    }
}

/// How long a removal can be undone.
pub const UNDO_MS: u64 = 10_000;

#[component]
pub fn PinCard(
    pin: Pin,
    /// Someone else's pin from the event's published map: shown, not changed here.
    #[prop(optional)]
    shared: bool,
) -> impl IntoView {
    let app = use_app();
    // With a photo after, the photo before stands beside it further down.
    let photo = photo_url(pin.photo.clone().filter(|_| after_photo(&pin).is_none()));
    let is_dream = pin.kind == PinKind::Dream;
    let edit_pin = pin.clone();
    let edit = move |_| {
        app.sheet.set(Sheet::Form {
            kind: edit_pin.kind,
            lat: edit_pin.lat,
            lon: edit_pin.lon,
            editing: Some(Box::new(edit_pin.clone())),
        })
    };
    let id = pin.id.clone();
    let list = |title: Msg, items: &[String]| {
        (!items.is_empty()).then(|| {
            view! {
                <h3>{tr(title)}</h3>
                <ul class="tags">
                    {items.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                </ul>
            }
        })
    };
    view! {
        <article class=format!("pin-card kind-{} status-{}", pin.kind.code(), pin.status().code()) class:living=is_living(&pin)
            data-testid="pin-card" data-id=pin.id.clone() data-status=pin.status().code()>
            <header>
                <PinBadge pin=pin.clone() />
                <span class="kind-name">{tr(kind_name(pin.kind))}</span>
            </header>
            {move || photo().map(|src| view! { <img class="photo" src=src alt="" /> })}
            <h2 class="title">{if pin.title.is_empty() { None } else { Some(pin.title.clone()) }}</h2>
            {(!pin.quote.is_empty()).then(|| view! { <blockquote class="quote">{pin.quote.clone()}</blockquote> })}
            {(!pin.note.is_empty()).then(|| view! { <p class="note">{pin.note.clone()}</p> })}
            // The first name a resident gave with their pin (the kiosk asks, and says it shows).
            {pin.extra.get("name").and_then(|v| v.as_str()).filter(|n| !n.is_empty()).map(|n| view! { <p class="maker quiet">"— " {n.to_owned()}</p> })}
            {list(Msg::TalentsLabel, &pin.talents)}
            {list(Msg::ResourcesLabel, &pin.resources)}
            {is_dream.then(|| view! {
                <BeforeAfter pin=pin.clone() shared=shared />
                <NextSteps pin=pin.clone() shared=shared />
                <DreamNeeds pin=pin.clone() />
                <HeartButton pin=pin.id.clone() />
            })}
            {(is_dream && !shared && is_organiser(app.state)).then(|| view! { <DreamStatusSelect pin=pin.clone() /> })}
            // Anyone joins in, a phone too on a dream of the event's published map.
            {is_dream.then(|| view! { <Pledges pin=pin.id.clone() /> })}
            <Stories pin=pin.id.clone() />
            <div class="form-buttons">
                {(!shared).then(|| view! {
                    <button type="button" class="button primary" data-testid="pin-edit" on:click=edit>{tr(Msg::Edit)}</button>
                    <DeleteButton id=id />
                })}
                {(!shared && is_organiser(app.state)).then(|| {
                    let hidden = pin.hidden();
                    let id = pin.id.clone();
                    view! {
                        <button type="button" class="button secondary" data-testid="pin-hide" data-hidden=hidden.to_string()
                            aria-pressed=hidden.to_string() on:click=move |_| set_on_screen(app.state, &id, !hidden)>
                            {jr(if hidden { JoinMsg::Unhide } else { JoinMsg::Hide })}
                        </button>
                    }
                })}
                <button type="button" class="button secondary" on:click=move |_| app.sheet.set(Sheet::Closed)>
                    {tr(Msg::Close)}
                </button>
            </div>
        </article>
    }
}
