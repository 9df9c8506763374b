//! The kiosk's footer: back on the left, forward on the right, on every question the same.

use leptos::prelude::*;

use crate::i18n_kiosk::{kt, KioskMsg};

/// `next` is left out on screens whose choices move on by themselves (the kind cards).
/// `saves`: forward stores the pin, and says so. `here`: forward confirms the crosshair.
#[component]
pub fn KioskNav(
    back: Callback<()>,
    #[prop(optional)] next: Option<Callback<()>>,
    #[prop(optional)] saves: bool,
    #[prop(optional)] here: bool,
    #[prop(into, default = Signal::stored(true))] ready: Signal<bool>,
) -> impl IntoView {
    let (label, testid) = match (here, saves) {
        (true, _) => (KioskMsg::Here, "kiosk-here"),
        (false, true) => (KioskMsg::Save, "kiosk-next"),
        (false, false) => (KioskMsg::Next, "kiosk-next"),
    };
    view! {
        <footer class="kiosk-nav">
            <button type="button" class="kiosk-back" data-testid="kiosk-back" on:click=move |_| back.run(())>
                <span aria-hidden="true">"←"</span>
                {kt(KioskMsg::Back)}
            </button>
            {next
                .map(|n| {
                    view! {
                        <button
                            type="button"
                            class="kiosk-next"
                            class:kiosk-here=here
                            data-testid=testid
                            disabled=move || !ready.get()
                            on:click=move |_| n.run(())
                        >
                            {kt(label)}
                            <span aria-hidden="true">"→"</span>
                        </button>
                    }
                })}
        </footer>
    }
}
