//! Settings for the data on this device: whether storage is kept, export and import.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::browser::{clock, files};
use crate::components::pin_card::kind_name;
use crate::domain::export::{csv, gpx};
use crate::domain::geojson::{self, FileError, Foreign};
use crate::domain::merge;
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::{import_result, storage_use, text, Msg};
use crate::state::{lang, save_pins, tr, use_app};

/// Counts shown after an import, also as attributes for tests.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Outcome {
    added: usize,
    updated: usize,
    rejected: usize,
    skipped: usize,
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
    let outcome = RwSignal::new(None::<Result<Outcome, Msg>>);

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
            let text = files::read_text(&file).await.unwrap_or_default();
            let now = clock::now();
            let foreign = Foreign {
                kind: foreign_kind.get_untracked(),
                now: &now,
                new_id: &clock::new_id,
            };
            let result = match geojson::parse(&text, &foreign) {
                Err(FileError::NewerVersion(_)) => Err(Msg::ImportNewer),
                Err(_) => Err(Msg::ImportNotReadable),
                Ok(parsed) => {
                    let plan = state.with_untracked(|s| merge::plan(&s.pins, parsed.pins));
                    let o = Outcome {
                        added: plan.add.len(),
                        updated: plan.update.len(),
                        rejected: parsed.rejected.len(),
                        skipped: parsed.skipped_shapes,
                    };
                    if !plan.is_empty() {
                        let _ = save_pins(state, plan.writes().cloned().collect()).await;
                    }
                    Ok(o)
                }
            };
            outcome.set(Some(result));
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
                accept=".geojson,.json,application/geo+json,application/json"
                on:change=import
            />
            {move || {
                outcome
                    .get()
                    .map(|r| match r {
                        Ok(o) => {
                            view! {
                                <p
                                    class="message"
                                    role="status"
                                    data-testid="import-result"
                                    data-added=o.added
                                    data-updated=o.updated
                                    data-rejected=o.rejected
                                >
                                    {move || import_result(lang.get(), o.added, o.updated, o.rejected, o.skipped)}
                                </p>
                            }
                                .into_any()
                        }
                        Err(m) => {
                            view! {
                                <p
                                    class="message warning"
                                    role="alert"
                                    data-testid="import-result"
                                    data-added="0"
                                    data-updated="0"
                                    data-rejected="0"
                                >
                                    {move || text(lang.get(), m)}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}
