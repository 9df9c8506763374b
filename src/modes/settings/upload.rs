//! Settings: the collection point pins are sent to, its test, and the outbox's state.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::fields::input_field;
use crate::domain::upload::{is_folder_url, UploadSettings};
use crate::i18n::{upload_problem, upload_status, upload_works, Msg};
use crate::store::prefs;
use crate::store::{lang, tr, use_app, AppStateStoreFields};
use crate::store::{pins, sync};

/// One labelled text input bound to a field of the draft.
fn field(
    draft: RwSignal<UploadSettings>,
    testid: &'static str,
    label: Msg,
    kind: &'static str,
    get: fn(&UploadSettings) -> &String,
    set: fn(&mut UploadSettings) -> &mut String,
) -> impl IntoView {
    input_field(
        testid,
        tr(label),
        kind,
        move || draft.with(|d| get(d).clone()),
        move |v| draft.update(|d| *set(d) = v),
    )
}

#[component]
pub fn UploadSettingsCard() -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let saved = state.settings().with_untracked(|s| s.upload.clone());
    let draft = RwSignal::new(saved.clone());
    let tested = RwSignal::new(None::<Result<String, crate::domain::upload::Problem>>);

    // Served beside a `/dav/` folder (the same-origin set-up): offer it as the destination.
    if saved.url.is_empty() {
        spawn_local(async move {
            if let Some(url) = sync::same_origin_folder().await {
                draft.update(|d| {
                    if d.url.is_empty() {
                        d.url = url;
                    }
                });
            }
        });
    }

    let store = move |enabled: bool| {
        let mut upload = draft.get_untracked();
        upload.enabled = enabled && is_folder_url(&upload.url);
        if upload.pull_seconds == 0 {
            upload.pull_seconds = 10;
        }
        state.settings().update(|s| s.upload = upload.clone());
        prefs::save_settings(state);
        draft.set(upload);
        // What was made before upload was on goes too (where its maker agreed).
        spawn_local(async move {
            let _ = pins::queue_unsent(state).await;
            sync::send_now();
        });
    };
    let test = move |_| {
        let upload = draft.get_untracked();
        tested.set(None);
        spawn_local(async move { tested.set(Some(sync::test_connection(&upload).await)) });
    };

    let status = move || {
        let upload = state.settings().with(|s| s.upload.clone());
        let u = state.upload().get();
        let text = if upload.active() {
            upload_status(lang.get(), u.pending, u.sent, &upload.folder())
        } else {
            tr(Msg::UploadOff)().to_owned()
        };
        view! {
            <p data-testid="upload-status" data-pending=u.pending data-sent=u.sent>{text}</p>
            {u.problem.map(|p| view! { <p class="message warning" role="alert" data-testid="upload-problem">{move || upload_problem(lang.get(), p)}</p> })}
            {u.halted.then(|| view! { <p class="message warning" data-testid="upload-halted">{tr(Msg::UploadHalted)}</p> })}
            {(!u.skipped.is_empty()).then(|| view! {
                <div class="message warning" data-testid="upload-skipped">
                    <p>{tr(Msg::UploadSkipped)}</p>
                    <ul>
                        {u.skipped.iter().map(|(name, why)| view! { <li><code>{name.clone()}</code>": "{why.clone()}</li> }).collect_view()}
                    </ul>
                </div>
            })}
        }
    };

    view! {
        <section class="card">
            <h2>{tr(Msg::UploadTitle)}</h2>
            <p class="quiet">{tr(Msg::UploadHelp)}</p>
            {field(draft, "upload-url", Msg::UploadUrl, "url", |d| &d.url, |d| &mut d.url)}
            {field(draft, "upload-user", Msg::UploadUser, "text", |d| &d.user, |d| &mut d.user)}
            {field(draft, "upload-password", Msg::UploadPassword, "password", |d| &d.password, |d| &mut d.password)}
            {field(draft, "upload-event", Msg::UploadEvent, "text", |d| &d.event, |d| &mut d.event)}
            <label class="choice">
                <input
                    type="checkbox"
                    data-testid="upload-pull"
                    prop:checked=move || draft.with(|d| d.pull)
                    on:change=move |ev| draft.update(|d| d.pull = event_target_checked(&ev))
                />
                <span>{tr(Msg::UploadPull)}</span>
            </label>
            <div class="form-buttons">
                <button type="button" class="button primary" data-testid="upload-save" on:click=move |_| store(true)>
                    {tr(Msg::UploadSave)}
                </button>
                <button type="button" class="button secondary" data-testid="upload-test" on:click=test>
                    {tr(Msg::UploadTest)}
                </button>
                <button type="button" class="button secondary" data-testid="upload-now" on:click=|_| sync::send_now()>
                    {tr(Msg::UploadNow)}
                </button>
                <button type="button" class="button secondary" data-testid="upload-stop" on:click=move |_| store(false)>
                    {tr(Msg::UploadStop)}
                </button>
            </div>
            {move || {
                tested.get().map(|r| {
                    let (class, text) = match r {
                        Ok(folder) => ("message", upload_works(lang.get(), &folder)),
                        Err(p) => ("message warning", upload_problem(lang.get(), p).to_owned()),
                    };
                    view! { <p class=class role="status" data-testid="upload-test-result">{text}</p> }
                })
            }}
            {status}
        </section>
    }
}
