//! `/walk`: community workers walk the neighbourhood with a phone. The map follows them, a walk
//! is recorded (start, pause, resume, stop), and "Pin hier" starts a pin where they stand.
//! Every position kept is stored at once, so a reload or crash mid-walk keeps the walk so far.

pub mod layer;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::geo::{self, Fix, GeoError};
use crate::browser::{clock, page};
use crate::components::map_view::MapView;
use crate::components::nav_bar::NavBar;
use crate::components::pin_layer::PinLayer;
use crate::components::pin_sheet::PinSheet;
use crate::domain::walk::{gpx, read_route, Walk, WalkState};
use crate::i18n::{walk_stats, Msg};
use crate::map::input::{Input, ZoomTo};
use crate::map::mercator::LatLon;
use crate::modes::walk::layer::{MyPosition, WalkLines};
use crate::store::files as store_files;
use crate::store::walks;
use crate::store::{lang, tr, use_app, AppStateStoreFields, Sheet};

#[component]
pub fn WalkMode() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let lang = lang(state);
    let fix = RwSignal::new(None::<Fix>);
    let problem = RwSignal::new(None::<GeoError>);
    let follow = RwSignal::new(true);
    let current = RwSignal::new(None::<Walk>);
    let walks = RwSignal::new(Vec::<Walk>::new());
    let route = RwSignal::new(Vec::<(f64, f64)>::new());
    let now = RwSignal::new(js_sys::Date::now());

    let store = walks::save_walk;
    // A walk left recording or paused (a reload, a crash) carries on.
    spawn_local(async move {
        let all = walks::load_walks().await;
        if let Some(open) = all.iter().find(|w| w.state != WalkState::Stopped).cloned() {
            state.walk_link().set(Some(open.id.clone()));
            page::keep_awake(open.state == WalkState::Recording);
            current.set(Some(open));
        }
        walks.set(
            all.into_iter()
                .filter(|w| w.state == WalkState::Stopped)
                .collect(),
        );
    });

    let on_fix = move |f: Fix| {
        problem.set(None);
        fix.set(Some(f));
        if follow.get_untracked() {
            app.move_map(Input::Follow {
                at: LatLon::new(f.lat, f.lon),
                zoom: ZoomTo::AtLeast(16.0),
            });
        }
        let mut kept = None;
        current.update(|w| {
            if let Some(w) = w {
                if w.offer(f.lat, f.lon, f.accuracy, f.t).changed_track() {
                    kept = Some(w.clone());
                }
            }
        });
        if let Some(w) = kept {
            store(w);
        }
    };
    let watch = send_wrapper::SendWrapper::new(geo::watch(on_fix, move |e| problem.set(Some(e))));
    let tick = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_secs(1),
    );
    on_cleanup(move || {
        drop(watch);
        if let Ok(t) = tick {
            t.clear();
        }
        page::keep_awake(false);
    });
    // Moving the map by hand stops following.
    Effect::new(move |_| {
        if app.map.with(|m| m.is_gesturing()) {
            follow.set(false);
        }
    });

    let change = move |f: fn(&mut Walk, f64)| {
        let t = js_sys::Date::now();
        let mut changed = None;
        current.update(|w| {
            if let Some(w) = w {
                f(w, t);
                changed = Some(w.clone());
            }
        });
        if let Some(w) = changed {
            page::keep_awake(w.state == WalkState::Recording);
            if w.state == WalkState::Stopped {
                state.walk_link().set(None);
                current.set(None);
                walks.update(|all| all.insert(0, w.clone()));
            }
            store(w);
        }
    };
    let start = move |_| {
        let mut w = Walk::start(&clock::new_id(), &clock::now(), js_sys::Date::now());
        if let Some(f) = fix.get_untracked() {
            w.offer(f.lat, f.lon, f.accuracy, f.t);
        }
        state.walk_link().set(Some(w.id.clone()));
        page::keep_awake(true);
        store(w.clone());
        current.set(Some(w));
    };
    let pin_here = move |_| {
        if let Some(f) = fix.get_untracked() {
            app.move_map(Input::CenterOn {
                at: LatLon::new(f.lat, f.lon),
                zoom: ZoomTo::Keep,
            });
        }
        app.sheet.set(Sheet::ChooseKind);
    };
    let export = move |w: &Walk| {
        let pins: Vec<_> = state.with_untracked(|s| {
            s.pins
                .iter()
                .filter(|p| p.extra.get("walk").and_then(|v| v.as_str()) == Some(w.id.as_str()))
                .cloned()
                .collect()
        });
        let day = w.started_at.get(..10).unwrap_or("wandeling");
        let _ = store_files::offer(
            &format!("oase-wandeling-{day}.gpx"),
            "application/gpx+xml",
            &gpx(w, &pins),
        );
    };
    let import_route = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            spawn_local(async move {
                route.set(read_route(
                    &store_files::read_text(&file).await.unwrap_or_default(),
                ))
            });
        }
    };

    let lines = Memo::new(move |_| {
        let mut all: Vec<Vec<(f64, f64)>> = walks.with(|ws| {
            ws.iter()
                .flat_map(|w| {
                    w.segments
                        .iter()
                        .map(|s| s.iter().map(|p| (p.lat, p.lon)).collect())
                })
                .collect()
        });
        if let Some(w) = current.get() {
            all.extend(
                w.segments
                    .iter()
                    .map(|s| s.iter().map(|p| (p.lat, p.lon)).collect()),
            );
        }
        all
    });
    let distance = move || current.with(|w| w.as_ref().map_or(0.0, Walk::distance_m));
    let recording_state = move || current.with(|w| w.as_ref().map(|w| w.state));

    view! {
        <div class="mode mode-walk">
            <NavBar />
            <main class="map-area">
                <MapView>
                    <WalkLines lines=lines route=route />
                    <PinLayer />
                    <MyPosition fix=fix />
                </MapView>
                <PinSheet />
                <section class="walk-panel map-ui">
                    <h1 class="visually-hidden">{tr(Msg::WalkTitle)}</h1>
                    {move || problem.get().map(|e| {
                        let msg = match e {
                            GeoError::Denied => Msg::WalkDenied,
                            GeoError::Unavailable => Msg::WalkUnavailable,
                            GeoError::Timeout => Msg::WalkTimeout,
                        };
                        view! { <p class="message warning" role="alert" data-testid="walk-problem">{tr(msg)}</p> }
                    })}
                    // Figures and units in Latin script: read left to right, also on a page in
                    // Arabic (without it the bidi algorithm showed "m · 0 min 0").
                    <p
                        class="walk-distance"
                        dir="auto"
                        data-testid="walk-distance"
                        data-meters=move || format!("{:.0}", distance())
                    >
                        {move || walk_stats(lang.get(), distance(), current.with(|w| w.as_ref().map_or(0.0, |w| w.duration_ms(now.get()))))}
                    </p>
                    <div class="walk-buttons">
                        {move || match recording_state() {
                            None => view! {
                                <button type="button" class="button primary" data-testid="walk-start" on:click=start>{tr(Msg::WalkStart)}</button>
                            }.into_any(),
                            Some(s) => view! {
                                <button type="button" class="button secondary" data-testid="walk-pause"
                                    on:click=move |_| change(if s == WalkState::Recording { Walk::pause } else { Walk::resume })>
                                    {tr(if s == WalkState::Recording { Msg::WalkPause } else { Msg::WalkResume })}
                                </button>
                                <button type="button" class="button secondary" data-testid="walk-stop" on:click=move |_| change(Walk::stop)>
                                    {tr(Msg::WalkStop)}
                                </button>
                            }.into_any(),
                        }}
                        <button type="button" class="button primary" data-testid="walk-pin-here" prop:disabled=move || fix.get().is_none() on:click=pin_here>
                            {tr(Msg::WalkPinHere)}
                        </button>
                        <label class="choice">
                            <input type="checkbox" data-testid="walk-follow" prop:checked=move || follow.get()
                                on:change=move |ev| follow.set(event_target_checked(&ev)) />
                            <span>{tr(Msg::WalkFollow)}</span>
                        </label>
                    </div>
                    <p class="quiet">{tr(Msg::WalkBackground)}</p>
                    <details class="walk-list">
                        <summary>{tr(Msg::WalkList)}</summary>
                        <ul>
                            {move || walks.get().into_iter().map(|w| {
                                let label = format!("{} · {}", w.started_at.get(..16).unwrap_or_default().replace('T', " "),
                                    walk_stats(lang.get(), w.distance_m(), w.duration_ms(0.0)));
                                let id = w.id.clone();
                                view! {
                                    <li data-testid="walk-row" data-id=id>
                                        <span dir="auto">{label}</span>
                                        <button type="button" class="button secondary" data-testid="walk-export" on:click=move |_| export(&w)>"GPX"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {move || walks.with(Vec::is_empty).then(|| view! { <p class="quiet">{tr(Msg::WalkNone)}</p> })}
                        <label class="field">
                            <span>{tr(Msg::WalkRoute)}</span>
                            <input type="file" accept=".gpx,application/gpx+xml" data-testid="walk-route" on:change=import_route />
                        </label>
                    </details>
                </section>
            </main>
        </div>
    }
}
