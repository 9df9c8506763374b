//! "Are you still there?": the countdown before the kiosk starts over for the next person.

use leptos::prelude::*;

use crate::browser::page;
use crate::i18n::kiosk::{starts_over_in, KioskMsg};
use crate::store::words::kt;
use crate::store::{lang, use_app};

/// `left` counts the seconds down; any tap on it (or the button) means "still here".
#[component]
pub fn KioskIdle(left: Signal<u32>, on_stay: Callback<()>) -> impl IntoView {
    let lang = lang(use_app().state);
    // An alert dialog takes the focus, so Enter or Escape answers it; closing gives it back.
    page::remember_focus();
    request_animation_frame(|| page::focus("[data-testid=kiosk-stay]"));
    on_cleanup(|| page::give_focus_back(&[".kiosk-step h1"]));
    view! {
        <div class="kiosk-idle" role="alertdialog" aria-labelledby="kiosk-idle-title" on:click=move |_| on_stay.run(())>
            <div class="kiosk-idle-box">
                <h2 id="kiosk-idle-title">{kt(KioskMsg::IdleTitle)}</h2>
                <p>{move || starts_over_in(lang.get(), left.get())}</p>
                <button type="button" class="kiosk-next" data-testid="kiosk-stay">{kt(KioskMsg::Stay)}</button>
            </div>
        </div>
    }
}
