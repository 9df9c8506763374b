//! The app store: one source of truth the views read, provided once at the top, and the one
//! door for every write (pins, photos, files, walks, sync). Only the store calls `browser/`.

use leptos::prelude::*;
use reactive_stores::Store;

pub mod contributions;
pub mod deeds;
pub mod event;
pub mod files;
pub mod pins;
pub mod prefs;
pub mod repo;
pub mod sync;
pub mod walks;
pub mod words;

pub use pins::{load_stored_pins, save_pins, shown_pins, shown_places, ShownPlace};
pub use repo::StorageError;
pub use words::tr;

use std::collections::HashMap;

use crate::domain::contribution::{plan_contributions, Contribution};
use crate::domain::filter::PinFilter;
use crate::domain::pin::{Pin, PinKind};
use crate::domain::settings::Settings;
use crate::domain::upload::UploadStatus;
use crate::i18n::Lang;
use crate::map::basemap::TileSource;
use crate::map::input::Input;
use crate::map::view::{reduce, MapState};
use crate::routes::Page;

/// Replaces the items of `list` that share an id with one of `incoming`, and adds the others,
/// with an index built once.
fn replace_or_add<T>(
    list: &mut Vec<T>,
    incoming: impl IntoIterator<Item = T>,
    id: fn(&T) -> &String,
) {
    let mut at: HashMap<String, usize> = list
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).clone(), i))
        .collect();
    for x in incoming {
        match at.get(id(&x)) {
            Some(&i) => list[i] = x,
            None => {
                at.insert(id(&x).clone(), list.len());
                list.push(x);
            }
        }
    }
}

/// Shared state of the whole app.
#[derive(Clone, Debug, PartialEq, Store)]
pub struct AppState {
    /// What this device remembers (base map, language).
    pub settings: Settings,
    /// The browser's own language, used while settings leave the choice open.
    pub browser_lang: Lang,
    /// A tile template from the link (`?tiles=`), for this session only.
    pub session_tiles: Option<String>,
    /// Every pin on this device, tombstones included.
    pub pins: Vec<Pin>,
    /// Stories and hearts on this device, tombstones included (counts are derived from them).
    pub contributions: Vec<Contribution>,
    /// What the map and the list show.
    pub filter: PinFilter,
    /// Photo reference → an address the page can show it under.
    pub photos: HashMap<String, String>,
    /// Set when the browser's storage does not work: pins then live in memory only.
    pub storage_error: Option<StorageError>,
    /// The upload outbox's counts and last problem.
    pub upload: UploadStatus,
    /// The walk being recorded: new pins are linked to it.
    pub walk_link: Option<String>,
    /// Set once the pins stored on this device have been read (or could not be).
    pub pins_loaded: bool,
    /// On a phone that joined an event: everyone's pins from the organiser's published
    /// snapshot, shown beside this phone's own; kept in memory only, never edited here.
    pub shared: Vec<Pin>,
}

impl AppState {
    pub fn new(settings: Settings, browser_lang: Lang, session_tiles: Option<String>) -> Self {
        Self {
            settings,
            browser_lang,
            session_tiles,
            pins: Vec::new(),
            contributions: Vec::new(),
            filter: PinFilter::default(),
            photos: HashMap::new(),
            storage_error: None,
            upload: UploadStatus::default(),
            walk_link: None,
            pins_loaded: false,
            shared: Vec::new(),
        }
    }

    /// Adds a pin, or replaces the one with the same id.
    pub fn upsert(&mut self, pin: Pin) {
        match self.pins.iter_mut().find(|p| p.id == pin.id) {
            Some(old) => *old = pin,
            None => self.pins.push(pin),
        }
    }

    /// Adds pins, or replaces those with the same ids: one pass over what is here, however
    /// many come in (an import of thousands stays linear).
    pub fn upsert_all(&mut self, pins: impl IntoIterator<Item = Pin>) {
        replace_or_add(&mut self.pins, pins, |p| &p.id);
    }

    /// Merges contributions in: the later version of each wins (see `merge::plan_versions`).
    pub fn merge_contributions(&mut self, incoming: Vec<Contribution>) {
        let plan = plan_contributions(&self.contributions, incoming);
        replace_or_add(
            &mut self.contributions,
            plan.add.into_iter().chain(plan.update),
            |c| &c.id,
        );
    }

    pub fn pin(&self, id: &str) -> Option<&Pin> {
        self.pins.iter().find(|p| p.id == id && !p.deleted)
    }

    /// A pin of everyone's (the published snapshot) that this device does not have itself.
    pub fn shared_pin(&self, id: &str) -> Option<&Pin> {
        self.shared
            .iter()
            .find(|p| p.id == id)
            .filter(|_| !self.pins.iter().any(|p| p.id == id))
    }

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
    /// The panel over the map (choosing a kind, the form, a pin's card).
    pub sheet: RwSignal<Sheet>,
    /// Unlocked with the organiser PIN during this visit (see `components::organiser_lock`).
    pub unlocked: RwSignal<bool>,
    /// The pin just deleted, as it was, while its removal can still be undone.
    pub undo: RwSignal<Option<Pin>>,
    /// What a screen reader is told next (a pin saved): the page's live region reads it.
    pub said: RwSignal<String>,
}

