//! `/print`: the wijkplaat, a poster of the neighbourhood's week for the municipality and to
//! take home. The map with numbered markers, a legend by kind with the counts, the places with
//! their symbols and quotes, the dreams with their status and hearts, the beauties' titles, the
//! days and the event's name. Printed by the browser ("save as PDF" is in its dialogue) with
//! `style/print.css` (A3 landscape); no PDF library. Which pins, their numbers and the map's
//! extent are `domain::poster`; hidden pins and pins waiting for an OK are left out, as on the
//! screen.
//!
//! Hooks: `print-page` on the root, one `print-pin` (`data-id`, `data-kind`) per pin shown, the
//! map's figure `print-map` with `data-tiles` (`loading`, `loaded`, `partial`, `outline`).

pub mod map;

use leptos::prelude::*;

use crate::browser::print;
use crate::components::pin_badge::PinBadge;
use crate::domain::contribution::heart_counts;
use crate::domain::pin::PinKind;
use crate::domain::poster::{plan, Entry, Poster, TilesState, SECTIONS};
use crate::i18n::print::{kind_count, period, section, text, PrintMsg};
use crate::i18n::week::{hearts as hearts_words, status_name, text as week_text, WeekMsg};
use crate::i18n::{kind_name, organiser_lang, text as app_text, Lang};
use crate::modes::print::map::{KindMark, PosterMap, TileProgress};
use crate::store::words::lang_now;
use crate::store::{tile_source, use_app, AppState};

#[component]
pub fn PrintMode() -> impl IntoView {
    let app = use_app();
    let state = app.state;
    // One language for the whole sheet, the organiser's, read once: nothing on this page
    // changes it (plain words are much less code than a reactive text each).
    let l = organiser_lang(lang_now());
    let t = move |m: PrintMsg| text(l, m);
    let source = tile_source(state);
    // Without pins the poster shows where the map was last.
    let fallback = app.map.with_untracked(|m| m.view.center);
    let poster = Memo::new(move |_| {
        state.with(|s: &AppState| {
            let hearts = heart_counts(&s.contributions);
            plan(&s.pins, &hearts, s.tile_source().zoom_range, fallback)
        })
    });
    let event = move || {
        let name = state.with(|s| s.settings.upload.event.trim().to_owned());
        if name.is_empty() {
            t(PrintMsg::NoEvent).to_owned()
        } else {
            name
        }
    };
    let days = move || {
        poster.with(|p| {
            p.days.as_ref().map(|(a, b)| {
                period(
                    l,
                    &print::date_words(a, l.tag()),
                    &print::date_words(b, l.tag()),
                )
            })
        })
    };
    let progress = TileProgress::default();
    let tiles = Memo::new(move |_| poster.with(|p| progress.state(p)));
    let shown = move || poster.with(|p| p.entries.len());
    let counts = move || {
        poster.with(|p| {
            PinKind::ALL
                .into_iter()
                .map(|k| {
                    let n = p.count(k);
                    view! {
                        <li class=format!("kind-{}", k.code()) data-testid="print-count" data-kind=k.code() data-count=n>
                            <KindMark kind=k />
                            {kind_count(l, k, n)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let legend = PinKind::ALL
        .into_iter()
        .map(|k| view! { <span class="legend-item"><KindMark kind=k />{app_text(l, kind_name(k))}</span> })
        .collect_view();
    let source_note = move || {
        if tiles.get() == TilesState::Outline {
            t(PrintMsg::OutlineNote).to_owned()
        } else {
            source.with(|s| s.attribution.clone())
        }
    };

    view! {
        <div class="mode mode-print" data-testid="print-page" data-pins=shown>
            <div class="print-bar">
                <a class="button secondary" href="/settings">{app_text(l, crate::i18n::Msg::NavSettings)}</a>
                <button type="button" class="button primary" data-testid="print-now" on:click=|_| print::print()>
                    {t(PrintMsg::PrintButton)}
                </button>
                <p class="quiet">{t(PrintMsg::PrintHelp)}</p>
            </div>
            <main class="poster">
                <header class="poster-head">
                    <div class="poster-title">
                        <p class="poster-kind">{t(PrintMsg::Title)} " · " {week_text(l, WeekMsg::Tagline)}</p>
                        <h1>{event}</h1>
                        <p class="poster-days">{days}</p>
                    </div>
                    <ul class="poster-counts">{counts}</ul>
                </header>
                <div class="poster-body">
                    <figure class="poster-map" data-testid="print-map" data-tiles=move || tiles.get().code()>
                        <PosterMap poster=poster source=source progress=progress />
                        <figcaption>
                            <span class="legend-title">{t(PrintMsg::Legend)}</span>
                            {legend}
                            <span class="legend-item"><span class="legend-area" aria-hidden="true"></span>{t(PrintMsg::Area)}</span>
                            <span class="legend-source">{source_note}</span>
                        </figcaption>
                    </figure>
                    <div class="poster-lists">
                        {move || (shown() == 0).then(|| view! { <p class="poster-empty">{t(PrintMsg::NoPins)}</p> })}
                        {move || poster.with(|p| SECTIONS.into_iter().map(|k| section_view(p, k, l)).collect_view())}
                    </div>
                </div>
                <footer class="poster-foot">
                    <span>{t(PrintMsg::PrintedOn)} " " {print::date_words("", l.tag())}</span>
                    <span>{t(PrintMsg::MadeWith)}</span>
                </footer>
            </main>
        </div>
    }
}

/// One kind's list: a heading with its count, then each pin with its number (nothing for a
/// kind without pins).
fn section_view(p: &Poster, kind: PinKind, l: Lang) -> Option<impl IntoView> {
    let list: Vec<&Entry> = p.of_kind(kind).collect();
    let n = list.len();
    (n > 0).then(|| {
        view! {
            <section class=format!("poster-section kind-{}", kind.code())>
                <h2>{text(l, section(kind))} <span class="section-count">{n}</span></h2>
                <ul>{list.into_iter().map(|e| row(e, l, n)).collect_view()}</ul>
            </section>
        }
    })
}

/// One pin in its list of `of_kind` pins: number, symbol (places), title, and the quote, or
/// the status and hearts of a dream.
fn row(e: &Entry, l: Lang, of_kind: usize) -> impl IntoView {
    let kind = e.pin.kind;
    let title = if e.pin.title.trim().is_empty() {
        app_text(l, kind_name(kind)).to_owned()
    } else {
        e.pin.title.clone()
    };
    let quote = e.short_quote(of_kind);
    let status = e.status();
    let detail = match kind {
        PinKind::Place => (!quote.is_empty())
            .then(|| view! { <q class="poster-quote">{quote}</q> }.into_any()),
        PinKind::Dream => Some(
            view! {
                <span class=format!("status status-{}", status.code())>{status_name(l, status)}</span>
                <span class="hearts">"♥ " {hearts_words(l, e.hearts)}</span>
            }
            .into_any(),
        ),
        PinKind::Beauty => None,
    };
    view! {
        <li class=format!("poster-pin kind-{}", kind.code()) data-testid="print-pin" data-id=e.pin.id.clone()
            data-kind=kind.code() data-number=e.number>
            <KindMark kind=kind number=e.number />
            {(kind == PinKind::Place).then(|| view! { <PinBadge pin=e.pin.clone() /> })}
            <span class="entry">
                <strong class="title">{title}</strong>
                {detail}
            </span>
        </li>
    }
}
