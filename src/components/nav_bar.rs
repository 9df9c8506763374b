//! The bar along the top: the app's name, the everyday destinations, and a menu with the
//! other modes.

use leptos::prelude::*;

use crate::components::storage_banner::StorageBanner;
use crate::i18n::Msg;
use crate::routes::Page;
use crate::store::{tr, use_app};

#[component]
pub fn NavBar() -> impl IntoView {
    let page = use_app().page;
    let link = move |to: Page, label: Msg, class: &'static str| {
        let href = to.path().unwrap_or("/");
        view! {
            <a href=href class=class aria-current=move || (page.get() == to).then_some("page")>
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
                {link(Page::Map, Msg::NavMap, "")}
                {link(Page::List, Msg::NavList, "")}
                {link(Page::Settings, Msg::NavSettings, "wide-only")}
                // The other modes, two taps from anywhere: the walk, the kiosk, the screen.
                <details class="nav-more" data-testid="nav-more">
                    <summary aria-label=tr(Msg::NavMore) title=tr(Msg::NavMore)>
                        <span aria-hidden="true">"⋯"</span>
                    </summary>
                    <div class="nav-menu">
                        {link(Page::Walk, Msg::NavWalk, "")}
                        {link(Page::Kiosk, Msg::NavKiosk, "")}
                        {link(Page::Screen, Msg::NavScreen, "")}
                        // On a phone the bar has no room for it: settings move in here.
                        {link(Page::Settings, Msg::NavSettings, "narrow-only")}
                    </div>
                </details>
            </nav>
        </header>
        <StorageBanner />
    }
}
