//! `/`: the map with everyone's pins, and adding one.

use leptos::prelude::*;

use crate::components::filter_bar::FilterBar;
use crate::components::map_view::MapView;
use crate::components::nav_bar::NavBar;
use crate::components::pin_layer::PinLayer;
use crate::components::pin_sheet::PinSheet;
use crate::map::input::{Input, ZoomTo};
use crate::map::mercator::LatLon;
use crate::modes::join::JoinedBanner;
use crate::store::{use_app, Sheet};

#[component]
pub fn MapMode() -> impl IntoView {
    let app = use_app();
    // A long press or right-click adds a pin there: the map centres on it under the crosshair.
    let on_hold = move |at: LatLon| {
        app.move_map(Input::CenterOn {
            at,
            zoom: ZoomTo::Keep,
        });
        app.sheet.set(Sheet::ChooseKind);
    };
    view! {
        <div class="mode mode-map">
            <NavBar />
            <JoinedBanner />
            <main class="map-area">
                <MapView on_hold=on_hold>
                    <PinLayer />
                </MapView>
                <FilterBar />
                <PinSheet />
            </main>
        </div>
    }
}
