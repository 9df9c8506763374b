//! Settings for the data on this device: whether storage is kept, export and import.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::fields::checkbox;
use crate::domain::contribution::Contribution;
use crate::domain::export::{csv_with, gpx};
use crate::domain::geojson;
use crate::domain::pin::{Pin, PinKind};
use crate::i18n::deed::DeedMsg;
use crate::i18n::kind_name;
use crate::i18n::print::{text as print_text, PrintMsg};
use crate::i18n::{import_error, import_result, storage_use, Msg};
use crate::store::files::{self as store_files, Writer};
use crate::store::words::dr;
use crate::store::{lang, tr, use_app};

/// The GPX of the pins (stories and hearts have no place in it).
fn gpx_all(pins: &[Pin], _: &[Contribution]) -> String {
    gpx(pins)
}

/// Each export: test hook, file extension, MIME type, writer, button label.
type Format = (&'static str, &'static str, &'static str, Writer, Msg);
const FORMATS: [Format; 3] = [
    (
        "export-geojson",
        "geojson",
        "application/geo+json",
        geojson::export_all,
        Msg::ExportGeojson,
    ),
    (
        "export-csv",
        "csv",
        "text/csv;charset=utf-8",
        csv_with,
        Msg::ExportCsv,
    ),
    (
        "export-gpx",
        "gpx",
        "application/gpx+xml",
        gpx_all,
        Msg::ExportGpx,
    ),
];

#[component]
pub fn DataSettings() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    let lang = lang(state);
    let status = LocalResource::new(store_files::storage_status);
    let foreign_kind = RwSignal::new(PinKind::Beauty);
    let outcome = RwSignal::new(None::<store_files::Outcome>);
    // The contacts of those who pledged leave the device only when asked for.
    let contacts = RwSignal::new(false);

    // Offers every pin as a file, named by the day: oase-2026-11-25.geojson.
    let export = move |ext: &'static str, mime: &'static str, write: Writer| {
        move |_| store_files::export(state, ext, mime, write, contacts.get_untracked())
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
                store_files::import_file(state, &file, foreign_kind.get_untracked()).await,
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
            {checkbox(contacts, "export-contacts", "choice", dr(DeedMsg::ExportContacts))}
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
                <button type="button" class="button secondary" data-testid="export-zip" on:click=move |_| spawn_local(store_files::export_zip(state, contacts.get_untracked()))>
                    {tr(Msg::ExportZip)}
                </button>
            </div>
            <h3>{move || print_text(lang.get(), PrintMsg::Link)}</h3>
            <p class="quiet">{move || print_text(lang.get(), PrintMsg::LinkHelp)}</p>
            <div class="form-buttons">
                <a class="button secondary" href="/print" data-testid="print-link">{move || print_text(lang.get(), PrintMsg::Link)}</a>
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
                aria-label=tr(Msg::ImportTitle)
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
