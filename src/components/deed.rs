//! From dream to deed on a dream's card: who joins in ("ik doe mee"), what the dream still
//! needs beside what they bring, the photo before and after, and what keeps it going.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::{
    checkbox, form_behind_button, picked_file, remove_button, text_field,
};
use crate::domain::contribution::{pledges, PledgeForm};
use crate::domain::deed::{after_photo, next_of, shows_needs, still_needed, Next, NextError};
use crate::domain::pin::{DreamStatus, Pin};
use crate::domain::text::split_list;
use crate::i18n::deed::DeedMsg;
use crate::i18n::week::WeekMsg;
use crate::store::contributions::{add_pledge, contributions_of, may_remove, remove_story};
use crate::store::deeds::{save_after_photo, save_next};
use crate::store::event::is_organiser;
use crate::store::pins::photo_url;
use crate::store::words::{dr, wr};
use crate::store::{use_app, AppStateStoreFields};

/// Those who join in with dream `pin`, and the way to join. A pledge's contact shows to the
/// organiser only.
#[component]
pub fn Pledges(pin: String) -> impl IntoView {
    let state = use_app().state;
    let given = contributions_of(state, &pin, pledges);
    let open = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let talents = RwSignal::new(String::new());
    let resources = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let may_remove = may_remove(state);
    let organiser = is_organiser(state);
    let pin = StoredValue::new(pin);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = PledgeForm {
            text: text.get_untracked(),
            name: name.get_untracked(),
            contact: contact.get_untracked(),
            talents: split_list(&talents.get_untracked()),
            resources: split_list(&resources.get_untracked()),
        };
        let added = add_pledge(state, &pin.get_value(), form);
        problem.set(added.is_err());
        if added.is_ok() {
            open.set(false);
            for field in [text, contact, talents, resources] {
                field.set(String::new());
            }
        }
    };
    view! {
        <section class="pledges">
            {move || (!given.with(Vec::is_empty)).then(|| view! { <h3>{dr(DeedMsg::PledgesTitle)}</h3> })}
            <ul class="pledge-list">
                <For each=move || given.get() key=|c| format!("{}{}", c.id, c.updated_at) let:c>
                    {
                        let mine = may_remove(&c);
                        let id = c.id.clone();
                        let offers: Vec<String> = c.talents.iter().chain(&c.resources).cloned().collect();
                        view! {
                            <li class="pledge" data-testid="pledge" data-id=c.id.clone()>
                                {(!c.text.is_empty()).then(|| view! { <p>{c.text.clone()}</p> })}
                                {(!offers.is_empty()).then(|| view! { <p class="tags-line">{offers.join(" · ")}</p> })}
                                {(!c.name.is_empty()).then(|| view! { <p class="maker quiet">"— " {c.name.clone()}</p> })}
                                {(organiser && !c.contact.is_empty()).then(|| view! {
                                    <p class="pledge-contact quiet">"☎ " {c.contact.clone()}</p>
                                })}
                                {mine.then(|| remove_button(dr(DeedMsg::PledgeRemove), move || remove_story(state, &id)))}
                            </li>
                        }
                    }
                </For>
            </ul>
            {form_behind_button(open, "pledge-add", dr(DeedMsg::PledgeAdd), move || view! {
                <form class="pledge-form" on:submit=save novalidate>
                    <label class="field">
                        <span>{dr(DeedMsg::PledgeText)}</span>
                        <textarea data-testid="pledge-text" rows="2" prop:value=move || text.get()
                            on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    </label>
                    {text_field(talents, "pledge-talents", dr(DeedMsg::PledgeTalents), "text")}
                    {text_field(resources, "pledge-resources", dr(DeedMsg::PledgeResources), "text")}
                    {text_field(name, "pledge-name", wr(WeekMsg::StoryName), "text")}
                    <label class="field">
                        <span>{dr(DeedMsg::PledgeContact)}</span>
                        <input type="text" data-testid="pledge-contact" autocomplete="off" prop:value=move || contact.get()
                            on:input=move |ev| contact.set(event_target_value(&ev)) />
                        <small class="quiet">{dr(DeedMsg::PledgeContactHelp)}</small>
                    </label>
                    {move || problem.get().then(|| view! { <p class="message warning" role="alert">{dr(DeedMsg::PledgeEmpty)}</p> })}
                    <button type="submit" class="button primary" data-testid="pledge-save">{dr(DeedMsg::PledgeSave)}</button>
                </form>
            })}
        </section>
    }
}

