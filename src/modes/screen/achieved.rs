//! The celebration's "gelukt" view: the dreams that were done, with their photos before and
//! after, the first names of who helped, and what comes next.

use leptos::prelude::*;

use crate::components::deed::PhotoPair;
use crate::domain::deed::{achieved, helpers, next_of};
use crate::domain::pin::Pin;
use crate::i18n::deed::DeedMsg;
use crate::store::words::dr;
use crate::store::{use_app, AppStateStoreFields};

/// The photos before and after, the helpers and what comes next of a done dream: on its
/// achieved card and on the tour's card.
#[component]
pub fn DeedFacts(pin: Pin) -> impl IntoView {
    let state = use_app().state;
    let next = next_of(&pin);
    let helped = {
        let id = pin.id.clone();
        move || state.contributions().with(|cs| helpers(cs, &id))
    };
    view! {
        <PhotoPair pin=pin.clone() />
        {move || {
            let names = helped();
            (!names.is_empty()).then(|| view! {
                <p class="helpers"><strong>{dr(DeedMsg::HelpedBy)} ": "</strong> {names.join(", ")}</p>
            })
        }}
        {(!next.is_empty()).then(|| view! {
            <p class="next">
                <span class="living-mark">{dr(DeedMsg::Living)}</span> " "
                {next.when.clone()}
                {(!next.contact.is_empty()).then(|| format!(" · {}", next.contact))}
            </p>
        })}
    }
}

/// Every done dream shown on the screen, newest first.
#[component]
pub fn Achieved(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let done =
        Memo::new(move |_| pins.with(|ps| achieved(ps).into_iter().cloned().collect::<Vec<Pin>>()));
    view! {
        <section class="screen-achieved" data-testid="screen-achieved">
            <h2>{dr(DeedMsg::AchievedTitle)}</h2>
            {move || done.with(Vec::is_empty).then(|| view! { <p>{dr(DeedMsg::NoAchieved)}</p> })}
            <div class="achieved-cards">
                <For each=move || done.get() key=|p| format!("{}{}", p.id, p.updated_at) let:p>
                    {
                        let id = p.id.clone();
                        let title = if p.title.is_empty() { p.quote.clone() } else { p.title.clone() };
                        view! {
                            <article class="achieved-card" data-testid="achieved-card" data-id=id>
                                <h3>{title}</h3>
                                <DeedFacts pin=p />
                            </article>
                        }
                    }
                </For>
            </div>
        </section>
    }
}
