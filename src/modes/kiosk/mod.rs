//! `/kiosk`: a shared tablet at a neighbourhood event. One question per screen with a way back,
//! large targets, fullscreen and a screen that stays on; after a quiet spell the kiosk starts
//! over, so the next person finds nothing of the last one. The rules live in `domain::kiosk`.
//!
//! Hooks for tests, beside those of `shared/TESTIDS.md` (`kiosk-start`, `kind-*`, `kiosk-here`,
//! `kiosk-next`, `kiosk-back`, `kiosk-thanks`, `pin-title`, `pin-quote`, `pin-talents`,
//! `pin-resources`, `pin-photo`, `symbol-option`, `pin-code`, `upload-consent`):
//!
//! | hook | element |
//! |---|---|
//! | `kiosk-thanks` | also carries `data-id`, the id of the pin just saved |
//! | `kiosk-name` | the optional first name (kept as the pin's extra property `name`) |
//! | `kiosk-done` | thanks screen: next person now |
//! | `kiosk-stay` | idle countdown: "I'm still here" |
//! | `kiosk-leave` | the organiser's corner button (asks `pin-code` when a PIN is set) |
//! | `kiosk-unlock` | submits `pin-code` |
//! | `kiosk-kind-beauty`, `kiosk-kind-place`, `kiosk-kind-dream` | settings: kinds offered |
//! | `kiosk-idle` | settings: idle seconds |
//! | `kiosk-pin-new`, `kiosk-pin-set`, `kiosk-pin-clear` | settings: the organiser PIN |
//! | `kiosk-vote` | welcome: choose dreams (shown when there are dreams) |
//! | `vote-option` | a dream to choose, with `data-id` and `data-selected="true\|false"`; a tap toggles its dot |
//! | `votes-left` | the dots left, in `data-left` |
//! | `vote-done` | "Klaar": a heart for each chosen dream, then thanks |
//! | `kiosk-tell` | welcome: tell about a place (shown when there are pins) |
//! | `tell-option` | a place near the middle of the map, with `data-id` |
//! | `story-text`, `story-name`, `story-save` | the story, a first name, and saving it |
//! | `kiosk-own-talents` | a dream's talents screen: what the dreamer can do (joins `talents`) |
//! | `kiosk-votes-setting` | settings: dots per resident (1–10) |
//!
//! A place's name is asked as `pin-title` on the screen of its `pin-quote`.
//!
//! URL parameter `?idle=<seconds>`: the idle time for this visit instead of the setting
//! (1–3600), e.g. `/kiosk?idle=3`; the countdown then lasts `min(10, idle)` seconds and the thanks
//! screen `min(10, idle)` seconds.

pub mod consent;
pub mod idle;
pub mod kind;
pub mod nav;
pub mod photo;
pub mod spot;
pub mod symbol;
pub mod tell;
pub mod text;
pub mod thanks;
pub mod vote;
pub mod welcome;

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clock, history, kiosk, page};
use crate::components::organiser_lock::{set_unlocked, KioskLock};
use crate::domain::filter::PinFilter;
use crate::domain::kiosk::{
    idle_seconds, Errand, Flow, Idle, IdlePhase, KioskInput, Outcome, Step, THANKS_S,
};
use crate::i18n::kiosk::{progress, KioskMsg};
use crate::i18n::Msg;
use crate::map::input::{Input, ZoomTo};
use crate::map::mercator::LatLon;
use crate::modes::kiosk::consent::KioskConsent;
use crate::modes::kiosk::idle::KioskIdle;
use crate::modes::kiosk::kind::KioskKind;
use crate::modes::kiosk::photo::KioskPhoto;
use crate::modes::kiosk::spot::KioskWhere;
use crate::modes::kiosk::symbol::KioskSymbol;
use crate::modes::kiosk::tell::{KioskPick, KioskStory};
use crate::modes::kiosk::text::KioskText;
use crate::modes::kiosk::thanks::KioskThanks;
use crate::modes::kiosk::vote::KioskVote;
use crate::modes::kiosk::welcome::KioskWelcome;
use crate::routes::Page;
use crate::store::contributions::{add_story, cast_votes};
use crate::store::words::{kt, kt_app};
use crate::store::{lang, save_pins, use_app, AppStateStoreFields};

/// Zoom of the thanks map, close enough that the new pin stands apart from its neighbours.
const THANKS_ZOOM: f64 = 17.0;

