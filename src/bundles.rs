//! The app in bundles, one wasm each, so a phone opening the map does not download the kiosk,
//! the walk, the screen and the organiser's pages (trunk 0.21 cannot split one wasm; each
//! `src/bin/` entry links only the pages its [`Render`] names, and link-time optimisation leaves
//! the rest out). `public/index.html` loads the bundle of the address; moving to a page of
//! another bundle loads the page afresh (the service worker has every bundle after one visit).

use leptos::prelude::*;

use crate::browser::page;
use crate::modes::join::JoinPage;
use crate::modes::kiosk::KioskMode;
use crate::modes::list::ListMode;
use crate::modes::map::MapMode;
use crate::modes::not_found::NotFound;
use crate::modes::print::PrintMode;
use crate::modes::screen::ScreenMode;
use crate::modes::settings::SettingsMode;
use crate::modes::walk::WalkMode;
use crate::routes::{Bundle, Page};

/// The pages a bundle shows; `None` for a page of another bundle.
pub type Render = fn(Page) -> Option<AnyView>;

/// What a resident's phone needs: the map, the list, joining an event.
pub fn shell(p: Page) -> Option<AnyView> {
    Bundle::Shell.has(p).then(|| shell_page(p))
}

fn shell_page(p: Page) -> AnyView {
    match p {
        Page::List => ListMode().into_any(),
        Page::Join => JoinPage().into_any(),
        Page::NotFound => NotFound().into_any(),
        _ => MapMode().into_any(),
    }
}

/// The shared tablet at an event.
pub fn kiosk(p: Page) -> Option<AnyView> {
    Bundle::Kiosk.has(p).then(|| KioskMode().into_any())
}

/// The community worker's walk.
pub fn walk(p: Page) -> Option<AnyView> {
    Bundle::Walk.has(p).then(|| WalkMode().into_any())
}

/// The celebration screen.
pub fn screen(p: Page) -> Option<AnyView> {
    Bundle::Screen.has(p).then(|| ScreenMode().into_any())
}

/// The organiser's pages, settings and the wijkplaat, with the shell's.
pub fn organiser(p: Page) -> Option<AnyView> {
    Bundle::Organiser.has(p).then(|| match p {
        Page::Print => PrintMode().into_any(),
        Page::Settings => SettingsMode().into_any(),
        _ => shell_page(p),
    })
}

/// Every page (the browser tests, and a build of one bundle).
pub fn everything(p: Page) -> Option<AnyView> {
    [shell, kiosk, walk, screen, organiser]
        .into_iter()
        .find_map(|render| render(p))
}

const HANDOVER: &str = "oase.handover";
/// How long an unlock handed over to the next bundle counts, in milliseconds.
const HANDOVER_MS: f64 = 10_000.0;

/// Loads the page afresh, so the bundle of its address shows it; an unlocked organiser stays
/// unlocked across that one load (not across a reload by hand).
pub fn hand_over(unlocked: bool) {
    if unlocked {
        page::session_set(HANDOVER, &js_sys::Date::now().to_string());
    }
    page::reload();
}

/// Whether the page before this one handed over an unlock (just now); taken once.
pub fn handed_over() -> bool {
    let at = page::session_take(HANDOVER).and_then(|v| v.parse::<f64>().ok());
    at.is_some_and(|t| (js_sys::Date::now() - t).abs() < HANDOVER_MS)
}
