//! Settings: fetch the map tiles of the event's area ahead of time, for a venue without internet.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::offline::{self, DownloadError};
use crate::i18n::{area_plan, area_progress, text, Msg};
use crate::map::mercator::LatLon;
use crate::map::tiles::{area_tile_count, area_tiles, tile_url, MAX_AREA_TILES};
use crate::map::viewport::ScreenPoint;
use crate::store::{lang, tile_source, tr, use_app};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Idle,
    Running,
    Finished,
    Stopped(Msg),
}

impl Phase {
    fn name(self) -> &'static str {
        match self {
            Phase::Idle => "idle",
            Phase::Running => "running",
            Phase::Finished => "finished",
            Phase::Stopped(_) => "stopped",
        }
    }
}

#[component]
pub fn AreaDownload() -> impl IntoView {
    let app = use_app();
    let lang = lang(app.state);
    let source = tile_source(app.state);

    // The area the map showed last (opened straight into settings: a tablet's screen around
    // the map's centre), with a tile's width around it, as the map also loads one ring more.
    let area = Memo::new(move |_| {
        let view = app.map.with(|m| m.view);
        let (w, h) = if view.width > 0.0 {
            (view.width, view.height)
        } else {
            (1024.0, 768.0)
        };
        let (w, h) = (w + 512.0, h + 512.0);
        let view = view.resized(w, h);
        let south_west = view.to_lat_lon(ScreenPoint::new(0.0, h));
        let north_east = view.to_lat_lon(ScreenPoint::new(w, 0.0));
        (
            south_west,
            north_east,
            view.zoom.floor().clamp(3.0, 19.0) as u8,
        )
    });
    let lowest = move || area.get().2;
    let highest = RwSignal::new(None::<u8>);
    let zooms = move || {
        let lo = lowest();
        (lo, highest.get().unwrap_or((lo + 2).min(19)).max(lo))
    };
    let count = move || {
        let (sw, ne, _): (LatLon, LatLon, u8) = area.get();
        let (lo, hi) = zooms();
        area_tile_count(sw, ne, lo..=hi)
    };

    let phase = RwSignal::new(Phase::Idle);
    let progress = RwSignal::new((0u32, 0u32, 0u32));
    let cancel = RwSignal::new(false);

    let start = move |_| {
        let (sw, ne, _) = area.get_untracked();
        let (lo, hi) = zooms();
        let template = source.with_untracked(|s| s.template.clone());
        let urls: Vec<String> = area_tiles(sw, ne, lo..=hi)
            .into_iter()
            .map(|t| tile_url(&template, t))
            .collect();
        let total = urls.len() as u32;
        progress.set((0, total, 0));
        cancel.set(false);
        phase.set(Phase::Running);
        spawn_local(async move {
            let tick = move |done, failed| progress.set((done, total, failed));
            let stop = move || cancel.get_untracked();
            let end = match offline::download_tiles(urls, tick, stop).await {
                Ok(_) if cancel.get_untracked() => Phase::Stopped(Msg::OfflineCancelled),
                Ok(_) => Phase::Finished,
                Err(DownloadError::Full) => Phase::Stopped(Msg::OfflineFull),
                Err(DownloadError::Unavailable) => Phase::Stopped(Msg::OfflineUnavailable),
            };
            phase.set(end);
        });
    };

    let body = move || {
        if !source.with(|s| s.allows_bulk_download()) {
            return view! { <p class="message warning" data-testid="area-refused">{tr(Msg::OfflineRefused)}</p> }
                .into_any();
        }
        let (lo, _) = zooms();
        let too_big = count() > MAX_AREA_TILES;
        let running = phase.get() == Phase::Running;
        view! {
            <label class="field">
                <span>{tr(Msg::OfflineMaxZoom)}</span>
                <select
                    data-testid="area-max-zoom"
                    prop:disabled=running
                    on:change=move |ev| highest.set(event_target_value(&ev).parse().ok())
                >
                    {(lo..=19u8.min(lo + 4))
                        .map(|z| view! { <option value=z selected=move || zooms().1 == z>{z}</option> })
                        .collect_view()}
                </select>
            </label>
            <p data-testid="area-plan" data-tiles=count>
                {move || {
                    let n = count();
                    area_plan(lang.get(), zooms(), n, (n * source.with(|s| s.typical_tile_bytes())) as f64)
                }}
            </p>
            {too_big.then(|| view! { <p class="message warning">{tr(Msg::OfflineTooBig)}</p> })}
            <div class="form-buttons">
                <button
                    class="primary"
                    data-testid="area-download"
                    prop:disabled=too_big || running
                    on:click=start
                >
                    {tr(Msg::OfflineDownload)}
                </button>
                {running
                    .then(|| {
                        view! {
                            <button data-testid="area-cancel" on:click=move |_| cancel.set(true)>
                                {tr(Msg::OfflineCancel)}
                            </button>
                        }
                    })}
            </div>
        }
        .into_any()
    };

    let status = move || {
        let (done, total, failed) = progress.get();
        let p = phase.get();
        (p != Phase::Idle).then(|| {
            let text = match p {
                Phase::Stopped(msg) => text(lang.get(), msg).to_owned(),
                _ => area_progress(lang.get(), done, total, failed, p == Phase::Finished),
            };
            view! {
                <progress max=total value=done></progress>
                <p role="status" data-testid="area-status" data-done=done data-phase=p.name()>
                    {text}
                </p>
            }
        })
    };

    view! {
        <section class="card">
            <h2>{tr(Msg::OfflineTitle)}</h2>
            <p class="quiet">{tr(Msg::OfflineHelp)}</p>
            {body}
            {status}
        </section>
    }
}
