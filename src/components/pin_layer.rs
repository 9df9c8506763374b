//! Markers and clusters over the tiles, anchored to their positions through every zoom.

use leptos::prelude::*;

use crate::components::pin_badge::PinBadge;
use crate::domain::filter::kind_slot;
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::{kind_name, pin_count, Msg};
use crate::map::cluster::{Index, Marker};
use crate::map::input::Input;
use crate::map::layer::Layout;
use crate::map::mercator::LatLon;
use crate::store::{lang, move_map, shown_places, tr, use_app, Sheet, ShownPlace};

/// How long the zoom must be still before markers are laid out again at it.
const SETTLE: std::time::Duration = std::time::Duration::from_millis(150);

/// How long after the last pin added the clusters are built again with it.
const FOLD: std::time::Duration = std::time::Duration::from_millis(2000);

/// One pending timeout: setting a new one cancels the one before, and the component's end
/// cancels the last.
#[derive(Clone, Copy)]
struct Later(StoredValue<Option<TimeoutHandle>>);

impl Later {
    fn new() -> Self {
        let later = Self(StoredValue::new(None));
        on_cleanup(move || later.cancel());
        later
    }

    fn cancel(self) {
        if let Some(h) = self.0.get_value() {
            h.clear();
        }
    }

    fn set(self, f: impl FnOnce() + 'static, after: std::time::Duration) {
        self.cancel();
        self.0.set_value(set_timeout_with_handle(f, after).ok());
    }
}

/// One row of the marker list: a pin or a cluster, keyed so pans move instead of redraw.
#[derive(Clone, PartialEq)]
enum Row {
    Pin(Box<Pin>),
    Cluster {
        count: usize,
        kinds: [usize; 3],
        center: LatLon,
        bounds: (LatLon, LatLon),
        splits_at: f64,
    },
}

impl Row {
    fn key(&self) -> String {
        match self {
            Row::Pin(p) => format!("p{}{}", p.id, p.updated_at),
            Row::Cluster {
                count,
                kinds,
                center,
                ..
            } => {
                format!("c{count}{kinds:?}{:.6}{:.6}", center.lat, center.lon)
            }
        }
    }
}

/// Where the layer's pins come from.
#[derive(Clone, Copy)]
enum Source {
    Given(Signal<Vec<Pin>>),
    Shown(Memo<Vec<ShownPlace>>),
}