/// What a chosen dream still needs of what it names, live as pledges come in; or that all of
/// it is there.
#[component]
pub fn DreamNeeds(pin: Pin) -> impl IntoView {
    let state = use_app().state;
    let shown = shows_needs(&pin);
    let needed = Memo::new(move |_| state.contributions().with(|cs| still_needed(&pin, cs)));
    shown.then(|| {
        view! {
            <section class="needs" data-testid="dream-needs" data-count=move || needed.with(Vec::len)>
                <h3>{dr(DeedMsg::NeedsTitle)}</h3>
                {move || {
                    let items = needed.get();
                    if items.is_empty() {
                        view! { <p class="needs-met">{dr(DeedMsg::NeedsMet)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="tags needed">
                                {items.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }
                }}
            </section>
        }
    })
}

/// A dream's photo before and its photo after, side by side, each with its word.
#[component]
pub fn PhotoPair(pin: Pin) -> impl IntoView {
    let before = photo_url(pin.photo.clone());
    let after = photo_url(after_photo(&pin));
    let figure = |label: DeedMsg, src: Option<String>| {
        src.map(|src| {
            view! {
                <figure>
                    <img class="photo" src=src alt="" />
                    <figcaption>{dr(label)}</figcaption>
                </figure>
            }
        })
    };
    view! {
        <div class="before-after" data-testid="before-after">
            {move || figure(DeedMsg::Before, before())}
            {move || figure(DeedMsg::After, after())}
        </div>
    }
}

/// A done dream's photos, before and after, side by side (the card's own photo stands alone
/// until there is an after photo); the organiser adds the after photo.
#[component]
pub fn BeforeAfter(pin: Pin, shared: bool) -> impl IntoView {
    let state = use_app().state;
    let done = pin.status() == DreamStatus::Done;
    let has_after = after_photo(&pin).is_some();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let id = StoredValue::new(pin.id.clone());
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = picked_file(&ev) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let kept = save_after_photo(state, &id.get_value(), file.into()).await;
            failed.try_set(!kept);
            busy.try_set(false);
        });
    };
    view! {
        {has_after.then(|| view! { <PhotoPair pin=pin.clone() /> })}
        {(done && !shared && is_organiser(state)).then(|| view! {
            <label class="field">
                <span>{dr(DeedMsg::PhotoAfter)}</span>
                <input type="file" accept="image/*" data-testid="photo-after" disabled=move || busy.get() on:change=pick />
            </label>
            {move || failed.get().then(|| view! { <p class="message warning" role="alert">{dr(DeedMsg::PhotoFailed)}</p> })}
        })}
    }
}

/// What keeps a done dream going: shown to everyone when named, and the organiser's form.
#[component]
pub fn NextSteps(pin: Pin, shared: bool) -> impl IntoView {
    let state = use_app().state;
    if pin.status() != DreamStatus::Done {
        return None;
    }
    let now = next_of(&pin);
    let contact = RwSignal::new(now.contact.clone());
    let when = RwSignal::new(now.when.clone());
    let agreed = RwSignal::new(!now.contact.is_empty());
    let problem = RwSignal::new(None::<NextError>);
    let id = StoredValue::new(pin.id.clone());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let next = Next {
            contact: contact.get_untracked(),
            when: when.get_untracked(),
        };
        problem.set(save_next(state, &id.get_value(), next, agreed.get_untracked()).err());
    };
    let shown = (!now.is_empty()).then(|| {
        view! {
            <section class="next" data-testid="dream-next">
                <h3><span class="living-mark">{dr(DeedMsg::Living)}</span> " " {dr(DeedMsg::Next)}</h3>
                {(!now.when.is_empty()).then(|| view! { <p>{now.when.clone()}</p> })}
                {(!now.contact.is_empty()).then(|| view! { <p class="maker">"☺ " {now.contact.clone()}</p> })}
            </section>
        }
    });
    let form = (!shared && is_organiser(state)).then(|| {
        view! {
            <form class="next-form" on:submit=save novalidate>
                {text_field(when, "next-when", dr(DeedMsg::NextWhen), "text")}
                {text_field(contact, "next-contact", dr(DeedMsg::NextContact), "text")}
                {checkbox(agreed, "next-agreed", "choice", dr(DeedMsg::NextAgreed))}
                {move || problem.get().map(|e| {
                    let msg = match e {
                        NextError::NoAgreement => DeedMsg::NextNoAgreement,
                        NextError::TooLong(_) => DeedMsg::NextTooLong,
                    };
                    view! { <p class="message warning" role="alert">{dr(msg)}</p> }
                })}
                <button type="submit" class="button secondary" data-testid="next-save">{dr(DeedMsg::NextSave)}</button>
            </form>
        }
    });
    Some(view! { {shown} {form} })
}
