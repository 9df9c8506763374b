//! The kiosk's footer: back on the left, forward on the right, on every question the same.

use leptos::prelude::*;

use crate::domain::kiosk::KioskInput;
use crate::i18n::kiosk::KioskMsg;
use crate::store::words::kt;

/// Sends `Back` or `Next` to `go`. `forward: false` leaves only the way back (the kind cards
/// move on by themselves). The forward button says what it does: `saves` stores the pin,
/// `here` takes the place under the crosshair, `done` ends the turn (and has no way back).
#[component]
pub fn KioskNav(
    go: Callback<KioskInput>,
    #[prop(default = true)] forward: bool,
    #[prop(optional)] saves: bool,
    #[prop(optional)] here: bool,
    #[prop(optional)] done: bool,
    #[prop(into, default = Signal::stored(true))] ready: Signal<bool>,
    /// The forward button's words and test hook, when neither of the above fits.
    #[prop(optional)]
    label: Option<KioskMsg>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let (label, testid) = if let (Some(l), Some(t)) = (label, testid) {
        (l, t)
    } else if here {
        (KioskMsg::Here, "kiosk-here")
    } else if done {
        (KioskMsg::Done, "kiosk-done")
    } else if saves {
        (KioskMsg::Save, "kiosk-next")
    } else {
        (KioskMsg::Next, "kiosk-next")
    };
    view! {
        <footer class="kiosk-nav">
            {(!done)
                .then(|| {
                    view! {
                        <button type="button" class="kiosk-back" data-testid="kiosk-back" on:click=move |_| go.run(KioskInput::Back)>
                            <span aria-hidden="true">"←"</span>
                            {kt(KioskMsg::Back)}
                        </button>
                    }
                })}
            {forward
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="kiosk-next"
                            class:kiosk-here=here
                            data-testid=testid
                            disabled=move || !ready.get()
                            on:click=move |_| go.run(KioskInput::Next)
                        >
                            {kt(label)}
                            {(!done).then_some(view! { <span aria-hidden="true">"→"</span> })}
                        </button>
                    }
                })}
        </footer>
    }
}
