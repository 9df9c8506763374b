//! Words in the language of the moment, for components: the catalogues (`crate::i18n`) are
//! pure tables; these read the app store to pick the language.

use leptos::prelude::{With, WithUntracked};

use super::{use_app, AppState};
use crate::i18n::deed::{text as deed_text, DeedMsg};
use crate::i18n::join::{text as join_text, JoinMsg};
use crate::i18n::kiosk::{text as kiosk_text, KioskMsg};
use crate::i18n::week::{text as week_text, WeekMsg};
use crate::i18n::{text, Lang, Msg};

/// A translated message that follows language changes.
pub fn tr(msg: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || text(state.with(AppState::lang), msg)
}

/// The language now, read once.
pub fn lang_now() -> Lang {
    use_app().state.with_untracked(AppState::lang)
}

/// A kiosk message in the language of the moment, as plain text. Kiosk screens are rebuilt
/// when the language changes (only the welcome screen changes it), so their words need not
/// each follow it: plain text is far less code than a reactive text per message.
pub fn kt(msg: KioskMsg) -> &'static str {
    kiosk_text(lang_now(), msg)
}

/// A message of the main catalogue, the same way.
pub fn kt_app(msg: Msg) -> &'static str {
    text(lang_now(), msg)
}

/// A kiosk message that follows language changes, for pages that stay while it changes
/// (settings).
pub fn kr(msg: KioskMsg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || kiosk_text(state.with(AppState::lang), msg)
}

/// A message of the joining catalogue that follows language changes.
pub fn jr(msg: JoinMsg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || join_text(state.with(AppState::lang), msg)
}

/// A message of the Oasis week's catalogue that follows language changes.
pub fn wr(msg: WeekMsg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || week_text(state.with(AppState::lang), msg)
}

/// A message of dream to deed's catalogue that follows language changes.
pub fn dr(msg: DeedMsg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let state = use_app().state;
    move || deed_text(state.with(AppState::lang), msg)
}