#[component]
pub fn KioskMode() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let lang = lang(state);
    let settings = state.settings().with_untracked(|s| s.kiosk.clone());
    let locked = settings.lock.is_some();
    // Entering the kiosk locks settings again.
    set_unlocked(false);
    let idle = Idle::new(idle_seconds(
        page::query_param("idle").as_deref(),
        settings.idle_s,
    ));
    // Each resident agrees for their own pin, asked only when upload is set up. The answer
    // goes with the pin as its extra property `"upload"` (see `Flow::to_pin`).
    let upload_offered = state.settings().with_untracked(|s| s.upload.active());
    let flow =
        RwSignal::new(Flow::new(&settings.offered(), upload_offered).with_votes(settings.dots()));
    let step = Memo::new(move |_| flow.with(|f| f.step));
    // What each person starts from: the organiser's map view and language.
    let home = app.map.with_untracked(|s| (s.view.center, s.view.zoom));
    let home_lang = state.settings().with_untracked(|s| s.lang);
    // Everyone's pins on the kiosk's maps, whatever the map page was filtered to (restored
    // when the kiosk is left).
    let map_filter = state.filter().get_untracked();
    state.filter().set(PinFilter::default());
    let last_touch = StoredValue::new(js_sys::Date::now());
    let countdown = RwSignal::new(None::<u32>);
    let asking_pin = RwSignal::new(false);
    let saving = RwSignal::new(false);

    let start_over = move || {
        countdown.set(None);
        asking_pin.set(false);
        app.move_map(Input::CenterOn {
            at: home.0,
            zoom: ZoomTo::Exactly(home.1),
        });
        state.settings().update(|s| s.lang = home_lang);
        // Between two residents: the photo of an abandoned turn goes (after its grace).
        leptos::task::spawn_local(crate::store::pins::sweep_photos(state));
    };

    // Stores the finished pin; the thanks screen shows only once storage has answered.
    let save = move || {
        let made = flow.with_untracked(|f| f.to_pin(&clock::new_id(), &clock::now()));
        let Ok(pin) = made else {
            // Unreachable through the screens (their fields carry the limits); stay put.
            return;
        };
        let (id, at) = (pin.id.clone(), LatLon::new(pin.lat, pin.lon));
        saving.set(true);
        spawn_local(async move {
            let _ = save_pins(state, vec![pin]).await;
            saving.try_set(false);
            app.move_map(Input::CenterOn {
                at,
                zoom: ZoomTo::AtLeast(THANKS_ZOOM),
            });
            flow.try_update(|f| f.apply(KioskInput::Saved(id)));
        });
    };

    // Stores a story about a place; it goes to the thanks screen at once (written like the
    // card's stories: stored, then announced).
    let tell = move || {
        let (pin, text, name) = flow.with_untracked(|f| {
            (
                f.draft.story_pin.clone().unwrap_or_default(),
                f.draft.story.clone(),
                f.draft.name.clone(),
            )
        });
        match add_story(state, &pin, &text, &name, Vec::new()) {
            Ok(()) => {
                flow.update(|f| {
                    f.apply(KioskInput::Saved(pin));
                });
            }
            // Unreachable through the screen (its fields carry the limits); stay put.
            Err(e) => leptos::logging::warn!("kiosk story not saved: {e}"),
        }
    };

    let go = Callback::new(move |input: KioskInput| {
        let before = step.get_untracked();
        let fresh = matches!(input, KioskInput::Reset) || before == Step::Thanks;
        let outcome = flow.try_update(|f| f.apply(input));
        match outcome {
            Some(Outcome::Save) if flow.with_untracked(|f| f.errand) == Errand::Tell => tell(),
            Some(Outcome::Save) if !saving.get_untracked() => save(),
            Some(Outcome::Cast(ids)) => cast_votes(state, &ids),
            _ => {}
        }
        if fresh && step.get_untracked() == Step::Welcome {
            start_over();
        }
    });

    let touch = move || last_touch.set_value(js_sys::Date::now());

    // Browser back (or the tablet's back gesture) steps back inside the flow, never out of it.
    // Stored with the component: dropped (and back released) when the kiosk is left.
    let guard = StoredValue::new(send_wrapper::SendWrapper::new(kiosk::guard_back(
        "/kiosk",
        move || {
            app.page.set(Page::Kiosk);
            touch();
            go.run(KioskInput::Back);
        },
    )));
    kiosk::hold(true);

    // Begin, choose dreams or tell about a place.
    let start = move |input: KioskInput| {
        page::set_fullscreen(true);
        guard.with_value(|g| g.rearm());
        go.run(input);
    };

    // The idle clock: quiet time since the last touch decides (the thanks screen has its own,
    // shorter wait). While the countdown shows, only a tap on it ends it.
    let tick = set_interval_with_handle(
        move || {
            let now_step = step.get_untracked();
            // Nothing to reset on the welcome screen, unless someone switched the language.
            if now_step == Step::Welcome && state.settings().with_untracked(|s| s.lang) == home_lang
            {
                return;
            }
            let limits = if now_step == Step::Thanks {
                Idle {
                    after_s: THANKS_S.min(idle.after_s),
                    warn_s: 0,
                }
            } else {
                idle
            };
            match limits.phase(js_sys::Date::now() - last_touch.get_value()) {
                IdlePhase::Quiet => {}
                IdlePhase::Warning { left_s } => countdown.set(Some(left_s)),
                IdlePhase::Reset => go.run(KioskInput::Reset),
            }
        },
        Duration::from_millis(250),
    )
    .ok();
    let stay = Callback::new(move |_| {
        touch();
        countdown.set(None);
    });

    // From the keyboard: Escape closes the PIN prompt, or answers the countdown with "still
    // here", wherever the focus is.
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() != "Escape" {
            return;
        }
        if asking_pin.get_untracked() {
            asking_pin.set(false);
            page::give_focus_back(&["[data-testid=kiosk-leave]"]);
        } else if countdown.with_untracked(Option::is_some) {
            stay.run(());
        }
    });
    on_cleanup(move || escape.remove());
    // A new screen replaces the button that was pressed: its heading takes the focus, so a
    // keyboard user goes on from the top of the new screen (text screens focus their field).
    Effect::new(move |first: Option<()>| {
        step.track();
        // Not on arrival: the welcome needs no focus ring on its heading.
        if first.is_some() {
            page::focus_if_lost(".kiosk-step h1");
        }
    });

    let leave = Callback::new(move |_| {
        set_unlocked(true);
        state.settings().update(|s| s.lang = home_lang);
        history::push("/settings");
        app.page.set(Page::Settings);
    });

    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
        kiosk::hold(false);
        page::set_fullscreen(false);
        state.filter().set(map_filter);
    });

    // Rebuilt when the language changes, so each screen's words can be plain text.
    let body = move || {
        lang.track();
        match step.get() {
            Step::Welcome => view! { <KioskWelcome kinds=flow.with_untracked(|f| f.kinds().to_vec()) on_start=Callback::new(start) /> }.into_any(),
            Step::Kind => view! { <KioskKind flow=flow go=go /> }.into_any(),
            Step::Where => view! { <KioskWhere go=go /> }.into_any(),
            Step::Photo => view! { <KioskPhoto flow=flow go=go /> }.into_any(),
            Step::Symbol => view! { <KioskSymbol flow=flow go=go /> }.into_any(),
            Step::Text(field) => view! { <KioskText flow=flow go=go field=field /> }.into_any(),
            Step::Consent => view! { <KioskConsent flow=flow go=go /> }.into_any(),
            Step::Vote => view! { <KioskVote flow=flow go=go /> }.into_any(),
            Step::Pick => view! { <KioskPick go=go /> }.into_any(),
            Step::Story => view! { <KioskStory flow=flow go=go /> }.into_any(),
            Step::Thanks => view! { <KioskThanks flow=flow go=go /> }.into_any(),
        }
    };
    let shown = move || flow.with(Flow::progress);

    view! {
        <div class="kiosk" on:pointerdown=move |_| touch() on:keydown=move |_| touch() on:input=move |_| touch()>
            <header class="kiosk-bar">
                <span class="kiosk-brand">{kt_app(Msg::AppName)}</span>
                <span
                    class="kiosk-track"
                    role="progressbar"
                    class:hidden=move || shown().is_none()
                    aria-valuetext=move || shown().map(|p| progress(lang.get(), p))
                    aria-label=move || shown().map(|p| progress(lang.get(), p))
                >
                    <span style=move || shown().map(|(n, of)| format!("width:{}%", n * 100 / of))></span>
                </span>
                <button
                    type="button"
                    class="kiosk-leave"
                    data-testid="kiosk-leave"
                    aria-label=kt(KioskMsg::Organiser)
                    title=kt(KioskMsg::Organiser)
                    on:click=move |_| {
                        if locked {
                            // Escape gives the focus back here.
                            page::remember_focus();
                            asking_pin.set(true);
                        } else {
                            leave.run(())
                        }
                    }
                >
                    <svg viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M7 11V8a5 5 0 0 1 10 0v3M5 11h14v10H5z" />
                    </svg>
                </button>
            </header>
            {body}
            <Show when=move || countdown.with(Option::is_some)>
                <KioskIdle left=Signal::derive(move || countdown.get().unwrap_or(1)) on_stay=stay />
            </Show>
            <Show when=move || asking_pin.get()>
                <div class="kiosk-overlay">
                    <KioskLock on_unlock=leave on_cancel=move |_| asking_pin.set(false) />
                </div>
            </Show>
        </div>
    }
}
