//! Any other address.

use leptos::prelude::*;

use crate::components::nav_bar::NavBar;
use crate::i18n::Msg;
use crate::store::tr;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="mode">
            <NavBar />
            <main class="page">
                <h1>{tr(Msg::NotFoundTitle)}</h1>
                <p>{tr(Msg::NotFoundText)}</p>
                <p>
                    <a class="button" href="/">{tr(Msg::BackToMap)}</a>
                </p>
            </main>
        </div>
    }
}
