//! The organiser's PIN: the prompt to leave the kiosk, and the lock on every other page while
//! a PIN is set and this visit has not been unlocked with it (after a reload too).

use leptos::prelude::*;
use reactive_stores::Store;

use crate::browser::page;
use crate::domain::kiosk::pin_wait_ms;
use crate::i18n::kiosk::KioskMsg;
use crate::i18n::Msg;
use crate::store::prefs;
use crate::store::words::{kt, kt_app};
use crate::store::{use_app, AppState, AppStateStoreFields};

/// Unlocks (or locks) this visit: entering the kiosk locks again. Never stored: a reload asks
/// again.
pub fn set_unlocked(on: bool) {
    use_app().unlocked.set(on);
}

/// Whether a page other than the kiosk must ask for the PIN now: a PIN is set and this visit
/// has not been unlocked with it. Reactive.
pub fn locked(state: Store<AppState>, unlocked: RwSignal<bool>) -> bool {
    state.settings().with(|s| s.kiosk.lock.is_some()) && !unlocked.get()
}

/// Every page but the kiosk while the kiosk is locked: the PIN first, then the page.
#[component]
pub fn LockedPage() -> impl IntoView {
    view! {
        <div class="mode mode-locked">
            <main class="page">
                <h1>{kt_app(Msg::AppName)}</h1>
                <KioskLock on_unlock=|_| {} />
                <p><a href="/kiosk" class="button secondary">{kt_app(Msg::NavKiosk)}</a></p>
            </main>
        </div>
    }
}

#[component]
pub fn KioskLock(
    #[prop(into)] on_unlock: Callback<()>,
    #[prop(optional, into)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let state = use_app().state;
    // As a dialog over the kiosk, the PIN field takes the focus (Escape closes it: the kiosk).
    if on_cancel.is_some() {
        request_animation_frame(|| page::focus("[data-testid=pin-code]"));
    }
    let code = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    // Wrong PINs in a row, and until when the lock waits: kept across reloads, so reloading
    // does not buy more guesses.
    let tries = RwSignal::new(prefs::pin_tries());
    let now = RwSignal::new(js_sys::Date::now());
    let ticker = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_millis(500),
    );
    on_cleanup(move || {
        if let Ok(h) = ticker {
            h.clear();
        }
    });
    let waiting = move || tries.with(|t| t.1 > now.get());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let at = js_sys::Date::now();
        if tries.with_untracked(|t| t.1 > at) {
            return;
        }
        let right = state.settings().with_untracked(|s| {
            s.kiosk
                .lock
                .as_ref()
                .is_none_or(|h| h.matches(&code.get_untracked()))
        });
        code.set(String::new());
        wrong.set(!right);
        let next = if right {
            (0, 0.0)
        } else {
            let n = tries.with_untracked(|t| t.0) + 1;
            (n, at + pin_wait_ms(n))
        };
        tries.set(next);
        now.set(at);
        prefs::save_pin_tries(next);
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
            <Show when=move || wrong.get() && !waiting()>
                <p class="message warning" role="alert">{kt(KioskMsg::WrongPin)}</p>
            </Show>
            <Show when=waiting>
                <p class="message warning" role="alert" data-testid="pin-wait">{kt(KioskMsg::PinWait)}</p>
            </Show>
            <div class="form-buttons">
                <button type="submit" class="button primary" data-testid="kiosk-unlock" prop:disabled=waiting>{kt(KioskMsg::Unlock)}</button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="button secondary" on:click=move |_| c.run(())>{kt_app(Msg::Cancel)}</button>
                })}
            </div>
        </form>
    }
}
