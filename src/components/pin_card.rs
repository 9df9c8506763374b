//! One pin shown in full: photo, symbol, title, quote, talents and resources, with edit and
//! remove.

use leptos::prelude::*;

use crate::browser::{clock, idb, photo};
use crate::components::pin_badge::PinBadge;
use crate::domain::pin::Pin;
use crate::i18n::{kind_name, Msg};
use leptos::task::spawn_local;

use crate::store::{save_pins, tr, use_app, AppStateStoreFields, Sheet};

/// Removes a pin by turning it into a tombstone (so the removal can merge with other devices).
pub fn delete_pin(id: &str) {
    let app = use_app();
    let now = clock::now();
    let Some(gone) = app
        .state
        .with_untracked(|s| s.pin(id).map(|p| p.tombstone(&now)))
    else {
        return;
    };
    app.sheet.set(Sheet::Closed);
    spawn_local(async move {
        let _ = save_pins(app.state, vec![gone]).await;
    });
}

/// The address a pin's photo shows under, read back from IndexedDB the first time it is needed.
pub fn photo_url(
    key: Option<String>,
) -> impl Fn() -> Option<String> + Send + Sync + Clone + 'static {
    let photos = use_app().state.photos();
    if let Some(k) = key
        .clone()
        .filter(|k| photos.with_untracked(|m| !m.contains_key(k)))
    {
        spawn_local(async move {
            if let Some(url) = idb::get_photo(&k)
                .await
                .ok()
                .flatten()
                .and_then(|b| photo::object_url(&b))
            {
                photos.update(|m| {
                    m.insert(k, url);
                });
            }
        });
    }
    move || {
        key.as_ref()
            .and_then(|k| photos.with(|m| m.get(k).cloned()))
    }
}

#[component]
pub fn PinCard(pin: Pin) -> impl IntoView {
    let app = use_app();
    let photo = photo_url(pin.photo.clone());
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
        <article class=format!("pin-card kind-{}", pin.kind.code()) data-testid="pin-card" data-id=pin.id.clone()>
            <header>
                <PinBadge pin=pin.clone() />
                <span class="kind-name">{tr(kind_name(pin.kind))}</span>
            </header>
            {move || photo().map(|src| view! { <img class="photo" src=src alt="" /> })}
            <h2 class="title">{if pin.title.is_empty() { None } else { Some(pin.title.clone()) }}</h2>
            {(!pin.quote.is_empty()).then(|| view! { <blockquote class="quote">{pin.quote.clone()}</blockquote> })}
            {(!pin.note.is_empty()).then(|| view! { <p class="note">{pin.note.clone()}</p> })}
            {list(Msg::TalentsLabel, &pin.talents)}
            {list(Msg::ResourcesLabel, &pin.resources)}
            <div class="form-buttons">
                <button type="button" class="button primary" data-testid="pin-edit" on:click=edit>{tr(Msg::Edit)}</button>
                <button type="button" class="button danger" data-testid="pin-delete" on:click=move |_| delete_pin(&id)>
                    {tr(Msg::Delete)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| app.sheet.set(Sheet::Closed)>
                    {tr(Msg::Close)}
                </button>
            </div>
        </article>
    }
}
