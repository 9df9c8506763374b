//! The organiser's PIN prompt: to leave the kiosk, and to open settings while a PIN is set.

use std::cell::Cell;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Msg;
use crate::store::words::{kt, kt_app};
use crate::store::{use_app, AppState, AppStateStoreFields};

thread_local! {
    /// Unlocked with the PIN during this visit; entering the kiosk locks again. Never stored: a
    /// reload asks again.
    static UNLOCKED: Cell<bool> = const { Cell::new(false) };
}

pub fn set_unlocked(on: bool) {
    UNLOCKED.with(|u| u.set(on));
}

/// Whether settings must ask for the PIN now.
pub fn settings_locked(state: Store<AppState>) -> bool {
    state.settings().with_untracked(|s| s.kiosk.lock.is_some()) && !UNLOCKED.with(Cell::get)
}

#[component]
pub fn KioskLock(
    #[prop(into)] on_unlock: Callback<()>,
    #[prop(optional, into)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let state = use_app().state;
    let code = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let right = state.settings().with_untracked(|s| {
            s.kiosk
                .lock
                .as_ref()
                .is_none_or(|h| h.matches(&code.get_untracked()))
        });
        code.set(String::new());
        wrong.set(!right);
        if right {
            set_unlocked(true);
            on_unlock.run(());
        }
    };
    view! {
        <form class="kiosk-lock card" role="dialog" aria-labelledby="kiosk-lock-title" on:submit=submit>
            <h2 id="kiosk-lock-title">{kt(KioskMsg::LockTitle)}</h2>
            <label class="field">
                <span>{kt(KioskMsg::LockText)}</span>
                <input
                    type="password"
                    inputmode="numeric"
                    autocomplete="off"
                    maxlength="8"
                    data-testid="pin-code"
                    aria-label=kt(KioskMsg::PinLabel)
                    prop:value=move || code.get()
                    on:input=move |ev| code.set(event_target_value(&ev))
                />
            </label>
            <Show when=move || wrong.get()>
                <p class="message warning" role="alert">{kt(KioskMsg::WrongPin)}</p>
            </Show>
            <div class="form-buttons">
                <button type="submit" class="button primary" data-testid="kiosk-unlock">{kt(KioskMsg::Unlock)}</button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="button secondary" on:click=move |_| c.run(())>{kt_app(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}
