//! The kiosk's first screen: what this is about, one big button, the language, and, once
//! there are pins, choosing dreams and telling about a place.

use leptos::prelude::*;

use crate::components::lang_select::LangSelect;
use crate::domain::kiosk::{shown, vote_options, KioskInput};
use crate::domain::pin::PinKind;
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Lang;
use crate::modes::kiosk::kind::kind_picture;
use crate::store::words::kr;
use crate::store::{use_app, AppStateStoreFields};

#[component]
pub fn KioskWelcome(kinds: Vec<PinKind>, on_start: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let dreams = Memo::new(move |_| state.pins().with(|ps| !vote_options(ps).is_empty()));
    let places = Memo::new(move |_| state.pins().with(|ps| ps.iter().any(shown)));
    // For this person only: the kiosk returns to the organiser's language for the next one.
    // The welcome's words follow the switch themselves (`kr`), so it shows at once.
    let switch = move |to: Lang| state.settings().update(|s| s.lang = Some(to));
    view! {
        <main class="kiosk-step kiosk-welcome">
            <div class="kiosk-pictures" aria-hidden="true">
                {kinds.into_iter().map(kind_picture).collect_view()}
            </div>
            <h1>{kr(KioskMsg::WelcomeTitle)}</h1>
            <p class="kiosk-lead">{kr(KioskMsg::WelcomeText)}</p>
            <button type="button" class="kiosk-start" data-testid="kiosk-start" on:click=move |_| on_start.run(KioskInput::Next)>
                {kr(KioskMsg::Start)}
            </button>
            <div class="kiosk-more">
                <Show when=move || dreams.get()>
                    <button type="button" class="kiosk-other" data-testid="kiosk-vote" on:click=move |_| on_start.run(KioskInput::Vote)>
                        {kr(KioskMsg::VoteStart)}
                    </button>
                </Show>
                <Show when=move || places.get()>
                    <button type="button" class="kiosk-other" data-testid="kiosk-tell" on:click=move |_| on_start.run(KioskInput::Tell)>
                        {kr(KioskMsg::TellStart)}
                    </button>
                </Show>
            </div>
            // The neighbourhood's languages, each named in itself.
            <label class="kiosk-langs">
                <span>{kr(KioskMsg::OtherLang)}</span>
                <LangSelect on_choose=switch labelled=true option_testid="kiosk-lang-" class="kiosk-lang" />
            </label>
        </main>
    }
}
