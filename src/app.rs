//! The app: state provided once, then the page the address asks for.

use leptos::prelude::*;

use crate::browser::{channel, history, page, prefs};
use crate::bundles::{hand_over, handed_over, Render};
use crate::components::organiser_lock::{locked, LockedPage};
use crate::components::pin_card::UndoBar;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::Lang;
use crate::map::mercator::LatLon;
use crate::map::start::start_view;
use crate::map::view::MapState;
use crate::map::viewport::Viewport;
use crate::routes::Page;
use crate::store::{lang, load_stored_pins, provide_app_context, AppState};

/// Mounts the app with `render`'s pages on the page's body (each bundle's `main`).
pub fn start(render: Render) {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(move || app(render));
}

/// The whole app in one bundle (the browser tests mount it).
#[component]
pub fn App() -> impl IntoView {
    app(crate::bundles::everything)
}

/// The app with the pages `render` knows: each wasm bundle passes its own (see
/// [`crate::bundles`]), so a bundle holds the code of its own pages only. A page it does not
/// know is loaded afresh, by the bundle that knows it.
pub fn app(render: Render) -> impl IntoView {
    let settings = prefs::load_settings();
    let state = AppState::new(
        settings,
        Lang::from_preferences(&page::preferred_languages()),
        page::query_param("tiles"),
    );
    let (center, zoom): (LatLon, f64) = start_view(
        page::query_param("lat").as_deref(),
        page::query_param("lon").as_deref(),
        page::query_param("z").as_deref(),
        prefs::load_view(),
    );
    let range = state.tile_source().zoom_range;
    let ctx = provide_app_context(
        state,
        MapState::new(Viewport::new(center, zoom, 0.0, 0.0), range),
        Page::from_path(&history::current_path()),
    );
    // Pins stored on this device, and those other tabs store later.
    let store = ctx.state;
    crate::store::pins::watch_storage(store);
    leptos::task::spawn_local(async move {
        load_stored_pins(store).await;
        // Photos nothing needs any more (removed pins, abandoned turns) go once pins are known.
        crate::store::pins::sweep_photos(store).await;
    });
    channel::listen(move || leptos::task::spawn_local(load_stored_pins(store)));
    crate::store::sync::start(store);

    // Links and back/forward change the page without reloading. (A small router of our own:
    // leptos_router cost ~40 KB gz for six fixed routes.)
    let current = ctx.page;
    history::listen(move |path| current.set(Page::from_path(&path)));

    // Keep `<html lang>` and `dir` in step with the chosen language.
    let lang = lang(ctx.state);
    Effect::new(move |_| page::set_document_lang(lang.get()));

    // A Memo: setting the same page again (the kiosk answers back with its own entry) must not
    // rebuild the page and lose what is on it.
    let shown = Memo::new(move |_| current.get());
    // While a PIN is set and this visit is not unlocked, every page but the kiosk asks for it
    // first (typing `/` or using back's menu on a kiosk tablet leads here, not to the map).
    let unlocked = ctx.unlocked;
    // An organiser who unlocked on the page before a bundle change stays unlocked (once).
    if handed_over() {
        unlocked.set(true);
    }
    let is_locked = Memo::new(move |_| locked(store, unlocked));
    let page = move || {
        let p = shown.get();
        if p != Page::Kiosk && is_locked.get() {
            return Some(LockedPage().into_any());
        }
        let view = render(p);
        if view.is_none() {
            hand_over(unlocked.get_untracked());
        }
        view
    };
    let said = ctx.said;
    view! {
        {page}
        // Read out by screen readers: a pin saved (an import result has a status of its own).
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="announce">{move || said.get()}</p>
        <UndoBar />
        // Not inside the kiosk flow: a resident must not reload in the middle of a turn.
        <UpdateBanner hidden=Signal::derive(move || shown.get() == Page::Kiosk) />
    }
}
