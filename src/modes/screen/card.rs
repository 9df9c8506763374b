//! The celebration screen's pieces: the large card of the pin in focus, the counters, the
//! "alles is er al" tally, and the QR code to join in.

use leptos::prelude::*;

use crate::components::pin_badge::PinBadge;
use crate::domain::pin::{Pin, PinKind};
use crate::domain::qr::qr_path;
use crate::domain::screen::{counts, tally};
use crate::i18n::kind_name;
use crate::i18n::Msg;
use crate::store::event::{app_address, join_url};
use crate::store::pins::photo_url;
use crate::store::{tr, use_app};

fn tags(title: Msg, items: &[String]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h3>{tr(title)}</h3>
            <ul class="tags">{items.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
        }
    })
}

/// The pin in focus, large enough to read from the back of the room.
#[component]
pub fn ScreenCard(pin: Pin, new: bool) -> impl IntoView {
    let photo = photo_url(pin.photo.clone());
    view! {
        <article class=format!("screen-card kind-{}", pin.kind.code()) data-testid="screen-card" data-id=pin.id.clone()>
            {new.then(|| view! { <span class="new-mark">{tr(Msg::ScreenNew)}</span> })}
            {move || photo().map(|src| view! { <img class="photo" src=src alt="" /> })}
            <header>
                <PinBadge pin=pin.clone() />
                <span class="kind-name">{tr(kind_name(pin.kind))}</span>
            </header>
            <h2>{pin.title.clone()}</h2>
            {(!pin.quote.is_empty()).then(|| view! { <blockquote>{pin.quote.clone()}</blockquote> })}
            {tags(Msg::TalentsLabel, &pin.talents)}
            {tags(Msg::ResourcesLabel, &pin.resources)}
        </article>
    }
}

/// One big number per kind.
#[component]
pub fn Counters(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let per_kind = move || pins.with(|ps| counts(&ps.iter().collect::<Vec<_>>()));
    view! {
        <div class="screen-counts">
            {PinKind::ALL
                .into_iter()
                .enumerate()
                .map(|(i, k)| {
                    let n = move || per_kind()[i];
                    view! {
                        <p class=format!("screen-count kind-{}", k.code()) data-testid="screen-count" data-kind=k.code() data-count=n>
                            <strong>{n}</strong>
                            <span>{tr(kind_name(k))}</span>
                        </p>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// The talents and resources named in dreams, counted, largest first.
#[component]
pub fn Tally(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let column = move |title: Msg, pick: fn(&Pin) -> &[String]| {
        let rows = move || {
            pins.with(|ps| tally(ps.iter().filter(|p| p.kind == PinKind::Dream).map(pick)))
                .into_iter()
                .take(12)
                .map(|(name, n)| view! { <li><span>{name}</span><strong>{n}</strong></li> })
                .collect_view()
        };
        view! {
            <section>
                <h3>{tr(title)}</h3>
                <ol>{rows}</ol>
            </section>
        }
    };
    view! {
        <div class="screen-tally" data-testid="screen-tally">
            <h2>{tr(Msg::ScreenAllHere)}</h2>
            <div class="columns">
                {column(Msg::TalentsLabel, |p| &p.talents)}
                {column(Msg::ResourcesLabel, |p| &p.resources)}
            </div>
        </div>
    }
}

/// A QR code of the app's address, with the address beside it.
#[component]
pub fn JoinCode() -> impl IntoView {
    let state = use_app().state;
    move || {
        // With a drop set, the code joins the event; its secrets are in the fragment, which the
        // screen does not print (the code is for phones, the text for people).
        let join = join_url(state);
        let address = app_address();
        let shown = if join.is_some() {
            format!("{address}join")
        } else {
            address.clone()
        };
        let code = qr_path(join.as_deref().unwrap_or(&address)).map(|(size, d)| {
            // A quiet zone of four modules around the code, as scanners expect.
            let view_box = format!("-4 -4 {} {}", size + 8, size + 8);
            view! {
                <svg class="qr" data-testid="qr-code" viewBox=view_box shape-rendering="crispEdges" role="img" aria-label=shown.clone()>
                    <rect x="-4" y="-4" width=size + 8 height=size + 8 fill="#fff" />
                    <path d=d fill="#000" />
                </svg>
            }
        });
        view! {
            <aside class="screen-join">
                {code}
                <p>
                    <span>{tr(Msg::ScreenJoin)}</span>
                    <strong class="address">{shown.clone()}</strong>
                </p>
            </aside>
        }
    }
}
