//! `/screen`: the map on a projector at the celebration. A tour glides from pin to pin with a
//! large card; counters, the "alles is er al" tally, a replay of the week, and a QR code to join.
//! Controls stay hidden until the mouse moves or a key is pressed; a clicker's keys drive it.

pub mod achieved;
pub mod card;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser::page;
use crate::components::map_view::MapView;
use crate::components::pin_layer::PinLayer;
use crate::domain::pin::{Pin, PinKind};
use crate::domain::screen::{
    day, days, focus_flight, tour_order, Command, ScreenView, Tour, TICK_MS,
};
use crate::i18n::deed::DeedMsg;
use crate::i18n::week::WeekMsg;
use crate::i18n::Msg;
use crate::map::input::Input;
use crate::map::mercator::LatLon;
use crate::map::view::MapState;
use crate::modes::screen::achieved::Achieved;
use crate::modes::screen::card::{Counters, JoinCode, Ranking, ScreenCard, Tally};
use crate::store::words::{dr, wr};
use crate::store::{lang, move_map, tr, use_app, AppStateStoreFields};

#[component]
pub fn ScreenMode() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let day_filter = RwSignal::new(None::<String>);
    // The tour is a pure state machine (`domain::screen::Tour`); the page only feeds it the
    // clock, keys and clicks, and shows what it says.
    let tour = RwSignal::new(Tour::new(js_sys::Date::now()));
    let now = RwSignal::new(js_sys::Date::now());
    let view_mode = Memo::new(move |_| tour.with(Tour::view));
    let paused = Memo::new(move |_| tour.with(Tour::is_paused));

    // Pins that arrive while the screen runs (another tab, the collection point) are new; the
    // pins this device had stored when the screen opened are not.
    let loaded = StoredValue::new(false);
    let known = StoredValue::new(HashSet::<String>::new());
    let arrived = RwSignal::new(Vec::<String>::new());
    Effect::new(move |_| {
        let ids: Vec<String> = state.pins().with(|ps| {
            ps.iter()
                .filter(|p| !p.deleted)
                .map(|p| p.id.clone())
                .collect()
        });
        // Until the stored pins have been read (and on that first read), all is what was there.
        let baseline = !loaded.get_value();
        loaded.set_value(state.pins_loaded().get());
        let fresh: Vec<String> =
            known.with_value(|k| ids.iter().filter(|id| !k.contains(*id)).cloned().collect());
        known.update_value(|k| k.extend(ids));
        if !baseline && !fresh.is_empty() {
            arrived.update(|a| a.extend(fresh));
            tour.update(Tour::restart);
        }
    });

    let shown = Memo::new(move |_| {
        let d = day_filter.get();
        state.with(|s| {
            s.pins
                .iter()
                // Hidden by the organiser, or a phone's pin waiting for the OK: not on the screen.
                .filter(|p| !p.hidden() && !p.waiting())
                .filter(|p| s.filter.matches(p) && d.as_deref().is_none_or(|d| day(p) == d))
                .cloned()
                .collect::<Vec<Pin>>()
        })
    });
    let order = Memo::new(move |_| {
        shown.with(|ps| tour_order(&ps.iter().collect::<Vec<_>>(), &arrived.get()))
    });
    let current = Memo::new(move |_| {
        order.with(|ids| {
            let i = tour.with(|t| t.focused(ids.len()))?;
            ids.get(i).cloned()
        })
    });
    let focused = move || {
        current
            .get()
            .and_then(|id| shown.with(|ps| ps.iter().find(|p| p.id == id).cloned()))
    };

    // The replay shows the pins in the order they were made, a few at a time.
    let on_map = Memo::new(move |_| {
        let mut pins = shown.get();
        if view_mode.get() == ScreenView::Replay {
            pins.sort_by_key(Pin::created_ms);
            pins.truncate(tour.with(|t| t.replay_shown(pins.len(), now.get())));
        }
        pins
    });

    // One clock: the tour's dwell, the replay's pace, hiding the controls.
    let clock = set_interval_with_handle(
        move || {
            let t = js_sys::Date::now();
            now.set(t);
            tour.update(|tour| {
                tour.tick(t);
            });
        },
        std::time::Duration::from_millis(TICK_MS),
    );
    on_cleanup(move || {
        if let Ok(h) = clock {
            h.clear();
        }
    });

    // Glide to each pin the tour focuses on: a flight through the map's reducer, moved on by
    // animation frames until it lands (a newer flight or a hand on the map ends it).
    Effect::new(move |_| {
        if view_mode.get() != ScreenView::Tour {
            return;
        }
        let Some(pin) = focused() else { return };
        let now = js_sys::Date::now();
        app.move_map(focus_flight(LatLon::new(pin.lat, pin.lon), now));
        if page::prefers_less_motion() {
            // No glide: the flight lands at once.
            app.move_map(Input::Frame { t: now + 60_000.0 });
        } else {
            fly(app.map);
        }
    });

    let step = move |by: i64| {
        tour.update(|t| if by > 0 { t.next() } else { t.previous() });
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        match tour.try_update(|t| t.key(&ev.key(), js_sys::Date::now())) {
            Some(Command::ToggleFullscreen) => page::toggle_fullscreen(),
            Some(Command::Handled) => {}
            _ => return,
        }
        ev.prevent_default();
    });
    let mouse = window_event_listener(leptos::ev::mousemove, move |_| {
        tour.update(|t| t.activity(js_sys::Date::now()))
    });
    on_cleanup(move || {
        keys.remove();
        mouse.remove();
    });
    let controls_shown = move || tour.with(|t| t.controls_shown(now.get()));

    let lang = lang(state);
    let set_view = move |v: ScreenView| tour.update(|t| t.set_view(v, js_sys::Date::now()));
    let toggle_kind = move |k: PinKind| state.filter().update(|f| f.toggle(k));
    let caption = move || {
        (view_mode.get() == ScreenView::Replay)
            .then(|| {
                on_map.with(|ps| {
                    ps.last()
                        .map(|p| page::day_words(&p.created_at, lang.get().tag(), true))
                })
            })
            .flatten()
    };

    view! {
        <div class="mode mode-screen" class:show-controls=controls_shown data-paused=move || paused.get().to_string()>
            <h1 class="visually-hidden">{tr(Msg::ScreenTitle)}</h1>
            <main class="map-area">
                <MapView>
                    <PinLayer pins=on_map />
                </MapView>
            </main>
            <Counters pins=shown />
            {move || match view_mode.get() {
                ScreenView::Tour => focused()
                    .map(|p| {
                        let new = arrived.with(|a| a.contains(&p.id));
                        view! { <ScreenCard pin=p new=new /> }.into_any()
                    })
                    .unwrap_or_else(|| view! { <p class="screen-empty">{tr(Msg::ScreenEmpty)}</p> }.into_any()),
                ScreenView::Talents => view! { <Tally pins=shown /> }.into_any(),
                ScreenView::Replay => view! { <p class="screen-caption" data-testid="screen-caption">{caption}</p> }.into_any(),
                ScreenView::Ranking => view! { <Ranking pins=shown /> }.into_any(),
                ScreenView::Achieved => view! { <Achieved pins=shown /> }.into_any(),
            }}
            <JoinCode />
            <nav class="screen-controls" aria-label=tr(Msg::ScreenTitle)>
                <button type="button" on:click=move |_| step(-1)>{tr(Msg::ScreenPrev)}</button>
                <button type="button" data-testid="screen-pause" on:click=move |_| tour.update(Tour::toggle_pause)>
                    {move || if paused.get() { tr(Msg::ScreenPlay)() } else { tr(Msg::ScreenPause)() }}
                </button>
                <button type="button" on:click=move |_| step(1)>{tr(Msg::ScreenNext)}</button>
                <button type="button" data-testid="screen-tour" on:click=move |_| set_view(ScreenView::Tour)>{tr(Msg::ScreenTour)}</button>
                <button type="button" data-testid="screen-talents" on:click=move |_| set_view(ScreenView::Talents)>{tr(Msg::ScreenTalents)}</button>
                <button type="button" data-testid="screen-replay" on:click=move |_| set_view(ScreenView::Replay)>{tr(Msg::ScreenReplay)}</button>
                <button type="button" data-testid="screen-show-ranking" on:click=move |_| set_view(ScreenView::Ranking)>{wr(WeekMsg::Ranking)}</button>
                <button type="button" data-testid="screen-show-achieved" on:click=move |_| set_view(ScreenView::Achieved)>{dr(DeedMsg::Achieved)}</button>
                {PinKind::ALL
                    .into_iter()
                    .map(|k| view! {
                        <label class="choice">
                            <input
                                type="checkbox"
                                data-testid=format!("screen-kind-{}", k.code())
                                prop:checked=move || state.filter().with(|f| f.shows_kind(k))
                                on:change=move |_| toggle_kind(k)
                            />
                            <span>{tr(crate::i18n::kind_name(k))}</span>
                        </label>
                    })
                    .collect_view()}
                <select data-testid="screen-day" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    day_filter.set((!v.is_empty()).then_some(v));
                }>
                    <option value="">{tr(Msg::ScreenAllDays)}</option>
                    {move || state.with(|s| days(&s.pins.iter().filter(|p| !p.deleted).collect::<Vec<_>>()))
                        .into_iter()
                        .map(|d| {
                            let words = page::day_words(&d, lang.get().tag(), false);
                            view! { <option value=d>{words}</option> }
                        })
                        .collect_view()}
                </select>
                <button type="button" on:click=|_| page::toggle_fullscreen()>{tr(Msg::ScreenFullscreen)}</button>
            </nav>
        </div>
    }
}

/// Moves the map's flight on, one animation frame at a time, until it has landed.
fn fly(map: RwSignal<MapState>) {
    request_animation_frame(move || {
        move_map(
            map,
            Input::Frame {
                t: js_sys::Date::now(),
            },
        );
        if map.with_untracked(MapState::is_flying) {
            fly(map);
        }
    });
}