/// What the panel over the map shows.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Sheet {
    #[default]
    Closed,
    /// Choosing what kind of pin to add, with the crosshair on the map.
    ChooseKind,
    /// Filling in a pin: a new one at a position, or an existing one.
    Form {
        kind: PinKind,
        lat: f64,
        lon: f64,
        editing: Option<Box<Pin>>,
    },
    /// One pin's card, by id.
    Card(String),
}

/// Moves the map: every change of the view, the app's own too, goes through the reducer.
pub fn move_map(map: RwSignal<MapState>, input: Input) {
    map.update(|s| *s = reduce(*s, input));
}

impl AppContext {
    /// See [`move_map`].
    pub fn move_map(&self, input: Input) {
        move_map(self.map, input);
    }
}

pub fn provide_app_context(state: AppState, map: MapState, page: Page) -> AppContext {
    let ctx = AppContext {
        state: Store::new(state),
        map: RwSignal::new(map),
        page: RwSignal::new(page),
        sheet: RwSignal::new(Sheet::Closed),
        unlocked: RwSignal::new(false),
        undo: RwSignal::new(None),
        said: RwSignal::new(String::new()),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::basemap::BaseMap;

    fn store() -> Store<AppState> {
        Store::new(AppState::new(Settings::default(), Lang::En, None))
    }

    #[test]
    fn a_batch_replaces_pins_by_id_and_adds_the_rest_in_order() {
        let at = |n: u32, title: &str| Pin {
            title: title.into(),
            ..Pin::new(
                &format!("00000000-0000-4000-8000-{n:012}"),
                PinKind::Beauty,
                51.8,
                5.9,
                "2026-11-25T10:00:00Z",
            )
            .expect("valid")
        };
        let mut s = AppState::new(Settings::default(), Lang::En, None);
        s.upsert_all([at(1, "a"), at(2, "b")]);
        s.upsert_all([at(2, "b2"), at(3, "c"), at(3, "c2")]);
        let titles: Vec<&str> = s.pins.iter().map(|p| p.title.as_str()).collect();
        assert_eq!(titles, ["a", "b2", "c2"]);
    }

    #[test]
    fn shown_places_follow_the_pins_but_not_their_words() {
        let owner = Owner::new();
        owner.set();
        let state = store();
        let places = shown_places(state);
        let id = "00000000-0000-4000-8000-000000000001";
        let pin = Pin::new(id, PinKind::Dream, 51.8, 5.9, "2026-11-25T10:00:00Z").expect("valid");
        state.update(|s| s.upsert(pin.clone()));
        let first = places.get();
        assert_eq!(first.len(), 1);
        assert_eq!(
            state.with(|s| first[0].pin(s).map(|p| p.id.clone())),
            Some(id.into())
        );
        // A new title: the same places, so the clusters need not be made again.
        state.update(|s| {
            s.upsert(Pin {
                title: "Moestuin".into(),
                ..pin.clone()
            })
        });
        assert_eq!(places.get(), first);
        state.update(|s| {
            s.upsert(Pin {
                lat: 51.81,
                ..pin.clone()
            })
        });
        assert_eq!(places.get()[0].at.lat, 51.81);
        state.filter().update(|f| f.toggle(PinKind::Dream));
        assert!(places.get().is_empty());
        // The same pins, in the same order, as shown_pins.
        state.filter().update(|f| f.toggle(PinKind::Dream));
        let shown = shown_pins(state);
        let ids: Vec<String> = state.with(|s| {
            places
                .get()
                .iter()
                .filter_map(|p| p.pin(s).map(|p| p.id.clone()))
                .collect()
        });
        let want: Vec<String> = shown.get().iter().map(|p| p.id.clone()).collect();
        assert_eq!(ids, want);
    }

    #[test]
    fn shown_pins_follow_edits_and_the_filter() {
        let owner = Owner::new();
        owner.set();
        let state = store();
        let shown = shown_pins(state);
        let id = "00000000-0000-4000-8000-000000000001";
        let pin = Pin::new(id, PinKind::Dream, 51.8, 5.9, "2026-11-25T10:00:00Z").expect("valid");
        state.update(|s| s.upsert(pin.clone()));
        assert_eq!(shown.get().len(), 1);
        state.update(|s| {
            s.upsert(Pin {
                title: "Moestuin".into(),
                ..pin.clone()
            })
        });
        assert_eq!(shown.get()[0].title, "Moestuin");
        state.filter().update(|f| f.toggle(PinKind::Dream));
        assert!(shown.get().is_empty());
        state.filter().update(|f| f.toggle(PinKind::Dream));
        state.update(|s| s.upsert(pin.tombstone("2026-11-26T10:00:00Z")));
        assert!(shown.get().is_empty());
        assert_eq!(
            state.with(|s| s.pins.len()),
            1,
            "the tombstone is kept for merging"
        );
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
