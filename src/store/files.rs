//! Files in and out: exports of every pin (GeoJSON, CSV, GPX, a zip with the photos) and
//! imports, read whole and checked before anything is written (through [`save_pins`]).

use leptos::prelude::*;
use reactive_stores::Store;

use super::contributions::save_contributions_in;
use super::pins::{photo_bytes, save_pins, store_photo_bytes};
use super::repo::IdbRepository;
use super::AppState;
use crate::browser::{clock, files};
use crate::domain::contribution::{without_contacts, Contribution};
use crate::domain::deed::photo_keys;
use crate::domain::geojson::{self, FileError, Foreign};
use crate::domain::import::{self, ImportError, MAX_IMPORT_BYTES};
use crate::domain::pin::{Pin, PinKind};
use crate::domain::zip;

/// Counts shown after an import, also as attributes for tests; or why nothing was imported.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Outcome {
    pub added: usize,
    pub updated: usize,
    pub rejected: usize,
    pub skipped: usize,
    pub error: Option<ImportError>,
}

/// The GeoJSON and the photos of an Oase zip.
fn zip_parts(bytes: &[u8]) -> Option<(String, zip::Entries)> {
    let entries = zip::read(bytes).ok()?;
    let json = entries.iter().find(|(n, _)| n.ends_with(".geojson"))?;
    let text = String::from_utf8(json.1.clone()).ok()?;
    let photos = entries
        .into_iter()
        .filter_map(|(n, b)| n.strip_prefix("photos/").map(|n| (n.to_owned(), b)))
        .collect();
    Some((text, photos))
}

/// The contributions as they leave the device in a file: the contacts of those who pledged
/// only when the organiser asks for them.
fn shared_contributions(s: &AppState, contacts: bool) -> Vec<Contribution> {
    if contacts {
        s.contributions.clone()
    } else {
        without_contacts(&s.contributions)
    }
}

/// Every pin as GeoJSON in a zip, with the photos it refers to in `photos/` (a done dream's
/// photo after too).
pub async fn export_zip(state: Store<AppState>, contacts: bool) {
    let (pins, cs) = state.with_untracked(|s| (s.pins.clone(), shared_contributions(s, contacts)));
    let now = clock::now();
    let day = now.get(..10).unwrap_or("oase").to_owned();
    let mut entries = vec![(
        format!("oase-{day}.geojson"),
        geojson::export_all(&pins, &cs).into_bytes(),
    )];
    for name in pins.iter().filter(|p| !p.deleted).flat_map(photo_keys) {
        if let Some(bytes) = photo_bytes(&name).await {
            entries.push((format!("photos/{name}"), bytes));
        }
    }
    let _ = files::download_bytes(
        &format!("oase-{day}.zip"),
        "application/zip",
        &zip::write(&entries, &now),
    );
}

/// Offers `text` as a download named `name` (a walk's GPX).
pub fn offer(name: &str, mime: &str, text: &str) -> Result<(), files::FileError> {
    files::download(name, mime, text)
}

/// The text of a file the person picked (a route to follow).
pub async fn read_text(file: &web_sys::File) -> Result<String, files::FileError> {
    files::read_text(file).await
}

/// Reads a picked file whole, then writes what it changes in one transaction. A file with
/// anything wrong in it changes nothing.
pub async fn import_file(state: Store<AppState>, file: &web_sys::File, kind: PinKind) -> Outcome {
    let refused = |error: ImportError, rejected| Outcome {
        rejected,
        error: Some(error),
        ..Outcome::default()
    };
    if file.size() > MAX_IMPORT_BYTES {
        return refused(ImportError::TooLarge(file.size()), 0);
    }
    let is_zip = file.name().to_ascii_lowercase().ends_with(".zip");
    let (text, photos) = if is_zip {
        let Ok(bytes) = files::bytes(file).await else {
            return refused(ImportError::Unreadable, 0);
        };
        match zip_parts(&bytes) {
            Some(parts) => parts,
            None => return refused(ImportError::File(FileError::NotFeatureCollection), 0),
        }
    } else {
        match files::read_text(file).await {
            Ok(text) => (text, Vec::new()),
            Err(_) => return refused(ImportError::Unreadable, 0),
        }
    };
    let now = clock::now();
    let parsed = match import::read(&file.name(), &text, &Foreign { kind, now: &now }) {
        Ok(parsed) => parsed,
        Err(e) => {
            let rejected = match &e {
                ImportError::Features { count, .. } => *count,
                _ => 0,
            };
            return refused(e, rejected);
        }
    };
    // Photos first, so no stored pin ever points at a photo that is not there.
    for (name, bytes) in &photos {
        if parsed
            .pins
            .iter()
            .any(|p| photo_keys(p).any(|k| k == *name))
        {
            store_photo_bytes(name, bytes).await;
        }
    }
    let skipped = parsed.skipped_shapes;
    let (plan, stories) =
        state.with_untracked(|s| import::plan_all(&s.pins, &s.contributions, parsed));
    if !plan.is_empty() {
        let _ = save_pins(state, plan.writes().cloned().collect()).await;
    }
    if !stories.is_empty() {
        let cs = stories.writes().cloned().collect();
        let _ = save_contributions_in(&IdbRepository, state, cs).await;
    }
    Outcome {
        added: plan.add.len() + stories.add.len(),
        updated: plan.update.len() + stories.update.len(),
        skipped,
        ..Outcome::default()
    }
}

/// Writes an export from the pins and their stories and hearts.
pub type Writer = fn(&[Pin], &[Contribution]) -> String;

/// Offers every pin as a file named by the day (`oase-2026-11-25.geojson`), written by `write`.
pub fn export(state: Store<AppState>, ext: &str, mime: &str, write: Writer, contacts: bool) {
    let text = state.with_untracked(|s| write(&s.pins, &shared_contributions(s, contacts)));
    let day = clock::now().get(..10).unwrap_or("oase").to_owned();
    let _ = files::download(&format!("oase-{day}.{ext}"), mime, &text);
}

/// Whether the browser keeps this site's data, and how full storage is (used, quota bytes).
pub async fn storage_status() -> (bool, Option<(f64, f64)>) {
    (files::persisted().await, files::estimate().await)
}
