//! `/settings`: the organiser's choices for this device.

pub mod area_download;
pub mod data;
pub mod join;
pub mod kiosk;
pub mod upload;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::components::lang_select::LangSelect;
use crate::components::nav_bar::NavBar;
use crate::domain::settings::Settings;
use crate::i18n::{review, Msg, Review};
use crate::map::basemap::BaseMap;
use crate::map::tiles::is_valid_template;
use crate::modes::settings::area_download::AreaDownload;
use crate::modes::settings::data::DataSettings;
use crate::modes::settings::join::JoinSettingsCard;
use crate::modes::settings::kiosk::KioskSettingsCard;
use crate::modes::settings::upload::UploadSettingsCard;
use crate::store::prefs;
use crate::store::{lang, tr, use_app, AppState, AppStateStoreFields};

/// Changes settings in the store and remembers them on this device.
fn change_settings(state: Store<AppState>, f: impl FnOnce(&mut Settings)) {
    state.settings().update(f);
    prefs::save_settings(state);
}

fn base_map_label(b: BaseMap) -> Msg {
    match b {
        BaseMap::BrtStandaard => Msg::BaseBrtStandaard,
        BaseMap::BrtGrijs => Msg::BaseBrtGrijs,
        BaseMap::Luchtfoto => Msg::BaseLuchtfoto,
        BaseMap::OpenStreetMap => Msg::BaseOsm,
        BaseMap::Custom => Msg::BaseCustom,
    }
}

#[component]
pub fn SettingsMode() -> impl IntoView {
    view! {
        <div class="mode mode-settings">
            <NavBar />
            <main class="page">
                <h1>{tr(Msg::SettingsTitle)}</h1>
                <BaseMapSettings />
                <LanguageSettings />
                <KioskSettingsCard />
                <AreaDownload />
                <UploadSettingsCard />
                <JoinSettingsCard />
                <DataSettings />
            </main>
        </div>
    }
}

#[component]
fn BaseMapSettings() -> impl IntoView {
    let state = use_app().state;
    let chosen = Memo::new(move |_| state.settings().with(Settings::base_map));
    let custom = move || state.settings().with(|s| s.custom_tiles.clone());
    let custom_credit = move || state.settings().with(|s| s.custom_attribution.clone());
    let custom_invalid = move || chosen.get() == BaseMap::Custom && !is_valid_template(&custom());

    view! {
        <section class="card">
            <fieldset>
                <legend>
                    <h2>{tr(Msg::SettingsBaseMap)}</h2>
                </legend>
                <p class="quiet">{tr(Msg::SettingsBaseMapHelp)}</p>
                {BaseMap::ALL
                    .into_iter()
                    .map(|b| {
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="base-map"
                                    value=b.code()
                                    data-testid=format!("base-map-{}", b.code())
                                    prop:checked=move || chosen.get() == b
                                    on:change=move |_| {
                                        change_settings(state, |s| s.base_map = b.code().into())
                                    }
                                />
                                <span>{tr(base_map_label(b))}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Show when=move || chosen.get() == BaseMap::Custom>
                <label class="field">
                    <span>{tr(Msg::CustomTemplate)}</span>
                    <input
                        type="url"
                        inputmode="url"
                        data-testid="custom-tiles"
                        prop:value=custom
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change_settings(state, |s| s.custom_tiles = v.trim().to_owned())
                        }
                    />
                    <small class="quiet">{tr(Msg::CustomTemplateHelp)}</small>
                </label>
                <label class="field">
                    <span>{tr(Msg::CustomAttribution)}</span>
                    <input
                        type="text"
                        prop:value=custom_credit
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            change_settings(state, |s| s.custom_attribution = v)
                        }
                    />
                </label>
                <Show when=custom_invalid>
                    <p class="message warning" role="alert">{tr(Msg::CustomTemplateInvalid)}</p>
                </Show>
            </Show>
            {move || {
                state
                    .session_tiles()
                    .get()
                    .map(|t| {
                        view! {
                            <p class="message">
                                {tr(Msg::SessionTilesActive)} " " <code>{t}</code>
                            </p>
                        }
                    })
            }}
        </section>
    }
}

#[component]
fn LanguageSettings() -> impl IntoView {
    let state = use_app().state;
    let current = lang(state);
    view! {
        <section class="card">
            <h2>
                <label for="settings-lang">{tr(Msg::SettingsLanguage)}</label>
            </h2>
            <LangSelect
                id="settings-lang"
                labelled=true
                option_testid="lang-"
                on_choose=move |l| change_settings(state, |s| s.lang = Some(l))
            />
            <Show when=move || review(current.get()) == Review::Unchecked>
                <p class="quiet" data-testid="lang-unchecked">{tr(Msg::LangUnchecked)}</p>
            </Show>
        </section>
    }
}
