//! Choosing dreams: every dream on the map as a big card, a few dots to give, one per dream.
//! A tap gives a dot, a second tap takes it back; "Klaar" gives a heart for each dot.

use leptos::prelude::*;

use crate::domain::kiosk::{vote_options, Flow, KioskInput, Step};
use crate::i18n::kiosk::{dots_left, KioskMsg};
use crate::i18n::Msg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::pins::photo_url;
use crate::store::words::{kt, kt_app, lang_now};
use crate::store::{use_app, AppStateStoreFields};

#[component]
pub fn KioskVote(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    // The dreams as they were when the screen opened: cards do not jump while someone taps.
    let dreams: Vec<_> = state
        .pins()
        .with_untracked(|ps| vote_options(ps).into_iter().cloned().collect());
    let left = Memo::new(move |_| flow.with(Flow::votes_left));
    let lang = lang_now();
    let ready = Signal::derive(move || flow.with(|f| f.draft.ready(Step::Vote)));
    let cards = dreams
        .into_iter()
        .map(|pin| {
            let id = pin.id.clone();
            let tap_id = pin.id.clone();
            let chosen = Memo::new(move |_| flow.with(|f| f.draft.ballot.contains(&id)));
            let photo = photo_url(pin.photo.clone());
            let title = if pin.title.is_empty() {
                kt_app(Msg::Untitled).to_owned()
            } else {
                pin.title.clone()
            };
            let quote = (!pin.quote.is_empty()).then(|| pin.quote.clone());
            view! {
                <button
                    type="button"
                    class="kiosk-dream"
                    class:chosen=move || chosen.get()
                    data-testid="vote-option"
                    data-id=pin.id.clone()
                    data-selected=move || chosen.get().to_string()
                    aria-pressed=move || chosen.get().to_string()
                    on:click=move |_| go.run(KioskInput::Toggle(tap_id.clone()))
                >
                    {move || photo().map(|src| view! { <img src=src alt="" /> })}
                    <strong>{title}</strong>
                    {quote.map(|q| view! { <span class="kiosk-dream-quote">{q}</span> })}
                    <span class="kiosk-dot" aria-hidden="true"></span>
                </button>
            }
        })
        .collect_view();
    view! {
        <main class="kiosk-step kiosk-vote">
            <h1>{kt(KioskMsg::VoteTitle)}</h1>
            <p class="kiosk-hint">{kt(KioskMsg::VoteHint)}</p>
            <p class="kiosk-votes-left" data-testid="votes-left" data-left=move || left.get() role="status">
                <span class="kiosk-dots" aria-hidden="true">
                    {move || {
                        (0..flow.with(Flow::votes))
                            .map(|i| {
                                let given = i >= left.get();
                                view! { <span class="kiosk-dot" class:given=given></span> }
                            })
                            .collect_view()
                    }}
                </span>
                {move || dots_left(lang, left.get())}
            </p>
            <div class="kiosk-dreams">{cards}</div>
        </main>
        <KioskNav go=go ready=ready label=KioskMsg::Done testid="vote-done" />
    }
}
