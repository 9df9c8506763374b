//! The slippy map: turns pointer, wheel and key events into [`Input`] and lets the pure reducer
//! decide the next view.

use leptos::ev::{KeyboardEvent, PointerEvent, WheelEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::tile_layer::TileLayer;
use crate::i18n::Msg;
use crate::map::input::{wheel_pixels, Input, MapKey};
use crate::map::mercator::LatLon;
use crate::map::start::SavedView;
use crate::map::view::reduce;
use crate::map::viewport::ScreenPoint;
use crate::store::prefs;
use crate::store::{tile_source, tr, use_app};

/// The map, filling its parent. Children are drawn above the tiles (markers, crosshair).
#[component]
pub fn MapView(
    /// Called with the position under a right-click or long press (both arrive as
    /// `contextmenu`).
    #[prop(optional, into)]
    on_hold: Option<Callback<LatLon>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let app = use_app();
    let map = app.map;
    let source = tile_source(app.state);
    let root = NodeRef::<Div>::new();

    let dispatch = move |input: Input| {
        let range = source.with_untracked(|s| s.zoom_range);
        map.update(|s| *s = reduce(s.with_range(range), input));
    };

    // Where an event happened, relative to the map element.
    let local = move |x: i32, y: i32| -> Option<ScreenPoint> {
        let rect = root.get_untracked()?.get_bounding_client_rect();
        Some(ScreenPoint::new(
            f64::from(x) - rect.left(),
            f64::from(y) - rect.top(),
        ))
    };

    // Controls drawn on the map handle their own pointers.
    let on_control = |ev: &web_sys::Event| {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("button, a, input, .map-ui").ok().flatten())
            .is_some()
    };

    let on_pointer_down = move |ev: PointerEvent| {
        if on_control(&ev) || (ev.pointer_type() == "mouse" && ev.button() != 0) {
            return;
        }
        if let Some(el) = root.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
            let _ = el.focus();
        }
        if let Some(at) = local(ev.client_x(), ev.client_y()) {
            ev.prevent_default();
            dispatch(Input::PointerDown {
                id: ev.pointer_id(),
                at,
                t: ev.time_stamp(),
            });
        }
    };
    let on_pointer_move = move |ev: PointerEvent| {
        if !map.with_untracked(|s| s.is_gesturing()) {
            return;
        }
        if let Some(at) = local(ev.client_x(), ev.client_y()) {
            dispatch(Input::PointerMove {
                id: ev.pointer_id(),
                at,
            });
        }
    };
    let on_pointer_up = move |ev: PointerEvent| {
        if let Some(at) = local(ev.client_x(), ev.client_y()) {
            dispatch(Input::PointerUp {
                id: ev.pointer_id(),
                at,
                t: ev.time_stamp(),
            });
        }
    };
    let on_pointer_cancel = move |ev: PointerEvent| {
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
        measure();
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
                if on_control(&ev) {
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
