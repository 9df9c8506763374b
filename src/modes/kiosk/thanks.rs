//! The end of one person's turn: their pin among everyone's, then the next person.

use leptos::prelude::*;

use crate::components::map_view::MapView;
use crate::components::pin_layer::PinLayer;
use crate::domain::kiosk::{Flow, KioskInput};
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
}
