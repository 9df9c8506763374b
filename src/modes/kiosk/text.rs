//! One text question per screen: a title, a quote, talents, resources or a first name (with, for
//! a place, its name above the quote, and for a dream, the dreamer's own talents above who else
//! can help). Large, with the cursor already in the first field, and kept in view when the
//! on-screen keyboard opens.

use leptos::prelude::*;

use crate::browser::kiosk;
use crate::domain::kiosk::{companion, Field, Flow, KioskInput, MAX_NAME};
use crate::domain::pin::{PinKind, MAX_ITEM, MAX_QUOTE, MAX_TITLE};
use crate::i18n::kiosk::KioskMsg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::words::kt;

/// The question, the hint below the field, the field's test id and its length limit.
fn words(field: Field, kind: Option<PinKind>) -> (KioskMsg, KioskMsg, &'static str, usize) {
    match field {
        Field::Title if kind == Some(PinKind::Dream) => (
            KioskMsg::TitleDream,
            KioskMsg::MayStayEmpty,
            "pin-title",
            MAX_TITLE,
        ),
        Field::Title => (
            KioskMsg::TitleBeauty,
            KioskMsg::MayStayEmpty,
            "pin-title",
            MAX_TITLE,
        ),
        Field::Quote => (
            KioskMsg::QuotePlace,
            KioskMsg::MayStayEmpty,
            "pin-quote",
            MAX_QUOTE,
        ),
        // One line of talents or resources: a long line could hold one over-long item.
        Field::Talents => (
            KioskMsg::TalentsTitle,
            KioskMsg::TalentsHint,
            "pin-talents",
            MAX_ITEM,
        ),
        Field::Resources => (
            KioskMsg::ResourcesTitle,
            KioskMsg::ResourcesHint,
            "pin-resources",
            MAX_ITEM,
        ),
        Field::Name => (
            KioskMsg::NameTitle,
            KioskMsg::NameHint,
            "kiosk-name",
            MAX_NAME,
        ),
        Field::OwnTalents => (
            KioskMsg::OwnTalentsTitle,
            KioskMsg::OwnTalentsHint,
            "kiosk-own-talents",
            MAX_ITEM,
        ),
    }
}

/// The words of a field asked above the screen's own: a place's name takes the beauty's hint
/// ("may stay empty") under its own question.
fn companion_words(
    field: Field,
    kind: Option<PinKind>,
) -> (KioskMsg, KioskMsg, &'static str, usize) {
    match field {
        Field::Title if kind == Some(PinKind::Place) => (
            KioskMsg::PlaceName,
            KioskMsg::MayStayEmpty,
            "pin-title",
            MAX_TITLE,
        ),
        other => words(other, kind),
    }
}

#[component]
pub fn KioskText(flow: RwSignal<Flow>, go: Callback<KioskInput>, field: Field) -> impl IntoView {
    let (kind, start, saves) =
        flow.with_untracked(|f| (f.draft.kind, f.draft.text(field).to_owned(), f.saves_next()));
    let (question, hint, testid, max) = words(field, kind);
    let value = RwSignal::new(start);
    // A second question on this screen, above the first (see `domain::kiosk::companion`).
    let extra = kind.and_then(|k| companion(k, field));
    let extra_value = RwSignal::new(
        extra
            .map(|e| flow.with_untracked(|f| f.draft.text(e).to_owned()))
            .unwrap_or_default(),
    );
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| {
            f.draft.set_text(field, value.get_untracked());
            if let Some(e) = extra {
                f.draft.set_text(e, extra_value.get_untracked());
            }
        });
        go.run(input);
    };
    let extra_view = extra.map(|e| {
        let (question, hint, testid, max) = companion_words(e, kind);
        view! {
            <h1>
                <label for="kiosk-extra">{kt(question)}</label>
            </h1>
            <input
                id="kiosk-extra"
                class="kiosk-field"
                type="text"
                data-testid=testid
                maxlength=max
                autocomplete="off"
                enterkeyhint="next"
                prop:value=move || extra_value.get()
                on:input=move |ev| extra_value.set(event_target_value(&ev))
                on:focus=|_| kiosk::reveal()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        kiosk::focus_next_field();
                    }
                }
            />
            <p class="kiosk-hint">{kt(hint)}</p>
        }
    });
    let second = extra.is_some();
    request_animation_frame(kiosk::focus_field);
    // Shared by both kinds of field. `autocomplete=off`: the browser must not offer what an
    // earlier visitor typed.
    let input = move |ev| value.set(event_target_value(&ev));
    let field_view = if field == Field::Quote {
        view! {
            <textarea
                id="kiosk-field"
                class="kiosk-field"
                data-testid=testid
                rows="4"
                maxlength=max
                autocomplete="off"
                prop:value=move || value.get()
                on:input=input
                on:focus=|_| kiosk::reveal()
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id="kiosk-field"
                class="kiosk-field"
                type="text"
                data-testid=testid
                maxlength=max
                autocomplete="off"
                enterkeyhint=if saves { "done" } else { "next" }
                prop:value=move || value.get()
                on:input=input
                on:focus=|_| kiosk::reveal()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        keep(KioskInput::Next);
                    }
                }
            />
        }
        .into_any()
    };
    view! {
        <main class="kiosk-step">
            {extra_view}
            {if second {
                view! { <label class="kiosk-question" for="kiosk-field">{kt(question)}</label> }.into_any()
            } else {
                view! {
                    <h1>
                        <label for="kiosk-field">{kt(question)}</label>
                    </h1>
                }
                    .into_any()
            }}
            {field_view}
            <p class="kiosk-hint">{kt(hint)}</p>
        </main>
        <KioskNav
            go=Callback::new(keep)
            saves=saves
        />
    }
}
