//! `/walk` and `/screen` until their own issues build them.

use leptos::prelude::*;

use crate::components::waiting_mode::WaitingMode;
use crate::i18n::Msg;

#[component]
pub fn WalkMode() -> impl IntoView {
    view! { <WaitingMode title=Msg::WalkTitle intro=Msg::WalkIntro /> }
}
