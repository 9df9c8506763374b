//! The poster's map, drawn for paper as one SVG: the base-map tiles that load (from the
//! service worker's cache when offline), under them a plain sheet, over them the drawing of
//! `domain::poster::overlay_svg` (grid, the area's outline, numbered markers, scale, north).
//! When no tile loads the outline alone shows where the pins are, and the figure says so
//! (`data-tiles="outline"`). The drawing is markup made by tested, pure code: far less wasm
//! than an element per line and marker.

use leptos::prelude::*;

use crate::domain::pin::PinKind;
use crate::domain::poster::{marker_svg, overlay_svg, Poster, TilesState, MAP_H, MAP_W, MARKER_R};
use crate::i18n::print::{metres, text, PrintMsg};
use crate::map::basemap::TileSource;
use crate::map::tiles::tile_url;
use crate::store::words::lang_now;

/// A small drawing of a kind's marker (with its number), for the legend and the lists.
#[component]
pub fn KindMark(kind: PinKind, #[prop(optional)] number: Option<usize>) -> impl IntoView {
    let size = 2.0 * MARKER_R + 6.0;
    let half = size / 2.0;
    view! {
        <svg class=format!("kind-mark kind-{}", kind.code()) viewBox=format!("{} {} {size} {size}", -half, -half)
            width=size height=size aria-hidden="true" inner_html=marker_svg(kind, number) />
    }
}

/// Tiles of the poster's map that have loaded and that failed, counted as they finish.
#[derive(Clone, Copy)]
pub struct TileProgress {
    pub loaded: RwSignal<usize>,
    pub failed: RwSignal<usize>,
}

impl Default for TileProgress {
    fn default() -> Self {
        Self {
            loaded: RwSignal::new(0),
            failed: RwSignal::new(0),
        }
    }
}

impl TileProgress {
    /// How the base map of `poster` came out so far.
    pub fn state(&self, poster: &Poster) -> TilesState {
        TilesState::of(poster.tiles.len(), self.loaded.get(), self.failed.get())
    }
}

/// The map of `poster` over tiles of `source`, counting in `progress` how the tiles come out.
#[component]
pub fn PosterMap(
    poster: Memo<Poster>,
    source: Memo<TileSource>,
    progress: TileProgress,
) -> impl IntoView {
    let TileProgress { loaded, failed } = progress;
    let lang = lang_now();
    let tiles = move || {
        // A new set of tiles starts counting afresh.
        loaded.set(0);
        failed.set(0);
        poster.with(|p| {
            p.tiles
                .iter()
                .map(|t| {
                    let url = source.with(|s| tile_url(&s.template, t.id));
                    let done = StoredValue::new(false);
                    let broken = RwSignal::new(false);
                    let finish = move |ok: bool| {
                        if !done.get_value() {
                            done.set_value(true);
                            if ok {
                                loaded.update(|n| *n += 1);
                            } else {
                                broken.set(true);
                                failed.update(|n| *n += 1);
                            }
                        }
                    };
                    // A hair larger, so no seam shows between tiles at fractional zooms.
                    view! {
                        <image href=url x=t.left y=t.top width=t.size + 0.5 height=t.size + 0.5
                            preserveAspectRatio="none" class:failed=move || broken.get()
                            on:load=move |_| finish(true)
                            on:error=move |_| finish(false) />
                    }
                })
                .collect_view()
        })
    };
    let overlay = move || poster.with(|p| overlay_svg(p, &metres(p.scale.0)));
    view! {
        <svg class="poster-svg" viewBox=format!("0 0 {MAP_W} {MAP_H}") preserveAspectRatio="xMidYMid meet"
            role="img" aria-label=text(lang, PrintMsg::MapLabel)>
            <defs>
                <clipPath id="poster-clip"><rect width=MAP_W height=MAP_H /></clipPath>
            </defs>
            <g clip-path="url(#poster-clip)">
                <rect class="map-sheet" width=MAP_W height=MAP_H />
                <g class="map-tiles">{tiles}</g>
                <g inner_html=overlay />
            </g>
            <rect class="frame" width=MAP_W height=MAP_H />
        </svg>
    }
}
