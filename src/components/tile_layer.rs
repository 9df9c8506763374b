//! Base-map tiles as `<img>` elements, keyed so a pan moves them instead of reloading them.
//!
//! Only the tiles in view plus one ring are in the DOM. After a zoom, the last level that was
//! fully loaded stays underneath until the new level has loaded, so the map never flashes white.
//! A tile that fails is asked for once more, then left as a quiet grey square. During a pinch
//! the tiles stay as they are, moved and scaled with the map.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::map::basemap::TileSource;
use crate::map::tiles::{cover, place, tile_url, tile_zoom, PlacedTile};
use crate::store::use_app;

type Key = (u8, i64, u32);

#[component]
pub fn TileLayer(source: Memo<TileSource>) -> impl IntoView {
    let map = use_app().map;
    // Until the map has measured itself, the tiles cover the window around the centre, so their
    // downloads start as the app is built, before the page's first layout (the map's measure,
    // which forces it, waits for them; see map_view). Its own size follows before the first frame.
    let window = crate::browser::page::window_size();
    let view = Memo::new(move |_| {
        let v = map.with(|s| s.view);
        match window {
            Some((width, height)) if v.width <= 0.0 || v.height <= 0.0 => v.resized(width, height),
            _ => v,
        }
    });
    // While fingers pinch, the tiles there are stay (scaled and moved with the map) and no new
    // level or tile is asked for, as Leaflet does: a new level's tiles made mid-pinch cost a
    // frame of 130-410 ms at 4× CPU. Once the fingers lift, the view's own tiles follow.
    let pinching = Memo::new(move |_| map.with(|s| s.is_pinching()));
    let front_z = Memo::new(move |before: Option<&u8>| match before {
        Some(&z) if pinching.get() => z,
        _ => tile_zoom(view.get().zoom, source.with(|s| s.zoom_range)),
    });
    // Tiles that finished (loaded, or failed twice) and the last level that was complete.
    let done = RwSignal::new(HashSet::<Key>::new());
    let complete_z = RwSignal::new(None::<u8>);

    let check_complete = move || {
        let z = front_z.get_untracked();
        let all = view.with_untracked(|v| {
            done.with_untracked(|d| cover(v, z, 0).iter().all(|t| d.contains(&t.key())))
        });
        if all && complete_z.get_untracked() != Some(z) {
            complete_z.set(Some(z));
        }
    };

    let tiles = Memo::new(move |before: Option<&Vec<Key>>| {
        if let Some(before) = before.filter(|_| pinching.get()) {
            return before.clone();
        }
        let v = view.get();
        let z = front_z.get();
        let mut list: Vec<PlacedTile> = Vec::new();
        if let Some(back) = complete_z.get().filter(|b| *b != z) {
            list.extend(cover(&v, back, 0));
        }
        // The ring of tiles around the view (for a pan) once the view's own are in: a first
        // start or a zoom then asks for and lays out only what shows (20 tiles, not 35, on a
        // tablet), so the first of them arrive sooner and a wheel's task is shorter.
        let ring = u32::from(complete_z.get() == Some(z));
        list.extend(cover(&v, z, ring));
        list.iter().map(PlacedTile::key).collect::<Vec<Key>>()
    });

    view! {
        <div class="tiles" aria-hidden="true" data-complete-z=move || complete_z.get()>
            <For
                each=move || tiles.get()
                key=|k| *k
                children=move |key: Key| {
                    let (z, column, row) = key;
                    let attempt = RwSignal::new(0u8);
                    let failed = RwSignal::new(false);
                    let src = move || {
                        let id = place(&view.get_untracked(), z, column, row).id;
                        let url = source.with(|s| tile_url(&s.template, id));
                        if attempt.get() == 0 {
                            url
                        } else {
                            let sep = if url.contains('?') { '&' } else { '?' };
                            format!("{url}{sep}retry=1")
                        }
                    };
                    let style = move || {
                        let t = place(&view.get(), z, column, row);
                        let (l, top) = if (t.size - 256.0).abs() < 1e-9 {
                            (t.left.round(), t.top.round())
                        } else {
                            (t.left, t.top)
                        };
                        format!(
                            "transform:translate3d({l}px,{top}px,0) scale({});z-index:{}",
                            t.size / 256.0,
                            if z == front_z.get() { 2 } else { 1 },
                        )
                    };
                    let finish = move || {
                        done.update(|d| {
                            d.insert(key);
                            // Forget tiles that have left the DOM.
                            tiles.with_untracked(|now| {
                                if d.len() > now.len() {
                                    d.retain(|k| now.contains(k));
                                }
                            });
                        });
                        check_complete();
                    };
                    view! {
                        <img
                            class="tile"
                            data-z=z
                            class:failed=move || failed.get()
                            src=src
                            alt=""
                            draggable="false"
                            style=style
                            on:load=move |_| finish()
                            on:error=move |_| {
                                if attempt.get_untracked() == 0 {
                                    attempt.set(1);
                                } else {
                                    failed.set(true);
                                    finish();
                                }
                            }
                        />
                    }
                }
            />
        </div>
    }
}
