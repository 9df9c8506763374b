//! `/list`: every pin as a list, the accessible twin of the map.

use leptos::prelude::*;

use crate::components::nav_bar::NavBar;
use crate::i18n::Msg;
use crate::state::tr;

#[component]
pub fn ListMode() -> impl IntoView {
    view! {
        <div class="mode mode-list">
            <NavBar />
            <main class="page">
                <h1>{tr(Msg::ListTitle)}</h1>
                <p class="quiet">{tr(Msg::ListEmpty)}</p>
            </main>
        </div>
    }
}
