//! A titled page for a mode a later step of the work builds, with a way back.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::state::tr;

#[component]
pub fn WaitingMode(title: Msg, intro: Msg) -> impl IntoView {
    view! {
        <main class="page waiting-mode">
            <h1>{tr(title)}</h1>
            <p>{tr(intro)}</p>
            <p class="quiet">{tr(Msg::ComingSoon)}</p>
            <p>
                <a class="button" href="/">{tr(Msg::BackToMap)}</a>
            </p>
        </main>
    }
}
