//! A pin's marker drawing: a shape and colour per kind (never colour alone), with the place's
//! own symbol inside. Used on the map, in the list and on the card.

use leptos::prelude::*;

use crate::domain::pin::{Pin, PinKind};
use crate::domain::symbols::{self, DRAWN};

/// A small star for beauties, a sparkle for dreams (24 × 24 grid, stroked).
const BEAUTY_GLYPH: &str = "M12 5l2 4.6 5 .5-3.8 3.3 1.1 4.9L12 15.8l-4.3 2.5 1.1-4.9L5 10.1l5-.5z";
const DREAM_GLYPH: &str = "M12 4v5M12 15v5M4 12h5M15 12h5M7 7l2 2M15 15l2 2M17 7l-2 2M9 15l-2 2";

/// The kind's outline on a 40 × 48 box, its tip at (20, 47) where the pin stands.
fn outline(kind: PinKind) -> &'static str {
    match kind {
        // A round flower head on a stem.
        PinKind::Beauty => "M18.5 33h3v14h-3zM20 2a16 16 0 1 1 0 32a16 16 0 1 1 0-32z",
        // The classic drop.
        PinKind::Place => "M20 47C20 47 4 30 4 18a16 16 0 1 1 32 0c0 12-16 29-16 29z",
        // A diamond standing on its point.
        PinKind::Dream => "M20 47L3 22 20 1l17 21z",
    }
}

/// What goes inside the outline: path data and the scale from its own grid to 20 px.
fn glyph(pin: &Pin) -> (String, f64) {
    match pin.kind {
        PinKind::Beauty => (BEAUTY_GLYPH.into(), 20.0 / 24.0),
        PinKind::Dream => (DREAM_GLYPH.into(), 20.0 / 24.0),
        PinKind::Place => match pin.symbol.as_deref() {
            Some(DRAWN) => (
                pin.symbol_svg.clone().unwrap_or_default(),
                20.0 / crate::domain::drawing::BOX,
            ),
            Some(name) => (
                symbols::find(name).map_or("", |s| s.path).to_owned(),
                20.0 / 24.0,
            ),
            None => (
                "M12 12m-3 0a3 3 0 1 0 6 0a3 3 0 1 0-6 0".into(),
                20.0 / 24.0,
            ),
        },
    }
}

/// The marker of one pin, as an inline SVG (40 × 48 CSS pixels unless styled otherwise).
#[component]
pub fn PinBadge(pin: Pin) -> impl IntoView {
    let (d, scale) = glyph(&pin);
    // Drawn symbols are thinner strokes on a larger grid: keep the line about 2 px on screen.
    let stroke = 2.2 / (scale * 1.2);
    view! {
        <svg
            class=format!("pin-badge kind-{}", pin.kind.code())
            viewBox="0 0 40 48"
            width="40"
            height="48"
            aria-hidden="true"
        >
            <path class="outline" d=outline(pin.kind) />
            <g transform=format!("translate(10 {}) scale({scale})", if pin.kind == PinKind::Dream { 12 } else { 8 })>
                <path class="glyph" d=d stroke-width=stroke.to_string() />
            </g>
        </svg>
    }
}
