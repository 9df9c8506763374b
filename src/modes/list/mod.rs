//! `/list`: every pin as a list, newest first: the accessible twin of the map.

use leptos::prelude::*;

use crate::i18n::join::JoinMsg;
use crate::store::words::jr;

use crate::browser::history;
use crate::components::filter_bar::FilterBar;
use crate::components::nav_bar::NavBar;
use crate::components::pin_badge::PinBadge;
use crate::domain::filter::newest_first;
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::kind_name;
use crate::i18n::{pin_count, Msg};
use crate::map::input::{Input, ZoomTo};
use crate::map::mercator::LatLon;
use crate::routes::Page;
use crate::store::{lang, shown_pins, tr, use_app, Sheet};

#[component]
pub fn ListMode() -> impl IntoView {
    let app = use_app();
    let lang = lang(app.state);
    // This device's pins, and on a joined phone everyone's from the event's published map.
    let shown = shown_pins(app.state);
    let rows = Memo::new(move |_| {
        shown.with(|all| {
            app.state.with(|s| {
                newest_first(all, &s.filter)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<Pin>>()
            })
        })
    });
    let any_pins = move || {
        app.state
            .with(|s| s.pins.iter().any(|p| !p.deleted) || !s.shared.is_empty())
    };
    // Jump to the pin on the map, close enough to see its street, with its card open.
    let show_on_map = move |pin: &Pin| {
        let at = LatLon::new(pin.lat, pin.lon);
        app.move_map(Input::CenterOn {
            at,
            zoom: ZoomTo::AtLeast(17.0),
        });
        app.sheet.set(Sheet::Card(pin.id.clone()));
        history::push("/");
        app.page.set(Page::Map);
    };
    view! {
        <div class="mode mode-list">
            <NavBar />
            <main class="page list-page">
                <h1>{tr(Msg::ListTitle)}</h1>
                <FilterBar />
                <p class="quiet count" aria-live="polite">{move || pin_count(lang.get(), rows.with(Vec::len))}</p>
                <Show
                    when=move || !rows.with(Vec::is_empty)
                    fallback=move || {
                        view! {
                            <p class="quiet">
                                {move || if any_pins() { tr(Msg::ListNoMatch)() } else { tr(Msg::ListEmpty)() }}
                            </p>
                        }
                    }
                >
                    <ul class="pin-list">
                        <For
                            each=move || rows.get()
                            key=|p| format!("{}{}", p.id, p.updated_at)
                            children=move |pin: Pin| {
                                let jump = pin.clone();
                                view! {
                                    <li class="pin-row" data-testid="pin-row" data-id=pin.id.clone() data-kind=pin.kind.code() data-hidden=pin.hidden().to_string() data-status=(pin.kind == PinKind::Dream).then(|| pin.status().code())>
                                        <PinBadge pin=pin.clone() />
                                        <div class="pin-row-text">
                                            <span class="kind-name">{tr(kind_name(pin.kind))}</span>
                                            {(pin.hidden() || pin.waiting()).then(|| view! { <span class="mark">" · " {jr(JoinMsg::HiddenMark)}</span> })}
                                            <h2 class="title">
                                                {if pin.title.is_empty() { tr(Msg::Untitled)().to_owned() } else { pin.title.clone() }}
                                            </h2>
                                            {(!pin.quote.is_empty()).then(|| view! { <p class="quote">{pin.quote.clone()}</p> })}
                                            {(!pin.talents.is_empty() || !pin.resources.is_empty())
                                                .then(|| view! { <p class="tags-line">{[pin.talents.clone(), pin.resources.clone()].concat().join(" · ")}</p> })}
                                        </div>
                                        <button type="button" class="button secondary" on:click=move |_| show_on_map(&jump)>
                                            {tr(Msg::ShowOnMap)}
                                        </button>
                                    </li>
                                }
                            }
                        />
                    </ul>
                </Show>
            </main>
        </div>
    }
}
