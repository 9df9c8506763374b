//! The question whether this person's pin may be uploaded. The flow asks it only when upload is
//! set up; the answer goes with the pin as its extra property `"upload"` (`Flow::to_pin`).

use leptos::prelude::*;

use crate::components::fields::checkbox;

use crate::domain::kiosk::{Flow, KioskInput};
use crate::i18n::kiosk::KioskMsg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::kt;

#[component]
pub fn KioskConsent(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let (agreed, saves) = flow.with_untracked(|f| (f.draft.consent, f.saves_next()));
    let agreed = RwSignal::new(agreed);
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| f.draft.consent = agreed.get_untracked());
        go.run(input);
    };
    view! {
        <main class="kiosk-step">
            <h1>{kt(KioskMsg::ConsentTitle)}</h1>
            {checkbox(agreed, "upload-consent", "kiosk-check", kt(KioskMsg::ConsentLabel))}
        </main>
        <KioskNav
            go=Callback::new(keep)
            saves=saves
        />
    }
}
