//! Settings: the event's drop for residents' phones, the join link, and the pins from phones
//! that wait for the organiser's OK before the screen shows them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::{checkbox, text_field};
use crate::domain::pin::Pin;
use crate::i18n::join::{drop_error, JoinMsg};
use crate::store::event::{copy, join_url, save_drop, set_on_screen, DropForm};
use crate::store::words::jr;
use crate::store::{lang, use_app, AppStateStoreFields};

#[component]
pub fn JoinSettingsCard() -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let saved = state.settings().with_untracked(|s| s.event.clone());
    let (user0, password0) = saved
        .drop
        .as_ref()
        .filter(|_| !saved.drop_link.contains("/s/"))
        .map(|d| (d.user.clone(), d.password.clone()))
        .unwrap_or_default();
    let link = RwSignal::new(saved.drop_link.clone());
    let user = RwSignal::new(user0);
    let password = RwSignal::new(password0);
    let hold = RwSignal::new(saved.hold);
    let publish = RwSignal::new(saved.publish);
    let snapshot_url = RwSignal::new(saved.snapshot_url.clone());
    let outcome = RwSignal::new(None::<Result<(), &'static str>>);
    let copied = RwSignal::new(false);

    let save = move |_| {
        let done = save_drop(
            state,
            DropForm {
                link: link.get_untracked(),
                user: user.get_untracked(),
                password: password.get_untracked(),
                hold: hold.get_untracked(),
                publish: publish.get_untracked(),
                snapshot_url: snapshot_url.get_untracked(),
            },
        );
        outcome.set(Some(done.map_err(|e| drop_error(lang.get_untracked(), &e))));
    };
    let url = Memo::new(move |_| join_url(state));
    let waiting = Memo::new(move |_| {
        state.pins().with(|ps| {
            ps.iter()
                .filter(|p| p.waiting() && !p.deleted)
                .cloned()
                .collect::<Vec<Pin>>()
        })
    });
    let refused = move || state.upload().with(|u| u.refused);

    view! {
        <section class="card" data-testid="join-settings">
            <h2>{jr(JoinMsg::DropTitle)}</h2>
            <p class="quiet">{jr(JoinMsg::DropHelp)}</p>
            {text_field(link, "join-drop-url", jr(JoinMsg::DropUrl), "url")}
            {text_field(user, "join-drop-user", jr(JoinMsg::DropUser), "text")}
            {text_field(password, "join-drop-password", jr(JoinMsg::DropPassword), "password")}
            {checkbox(hold, "join-hold", "choice", jr(JoinMsg::DropHold))}
            {checkbox(publish, "join-publish", "choice", jr(JoinMsg::Publish))}
            {text_field(snapshot_url, "join-snapshot-url", jr(JoinMsg::SnapshotUrl), "text")}
            <div class="form-buttons">
                <button type="button" class="button primary" data-testid="join-save" on:click=save>
                    {jr(JoinMsg::DropSave)}
                </button>
            </div>
            {move || outcome.get().map(|r| match r {
                Ok(()) => view! { <p class="message" role="status">{jr(JoinMsg::DropSaved)}</p> }.into_any(),
                Err(why) => view! { <p class="message warning" role="alert" data-testid="join-drop-problem">{why}</p> }.into_any(),
            })}
            {move || {
                let has_drop = state.settings().with(|s| s.event.drop.is_some());
                match url.get() {
                    Some(u) => {
                        let for_copy = u.clone();
                        Some(view! {
                            <label class="field">
                                <span>{jr(JoinMsg::LinkLabel)}</span>
                                <input type="text" readonly data-testid="join-link" prop:value=u />
                            </label>
                            <button type="button" class="button secondary" data-testid="join-copy" on:click=move |_| {
                                let text = for_copy.clone();
                                spawn_local(async move { copied.set(copy(text).await) });
                            }>
                                {jr(JoinMsg::LinkCopy)}
                            </button>
                            {move || copied.get().then(|| view! { <span role="status">" " {jr(JoinMsg::LinkCopied)}</span> })}
                        }.into_any())
                    }
                    None if has_drop => Some(view! { <p class="message warning">{jr(JoinMsg::NeedsEvent)}</p> }.into_any()),
                    None => None,
                }
            }}
            {move || (refused() > 0).then(|| view! {
                <p class="message warning" data-testid="upload-refused" data-count=refused()>{jr(JoinMsg::Refused)} " " {refused()}</p>
            })}
            {move || (!waiting.with(Vec::is_empty)).then(|| view! {
                <h3>{jr(JoinMsg::WaitingTitle)}</h3>
                <ul class="waiting" data-testid="join-waiting">
                    {waiting.get().into_iter().map(|p| {
                        let (ok, hide) = (p.id.clone(), p.id.clone());
                        view! {
                            <li data-id=p.id.clone()>
                                <span>{p.title.clone()}</span>
                                <button type="button" class="button secondary" data-testid="join-approve" on:click=move |_| set_on_screen(state, &ok, false)>
                                    {jr(JoinMsg::Approve)}
                                </button>
                                <button type="button" class="button secondary" data-testid="join-hide" on:click=move |_| set_on_screen(state, &hide, true)>
                                    {jr(JoinMsg::Hide)}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
