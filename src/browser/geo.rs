//! The person's position (Geolocation `watchPosition`, high accuracy).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/browser/glue.js")]
extern "C" {
    fn geo_watch(
        on_fix: &Closure<dyn FnMut(f64, f64, f64, f64, f64)>,
        on_error: &Closure<dyn FnMut(u32)>,
    ) -> i32;
    fn geo_clear(id: i32);
}

/// Why there is no position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeoError {
    Denied,
    Unavailable,
    Timeout,
}

/// One position fix.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fix {
    pub lat: f64,
    pub lon: f64,
    /// Metres.
    pub accuracy: f64,
    /// Degrees from north, when moving and known.
    pub heading: Option<f64>,
    /// Milliseconds since the epoch.
    pub t: f64,
}

/// A running position watch; dropping it stops the watch.
pub struct Watch {
    id: i32,
    _fix: Closure<dyn FnMut(f64, f64, f64, f64, f64)>,
    _error: Closure<dyn FnMut(u32)>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        geo_clear(self.id);
    }
}

/// Follows the position until the returned watch is dropped.
pub fn watch(
    mut on_fix: impl FnMut(Fix) + 'static,
    mut on_error: impl FnMut(GeoError) + 'static,
) -> Watch {
    let fix = Closure::<dyn FnMut(f64, f64, f64, f64, f64)>::new(
        move |lat, lon, accuracy, heading: f64, t| {
            on_fix(Fix {
                lat,
                lon,
                accuracy,
                heading: heading.is_finite().then_some(heading),
                t,
            })
        },
    );
    let error = Closure::<dyn FnMut(u32)>::new(move |code| {
        on_error(match code {
            1 => GeoError::Denied,
            3 => GeoError::Timeout,
            _ => GeoError::Unavailable,
        })
    });
    let id = geo_watch(&fix, &error);
    Watch {
        id,
        _fix: fix,
        _error: error,
    }
}
