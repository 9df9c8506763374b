//! The kiosk's first screen: what this is about, one big button, the other languages, and, once
//! there are pins, choosing dreams and telling about a place.

use leptos::prelude::*;

use crate::domain::kiosk::{shown, vote_options, KioskInput};
use crate::domain::pin::PinKind;
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Lang;
use crate::modes::kiosk::kind::kind_picture;
use crate::store::words::kr;
use crate::store::{lang, use_app, AppStateStoreFields};

#[component]
pub fn KioskWelcome(kinds: Vec<PinKind>, on_start: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let dreams = Memo::new(move |_| state.pins().with(|ps| !vote_options(ps).is_empty()));
    let places = Memo::new(move |_| state.pins().with(|ps| ps.iter().any(shown)));
    let lang = lang(state);
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
            // Every other language the neighbourhood speaks, each named in itself.
            <nav class="kiosk-langs" aria-label=kr(KioskMsg::OtherLang)>
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <Show when=move || lang.get() != l>
                                <button
                                    type="button"
                                    class="kiosk-lang"
                                    lang=l.tag()
                                    dir=if l.rtl() { "rtl" } else { "ltr" }
                                    data-testid=format!("kiosk-lang-{}", l.tag())
                                    on:click=move |_| switch(l)
                                >
                                    {l.native_name()}
                                </button>
                            </Show>
                        }
                    })
                    .collect_view()}
            </nav>
        </main>
    }
}
