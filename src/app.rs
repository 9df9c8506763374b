//! The app: state provided once, then one route per mode.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::browser::{page, prefs};
use crate::i18n::Lang;
use crate::map::mercator::LatLon;
use crate::map::start::start_view;
use crate::map::view::MapState;
use crate::map::viewport::Viewport;
use crate::modes::list::ListMode;
use crate::modes::map::MapMode;
use crate::modes::not_found::NotFound;
use crate::modes::settings::SettingsMode;
use crate::modes::waiting::{KioskMode, ScreenMode, WalkMode};
use crate::state::{lang, provide_app_context, AppState};

#[component]
pub fn App() -> impl IntoView {
    let settings = prefs::load_settings();
    let state = AppState {
        browser_lang: Lang::from_preferences(&page::preferred_languages()),
        session_tiles: page::query_param("tiles"),
        settings,
    };
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
    );

    // Keep `<html lang>` in step with the chosen language.
    let lang = lang(ctx.state);
    Effect::new(move |_| page::set_document_lang(lang.get()));

    view! {
        <Router>
            <Routes fallback=NotFound>
                <Route path=path!("/") view=MapMode />
                <Route path=path!("/list") view=ListMode />
                <Route path=path!("/kiosk") view=KioskMode />
                <Route path=path!("/walk") view=WalkMode />
                <Route path=path!("/screen") view=ScreenMode />
                <Route path=path!("/settings") view=SettingsMode />
            </Routes>
        </Router>
    }
}
