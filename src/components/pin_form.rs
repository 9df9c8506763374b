//! The form for one pin, with the short, warm prompts of its kind. Only kind and position are
//! required; everything else may stay empty.

use crate::components::fields::picked_file;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, page};
use crate::components::fields::checkbox;
use crate::components::pin_card::DeleteButton;
use crate::components::symbol_picker::SymbolPicker;
use crate::domain::pin::{Category, Pin, PinKind, MAX_QUOTE};
use crate::domain::symbols::DRAWN;
use crate::domain::text::split_list;
use crate::domain::time::next_stamp;
use crate::i18n::join::{goes_to, JoinMsg};
use crate::i18n::{category_label, chars_left, pin_error, text, upload_hint, Msg};
use crate::store::pins;
use crate::store::words::jr;
use crate::store::{lang, save_pins, tr, use_app, AppStateStoreFields, Sheet};

/// The words of each kind: prompt, title label, quote label, note label.
fn prompts(kind: PinKind) -> (Msg, Msg, Msg, Msg) {
    match kind {
        PinKind::Beauty => (
            Msg::PromptBeauty,
            Msg::TitleBeauty,
            Msg::QuoteBeauty,
            Msg::NoteLabel,
        ),
        PinKind::Place => (
            Msg::PromptPlace,
            Msg::TitlePlace,
            Msg::QuotePlace,
            Msg::NoteLabel,
        ),
        PinKind::Dream => (
            Msg::PromptDream,
            Msg::TitleDream,
            Msg::QuoteDream,
            Msg::NoteDream,
        ),
    }
}

/// A labelled one-line text input bound to `value`, with an optional hint below it.
fn line_input(
    label: Msg,
    testid: &'static str,
    value: RwSignal<String>,
    help: Option<Msg>,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(label)}</span>
            <input
                type="text"
                data-testid=testid
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {help.map(|h| view! { <small class="quiet">{tr(h)}</small> })}
        </label>
    }
}

/// A labelled text area bound to `value`.
fn area_input(label: Msg, testid: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label class="field">
            <span>{tr(label)}</span>
            <textarea
                data-testid=testid
                rows="3"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </label>
    }
}

/// Takes the photo picked in a file input and keeps it through the store. The form may be gone
/// by the time it is done (the kiosk's idle reset): then nothing is set.
pub fn keep_photo(
    ev: &leptos::ev::Event,
    busy: RwSignal<bool>,
    failed: RwSignal<bool>,
    photo_ref: RwSignal<Option<String>>,
) {
    let Some(file) = picked_file(ev) else {
        return;
    };
    let state = use_app().state;
    busy.set(true);
    failed.set(false);
    spawn_local(async move {
        match pins::keep_photo(state, file.into()).await {
            Some(id) => {
                photo_ref.try_set(Some(id));
            }
            None => {
                failed.try_set(true);
            }
        }
        busy.try_set(false);
    });
}

