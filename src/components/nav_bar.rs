//! The bar along the top: the app's name and the everyday destinations.

use leptos::prelude::*;

use crate::components::storage_banner::StorageBanner;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::store::{tr, use_app};

#[component]
pub fn NavBar() -> impl IntoView {
    let page = use_app().page;
    let link = move |to: Page, label: Msg| {
        let href = to.path().unwrap_or("/");
        view! {
            <a href=href aria-current=move || (page.get() == to).then_some("page")>
                {tr(label)}
            </a>
        }
    };
    view! {
        <header class="nav-bar">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true"></span>
                {tr(Msg::AppName)}
            </a>
            <nav aria-label=tr(Msg::MainMenu)>
                {link(Page::Map, Msg::NavMap)}
                {link(Page::List, Msg::NavList)}
                {link(Page::Settings, Msg::NavSettings)}
            </nav>
        </header>
        <StorageBanner />
    }
}
