//! The end of one person's turn: their pin among everyone's (or thanks for their dots or
//! story), then the next person.

use leptos::prelude::*;

use crate::components::map_view::MapView;
use crate::components::pin_layer::PinLayer;
use crate::domain::kiosk::{Errand, Flow, KioskInput};
use crate::i18n::kiosk::KioskMsg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::kt;
use crate::store::{use_app, AppStateStoreFields};

/// The map is already centred on the new pin; a ring marks it.
#[component]
pub fn KioskThanks(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let id = flow.with_untracked(|f| f.saved.clone()).unwrap_or_default();
    let not_stored = state.storage_error().with_untracked(Option::is_some);
    let errand = flow.with_untracked(|f| f.errand);
    if errand != Errand::Pin {
        // Dots and stories go beside pins already there: a plain word of thanks will do.
        let text = if errand == Errand::Vote {
            KioskMsg::VoteThanks
        } else {
            KioskMsg::StoryThanks
        };
        return view! {
            <main class="kiosk-step kiosk-welcome">
                <div data-testid="kiosk-thanks" data-id=id role="status">
                    <h1>{kt(KioskMsg::ThanksTitle)}</h1>
                    <p class="kiosk-lead">{kt(text)}</p>
                    {not_stored.then(|| view! { <p class="message warning">{kt(KioskMsg::ThanksStorage)}</p> })}
                </div>
            </main>
            <KioskNav go=Callback::new(move |_| go.run(KioskInput::Reset)) done=true />
        }
        .into_any();
    }
    view! {
        <main class="kiosk-step kiosk-map">
            <MapView>
                <PinLayer />
                <div class="kiosk-you" aria-hidden="true"></div>
            </MapView>
            <div class="kiosk-ask" data-testid="kiosk-thanks" data-id=id role="status">
                <h1>{kt(KioskMsg::ThanksTitle)}</h1>
                <p>{kt(KioskMsg::ThanksText)}</p>
                {not_stored.then(|| view! { <p class="message warning">{kt(KioskMsg::ThanksStorage)}</p> })}
            </div>
        </main>
        <KioskNav go=Callback::new(move |_| go.run(KioskInput::Reset)) done=true />
    }
    .into_any()
}
