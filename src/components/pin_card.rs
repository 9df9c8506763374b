//! One pin shown in full: photo, symbol, title, quote, talents and resources, with edit and
//! remove.

use leptos::prelude::*;

use crate::components::pin_badge::PinBadge;
use crate::domain::pin::Pin;
use crate::i18n::{kind_name, Msg};

use crate::store::pins::{delete_pin, photo_url};
use crate::store::{tr, use_app, Sheet};

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
