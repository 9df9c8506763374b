//! Settings for the data on this device: whether storage is kept, export and import.

use leptos::prelude::*;
use leptos::task::spawn_local;
use reactive_stores::Store;
use wasm_bindgen::JsCast;

use crate::browser::{clock, files, idb};
use crate::domain::export::{csv, gpx};
use crate::domain::geojson::{self, FileError, Foreign};
use crate::domain::import::{self, ImportError, MAX_IMPORT_BYTES};
use crate::domain::pin::{Pin, PinKind};
use crate::domain::zip;
use crate::i18n::kind_name;
use crate::i18n::{import_error, import_result, storage_use, Msg};
use crate::store::{lang, save_pins, tr, use_app, AppState};

/// Counts shown after an import, also as attributes for tests; or why nothing was imported.
#[derive(Clone, Debug, PartialEq, Default)]
struct Outcome {
    added: usize,
    updated: usize,
    rejected: usize,
    skipped: usize,
    error: Option<ImportError>,
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

/// Every pin as GeoJSON in a zip, with the photos it refers to in `photos/`.
async fn export_zip(state: Store<AppState>) {
    let pins = state.with_untracked(|s| s.pins.clone());
    let now = clock::now();
    let day = now.get(..10).unwrap_or("oase").to_owned();
    let mut entries = vec![(
        format!("oase-{day}.geojson"),
        geojson::export(&pins).into_bytes(),
    )];
    for name in pins
        .iter()
        .filter(|p| !p.deleted)
        .filter_map(|p| p.photo.clone())
    {
        if let Ok(Some(blob)) = idb::get_photo(&name).await {
            if let Some(bytes) = files::bytes(&blob).await {
                entries.push((format!("photos/{name}"), bytes));
            }
        }
    }
    files::download_bytes(
        &format!("oase-{day}.zip"),
        "application/zip",
        &zip::write(&entries, &now),
    );
}

/// Reads a picked file whole, then writes what it changes in one transaction. A file with
/// anything wrong in it changes nothing.
async fn import_file(state: Store<AppState>, file: &web_sys::File, kind: PinKind) -> Outcome {
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
        let bytes = files::bytes(file).await.unwrap_or_default();
        match zip_parts(&bytes) {
            Some(parts) => parts,
            None => return refused(ImportError::File(FileError::NotFeatureCollection), 0),
        }
    } else {
        (files::read_text(file).await.unwrap_or_default(), Vec::new())
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
        if parsed.pins.iter().any(|p| p.photo.as_deref() == Some(name)) {
            if let Some(b) = files::blob(bytes, "image/jpeg") {
                let _ = idb::put_photo(name, &b).await;
            }
        }
    }
    let skipped = parsed.skipped_shapes;
    let plan = state.with_untracked(|s| import::plan(&s.pins, parsed));
    if !plan.is_empty() {
        let _ = save_pins(state, plan.writes().cloned().collect()).await;
    }
    Outcome {
        added: plan.add.len(),
        updated: plan.update.len(),
        skipped,
        ..Outcome::default()
    }
}

/// Each export: test hook, file extension, MIME type, writer, button label.
type Format = (
    &'static str,
    &'static str,
    &'static str,
    fn(&[Pin]) -> String,
    Msg,
);
const FORMATS: [Format; 3] = [
    (
        "export-geojson",
        "geojson",
        "application/geo+json",
        geojson::export,
        Msg::ExportGeojson,
    ),
    (
        "export-csv",
        "csv",
        "text/csv;charset=utf-8",
        csv,
        Msg::ExportCsv,
    ),
    (
        "export-gpx",
        "gpx",
        "application/gpx+xml",
        gpx,
        Msg::ExportGpx,
    ),
];

#[component]
pub fn DataSettings() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let lang = lang(state);
    let status =
        LocalResource::new(|| async { (files::persisted().await, files::estimate().await) });
    let foreign_kind = RwSignal::new(PinKind::Beauty);
    let outcome = RwSignal::new(None::<Outcome>);

    // Offers every pin as a file, named by the day: oase-2026-11-25.geojson.
    let export = move |ext: &'static str, mime: &'static str, write: fn(&[Pin]) -> String| {
        move |_| {
            let text = state.with_untracked(|s| write(&s.pins));
            let day = clock::now().get(..10).unwrap_or("oase").to_owned();
            files::download(&format!("oase-{day}.{ext}"), mime, &text);
        }
    };

    let import = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(file) = input
            .as_ref()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        outcome.set(None);
        spawn_local(async move {
            outcome.set(Some(
                import_file(state, &file, foreign_kind.get_untracked()).await,
            ));
            if let Some(i) = input {
                i.set_value("");
            }
        });
    };

    view! {
        <section class="card">
            <h2>{tr(Msg::DataTitle)}</h2>
            {move || {
                status
                    .get()
                    .map(|(kept, estimate)| {
                        view! {
                            <p data-testid="storage-status" data-persisted=kept.to_string()>
                                {tr(if kept { Msg::StoragePersisted } else { Msg::StorageNotPersisted })}
                                " "
                                {estimate.map(|(used, quota)| storage_use(lang.get(), used, quota))}
                            </p>
                        }
                    })
            }}
            <h3>{tr(Msg::ExportTitle)}</h3>
            <p class="quiet">{tr(Msg::ExportHelp)}</p>
            <div class="form-buttons">
                {FORMATS
                    .into_iter()
                    .map(|(testid, ext, mime, write, label)| {
                        view! {
                            <button type="button" class="button secondary" data-testid=testid on:click=export(ext, mime, write)>
                                {tr(label)}
                            </button>
                        }
                    })
                    .collect_view()}
                <button type="button" class="button secondary" data-testid="export-zip" on:click=move |_| spawn_local(export_zip(state))>
                    {tr(Msg::ExportZip)}
                </button>
            </div>
            <h3>{tr(Msg::ImportTitle)}</h3>
            <p class="quiet">{tr(Msg::ImportHelp)}</p>
            <label class="field">
                <span>{tr(Msg::ImportKind)}</span>
                <select
                    data-testid="import-kind"
                    on:change=move |ev| {
                        if let Some(k) = PinKind::from_code(&event_target_value(&ev)) {
                            foreign_kind.set(k);
                        }
                    }
                >
                    {PinKind::ALL
                        .into_iter()
                        .map(|k| view! { <option value=k.code()>{tr(kind_name(k))}</option> })
                        .collect_view()}
                </select>
            </label>
            <input
                type="file"
                data-testid="import-file"
                accept=".geojson,.json,.csv,.gpx,.zip,.txt,application/geo+json,application/json,text/csv,application/gpx+xml"
                on:change=import
            />
            {move || {
                outcome
                    .get()
                    .map(|o| {
                        let warning = o.error.is_some();
                        let (added, updated, rejected) = (o.added, o.updated, o.rejected);
                        let message = move || match &o.error {
                            Some(e) => import_error(lang.get(), e),
                            None => import_result(lang.get(), o.added, o.updated, o.rejected, o.skipped),
                        };
                        view! {
                            <p
                                class="message"
                                class:warning=warning
                                role="status"
                                data-testid="import-result"
                                data-added=added
                                data-updated=updated
                                data-rejected=rejected
                            >
                                {message}
                            </p>
                        }
                    })
            }}
        </section>
    }
}
