//! Kind toggles and a text search, shared by the map and the list.

use leptos::prelude::*;

use crate::domain::pin::PinKind;
use crate::i18n::kind_name;
use crate::i18n::Msg;
use crate::store::{tr, use_app, AppStateStoreFields};

#[component]
pub fn FilterBar() -> impl IntoView {
    let filter = use_app().state.filter();
    view! {
        <div class="filter-bar map-ui" role="search">
            <div class="kind-toggles" role="group" aria-label=tr(Msg::FilterLabel)>
                {PinKind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <button
                                type="button"
                                class=format!("chip kind-{}", k.code())
                                data-testid=format!("filter-{}", k.code())
                                aria-pressed=move || filter.with(|f| f.shows_kind(k)).to_string()
                                on:click=move |_| filter.update(|f| f.toggle(k))
                            >
                                <span class="dot" aria-hidden="true"></span>
                                {tr(kind_name(k))}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <input
                type="search"
                class="search"
                data-testid="pin-search"
                aria-label=tr(Msg::SearchLabel)
                placeholder=tr(Msg::SearchPlaceholder)
                prop:value=move || filter.with(|f| f.text.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    filter.update(|f| f.text = v)
                }
            />
        </div>
    }
}
