//! The slippy map: turns pointer, wheel and key events into [`Input`] and lets the pure reducer
//! decide the next view.
//!
//! Every press moves the map, also one that starts on a marker or a cluster (with thousands of
//! pins they cover much of it). What a press does beyond that, [`Press`] decides: a tap on a
//! marker opens it (the map clicks the marker itself; the browser's own click after a pointer is
//! dropped, so the end of a drag never opens a card, while a click from the keyboard still
//! does), and a finger held still on the empty map adds a pin there.

use std::time::Duration;

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::tile_layer::TileLayer;
use crate::i18n::Msg;
use crate::map::input::{wheel_pixels, Input, MapKey};
use crate::map::mercator::LatLon;
use crate::map::press::{Press, PressKind, HOLD_MS};
use crate::map::start::SavedView;
use crate::map::view::reduce;
use crate::map::viewport::ScreenPoint;
use crate::store::prefs;
use crate::store::{tile_source, tr, use_app};

/// The map, filling its parent. Children are drawn above the tiles (markers, crosshair).
#[component]
pub fn MapView(
    /// Called with the position under a right-click (`contextmenu`) or under a finger or pen held
    /// still on the empty map (followed here: iOS has no `contextmenu`).
    #[prop(optional, into)]
    on_hold: Option<Callback<LatLon>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    let map = app.map;
    let source = tile_source(app.state);
    let root = NodeRef::<Div>::new();

    // A pinch's fingers each send a move per frame; they are applied together, once, just before
    // the frame is drawn, so the view (and every tile and layer that follows it) changes once per
    // frame instead of once per finger. Any other input applies the moves waiting first.
    let waiting = StoredValue::new_local(Vec::<Input>::new());
    let flush = move || {
        let inputs = waiting.try_update_value(std::mem::take).unwrap_or_default();
        if !inputs.is_empty() {
            let range = source.with_untracked(|s| s.zoom_range);
            map.update(|s| *s = inputs.into_iter().fold(s.with_range(range), reduce));
        }
    };
    let dispatch = move |input: Input| {
        waiting.update_value(|w| w.push(input));
        flush();
    };
    let dispatch_by_frame = move |input: Input| {
        let first = waiting
            .try_update_value(|w| {
                w.push(input);
                w.len() == 1
            })
            .unwrap_or(false);
        if first {
            request_animation_frame(flush);
        }
    };

    // Where an event happened, relative to the map element.
    let measure_origin = move || -> Option<(f64, f64)> {
        let rect = root.get_untracked()?.get_bounding_client_rect();
        Some((rect.left(), rect.top()))
    };
    let local = move |x: i32, y: i32| -> Option<ScreenPoint> {
        let (left, top) = measure_origin()?;
        Some(ScreenPoint::new(f64::from(x) - left, f64::from(y) - top))
    };
    // The map's corner on the page, measured when a pointer goes down and used for the moves and
    // the release that follow. Measuring it on every move would make the browser lay the page out
    // again before each event (the last one changed the layers' styles): with a pinch's two
    // fingers that is a forced style and layout pass per finger per frame.
    let origin = StoredValue::new(None::<(f64, f64)>);
    let pressed_local = move |x: i32, y: i32| -> Option<ScreenPoint> {
        let (left, top) = match origin.get_value() {
            Some(o) => o,
            None => measure_origin()?,
        };
        Some(ScreenPoint::new(f64::from(x) - left, f64::from(y) - top))
    };

    // Controls drawn on the map handle their own pointers; markers do not: a press on one moves
    // the map like anywhere else, and only a tap opens it.
    let on_control = |ev: &web_sys::Event| {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button, a, input, .map-ui").ok().flatten())
            .is_some()
    };
    let marker_of = |ev: &web_sys::Event| -> Option<web_sys::HtmlElement> {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest(".marker").ok().flatten())
            .and_then(|el| el.dyn_into().ok())
    };

    // The press being followed (the first pointer of a gesture) and our own click on a marker.
    let pressed = StoredValue::new_local(None::<Pressed>);
    let clicking = StoredValue::new(false);

    // A long press: forget the press (it must not turn into a drag or a tap) and add a pin under
    // the finger (the map moved with it, so that is the place pressed).
    let hold = move |at: ScreenPoint| {
        if let Some(cb) = on_hold {
            dispatch(Input::PointerCancel { id: 0 });
            cb.run(map.with_untracked(|s| s.view.to_lat_lon(at)));
        }
    };
    let hold_timer = move |id: i32| {
        let fire = move || {
            let now = window().performance().map_or(f64::INFINITY, |p| p.now());
            let at = pressed
                .try_update_value(|p| match p {
                    Some(f) if f.id == id && f.can_hold && !f.held && f.press.is_held(now) => {
                        f.held = true;
                        Some(f.last)
                    }
                    _ => None,
                })
                .flatten();
            if let Some(at) = at {
                hold(at);
            }
        };
        // A little after the hold time: the press began a moment before its event ran.
        set_timeout_with_handle(fire, Duration::from_millis(HOLD_MS as u64 + 20)).ok()
    };
    let forget = move |id: i32| -> Option<Pressed> {
        let f = pressed
            .try_update_value(|p| match p {
                Some(f) if f.id == id => p.take(),
                _ => None,
            })
            .flatten()?;
        if let Some(timer) = f.timer {
            timer.clear();
        }
        Some(f)
    };

    let on_pointer_down = move |ev: PointerEvent| {
        let marker = marker_of(&ev);
        if (marker.is_none() && on_control(&ev))
            || (ev.pointer_type() == "mouse" && ev.button() != 0)
        {
            return;
        }
        if let Some(el) = root.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
            let _ = el.focus();
        }
        origin.set_value(measure_origin());
        if let Some(at) = pressed_local(ev.client_x(), ev.client_y()) {
            ev.prevent_default();
            let (id, t) = (ev.pointer_id(), ev.time_stamp());
            // A second finger joins the press under way (a pinch); otherwise a new press, which
            // is part of a pinch too if another pointer is still down.
            let joined = pressed
                .try_update_value(|p| match p {
                    Some(f) if f.id != id => {
                        f.press = f.press.joined();
                        true
                    }
                    _ => false,
                })
                .unwrap_or(true);
            if !joined {
                if let Some(timer) = pressed.with_value(|p| p.as_ref().and_then(|f| f.timer)) {
                    timer.clear();
                }
                let busy = map.with_untracked(|s| s.is_gesturing());
                let press = Press::new(at, t);
                let can_hold =
                    !busy && marker.is_none() && on_hold.is_some() && ev.pointer_type() != "mouse";
                pressed.set_value(Some(Pressed {
                    id,
                    press: if busy { press.joined() } else { press },
                    last: at,
                    marker,
                    can_hold,
                    held: false,
                    timer: if can_hold { hold_timer(id) } else { None },
                }));
            }
            dispatch(Input::PointerDown { id, at, t });
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        // A pointer that only hovers over the map does nothing.
        let id = ev.pointer_id();
        let followed = pressed.with_value(|p| p.as_ref().is_some_and(|f| f.id == id));
        if !followed && !map.with_untracked(|s| s.is_gesturing()) {
            return;
        }
        let Some(at) = pressed_local(ev.client_x(), ev.client_y()) else {
            return;
        };
        pressed.update_value(|p| {
            if let Some(f) = p.as_mut().filter(|f| f.id == id) {
                f.press = f.press.moved_to(at);
                f.last = at;
            }
        });
        if map.with_untracked(|s| s.is_pinching()) {
            dispatch_by_frame(Input::PointerMove { id, at });
        } else if map.with_untracked(|s| s.is_gesturing()) {
            dispatch(Input::PointerMove { id, at });
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        let Some(at) = pressed_local(ev.client_x(), ev.client_y()) else {
            return;
        };
        let (id, t) = (ev.pointer_id(), ev.time_stamp());
        let ended = forget(id);
        let kind = ended
            .as_ref()
            .filter(|f| !f.held)
            .map(|f| f.press.released(at, t));
        match (kind, ended) {
            (
                Some(PressKind::Tap),
                Some(Pressed {
                    marker: Some(el), ..
                }),
            ) => {
                // The marker's tap is not one half of a double tap on the map.
                dispatch(Input::PointerCancel { id });
                if el.is_connected() {
                    clicking.set_value(true);
                    el.click();
                    clicking.set_value(false);
                }
            }
            (Some(PressKind::Hold), Some(f)) if f.can_hold => {
                // The timer was late: the press was long enough all the same.
                dispatch(Input::PointerUp { id, at, t });
                hold(at);
            }
            _ => dispatch(Input::PointerUp { id, at, t }),
        }
    };
    let on_pointer_cancel = move |ev: PointerEvent| {
        forget(ev.pointer_id());
        dispatch(Input::PointerCancel {
            id: ev.pointer_id(),
        });
    };
    let on_wheel = move |ev: WheelEvent| {
        // Without this the page itself would scroll or (with ctrl) zoom.
        ev.prevent_default();
        let height = root
            .get_untracked()
            .map_or(800.0, |el| f64::from(el.client_height()));
        if let Some(at) = local(ev.client_x(), ev.client_y()) {
            dispatch(Input::Wheel {
                at,
                delta_y: wheel_pixels(ev.delta_y(), ev.delta_mode(), height),
            });
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || on_control(&ev) {
            return;
        }
        if let Some(key) = MapKey::from_key(&ev.key()) {
            ev.prevent_default();
            dispatch(Input::Key(key));
        }
    };

    // Follow the element's size, so the view always knows what it covers.
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let measure = {
            let el = el.clone();
            move || {
                dispatch(Input::Resize {
                    width: f64::from(el.client_width()),
                    height: f64::from(el.client_height()),
                })
            }
        };
        // Measuring lays the page out (tens of ms on a first start): after the tiles' downloads
        // have started (each image starts in a microtask queued as the app was built, so a
        // microtask queued now comes after them), still before anything else can run.
        let first = Closure::once_into_js({
            let measure = measure.clone();
            move || measure()
        });
        if let Some(w) = web_sys::window() {
            w.queue_microtask(first.unchecked_ref());
        }
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
            let observer = send_wrapper::SendWrapper::new(observer);
            let callback = send_wrapper::SendWrapper::new(callback);
            on_cleanup(move || {
                observer.disconnect();
                drop(callback);
            });
        }
    });

    // A click a pointer made on a marker is dropped: the pointer's tap opened it already (see
    // `on_pointer_up`), and the end of a drag must not. A click from the keyboard (`detail` 0)
    // and our own go through.
    Effect::new(move |_| {
        let Some(el) = root.get() else { return };
        let guard =
            Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
                if ev.detail() != 0 && !clicking.get_value() && marker_of(&ev).is_some() {
                    ev.stop_propagation();
                    ev.prevent_default();
                }
            });
        let f: &js_sys::Function = guard.as_ref().unchecked_ref();
        if el
            .add_event_listener_with_callback_and_bool("click", f, true)
            .is_ok()
        {
            let el = send_wrapper::SendWrapper::new(el);
            let guard = send_wrapper::SendWrapper::new(guard);
            on_cleanup(move || {
                let f: &js_sys::Function = guard.as_ref().unchecked_ref();
                let _ = el.remove_event_listener_with_callback_and_bool("click", f, true);
            });
        }
    });

    // Remember the view for the next visit, once a gesture has settled.
    Effect::new(move |_| {
        let s = map.get();
        if !s.is_gesturing() {
            prefs::save_view(SavedView {
                lat: s.view.center.lat,
                lon: s.view.center.lon,
                z: s.view.zoom,
            });
        }
    });

    let zoom_button = move |class: &'static str, label: Msg, key: MapKey, face: &'static str| {
        view! {
            <button
                type="button"
                class=class
                aria-label=tr(label)
                title=tr(label)
                on:click=move |_| dispatch(Input::Key(key))
            >
                {face}
            </button>
        }
    };
    let view = move || map.with(|s| s.view);

    view! {
        <div
            class="map"
            data-testid="map"
            node_ref=root
            tabindex="0"
            role="application"
            aria-roledescription="kaart"
            aria-label=tr(Msg::MapLabel)
            data-zoom=move || view().zoom.to_string()
            data-lat=move || view().center.lat.to_string()
            data-lon=move || view().center.lon.to_string()
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=on_pointer_up
            on:pointercancel=on_pointer_cancel
            on:wheel=on_wheel
            on:keydown=on_key
            on:contextmenu=move |ev| {
                ev.prevent_default();
                // A finger or pen held down is followed by the long-press timer instead.
                let touching = pressed.with_value(|p| p.as_ref().is_some_and(|f| f.can_hold));
                if on_control(&ev) || touching {
                    return;
                }
                if let (Some(cb), Some(at)) = (on_hold, local(ev.client_x(), ev.client_y())) {
                    // Forget the press that led here: it must not turn into a drag.
                    dispatch(Input::PointerCancel { id: 0 });
                    cb.run(map.with_untracked(|s| s.view.to_lat_lon(at)));
                }
            }
        >
            <TileLayer source=source />
            {children.map(|c| c())}
            <div class="map-ui zoom-buttons">
                {zoom_button("zoom-in", Msg::ZoomIn, MapKey::ZoomIn, "+")}
                {zoom_button("zoom-out", Msg::ZoomOut, MapKey::ZoomOut, "−")}
            </div>
            <div class="map-ui attribution">{move || source.get().attribution}</div>
        </div>
    }
}

/// The press being followed: the first pointer down of a gesture.
struct Pressed {
    id: i32,
    press: Press,
    /// Where the pointer is now.
    last: ScreenPoint,
    /// The marker or cluster it began on.
    marker: Option<web_sys::HtmlElement>,
    /// A finger or pen on the empty map, with something to do on a long press.
    can_hold: bool,
    /// The long press fired already.
    held: bool,
    timer: Option<TimeoutHandle>,
}
