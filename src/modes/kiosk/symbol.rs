//! "Choose a sign for this place": the pin form's symbol grid and drawing pad, made large.

use leptos::prelude::*;

use crate::browser::kiosk;
use crate::components::symbol_picker::SymbolPicker;
use crate::domain::kiosk::{symbol_ready, Flow, KioskInput};
use crate::domain::symbols::DRAWN;
use crate::i18n::kiosk::KioskMsg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::kt;

#[component]
pub fn KioskSymbol(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let (symbol, drawn) = flow.with_untracked(|f| (f.draft.symbol.clone(), f.draft.drawn.clone()));
    let symbol = RwSignal::new(symbol);
    let drawn = RwSignal::new(drawn);
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| {
            f.draft.symbol = symbol.get_untracked();
            f.draft.drawn = drawn.get_untracked();
        });
        go.run(input);
    };
    // The drawing pad opens below the symbols: bring it into view (portrait screens).
    Effect::new(move |_| {
        if symbol.with(|s| s.as_deref() == Some(DRAWN)) {
            kiosk::show(".kiosk .draw-pad");
        }
    });
    let ready = move || symbol.with(|s| symbol_ready(s.as_deref(), drawn.with(Option::is_some)));
    view! {
        <main class="kiosk-step kiosk-symbols">
            <h1>{kt(KioskMsg::SymbolTitle)}</h1>
            <SymbolPicker symbol=symbol drawn=drawn />
        </main>
        <KioskNav
            go=Callback::new(keep)
            ready=Signal::derive(ready)
        />
    }
}
