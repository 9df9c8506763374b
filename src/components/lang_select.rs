//! The one way to choose the language: a `<select data-testid="lang-select">` whose options are
//! the languages' BCP 47 tags, each named in itself ("Türkçe", "العربية"), no flags. The nav bar
//! (a resident's phone, the map and the list), the kiosk's welcome and settings all use it.

use leptos::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::store::{lang, tr, use_app};

/// A language `<select>`. `label` names it for a screen reader when no visible `<label>` does;
/// `on_choose` says what choosing does (remember it on this device, or only for this kiosk
/// turn). `option_testid` keeps the hooks the old buttons and radios carried on the options
/// (`kiosk-lang-pl`, `lang-en`): a tag is appended to it.
#[component]
pub fn LangSelect(
    #[prop(into)] on_choose: Callback<Lang>,
    #[prop(optional)] id: Option<&'static str>,
    #[prop(optional)] labelled: bool,
    #[prop(optional)] option_testid: Option<&'static str>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let current = lang(use_app().state);
    let name = tr(Msg::Language);
    view! {
        <select
            class=format!("lang-select {class}")
            id=id
            data-testid="lang-select"
            aria-label=move || (!labelled).then(name)
            on:change=move |ev| {
                if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                    on_choose.run(l);
                }
            }
        >
            {Lang::ALL
                .into_iter()
                .map(|l| {
                    view! {
                        <option
                            value=l.tag()
                            lang=l.tag()
                            dir=if l.rtl() { "rtl" } else { "ltr" }
                            data-testid=option_testid.map(|t| format!("{t}{}", l.tag()))
                            prop:selected=move || current.get() == l
                        >
                            {l.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
