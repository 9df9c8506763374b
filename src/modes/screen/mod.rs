//! `/screen`: the map on a projector at the celebration. A tour glides from pin to pin with a
//! large card; counters, the "alles is er al" tally, a replay of the week, and a QR code to join.
//! Controls stay hidden until the mouse moves or a key is pressed; a clicker's keys drive it.

pub mod card;

use std::collections::HashSet;

use leptos::prelude::*;

use crate::browser::page;
use crate::components::map_view::MapView;
use crate::components::pin_layer::PinLayer;
use crate::domain::pin::{Pin, PinKind};
use crate::domain::screen::{day, days, replay_shown, tour_order};
use crate::i18n::Msg;
use crate::map::glide::glide;
use crate::map::mercator::LatLon;
use crate::map::viewport::{ScreenPoint, Viewport};
use crate::modes::screen::card::{Counters, JoinCode, ScreenCard, Tally};
use crate::store::{tr, use_app, AppStateStoreFields};

/// Seconds each pin stays in focus.
const DWELL_S: u32 = 8;
/// The replay's length.
const REPLAY_MS: f64 = 60_000.0;
/// The zoom a focused pin is shown at.
const FOCUS_ZOOM: f64 = 17.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Tour,
    Talents,
    Replay,
}

#[component]
pub fn ScreenMode() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let day_filter = RwSignal::new(None::<String>);
    let view_mode = RwSignal::new(View::Tour);
    let paused = RwSignal::new(false);
    let index = RwSignal::new(0usize);
    let tick = RwSignal::new(0u32);
    let replay_start = RwSignal::new(0.0f64);
    let now = RwSignal::new(js_sys::Date::now());
    let last_activity = RwSignal::new(f64::NEG_INFINITY);

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
            index.set(0);
            tick.set(0);
        }
    });

    let shown = Memo::new(move |_| {
        let d = day_filter.get();
        state.with(|s| {
            s.pins
                .iter()
                .filter(|p| s.filter.matches(p) && d.as_deref().is_none_or(|d| day(p) == d))
                .cloned()
                .collect::<Vec<Pin>>()
        })
    });
    let order = Memo::new(move |_| {
        shown.with(|ps| tour_order(&ps.iter().collect::<Vec<_>>(), &arrived.get()))
    });
    let current = Memo::new(move |_| {
        let ids = order.get();
        (!ids.is_empty()).then(|| ids[index.get() % ids.len()].clone())
    });
    let focused = move || {
        current
            .get()
            .and_then(|id| shown.with(|ps| ps.iter().find(|p| p.id == id).cloned()))
    };

    // The replay shows the pins in the order they were made, a few at a time.
    let on_map = Memo::new(move |_| {
        let mut pins = shown.get();
        if view_mode.get() == View::Replay {
            pins.sort_by_key(Pin::created_ms);
            pins.truncate(replay_shown(
                pins.len(),
                now.get() - replay_start.get(),
                REPLAY_MS,
            ));
        }
        pins
    });

    // One clock: the tour's dwell, the replay's pace, hiding the controls.
    let clock = set_interval_with_handle(
        move || {
            now.set(js_sys::Date::now());
            if view_mode.get_untracked() == View::Tour && !paused.get_untracked() {
                tick.update(|t| *t += 1);
                if tick.get_untracked() >= DWELL_S * 4 {
                    tick.set(0);
                    index.update(|i| *i += 1);
                }
            }
        },
        std::time::Duration::from_millis(250),
    );
    on_cleanup(move || {
        if let Ok(h) = clock {
            h.clear();
        }
    });

    // Glide to each pin the tour focuses on.
    Effect::new(move |_| {
        if view_mode.get() != View::Tour {
            return;
        }
        let Some(pin) = focused() else { return };
        let from = app.map.with_untracked(|m| m.view);
        // The pin stands in the middle of what the card leaves free (the card takes the right
        // 38 % of the wall), so the centre of the view lies right of it.
        let at = Viewport::new(
            LatLon::new(pin.lat, pin.lon),
            FOCUS_ZOOM,
            from.width,
            from.height,
        );
        let target = at.to_lat_lon(ScreenPoint::new(from.width * 0.69, from.height / 2.0));
        let start = js_sys::Date::now();
        let id = pin.id.clone();
        fly(app.map, from, target, start, id, current);
    });

    let step = move |by: isize| {
        let n = order.with_untracked(Vec::len).max(1) as isize;
        index.update(|i| *i = ((*i as isize + by).rem_euclid(n)) as usize);
        tick.set(0);
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        last_activity.set(js_sys::Date::now());
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | "ArrowDown" => step(1),
            "ArrowLeft" | "PageUp" | "ArrowUp" => step(-1),
            " " => paused.update(|p| *p = !*p),
            "Home" => {
                index.set(0);
                tick.set(0);
                paused.set(false);
            }
            "f" | "F" => page::toggle_fullscreen(),
            _ => return,
        }
        ev.prevent_default();
    });
    let mouse = window_event_listener(leptos::ev::mousemove, move |_| {
        last_activity.set(js_sys::Date::now())
    });
    on_cleanup(move || {
        keys.remove();
        mouse.remove();
    });
    let controls_shown = move || now.get() - last_activity.get() < 3000.0;

    let set_view = move |v: View| {
        view_mode.set(v);
        if v == View::Replay {
            replay_start.set(js_sys::Date::now());
        }
    };
    let toggle_kind = move |k: PinKind| state.filter().update(|f| f.toggle(k));
    let caption = move || {
        (view_mode.get() == View::Replay)
            .then(|| {
                on_map.with(|ps| {
                    ps.last()
                        .map(|p| p.created_at.get(..16).unwrap_or_default().replace('T', " "))
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
                View::Tour => focused()
                    .map(|p| {
                        let new = arrived.with(|a| a.contains(&p.id));
                        view! { <ScreenCard pin=p new=new /> }.into_any()
                    })
                    .unwrap_or_else(|| view! { <p class="screen-empty">{tr(Msg::ScreenEmpty)}</p> }.into_any()),
                View::Talents => view! { <Tally pins=shown /> }.into_any(),
                View::Replay => view! { <p class="screen-caption" data-testid="screen-caption">{caption}</p> }.into_any(),
            }}
            <JoinCode />
            <nav class="screen-controls" aria-label=tr(Msg::ScreenTitle)>
                <button type="button" on:click=move |_| step(-1)>{tr(Msg::ScreenPrev)}</button>
                <button type="button" data-testid="screen-pause" on:click=move |_| paused.update(|p| *p = !*p)>
                    {move || if paused.get() { tr(Msg::ScreenPlay)() } else { tr(Msg::ScreenPause)() }}
                </button>
                <button type="button" on:click=move |_| step(1)>{tr(Msg::ScreenNext)}</button>
                <button type="button" data-testid="screen-tour" on:click=move |_| set_view(View::Tour)>{tr(Msg::ScreenTour)}</button>
                <button type="button" data-testid="screen-talents" on:click=move |_| set_view(View::Talents)>{tr(Msg::ScreenTalents)}</button>
                <button type="button" data-testid="screen-replay" on:click=move |_| set_view(View::Replay)>{tr(Msg::ScreenReplay)}</button>
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
                        .map(|d| view! { <option value=d.clone()>{d.clone()}</option> })
                        .collect_view()}
                </select>
                <button type="button" on:click=|_| page::toggle_fullscreen()>{tr(Msg::ScreenFullscreen)}</button>
            </nav>
        </div>
    }
}

/// Animates the map from `from` to `target` over 1.6 s, frame by frame, unless the tour has
/// moved on to another pin meanwhile.
fn fly(
    map: RwSignal<crate::map::view::MapState>,
    from: Viewport,
    target: LatLon,
    start: f64,
    id: String,
    current: Memo<Option<String>>,
) {
    request_animation_frame(move || {
        if current.get_untracked().as_deref() != Some(id.as_str()) {
            return;
        }
        let t = ((js_sys::Date::now() - start) / 1600.0).min(1.0);
        map.update(|m| {
            let size = m.view;
            let mut v = glide(
                &from.resized(size.width, size.height),
                target,
                FOCUS_ZOOM,
                t,
            );
            v = v.clamped(m.range);
            m.view = v;
        });
        if t < 1.0 {
            fly(map, from, target, start, id, current);
        }
    });
}
