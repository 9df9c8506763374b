//! "What would you like to put on the map?": one large card per kind the kiosk offers, each
//! with the marker it will get on the map, so the picture is what the person will find again.

use leptos::prelude::*;

use crate::components::pin_badge::PinBadge;
use crate::domain::kiosk::{Flow, KioskInput};
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Msg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::{kt, kt_app};

/// The marker a pin of `kind` gets on the map, drawn large (a stand-in pin, never stored).
pub fn kind_picture(kind: PinKind) -> impl IntoView {
    Pin::new(
        "00000000-0000-4000-8000-000000000000",
        kind,
        0.0,
        0.0,
        "2026-01-01T00:00:00Z",
    )
    .ok()
    .map(|pin| view! { <PinBadge pin=pin /> })
}

fn words(kind: PinKind) -> (Msg, KioskMsg) {
    match kind {
        PinKind::Beauty => (Msg::KindBeauty, KioskMsg::KindBeautyText),
        PinKind::Place => (Msg::KindPlace, KioskMsg::KindPlaceText),
        PinKind::Dream => (Msg::KindDream, KioskMsg::KindDreamText),
    }
}

#[component]
pub fn KioskKind(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let kinds = flow.with_untracked(|f| f.kinds().to_vec());
    view! {
        <main class="kiosk-step">
            <h1>{kt(KioskMsg::KindTitle)}</h1>
            <div class="kiosk-kinds">
                {kinds
                    .into_iter()
                    .map(|k| {
                        let (name, text) = words(k);
                        view! {
                            <button
                                type="button"
                                class=format!("kiosk-kind kind-{}", k.code())
                                data-testid=format!("kind-{}", k.code())
                                on:click=move |_| go.run(KioskInput::Choose(k))
                            >
                                {kind_picture(k)}
                                <strong>{kt_app(name)}</strong>
                                <span>{kt(text)}</span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </main>
        <KioskNav go=go forward=false />
    }
}
