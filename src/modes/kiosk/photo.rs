//! "Take a photo of it": one large button that opens the camera (`capture`, so the tablet's
//! gallery with earlier visitors' photos is not offered), and the photo once it is ready.

use leptos::prelude::*;

use crate::components::pin_form::keep_photo;
use crate::domain::kiosk::{Flow, KioskInput};
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Msg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::{kt, kt_app};
use crate::store::{use_app, AppStateStoreFields};

#[component]
pub fn KioskPhoto(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let photo_ref = RwSignal::new(flow.with_untracked(|f| f.draft.photo.clone()));
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(false);

    // As in the pin form.
    let on_file = move |ev: leptos::ev::Event| keep_photo(&ev, busy, failed, photo_ref);
    let url = move || {
        photo_ref
            .get()
            .and_then(|id| state.photos().with(|m| m.get(&id).cloned()))
    };
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| f.draft.photo = photo_ref.get_untracked());
        go.run(input);
    };
    view! {
        <main class="kiosk-step">
            <h1>{kt(KioskMsg::PhotoTitle)}</h1>
            <label class="kiosk-photo">
                {move || url().map(|src| view! { <img src=src alt="" /> })}
                <span class="kiosk-photo-button">
                    {move || kt(if photo_ref.with(Option::is_some) { KioskMsg::PhotoAgain } else { KioskMsg::PhotoTake })}
                </span>
                <input type="file" accept="image/*" capture="environment" data-testid="pin-photo" on:change=on_file />
            </label>
            <p class="kiosk-hint" role="status">
                {move || {
                    if busy.get() {
                        kt_app(Msg::PhotoBusy)
                    } else if failed.get() {
                        kt_app(Msg::PhotoFailed)
                    } else if photo_ref.with(Option::is_some) {
                        kt(KioskMsg::PhotoDone)
                    } else {
                        kt(KioskMsg::PhotoHint)
                    }
                }}
            </p>
        </main>
        <KioskNav
            go=Callback::new(keep)
            ready=Signal::derive(move || !busy.get())
        />
    }
}
