//! The bar along the top: the app's name and the everyday destinations.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::Msg;
use crate::state::tr;

#[component]
pub fn NavBar() -> impl IntoView {
    view! {
        <header class="nav-bar">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true"></span>
                {tr(Msg::AppName)}
            </a>
            <nav aria-label=tr(Msg::MainMenu)>
                <A href="/" exact=true>{tr(Msg::NavMap)}</A>
                <A href="/list">{tr(Msg::NavList)}</A>
                <A href="/settings">{tr(Msg::NavSettings)}</A>
            </nav>
        </header>
    }
}
