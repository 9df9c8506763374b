//! `/`: the map with everyone's pins.

use leptos::prelude::*;

use crate::components::map_view::MapView;
use crate::components::nav_bar::NavBar;

#[component]
pub fn MapMode() -> impl IntoView {
    view! {
        <div class="mode mode-map">
            <NavBar />
            <main class="map-area">
                <MapView />
            </main>
        </div>
    }
}
