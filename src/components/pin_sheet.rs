//! The panel over the map: choosing a kind (with the crosshair), the form, or a pin's card.

use leptos::prelude::*;

use crate::browser::page;
use crate::components::pin_card::PinCard;
use crate::components::pin_form::PinForm;
use crate::domain::pin::PinKind;
use crate::i18n::Msg;
use crate::store::{tr, use_app, Sheet};

/// Starts adding a pin at the centre of the map.
pub fn start_adding() {
    use_app().sheet.set(Sheet::ChooseKind);
}

#[component]
pub fn PinSheet() -> impl IntoView {
    let app = use_app();
    let sheet = app.sheet;
    // Escape closes whatever panel is open, wherever the focus is (the map, the walk).
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            sheet.set(Sheet::Closed);
        }
    });
    on_cleanup(move || escape.remove());
    // A keyboard user keeps their place: closing a panel gives the focus back to what opened
    // it (a marker, a row's button), else to that pin's marker or "add".
    Effect::new(move |was: Option<Sheet>| {
        let now = sheet.get();
        match (&was, &now) {
            (None | Some(Sheet::Closed), s) if *s != Sheet::Closed => page::remember_focus(),
            (Some(Sheet::Card(id)), Sheet::Closed) => page::give_focus_back(&[
                &format!("[data-testid=pin][data-id=\"{id}\"]"),
                "[data-testid=add-pin]",
            ]),
            (Some(_), Sheet::Closed) => page::give_focus_back(&["[data-testid=add-pin]"]),
            _ => {}
        }
        now
    });
    let choose = move |kind: PinKind| {
        let c = app.map.with_untracked(|s| s.view.center);
        sheet.set(Sheet::Form {
            kind,
            lat: c.lat,
            lon: c.lon,
            editing: None,
        });
    };
    let kind_button = move |kind: PinKind, label: Msg, testid: &'static str| {
        view! {
            <button
                type="button"
                class=format!("kind-choice kind-{}", kind.code())
                data-testid=testid
                on:click=move |_| choose(kind)
            >
                <span class="dot" aria-hidden="true"></span>
                {tr(label)}
            </button>
        }
    };
    let body = move || {
        match sheet.get() {
        Sheet::Closed => None,
        Sheet::ChooseKind => Some(
            view! {
                <section class="sheet choose" aria-labelledby="choose-title">
                    <h2 id="choose-title">{tr(Msg::ChooseKind)}</h2>
                    <p class="quiet">{tr(Msg::AddHint)}</p>
                    <div class="kind-choices">
                        {kind_button(PinKind::Beauty, Msg::KindBeauty, "kind-beauty")}
                        {kind_button(PinKind::Place, Msg::KindPlace, "kind-place")}
                        {kind_button(PinKind::Dream, Msg::KindDream, "kind-dream")}
                    </div>
                    <button type="button" class="button secondary" on:click=move |_| sheet.set(Sheet::Closed)>
                        {tr(Msg::Cancel)}
                    </button>
                </section>
            }
            .into_any(),
        ),
        Sheet::Form { kind, lat, lon, editing } => Some(
            view! {
                <section class="sheet form">
                    <PinForm kind=kind lat=lat lon=lon editing=editing />
                </section>
            }
            .into_any(),
        ),
        Sheet::Card(id) => app
            .state
            .with(|s| {
                s.pin(&id)
                    .map(|p| (p.clone(), false))
                    .or_else(|| s.shared_pin(&id).map(|p| (p.clone(), true)))
            })
            .map(|(pin, shared)| {
                view! {
                    <section class="sheet card-sheet">
                        <PinCard pin=pin shared=shared />
                    </section>
                }
                .into_any()
            }),
    }
    };
    view! {
        <Show when=move || sheet.with(|s| *s == Sheet::ChooseKind)>
            <div class="crosshair" aria-hidden="true"></div>
        </Show>
        <Show when=move || sheet.with(|s| *s == Sheet::Closed)>
            <button type="button" class="add-pin button primary" data-testid="add-pin" on:click=move |_| start_adding()>
                <span aria-hidden="true">"+ "</span>
                {tr(Msg::AddPin)}
            </button>
        </Show>
        {body}
    }
}
