//! Telling about a place: which place (the ones nearest the middle of the kiosk's map), then
//! the story and an optional first name. Stored as a story of that pin, like on its card.

use leptos::prelude::*;

use crate::browser::kiosk;
use crate::components::pin_badge::PinBadge;
use crate::domain::contribution::{MAX_NAME, MAX_TEXT};
use crate::domain::kiosk::{nearest, story_ready, Flow, KioskInput, NEAREST};
use crate::domain::pin::Pin;
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::{kind_name, Msg};
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::{kt, kt_app};
use crate::store::{use_app, AppStateStoreFields};

fn title_of(pin: &Pin) -> String {
    if pin.title.is_empty() {
        kt_app(Msg::Untitled).to_owned()
    } else {
        pin.title.clone()
    }
}

/// One big card per place near the middle of the map.
#[component]
pub fn KioskPick(go: Callback<KioskInput>) -> impl IntoView {
    let app = use_app();
    let at = app.map.with_untracked(|m| m.view.center);
    let places: Vec<Pin> = app.state.pins().with_untracked(|ps| {
        nearest(ps, at.lat, at.lon, NEAREST)
            .into_iter()
            .cloned()
            .collect()
    });
    let cards = places
        .into_iter()
        .map(|pin| {
            let id = pin.id.clone();
            let data_id = pin.id.clone();
            let title = title_of(&pin);
            let kind = kt_app(kind_name(pin.kind));
            view! {
                <button
                    type="button"
                    class="kiosk-place"
                    data-testid="tell-option"
                    data-id=data_id
                    on:click=move |_| go.run(KioskInput::Pick(id.clone()))
                >
                    <PinBadge pin=pin />
                    <span>
                        <strong>{title}</strong>
                        <small>{kind}</small>
                    </span>
                </button>
            }
        })
        .collect_view();
    view! {
        <main class="kiosk-step">
            <h1>{kt(KioskMsg::PickTitle)}</h1>
            <p class="kiosk-hint">{kt(KioskMsg::PickHint)}</p>
            <div class="kiosk-places">{cards}</div>
        </main>
        <KioskNav go=go forward=false />
    }
}

/// The story and a first name, on one screen.
#[component]
pub fn KioskStory(flow: RwSignal<Flow>, go: Callback<KioskInput>) -> impl IntoView {
    let state = use_app().state;
    let (pin, start, name_start) = flow.with_untracked(|f| {
        (
            f.draft.story_pin.clone(),
            f.draft.story.clone(),
            f.draft.name.clone(),
        )
    });
    let place = pin.and_then(|id| {
        state
            .pins()
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).map(title_of))
    });
    let text = RwSignal::new(start);
    let name = RwSignal::new(name_start);
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| {
            f.draft.story = text.get_untracked();
            f.draft.name = name.get_untracked();
        });
        go.run(input);
    };
    request_animation_frame(kiosk::focus_field);
    view! {
        <main class="kiosk-step">
            <p class="kiosk-about">{place}</p>
            <h1>
                <label for="kiosk-story">{kt(KioskMsg::StoryTitle)}</label>
            </h1>
            <textarea
                id="kiosk-story"
                class="kiosk-field"
                data-testid="story-text"
                rows="5"
                maxlength=MAX_TEXT
                autocomplete="off"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
                on:focus=|_| kiosk::reveal()
            ></textarea>
            <label class="kiosk-question" for="kiosk-story-name">{kt(KioskMsg::NameTitle)}</label>
            <input
                id="kiosk-story-name"
                class="kiosk-field"
                type="text"
                data-testid="story-name"
                maxlength=MAX_NAME
                autocomplete="off"
                enterkeyhint="done"
                prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev))
                on:focus=|_| kiosk::reveal()
            />
            <p class="kiosk-hint">{kt(KioskMsg::NameHint)}</p>
        </main>
        <KioskNav
            go=Callback::new(keep)
            ready=Signal::derive(move || text.with(|t| story_ready(t)))
            label=KioskMsg::StorySave
            testid="story-save"
        />
    }
}
