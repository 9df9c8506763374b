//! The grid of symbols for a meaningful place, with "draw your own" as the last choice.

use leptos::prelude::*;

use crate::components::draw_pad::DrawPad;
use crate::domain::symbols::{DRAWN, SYMBOLS};
use crate::i18n::Msg;
use crate::store::{lang, tr, use_app};

#[component]
pub fn SymbolPicker(
    symbol: RwSignal<Option<String>>,
    drawn: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = lang(use_app().state);
    let chosen = move |name: &str| symbol.with(|s| s.as_deref() == Some(name));
    view! {
        <fieldset class="symbol-picker">
            <legend>{tr(Msg::SymbolLabel)}</legend>
            <div class="symbol-grid">
                {SYMBOLS
                    .iter()
                    .map(|s| {
                        let name = s.name;
                        view! {
                            <button
                                type="button"
                                class="symbol-option"
                                data-testid="symbol-option"
                                data-symbol=name
                                aria-pressed=move || chosen(name).to_string()
                                aria-label=move || s.label(lang.get())
                                title=move || s.label(lang.get())
                                on:click=move |_| symbol.set(Some(name.to_owned()))
                            >
                                <svg viewBox="0 0 24 24" aria-hidden="true">
                                    <path d=s.path />
                                </svg>
                            </button>
                        }
                    })
                    .collect_view()}
                <button
                    type="button"
                    class="symbol-option draw-own"
                    data-testid="symbol-option"
                    data-symbol=DRAWN
                    aria-pressed=move || chosen(DRAWN).to_string()
                    on:click=move |_| symbol.set(Some(DRAWN.to_owned()))
                >
                    {tr(Msg::DrawOwn)}
                </button>
            </div>
            <Show when=move || chosen(DRAWN)>
                <DrawPad drawn=drawn />
            </Show>
        </fieldset>
    }
}
