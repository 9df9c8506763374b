//! The Oasis week on a pin's card: the stories behind it ("Vertel er iets bij"), hearts for a
//! dream, and the organiser's choice of a dream's status.

use leptos::prelude::*;

use crate::components::fields::{form_behind_button, remove_button};
use crate::domain::contribution::stories;
use crate::domain::pin::{DreamStatus, Pin};
use crate::domain::text::split_list;
use crate::i18n::week::{hearts as hearts_text, status_name, WeekMsg};
use crate::store::contributions::{
    add_story, contributions_of, may_remove, my_heart, remove_story, toggle_heart,
};
use crate::store::event::set_status;
use crate::store::words::wr;
use crate::store::{lang, use_app, AppStateStoreFields};

/// The stories told about pin `pin`, oldest first, and the way to add one.
#[component]
pub fn Stories(pin: String) -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let told = contributions_of(state, &pin, stories);
    let open = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let talents = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let may_remove = may_remove(state);
    let pin = StoredValue::new(pin);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let added = add_story(
            state,
            &pin.get_value(),
            &text.get_untracked(),
            &name.get_untracked(),
            split_list(&talents.get_untracked()),
        );
        problem.set(added.is_err());
        if added.is_ok() {
            open.set(false);
            text.set(String::new());
            talents.set(String::new());
        }
    };
    view! {
        <section class="stories">
            {move || (!told.with(Vec::is_empty)).then(|| view! { <h3>{wr(WeekMsg::StoriesTitle)}</h3> })}
            <For each=move || told.get() key=|c| format!("{}{}", c.id, c.updated_at) let:c>
                {
                    let mine = may_remove(&c);
                    let id = c.id.clone();
                    view! {
                        <blockquote class="story" data-testid="story" data-id=c.id.clone()>
                            <p>{c.text.clone()}</p>
                            {(!c.name.is_empty()).then(|| view! { <footer>"— " {c.name.clone()}</footer> })}
                            {(!c.talents.is_empty()).then(|| view! { <p class="tags-line">{c.talents.join(" · ")}</p> })}
                            {mine.then(|| remove_button(wr(WeekMsg::StoryRemove), move || remove_story(state, &id)))}
                        </blockquote>
                    }
                }
            </For>
            {form_behind_button(open, "story-add", wr(WeekMsg::StoryAdd), move || view! {
                <form class="story-form" on:submit=save novalidate>
                    <label class="field">
                        <span>{wr(WeekMsg::StoryText)}</span>
                        <textarea data-testid="story-text" rows="3" prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </label>
                    <label class="field">
                        <span>{wr(WeekMsg::StoryName)}</span>
                        <input type="text" data-testid="story-name" autocomplete="given-name" prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev)) />
                        <small class="quiet">{wr(WeekMsg::StoryNameHelp)}</small>
                    </label>
                    <label class="field">
                        <span>{wr(WeekMsg::StoryTalents)}</span>
                        <input type="text" data-testid="story-talents" prop:value=move || talents.get()
                            on:input=move |ev| talents.set(event_target_value(&ev)) />
                    </label>
                    {move || problem.get().then(|| view! { <p class="message warning" role="alert">{move || crate::i18n::week::text(lang.get(), WeekMsg::StoryEmpty)}</p> })}
                    <button type="submit" class="button primary" data-testid="story-save">{wr(WeekMsg::StorySave)}</button>
                </form>
            })}
        </section>
    }
}

/// A dream's hearts: how many, and this device's own to give or take back.
#[component]
pub fn HeartButton(pin: String) -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let mine = my_heart(state, &pin);
    let counts = {
        let pin = pin.clone();
        Memo::new(move |_| {
            state.contributions().with(|cs| {
                let n = crate::domain::contribution::hearts(cs, &pin);
                let given = cs.iter().any(|c| c.id == mine && !c.deleted);
                (n, given)
            })
        })
    };
    view! {
        <button
            type="button"
            class="heart"
            data-testid="heart"
            data-count=move || counts.get().0
            data-mine=move || counts.get().1.to_string()
            aria-pressed=move || counts.get().1.to_string()
            title=move || if counts.get().1 { wr(WeekMsg::HeartTakeBack)() } else { wr(WeekMsg::HeartGive)() }
            on:click=move |_| toggle_heart(state, &pin)
        >
            <span aria-hidden="true">{move || if counts.get().1 { "♥" } else { "♡" }}</span>
            " "
            {move || hearts_text(lang.get(), counts.get().0)}
        </button>
    }
}

/// The organiser's choice of a dream's status (the jury marks dreams chosen).
#[component]
pub fn DreamStatusSelect(pin: Pin) -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let now = pin.status();
    let id = pin.id.clone();
    view! {
        <label class="field status-field">
            <span>{wr(WeekMsg::StatusLabel)}</span>
            <select data-testid="dream-status" on:change=move |ev| {
                if let Some(s) = DreamStatus::from_code(&event_target_value(&ev)) {
                    set_status(state, &id, s);
                }
            }>
                {DreamStatus::ALL
                    .into_iter()
                    .map(|s| view! {
                        <option value=s.code() selected=s == now>{move || status_name(lang.get(), s)}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
