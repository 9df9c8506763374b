//! The kiosk's first screen: what this is about, one big button, the other language, and, once
//! there are pins, choosing dreams and telling about a place.

use leptos::prelude::*;

use crate::domain::kiosk::{shown, vote_options, KioskInput};
use crate::domain::pin::PinKind;
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Lang;
use crate::modes::kiosk::kind::kind_picture;
use crate::store::words::kt;
use crate::store::{lang, use_app, AppStateStoreFields};

#[component]
pub fn KioskWelcome(kinds: Vec<PinKind>, on_start: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let dreams = Memo::new(move |_| state.pins().with(|ps| !vote_options(ps).is_empty()));
    let places = Memo::new(move |_| state.pins().with(|ps| ps.iter().any(shown)));
    let lang = lang(state);
    let other = move || match lang.get() {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    // For this person only: the kiosk returns to the organiser's language for the next one.
    let switch = move |_| {
        let to = other();
        state.settings().update(|s| s.lang = Some(to));
    };
    view! {
        <main class="kiosk-step kiosk-welcome">
            <div class="kiosk-pictures" aria-hidden="true">
                {kinds.into_iter().map(kind_picture).collect_view()}
            </div>
            <h1>{kt(KioskMsg::WelcomeTitle)}</h1>
            <p class="kiosk-lead">{kt(KioskMsg::WelcomeText)}</p>
            <button type="button" class="kiosk-start" data-testid="kiosk-start" on:click=move |_| on_start.run(KioskInput::Next)>
                {kt(KioskMsg::Start)}
            </button>
            <div class="kiosk-more">
                <Show when=move || dreams.get()>
                    <button type="button" class="kiosk-other" data-testid="kiosk-vote" on:click=move |_| on_start.run(KioskInput::Vote)>
                        {kt(KioskMsg::VoteStart)}
                    </button>
                </Show>
                <Show when=move || places.get()>
                    <button type="button" class="kiosk-other" data-testid="kiosk-tell" on:click=move |_| on_start.run(KioskInput::Tell)>
                        {kt(KioskMsg::TellStart)}
                    </button>
                </Show>
            </div>
            <button type="button" class="kiosk-lang" lang=move || other().tag() on:click=switch>
                {kt(KioskMsg::OtherLang)}
            </button>
        </main>
    }
}
