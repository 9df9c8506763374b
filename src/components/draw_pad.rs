//! A small surface to draw a symbol on with a finger or the mouse.
//!
//! Strokes are kept in box units (0–100) while drawing and turned into simplified path data
//! by `domain::drawing` when the finger lifts.

use leptos::ev::PointerEvent;
use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::drawing::{to_path, Stroke, BOX};
use crate::i18n::Msg;
use crate::store::tr;

/// `drawn` holds the simplified path data (or `None` while the pad is empty).
#[component]
pub fn DrawPad(drawn: RwSignal<Option<String>>) -> impl IntoView {
    let pad = NodeRef::<Div>::new();
    let strokes = RwSignal::new(Vec::<Stroke>::new());
    let drawing = RwSignal::new(false);

    let point = move |ev: &PointerEvent| -> Option<(f64, f64)> {
        let rect = pad.get_untracked()?.get_bounding_client_rect();
        if rect.width() <= 0.0 {
            return None;
        }
        Some((
            (f64::from(ev.client_x()) - rect.left()) / rect.width() * BOX,
            (f64::from(ev.client_y()) - rect.top()) / rect.height() * BOX,
        ))
    };
    let live = move || {
        strokes.with(|all| {
            all.iter()
                .filter(|s| !s.is_empty())
                .map(|s| {
                    let mut d = String::new();
                    for (i, (x, y)) in s.iter().enumerate() {
                        d.push_str(&format!("{}{x:.1} {y:.1} ", if i == 0 { 'M' } else { 'L' }));
                    }
                    if s.len() == 1 {
                        d.push_str(&format!("L{:.1} {:.1}", s[0].0, s[0].1));
                    }
                    d
                })
                .collect::<String>()
        })
    };

    view! {
        <div class="draw-pad-wrap">
            <div
                class="draw-pad"
                node_ref=pad
                data-testid="draw-pad"
                role="img"
                aria-label=tr(Msg::DrawHint)
                on:pointerdown=move |ev: PointerEvent| {
                    ev.prevent_default();
                    if let Some(el) = pad.get_untracked() {
                        let _ = el.set_pointer_capture(ev.pointer_id());
                    }
                    if let Some(p) = point(&ev) {
                        drawing.set(true);
                        strokes.update(|s| s.push(vec![p]));
                    }
                }
                on:pointermove=move |ev: PointerEvent| {
                    if drawing.get_untracked() {
                        if let Some(p) = point(&ev) {
                            strokes.update(|s| {
                                if let Some(last) = s.last_mut() {
                                    last.push(p);
                                }
                            });
                        }
                    }
                }
                on:pointerup=move |_| {
                    drawing.set(false);
                    drawn.set(strokes.with_untracked(|s| to_path(s)));
                }
                on:pointercancel=move |_| drawing.set(false)
            >
                <svg viewBox="0 0 100 100" aria-hidden="true">
                    <path class="ink" d=move || if drawing.get() { live() } else { drawn.get().unwrap_or_default() } />
                </svg>
                <span class="draw-hint" class:hidden=move || drawn.with(Option::is_some) || drawing.get()>
                    {tr(Msg::DrawHint)}
                </span>
            </div>
            <button
                type="button"
                class="link-button"
                on:click=move |_| {
                    strokes.set(Vec::new());
                    drawn.set(None);
                }
            >
                {tr(Msg::DrawAgain)}
            </button>
        </div>
    }
}
