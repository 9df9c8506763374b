//! The poster's map, drawn for paper as one SVG: the base-map tiles that load (from the
//! service worker's cache when offline), under them a plain sheet with a grid, over them the
//! area's outline, the numbered markers, a scale bar and north. When no tile loads the outline
//! alone shows where the pins are, and the figure says so (`data-tiles="outline"`).

use leptos::prelude::*;

use crate::domain::pin::PinKind;
use crate::domain::poster::{area_path, Poster, TilesState, AREA_MARGIN, MAP_H, MAP_W, MARKER_R};
use crate::i18n::print::{metres, text, PrintMsg};
use crate::map::basemap::TileSource;
use crate::map::tiles::tile_url;
use crate::store::words::lang_now;

/// A kind's marker shape around (0, 0), about [`MARKER_R`] across: round for beauties, a
/// rounded square for places, a diamond for dreams (shape and colour, so grey print tells
/// them apart too).
pub fn shape(kind: PinKind) -> impl IntoView {
    let r = MARKER_R;
    match kind {
        PinKind::Beauty => view! { <circle class="shape" r=r /> }.into_any(),
        PinKind::Place => view! {
            <rect class="shape" x=-r + 1.0 y=-r + 1.0 width=2.0 * r - 2.0 height=2.0 * r - 2.0 rx="4" />
        }
        .into_any(),
        PinKind::Dream => {
            let d = format!("M0 {}L{} 0 0 {}{} 0z", -r - 2.0, r + 2.0, r + 2.0, -r - 2.0);
            view! { <path class="shape" d=d /> }.into_any()
        }
    }
}

/// A small drawing of a kind's marker, for the legend and the lists.
#[component]
pub fn KindMark(kind: PinKind, #[prop(optional)] number: Option<usize>) -> impl IntoView {
    let size = 2.0 * MARKER_R + 6.0;
    let half = size / 2.0;
    view! {
        <svg class=format!("kind-mark kind-{}", kind.code()) viewBox=format!("{} {} {size} {size}", -half, -half)
            width=size height=size aria-hidden="true">
            {shape(kind)}
            {number.map(|n| view! { <text class="number" dy="0.35em" font-size=font_size(n)>{n}</text> })}
        </svg>
    }
}

fn font_size(n: usize) -> f64 {
    if n >= 100 {
        10.0
    } else {
        14.0
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
    let outline = move || poster.with(|p| area_path(&p.outline, AREA_MARGIN));
    let markers = move || {
        poster.with(|p| {
            // The lowest numbers drawn last, on top.
            p.entries
                .iter()
                .rev()
                .map(|e| {
                    let (m, s) = (e.marker, e.spot);
                    let leader = e.nudged().then(|| {
                        view! {
                            <line class="leader" x1=s.x y1=s.y x2=m.x y2=m.y />
                            <circle class="spot" cx=s.x cy=s.y r="2.5" />
                        }
                    });
                    view! {
                        {leader}
                        <g class=format!("map-marker kind-{}", e.pin.kind.code())
                            transform=format!("translate({:.1} {:.1})", m.x, m.y)>
                            {shape(e.pin.kind)}
                            <text class="number" dy="0.35em" font-size=font_size(e.number)>{e.number}</text>
                        </g>
                    }
                })
                .collect_view()
        })
    };
    let scale = move || {
        poster.with(|p| {
            let (m, px) = p.scale;
            let (x, y) = (24.0, MAP_H - 24.0);
            view! {
                <g class="scale" transform=format!("translate({x} {y})")>
                    <rect class="scale-back" x="-8" y="-26" width=px + 16.0 height="36" rx="4" />
                    <path class="scale-bar" d=format!("M0 -6V0H{px:.1}V-6") />
                    <text class="scale-text" x="0" y="-10">{metres(m)}</text>
                </g>
            }
        })
    };
    view! {
        <svg class="poster-svg" viewBox=format!("0 0 {MAP_W} {MAP_H}") preserveAspectRatio="xMidYMid meet"
            role="img" aria-label=text(lang, PrintMsg::MapLabel)>
            <defs>
                <clipPath id="poster-clip"><rect width=MAP_W height=MAP_H /></clipPath>
            </defs>
            <g clip-path="url(#poster-clip)">
                <rect class="map-sheet" width=MAP_W height=MAP_H />
                <path class="grid" d=grid() />
                <g class="map-tiles">{tiles}</g>
                <path class="area" d=outline />
                {markers}
                {scale}
                <g class="north" transform=format!("translate({} 40)", MAP_W - 36.0)>
                    <path d="M0 -22L9 6 0 0-9 6z" />
                    <text y="22">"N"</text>
                </g>
            </g>
            <rect class="frame" width=MAP_W height=MAP_H />
        </svg>
    }
}

/// Thin lines every 100 view-box pixels: paper that reads as a map even without tiles.
fn grid() -> String {
    let mut d = String::new();
    let mut x = 100.0;
    while x < MAP_W {
        d.push_str(&format!("M{x} 0V{MAP_H}"));
        x += 100.0;
    }
    let mut y = 100.0;
    while y < MAP_H {
        d.push_str(&format!("M0 {y}H{MAP_W}"));
        y += 100.0;
    }
    d
}
