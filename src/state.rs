//! The app store: one source of truth the views read, provided once at the top.

use leptos::prelude::*;
use reactive_stores::Store;

use crate::domain::settings::Settings;
use crate::i18n::{text, Lang, Msg};
use crate::map::basemap::TileSource;
use crate::map::view::MapState;
use crate::routes::Page;

/// Shared state of the whole app.
#[derive(Clone, Debug, PartialEq, Store)]
pub struct AppState {
    /// What this device remembers (base map, language).
    pub settings: Settings,
    /// The browser's own language, used while settings leave the choice open.
    pub browser_lang: Lang,
    /// A tile template from the link (`?tiles=`), for this session only.
    pub session_tiles: Option<String>,
}

impl AppState {
    pub fn lang(&self) -> Lang {
        self.settings.lang.unwrap_or(self.browser_lang)
    }

    pub fn tile_source(&self) -> TileSource {
        self.settings.tile_source(self.session_tiles.as_deref())
    }
}

/// Handles every component can reach: the store and the map's fast-changing view.
#[derive(Clone, Copy)]
pub struct AppContext {
    pub state: Store<AppState>,
    /// The map view and gesture, in a signal of its own: it changes on every frame of a drag.
    pub map: RwSignal<MapState>,
    /// The page shown, following the address bar.
    pub page: RwSignal<Page>,
}

pub fn provide_app_context(state: AppState, map: MapState, page: Page) -> AppContext {
    let ctx = AppContext {
        state: Store::new(state),
        map: RwSignal::new(map),
        page: RwSignal::new(page),
    };
    provide_context(ctx);
    ctx
}

/// The app's context. Components are only ever rendered inside `App`, which provides it.
pub fn use_app() -> AppContext {
    expect_context::<AppContext>()
}

/// The current language, derived from settings and the browser.
pub fn lang(state: Store<AppState>) -> Memo<Lang> {
    Memo::new(move |_| state.with(AppState::lang))
}

/// The tiles the map draws, derived from settings and the link.
pub fn tile_source(state: Store<AppState>) -> Memo<TileSource> {
    Memo::new(move |_| state.with(AppState::tile_source))
}

/// A translated message that follows language changes.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || text(state.with(AppState::lang), msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::basemap::BaseMap;

    fn store() -> Store<AppState> {
        Store::new(AppState {
            settings: Settings::default(),
            browser_lang: Lang::En,
            session_tiles: None,
        })
    }

    #[test]
    fn language_follows_the_browser_until_chosen() {
        let owner = Owner::new();
        owner.set();
        let state = store();
        let lang = lang(state);
        assert_eq!(lang.get(), Lang::En);
        state.settings().update(|s| s.lang = Some(Lang::Nl));
        assert_eq!(lang.get(), Lang::Nl);
    }

    #[test]
    fn tile_source_follows_settings_and_the_link() {
        let owner = Owner::new();
        owner.set();
        let state = store();
        let source = tile_source(state);
        assert!(source.get().template.contains("standaard"));
        state
            .settings()
            .update(|s| s.base_map = BaseMap::Luchtfoto.code().into());
        assert!(source.get().template.contains("luchtfoto"));
        state
            .session_tiles()
            .set(Some("http://127.0.0.1:1/{z}/{x}/{y}.png".into()));
        assert_eq!(source.get().template, "http://127.0.0.1:1/{z}/{x}/{y}.png");
    }
}
