//! "Where is it?": the map under a big crosshair; the large button takes the place under it.

use leptos::prelude::*;

use crate::components::map_view::MapView;
use crate::components::pin_layer::PinLayer;
use crate::domain::kiosk::KioskInput;
use crate::i18n::kiosk::KioskMsg;
use crate::modes::kiosk::nav::KioskNav;
use crate::store::use_app;
use crate::store::words::kt;

#[component]
pub fn KioskWhere(go: Callback<KioskInput>) -> impl IntoView {
    let map = use_app().map;
    // Forward takes the place under the crosshair.
    let step = move |input| {
        go.run(match input {
            KioskInput::Next => {
                let c = map.with_untracked(|s| s.view.center);
                KioskInput::Here(c.lat, c.lon)
            }
            other => other,
        })
    };
    view! {
        <main class="kiosk-step kiosk-map">
            <MapView>
                <PinLayer />
                <div class="kiosk-crosshair" aria-hidden="true"></div>
            </MapView>
            <div class="kiosk-ask">
                <h1>{kt(KioskMsg::WhereTitle)}</h1>
                <p>{kt(KioskMsg::WhereHint)}</p>
            </div>
        </main>
        <KioskNav go=Callback::new(step) here=true />
    }
}