#[component]
pub fn PinForm(kind: PinKind, lat: f64, lon: f64, editing: Option<Box<Pin>>) -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let lang = lang(state);
    let old = editing.map(|p| *p);
    let get = |f: fn(&Pin) -> String| old.as_ref().map(f).unwrap_or_default();
    let title = RwSignal::new(get(|p| p.title.clone()));
    let quote = RwSignal::new(get(|p| p.quote.clone()));
    let note = RwSignal::new(get(|p| p.note.clone()));
    let talents = RwSignal::new(get(|p| p.talents.join(", ")));
    let resources = RwSignal::new(get(|p| p.resources.join(", ")));
    let symbol = RwSignal::new(old.as_ref().and_then(|p| p.symbol.clone()));
    let drawn = RwSignal::new(old.as_ref().and_then(|p| p.symbol_svg.clone()));
    let category = RwSignal::new(old.as_ref().and_then(|p| p.category));
    let photo_ref = RwSignal::new(old.as_ref().and_then(|p| p.photo.clone()));
    let photo_busy = RwSignal::new(false);
    let photo_failed = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    // On a phone that joined an event: whether this pin goes there too (unticked: kept here).
    let send = RwSignal::new(
        old.as_ref()
            .is_none_or(|p| p.extra.get("upload") != Some(&serde_json::Value::Bool(false))),
    );
    let joined_event = Memo::new(move |_| {
        state
            .settings()
            .with(|s| s.event.joined.as_ref().map(|j| j.event.clone()))
    });
    let (prompt, title_label, quote_label, note_label) = prompts(kind);

    let on_photo =
        move |ev: leptos::ev::Event| keep_photo(&ev, photo_busy, photo_failed, photo_ref);
    let photo_url = move || {
        photo_ref
            .get()
            .and_then(|id| state.photos().with(|m| m.get(&id).cloned()))
    };

    let old_for_save = old.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = clock::now();
        let base = match old_for_save.clone() {
            Some(p) => Ok(p),
            None => Pin::new(&clock::new_id(), kind, lat, lon, &now).map(|mut p| {
                // Made on a walk: linked to it, so the walk's GPX carries it.
                if let Some(walk) = state.walk_link().get_untracked() {
                    p.extra.insert("walk".into(), walk.into());
                }
                p
            }),
        };
        let result = base.and_then(|base| {
            let symbol_now = if kind == PinKind::Place {
                symbol.get_untracked()
            } else {
                base.symbol.clone()
            };
            let mut extra = base.extra.clone();
            if joined_event.get_untracked().is_some() {
                if send.get_untracked() {
                    extra.remove("upload");
                } else {
                    extra.insert("upload".into(), false.into());
                }
            }
            let pin = Pin {
                extra,
                title: title.get_untracked().trim().to_owned(),
                quote: quote.get_untracked().trim().to_owned(),
                note: note.get_untracked().trim().to_owned(),
                symbol_svg: (symbol_now.as_deref() == Some(DRAWN))
                    .then(|| drawn.get_untracked())
                    .flatten(),
                symbol: symbol_now,
                category: if kind == PinKind::Beauty {
                    category.get_untracked()
                } else {
                    base.category
                },
                talents: split_list(&talents.get_untracked()),
                resources: split_list(&resources.get_untracked()),
                photo: photo_ref.get_untracked(),
                // Always after the version it replaces, even when this clock runs behind.
                updated_at: next_stamp(&now, Some(&base.updated_at)),
                ..base
            };
            pin.validate().map(|_| pin)
        });
        match result {
            Ok(pin) => {
                let id = pin.id.clone();
                let title = pin.title.clone();
                saving.set(true);
                spawn_local(async move {
                    // The card (our "saved") shows only after the write has completed; if storage
                    // fails the pin is kept in memory and the page says so.
                    let _ = save_pins(state, vec![pin]).await;
                    app.said.set(format!(
                        "{}: {title}",
                        text(lang.get_untracked(), Msg::Saved)
                    ));
                    saving.set(false);
                    app.sheet.set(Sheet::Card(id));
                });
            }
            Err(e) => error.set(Some(pin_error(lang.get_untracked(), &e))),
        }
    };
    let is_edit = old.is_some();
    // The focus starts at the form's question (the button that opened it is gone): a screen
    // reader reads it, Tab goes on to the first field, and no phone keyboard pops up unasked.
    request_animation_frame(|| page::focus(".pin-form .form-title"));
    let delete_id = old.as_ref().map(|p| p.id.clone());

    view! {
        <form class=format!("pin-form kind-{}", kind.code()) on:submit=save novalidate>
            <h2 class="form-title" tabindex="-1">{tr(prompt)}</h2>
            // A beauty's photo; a dream's too (the design in scale, the place before).
            {(kind != PinKind::Place)
                .then(|| {
                    view! {
                        <div class="field">
                            <span>{tr(Msg::PhotoLabel)}</span>
                            <Show when=move || photo_url().is_some()>
                                <img class="photo-preview" src=photo_url alt="" />
                                <button type="button" class="link-button" on:click=move |_| photo_ref.set(None)>
                                    {tr(Msg::PhotoRemove)}
                                </button>
                            </Show>
                            <input type="file" accept="image/*" data-testid="pin-photo" aria-label=tr(Msg::PhotoLabel) on:change=on_photo />
                            <Show when=move || photo_busy.get()>
                                <small class="quiet">{tr(Msg::PhotoBusy)}</small>
                            </Show>
                            <Show when=move || photo_failed.get()>
                                <p class="message warning" role="alert">{tr(Msg::PhotoFailed)}</p>
                            </Show>
                        </div>
                    }
                })}
            {(kind == PinKind::Beauty)
                .then(|| {
                    view! {
                        <fieldset class="chips">
                            <legend>{tr(Msg::CategoryLabel)}</legend>
                            {Category::ALL
                                .into_iter()
                                .map(|c| {
                                    view! {
                                        <button
                                            type="button"
                                            class="chip"
                                            aria-pressed=move || (category.get() == Some(c)).to_string()
                                            on:click=move |_| category.update(|cur| *cur = if *cur == Some(c) { None } else { Some(c) })
                                        >
                                            {tr(category_label(c))}
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </fieldset>
                    }
                })}
            {(kind == PinKind::Place).then(|| view! { <SymbolPicker symbol=symbol drawn=drawn /> })}
            {line_input(title_label, "pin-title", title, None)}
            {area_input(quote_label, "pin-quote", quote)}
            <small class="quiet counter" class:over=move || quote.with(|q| q.chars().count() > MAX_QUOTE)>
                {move || chars_left(lang.get(), MAX_QUOTE as i64 - quote.with(|q| q.chars().count()) as i64)}
            </small>
            {(kind == PinKind::Dream)
                .then(|| {
                    view! {
                        {line_input(Msg::TalentsLabel, "pin-talents", talents, Some(Msg::ListHelp))}
                        {line_input(Msg::ResourcesLabel, "pin-resources", resources, None)}
                    }
                })}
            {area_input(note_label, "pin-note", note)}
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="message warning" role="alert">
                                {text(lang.get(), Msg::FixBelow)} " " {e}
                            </p>
                        }
                    })
            }}
            {move || {
                // Nothing leaves the device unseen: say where the pin will also go.
                if let Some(event) = joined_event.get() {
                    return Some(view! {
                        <p class="quiet" data-testid="upload-hint">{goes_to(lang.get(), &event)}</p>
                        {checkbox(send, "upload-consent", "choice", jr(JoinMsg::KeepHere))}
                    }.into_any());
                }
                app.state.settings().with(|s| s.upload.active().then(|| s.upload.folder())).map(|folder| {
                    view! { <p class="quiet" data-testid="upload-hint">{move || upload_hint(lang.get(), &folder)}</p> }.into_any()
                })
            }}
            <div class="form-buttons">
                <button type="submit" class="button primary" data-testid="pin-save" disabled=move || photo_busy.get() || saving.get()>
                    {tr(Msg::Save)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| app.sheet.set(Sheet::Closed)>
                    {tr(Msg::Cancel)}
                </button>
                {is_edit
                    .then(|| {
                        let id = delete_id.clone().unwrap_or_default();
                        view! {
                            <DeleteButton id=id />
                        }
                    })}
            </div>
        </form>
    }
}
