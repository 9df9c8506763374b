//! The kiosk's part of settings: which kinds it offers, its idle time, the dots each resident
//! gets to choose dreams with, and the organiser PIN.

use leptos::prelude::*;

use crate::browser::clock;
use crate::components::organiser_lock::set_unlocked;
use crate::domain::kiosk::{valid_pin, KioskSettings, PinHash, IDLE_RANGE, VOTES_RANGE};
use crate::domain::pin::PinKind;
use crate::i18n::kind_name;
use crate::i18n::kiosk::KioskMsg;
use crate::store::prefs;
use crate::store::words::kr;
use crate::store::{tr, use_app, AppStateStoreFields};

#[component]
pub fn KioskSettingsCard() -> impl IntoView {
    let state = use_app().state;
    let change = move |f: &dyn Fn(&mut KioskSettings)| {
        state.settings().update(|s| f(&mut s.kiosk));
        prefs::save_settings(state);
    };
    let locked = Memo::new(move |_| state.settings().with(|s| s.kiosk.lock.is_some()));
    let new_pin = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let set_pin = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pin = new_pin.get_untracked().trim().to_owned();
        invalid.set(!valid_pin(&pin));
        if valid_pin(&pin) {
            let hash = PinHash::new(&pin, &clock::new_id());
            change(&|s| s.lock = Some(hash.clone()));
            // Whoever sets the PIN is the organiser: no need to ask them for it this visit.
            set_unlocked(true);
            new_pin.set(String::new());
        }
    };
    view! {
        <section class="card kiosk-settings">
            <h2>{kr(KioskMsg::SettingsTitle)}</h2>
            <p class="quiet">{kr(KioskMsg::SettingsHelp)}</p>
            <fieldset>
                <legend>{kr(KioskMsg::KindsLabel)}</legend>
                {PinKind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    data-testid=format!("kiosk-kind-{}", k.code())
                                    prop:checked=move || state.settings().with(|s| s.kiosk.offered().contains(&k))
                                    on:change=move |_| change(&|s| s.toggle(k))
                                />
                                <span>{tr(kind_name(k))}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <label class="field">
                <span>{kr(KioskMsg::IdleLabel)}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min=IDLE_RANGE.0
                    max=IDLE_RANGE.1
                    data-testid="kiosk-idle"
                    prop:value=move || state.settings().with(|s| s.kiosk.idle_s.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                            change(&|s| s.idle_s = n.clamp(IDLE_RANGE.0, IDLE_RANGE.1));
                        }
                    }
                />
            </label>
            <label class="field">
                <span>{kr(KioskMsg::VotesLabel)}</span>
                <input
                    type="number"
                    inputmode="numeric"
                    min=VOTES_RANGE.0
                    max=VOTES_RANGE.1
                    data-testid="kiosk-votes-setting"
                    prop:value=move || state.settings().with(|s| s.kiosk.dots().to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                            change(&|s| s.votes = n.clamp(VOTES_RANGE.0, VOTES_RANGE.1));
                        }
                    }
                />
            </label>
            <p>{move || kr(if locked.get() { KioskMsg::PinIsSet } else { KioskMsg::PinNone })()}</p>
            <form class="kiosk-pin-form" on:submit=set_pin>
                <label class="field">
                    <span>{kr(KioskMsg::PinNew)}</span>
                    <input
                        type="password"
                        inputmode="numeric"
                        autocomplete="new-password"
                        maxlength="8"
                        data-testid="kiosk-pin-new"
                        prop:value=move || new_pin.get()
                        on:input=move |ev| new_pin.set(event_target_value(&ev))
                    />
                </label>
                <Show when=move || invalid.get()>
                    <p class="message warning" role="alert">{kr(KioskMsg::PinInvalid)}</p>
                </Show>
                <div class="form-buttons">
                    <button type="submit" class="button" data-testid="kiosk-pin-set">{kr(KioskMsg::PinSet)}</button>
                    <Show when=move || locked.get()>
                        <button type="button" class="button secondary" data-testid="kiosk-pin-clear" on:click=move |_| change(&|s| s.lock = None)>
                            {kr(KioskMsg::PinClear)}
                        </button>
                    </Show>
                    <a class="button secondary" href="/kiosk">{kr(KioskMsg::OpenKiosk)}</a>
                </div>
            </form>
        </section>
    }
}