/// The markers of `pins` (by default the pins the filter shows).
#[component]
pub fn PinLayer(#[prop(optional, into)] pins: Option<Signal<Vec<Pin>>>) -> impl IntoView {
    let app = use_app();
    let map = app.map;
    let lang = lang(app.state);
    let state = app.state;
    // By default the store's pins the filter shows, by place, so no change of the store clones
    // them all; a mode with its own list (the screen) gives it.
    let source = match pins {
        Some(given) => Source::Given(given),
        None => Source::Shown(shown_places(state)),
    };
    // Clustered once per change of the pins' places, queried per frame. A few pins added (a
    // save) join the built index on their own, so saving does not wait for the clusters of
    // 20,000 pins; once nothing has been added for [`FOLD`], the levels are built again with them.
    let fold = RwSignal::new(0u32);
    let folded = StoredValue::new(0u32);
    let was = StoredValue::new(Vec::<ShownPlace>::new());
    let index = Memo::new(move |before: Option<&Index>| match source {
        Source::Given(pins) => pins.with(|ps| {
            Index::new(
                ps.iter()
                    .map(|p| (LatLon::new(p.lat, p.lon), kind_slot(p.kind))),
            )
        }),
        Source::Shown(places) => {
            let now = fold.get();
            let before = before.filter(|_| folded.get_value() == now);
            folded.set_value(now);
            places.with(|ps| {
                let index = was
                    .with_value(|was| Index::grow(before, was, ps, |p| (p.at, kind_slot(p.kind))));
                was.set_value(ps.clone());
                index
            })
        }
    });
    let fold_timer = Later::new();
    Effect::new(move |_| {
        fold_timer.cancel();
        if index.with(Index::loose) > 0 {
            fold_timer.set(move || fold.update(|n| *n += 1), FOLD);
        }
    });
    let pin_at = move |index: usize| match source {
        Source::Given(pins) => pins.with(|ps| ps.get(index).cloned()),
        Source::Shown(places) => places.with(|ps| {
            ps.get(index)
                .and_then(|p| state.with(|s| p.pin(s).cloned()))
        }),
    };
    // Markers are laid out at one zoom, relative to an anchor; a pan or a zoom moves and scales
    // only the layer (one style change per frame instead of one per marker), each marker scaled
    // back to its own size by a CSS variable. While the zoom changes (a wheel, a pinch, a jump
    // or a flight) the markers stay as they are; once it has been still for [`SETTLE`] and no
    // fingers pinch, they are asked for and laid out again, once.
    let zoom = Memo::new(move |_| map.with(|s| s.view.zoom));
    let laid_at = RwSignal::new(zoom.get_untracked());
    let settled = Memo::new(move |_| zoom.get() == laid_at.get());
    let layout =
        Memo::new(move |_| Layout::new(map.with_untracked(|s| s.view.center), laid_at.get()));
    let pinching = Memo::new(move |_| map.with(|s| s.is_pinching()));
    let settle = Later::new();
    Effect::new(move |_| {
        let (z, held) = (zoom.get(), pinching.get());
        settle.cancel();
        if !held && z != laid_at.get_untracked() {
            settle.set(move || laid_at.set(z), SETTLE);
        }
    });
    // The index answers per view; the rows (with their pins) change only when the markers do.
    // While a finger or the mouse moves the map (or it flies), the markers stay as they are, as
    // Leaflet.markercluster's do until `moveend`: a drag then costs one transform per frame, and
    // markers entering the margin around the view are asked for once it ends.
    //
    // Once it ends they wait one task more: the end of a drag is a pointerup, and its click
    // lays the page out at once; the markers entering and leaving then come in a task of their
    // own, so neither task grows long on a slow phone (55 ms together at 4× CPU, 5,000 pins).
    let moving = Memo::new(move |_| map.with(|s| s.is_gesturing() || s.is_flying()));
    let held = RwSignal::new(false);
    let release = Later::new();
    Effect::new(move |_| {
        release.cancel();
        if moving.get() {
            held.set(true);
        } else if held.get_untracked() {
            release.set(move || held.set(false), std::time::Duration::ZERO);
        }
    });
    let markers = Memo::new(move |before: Option<&Vec<Marker>>| match before {
        Some(before) if !settled.get() || moving.get() || held.get() => before.clone(),
        _ => {
            let view = map.with(|s| s.view);
            index.with(|i| i.query(&view))
        }
    });
    let rows = Memo::new(move |_| {
        markers.with(|markers| {
            markers
                .iter()
                .filter_map(|m| match *m {
                    Marker::Single { index } => pin_at(index).map(|p| Row::Pin(Box::new(p))),
                    Marker::Cluster {
                        count,
                        kinds,
                        center,
                        bounds,
                        splits_at,
                    } => Some(Row::Cluster {
                        count,
                        kinds,
                        center,
                        bounds,
                        splits_at,
                    }),
                })
                .collect::<Vec<_>>()
        })
    });
    let screen = move |at: LatLon| layout.with(|l| l.place(at));
    let layer_style = move || {
        let v = map.with(|s| s.view);
        let (t, scale) = layout.with(|l| l.transform(&v));
        format!(
            "transform-origin:0 0;transform:translate({}px,{}px) scale({scale});--marker-scale:{}",
            t.x,
            t.y,
            1.0 / scale
        )
    };

    view! {
        <div class="pin-layer" style=layer_style>
            <For
                each=move || rows.get()
                key=Row::key
                children=move |row: Row| match row {
                    Row::Pin(pin) => {
                        let at = LatLon::new(pin.lat, pin.lon);
                        let id = pin.id.clone();
                        // Named for a screen reader by kind and words: "Droom: Een buurtkeuken".
                        let words = if pin.title.is_empty() { pin.quote.clone() } else { pin.title.clone() };
                        let kind_word = tr(kind_name(pin.kind));
                        let label = move || format!("{}: {words}", kind_word());
                        let title = pin.title.clone();
                        let data_id = pin.id.clone();
                        let kind = pin.kind.code();
                        let status = (pin.kind == PinKind::Dream).then(|| pin.status().code());
                        // A done dream that goes on (re-evolution) is marked as living.
                        let living = if crate::domain::deed::is_living(&pin) { " living" } else { "" };
                        let class = format!("marker status-{}{living}", pin.status().code());
                        view! {
                            <button
                                type="button"
                                class=class
                                data-testid="pin"
                                data-id=data_id
                                data-kind=kind
                                data-status=status
                                aria-label=label
                                title=title
                                style=move || {
                                    let p = screen(at);
                                    format!("transform:translate({}px,{}px) scale(var(--marker-scale,1));transform-origin:22px 47px", p.x - 22.0, p.y - 47.0)
                                }
                                on:click=move |_| app.sheet.set(Sheet::Card(id.clone()))
                            >
                                <PinBadge pin=*pin />
                            </button>
                        }
                            .into_any()
                    }
                    Row::Cluster { count, kinds, center, bounds, splits_at } => {
                        let split = move |_| {
                            move_map(map, Input::ZoomIntoCluster { bounds: bounds.into(), splits_at })
                        };
                        // The kind mix as a ring of three arcs around the count, drawn by the
                        // stylesheet from where each kind's arc ends (a share of the turn): a
                        // cluster is one element, cheap to make when a zoom brings 100 new ones.
                        let total = count as f64;
                        let mut ends = String::new();
                        let mut end = 0.0;
                        for (i, n) in kinds.iter().enumerate().take(2) {
                            end += *n as f64 / total * 100.0;
                            ends.push_str(&format!(";--p{i}:{end:.2}%"));
                        }
                        view! {
                            <button
                                type="button"
                                class="marker cluster"
                                data-testid="cluster"
                                data-count=count
                                aria-label=move || {
                                    // "12 pins (Mooi 3, Plek 5, Droom 4): …"
                                    let mix: Vec<String> = PinKind::ALL
                                        .iter()
                                        .zip(kinds.iter())
                                        .filter(|(_, n)| **n > 0)
                                        .map(|(k, n)| format!("{} {n}", tr(kind_name(*k))()))
                                        .collect();
                                    format!("{} ({}): {}", pin_count(lang.get(), count), mix.join(", "), tr(Msg::ClusterLabel)())
                                }
                                style=move || {
                                    let p = screen(center);
                                    format!("transform:translate({}px,{}px) scale(var(--marker-scale,1));transform-origin:24px 24px{ends}", p.x - 24.0, p.y - 24.0)
                                }
                                on:click=split
                            >
                                {count}
                            </button>
                        }
                            .into_any()
                    }
                }
            />
        </div>
    }
}
