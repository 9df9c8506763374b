//! The bar along the top: the app's name, the everyday destinations, and a menu with the
//! other modes.

use leptos::prelude::*;

use crate::components::lang_select::LangSelect;
use crate::components::storage_banner::StorageBanner;
use crate::i18n::{Lang, Msg};
use crate::routes::Page;
use crate::store::{prefs, tr, use_app, AppStateStoreFields};

#[component]
pub fn NavBar() -> impl IntoView {
    let app = use_app();
    let page = app.page;
    // A resident's own phone remembers the language chosen here (settings have their own).
    let choose = move |l: Lang| {
        app.state.settings().update(|s| s.lang = Some(l));
        prefs::save_settings(app.state);
    };
    let link = move |to: Page, label: Msg, class: &'static str| {
        let href = to.path().unwrap_or("/");
        view! {
            <a href=href class=class aria-current=move || (page.get() == to).then_some("page")>
                {tr(label)}
            </a>
        }
    };
    // Escape closes the menu and leaves the focus on its button, like any other panel.
    let menu = NodeRef::<leptos::html::Details>::new();
    let summary = NodeRef::<leptos::html::Summary>::new();
    let close_on_escape = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            if let Some(d) = menu.get() {
                if d.has_attribute("open") {
                    let _ = d.remove_attribute("open");
                    if let Some(s) = summary.get() {
                        let _ = s.focus();
                    }
                }
            }
        }
    };
    view! {
        <header class="nav-bar">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true"></span>
                <span class="brand-name">{tr(Msg::AppName)}</span>
            </a>
            <Show when=move || page.get() != Page::Settings>
                <LangSelect on_choose=choose class="nav-lang" />
            </Show>
            <nav aria-label=tr(Msg::MainMenu)>
                {link(Page::Map, Msg::NavMap, "")}
                {link(Page::List, Msg::NavList, "")}
                {link(Page::Settings, Msg::NavSettings, "wide-only")}
                // The other modes, two taps from anywhere: the walk, the kiosk, the screen.
                <details class="nav-more" data-testid="nav-more" node_ref=menu on:keydown=close_on_escape>
                    <summary node_ref=summary aria-label=tr(Msg::NavMore) title=tr(Msg::NavMore)>
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
