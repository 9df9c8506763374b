//! Offers a new version of the app once it has been fetched; nothing changes until the person
//! says so (a reload in the middle of typing a pin would lose it).

use leptos::prelude::*;

use crate::browser::offline;
use crate::i18n::Msg;
use crate::store::tr;

#[component]
pub fn UpdateBanner(
    /// Kept back while true (inside the kiosk flow); the worker still registers.
    hidden: Signal<bool>,
) -> impl IntoView {
    let waiting = RwSignal::new(false);
    // Debug builds (`trunk serve`) skip the worker: a cached shell would hide each rebuild.
    if !cfg!(debug_assertions) {
        offline::register(move || waiting.set(true));
    }
    move || {
        (waiting.get() && !hidden.get()).then(|| {
            view! {
                <div class="update-banner" role="status" data-testid="update-ready">
                    <span>{tr(Msg::UpdateReady)}</span>
                    <button class="primary" data-testid="update-accept" on:click=|_| offline::accept_update()>
                        {tr(Msg::UpdateNow)}
                    </button>
                    <button on:click=move |_| waiting.set(false)>{tr(Msg::UpdateLater)}</button>
                </div>
            }
        })
    }
}
