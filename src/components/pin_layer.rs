//! Markers and clusters over the tiles, anchored to their positions through every zoom.

use leptos::prelude::*;

use crate::components::pin_badge::PinBadge;
use crate::domain::filter::kind_slot;
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::{kind_name, pin_count, Msg};
use crate::map::cluster::{Index, Marker};
use crate::map::input::Input;
use crate::map::mercator::{to_world, world_size_px, LatLon};
use crate::map::viewport::ScreenPoint;
use crate::store::{lang, move_map, shown_pins, tr, use_app, Sheet};

/// A position in pixels of the whole world at `zoom`.
fn world_px(at: LatLon, zoom: f64) -> (f64, f64) {
    let (w, size) = (to_world(at), world_size_px(zoom));
    (w.x * size, w.y * size)
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

/// The markers of `pins` (by default the pins the filter shows).
#[component]
pub fn PinLayer(#[prop(optional, into)] pins: Option<Signal<Vec<Pin>>>) -> impl IntoView {
    let app = use_app();
    let map = app.map;
    let lang = lang(app.state);
    let pins = pins.unwrap_or_else(|| shown_pins(app.state).into());
    // Projected once per change of the pins, queried per frame.
    let index = Memo::new(move |_| {
        pins.with(|ps| {
            Index::new(
                ps.iter()
                    .map(|p| (LatLon::new(p.lat, p.lon), kind_slot(p.kind))),
            )
        })
    });
    // The index answers per view; the rows (with their pins) change only when the markers do,
    // which in a pan is when one enters or leaves the margin around the view.
    let markers = Memo::new(move |_| {
        let view = map.with(|s| s.view);
        index.with(|i| i.query(&view))
    });
    let rows = Memo::new(move |_| {
        markers.with(|markers| {
            pins.with(|ps| {
                markers
                    .iter()
                    .filter_map(|m| match *m {
                        Marker::Single { index } => {
                            ps.get(index).map(|p| Row::Pin(Box::new(p.clone())))
                        }
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
        })
    });
    // Markers are placed once per zoom, relative to an anchor; a pan moves only the layer (one
    // style change per frame instead of one per marker).
    let zoom = Memo::new(move |_| map.with(|s| s.view.zoom));
    let anchor = Memo::new(move |_| {
        let z = zoom.get();
        world_px(map.with_untracked(|s| s.view.center), z)
    });
    let screen = move |at: LatLon| {
        let (p, a) = (world_px(at, zoom.get()), anchor.get());
        ScreenPoint::new(p.0 - a.0, p.1 - a.1)
    };
    let layer_style = move || {
        let v = map.with(|s| s.view);
        let (a, c) = (anchor.get(), world_px(v.center, v.zoom));
        format!(
            "transform:translate({}px,{}px)",
            a.0 - c.0 + v.width / 2.0,
            a.1 - c.1 + v.height / 2.0
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
                        let class = format!("marker status-{}", pin.status().code());
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
                                    format!("transform:translate({}px,{}px)", p.x - 22.0, p.y - 47.0)
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
                        // The kind mix as three arcs around the count (r = 18, circumference 113.1).
                        let total = count as f64;
                        let mut offset = 0.0;
                        let arcs = kinds
                            .iter()
                            .enumerate()
                            .filter(|(_, n)| **n > 0)
                            .map(|(i, n)| {
                                let len = *n as f64 / total * 113.1;
                                let arc = view! {
                                    <circle
                                        class=format!("arc arc-{i}")
                                        cx="24"
                                        cy="24"
                                        r="18"
                                        stroke-dasharray=format!("{len} 113.1")
                                        stroke-dashoffset=format!("{}", -offset)
                                    />
                                };
                                offset += len;
                                arc
                            })
                            .collect_view();
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
                                    format!("transform:translate({}px,{}px)", p.x - 24.0, p.y - 24.0)
                                }
                                on:click=split
                            >
                                <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
                                    <circle class="cluster-face" cx="24" cy="24" r="22" />
                                    <g transform="rotate(-90 24 24)">{arcs}</g>
                                    <text x="24" y="29" text-anchor="middle">{count}</text>
                                </svg>
                            </button>
                        }
                            .into_any()
                    }
                }
            />
        </div>
    }
}
