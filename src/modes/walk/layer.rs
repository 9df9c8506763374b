//! Walks drawn on the map (solid), a route to follow (dashed), and the person's own position
//! with its accuracy circle and, when moving, a heading.

use leptos::prelude::*;

use crate::browser::geo::Fix;
use crate::map::mercator::LatLon;
use crate::store::use_app;

/// Metres per CSS pixel at a latitude and zoom (Web Mercator, 256 px tiles).
fn metres_per_px(lat: f64, zoom: f64) -> f64 {
    156_543.033_92 * lat.to_radians().cos() / 2f64.powf(zoom)
}

#[component]
pub fn WalkLines(
    lines: Memo<Vec<Vec<(f64, f64)>>>,
    route: RwSignal<Vec<(f64, f64)>>,
) -> impl IntoView {
    let map = use_app().map;
    let points = move |line: &[(f64, f64)]| {
        map.with(|m| {
            line.iter()
                .map(|(lat, lon)| {
                    let p = m.view.to_screen(LatLon::new(*lat, *lon));
                    format!("{:.1},{:.1}", p.x, p.y)
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    view! {
        <svg class="walk-lines" aria-hidden="true">
            <polyline class="route" data-testid="walk-route-line" points=move || route.with(|r| points(r)) />
            {move || lines.get().into_iter().map(|l| view! { <polyline class="track" points=move || points(&l) /> }).collect_view()}
        </svg>
    }
}

#[component]
pub fn MyPosition(fix: RwSignal<Option<Fix>>) -> impl IntoView {
    let map = use_app().map;
    move || {
        fix.get().map(|f| {
            let style = move || {
                map.with(|m| {
                    let p = m.view.to_screen(LatLon::new(f.lat, f.lon));
                    let r = (f.accuracy / metres_per_px(f.lat, m.view.zoom)).max(8.0);
                    format!("transform:translate({}px,{}px);--r:{r:.1}px", p.x, p.y)
                })
            };
            let heading = f.heading.map(|h| format!("transform:rotate({h}deg)"));
            view! {
                <div class="my-position" data-testid="my-position" data-lat=f.lat data-lon=f.lon style=style>
                    <span class="accuracy"></span>
                    {heading.map(|h| view! { <span class="heading" style=h></span> })}
                    <span class="dot"></span>
                </div>
            }
        })
    }
}
