//! One text question per screen: a title, a quote, talents, resources or a first name. Large,
//! with the cursor already in it, and kept in view when the on-screen keyboard opens.

use leptos::prelude::*;

use crate::browser::kiosk;
use crate::domain::kiosk::{Field, Flow, KioskInput, MAX_NAME};
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
    }
}

#[component]
pub fn KioskText(flow: RwSignal<Flow>, go: Callback<KioskInput>, field: Field) -> impl IntoView {
    let (kind, start, saves) =
        flow.with_untracked(|f| (f.draft.kind, f.draft.text(field).to_owned(), f.saves_next()));
    let (question, hint, testid, max) = words(field, kind);
    let value = RwSignal::new(start);
    let keep = move |input: KioskInput| {
        flow.update_untracked(|f| f.draft.set_text(field, value.get_untracked()));
        go.run(input);
    };
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
            <h1>
                <label for="kiosk-field">{kt(question)}</label>
            </h1>
            {field_view}
            <p class="kiosk-hint">{kt(hint)}</p>
        </main>
        <KioskNav
            go=Callback::new(keep)
            saves=saves
        />
    }
}
