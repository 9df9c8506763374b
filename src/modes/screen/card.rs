//! The celebration screen's pieces: the large card of the pin in focus, the counters, the
//! "alles is er al" tally, and the QR code to join in.

use leptos::prelude::*;

use crate::components::deed::DreamNeeds;
use crate::components::pin_badge::PinBadge;
use crate::domain::contribution::{heart_counts, stories, Contribution, ContributionKind};
use crate::domain::deed::{achieved, joiners};
use crate::domain::pin::{DreamStatus, Pin, PinKind};
use crate::domain::qr::qr_path;
use crate::domain::screen::{counts, ranking, tally};
use crate::i18n::deed::DeedMsg;
use crate::i18n::kind_name;
use crate::i18n::week::{hearts as hearts_text, status_name, WeekMsg};
use crate::i18n::Msg;
use crate::modes::screen::achieved::DeedFacts;
use crate::store::event::{app_address, join_url};
use crate::store::pins::photo_url;
use crate::store::words::{dr, wr};
use crate::store::{lang, AppStateStoreFields};
use crate::store::{tr, use_app};

fn tags(title: Msg, items: &[String]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h3>{tr(title)}</h3>
            <ul class="tags">{items.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
        }
    })
}

/// The pin in focus, large enough to read from the back of the room.
#[component]
pub fn ScreenCard(pin: Pin, new: bool) -> impl IntoView {
    let photo = photo_url(pin.photo.clone());
    let state = use_app().state;
    let lang = lang(state);
    let status = pin.status();
    // The two newest stories told about it, and its hearts if it is a dream.
    let told = {
        let id = pin.id.clone();
        move || {
            state.contributions().with(|cs| {
                let all = stories(cs, &id);
                let skip = all.len().saturating_sub(2);
                all.into_iter()
                    .skip(skip)
                    .map(|c| (c.text.clone(), c.name.clone()))
                    .collect::<Vec<_>>()
            })
        }
    };
    let hearts = {
        let id = pin.id.clone();
        move || {
            state
                .contributions()
                .with(|cs| crate::domain::contribution::hearts(cs, &id))
        }
    };
    let is_dream = pin.kind == PinKind::Dream;
    let done = is_dream && status == DreamStatus::Done;
    view! {
        <article class=format!("screen-card kind-{} status-{}", pin.kind.code(), status.code()) data-testid="screen-card"
            data-id=pin.id.clone() data-status=is_dream.then(|| status.code())>
            {new.then(|| view! { <span class="new-mark">{tr(Msg::ScreenNew)}</span> })}
            {(is_dream && status != DreamStatus::Dream).then(|| view! { <span class="rank-status">{move || status_name(lang.get(), status)}</span> })}
            // A done dream shows before and after, who helped and what comes next.
            {(!done).then_some(move || photo().map(|src| view! { <img class="photo" src=src alt="" /> }))}
            {done.then(|| view! { <DeedFacts pin=pin.clone() /> })}
            <header>
                <PinBadge pin=pin.clone() />
                <span class="kind-name">{tr(kind_name(pin.kind))}</span>
            </header>
            <h2>{pin.title.clone()}</h2>
            {(!pin.quote.is_empty()).then(|| view! { <blockquote>{pin.quote.clone()}</blockquote> })}
            {tags(Msg::TalentsLabel, &pin.talents)}
            {tags(Msg::ResourcesLabel, &pin.resources)}
            {is_dream.then(|| view! { <p class="screen-hearts">"♥ " {hearts}</p> })}
            // A chosen dream: who joins in (first names only) and what it still needs.
            {(is_dream && !done).then(|| {
                let id = pin.id.clone();
                let joining = move || state.contributions().with(|cs| joiners(cs, &id));
                view! {
                    {move || {
                        let names = joining();
                        (!names.is_empty()).then(|| view! {
                            <p class="helpers"><strong>{dr(DeedMsg::PledgesTitle)} ": "</strong> {names.join(", ")}</p>
                        })
                    }}
                    <DreamNeeds pin=pin.clone() />
                }
            })}
            {move || told().into_iter().map(|(text, name)| view! {
                <p class="screen-story">{text} {(!name.is_empty()).then(|| format!(" — {name}"))}</p>
            }).collect_view()}
        </article>
    }
}

/// One big number per kind.
#[component]
pub fn Counters(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let per_kind = move || pins.with(|ps| counts(&ps.iter().collect::<Vec<_>>()));
    view! {
        <div class="screen-counts">
            {PinKind::ALL
                .into_iter()
                .enumerate()
                .map(|(i, k)| {
                    let n = move || per_kind()[i];
                    view! {
                        <p class=format!("screen-count kind-{}", k.code()) data-testid="screen-count" data-kind=k.code() data-count=n>
                            <strong>{n}</strong>
                            <span>{tr(kind_name(k))}</span>
                        </p>
                    }
                })
                .collect_view()}
            // Dreams made real (living initiatives among them), once there is one.
            {move || {
                let n = pins.with(|ps| achieved(ps).len());
                (n > 0).then(|| view! {
                    <p class="screen-count achieved" data-testid="screen-count" data-kind="achieved" data-count=n>
                        <strong>{n}</strong>
                        <span>{dr(DeedMsg::Achieved)}</span>
                    </p>
                })
            }}
        </div>
    }
}

/// The talents and resources named in dreams, counted, largest first.
#[component]
pub fn Tally(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let state = use_app().state;
    // What dreams name, and what tellers of stories said they can do or give.
    let column =
        move |title: Msg, pick: fn(&Pin) -> &[String], told: fn(&Contribution) -> &[String]| {
            let rows = move || {
                pins.with(|ps| {
                    state.contributions().with(|cs| {
                        let shown: std::collections::HashSet<&str> =
                            ps.iter().map(|p| p.id.as_str()).collect();
                        let stories = cs.iter().filter(|c| {
                            c.kind == ContributionKind::Story
                                && !c.deleted
                                && shown.contains(c.pin.as_str())
                        });
                        tally(
                            ps.iter()
                                .filter(|p| p.kind == PinKind::Dream)
                                .map(pick)
                                .chain(stories.map(told)),
                        )
                    })
                })
                .into_iter()
                .take(12)
                .map(|(name, n)| view! { <li><span>{name}</span><strong>{n}</strong></li> })
                .collect_view()
            };
            view! {
                <section>
                    <h3>{tr(title)}</h3>
                    <ol>{rows}</ol>
                </section>
            }
        };
    view! {
        <div class="screen-tally" data-testid="screen-tally">
            <h2>{tr(Msg::ScreenAllHere)}</h2>
            <div class="columns">
                {column(Msg::TalentsLabel, |p| &p.talents, |c| &c.talents)}
                {column(Msg::ResourcesLabel, |p| &p.resources, |c| &c.resources)}
            </div>
        </div>
    }
}

/// A QR code of the app's address, with the address beside it.
#[component]
pub fn JoinCode() -> impl IntoView {
    let state = use_app().state;
    move || {
        // With a drop set, the code joins the event; its secrets are in the fragment, which the
        // screen does not print (the code is for phones, the text for people).
        let join = join_url(state);
        let address = app_address();
        let shown = if join.is_some() {
            format!("{address}join")
        } else {
            address.clone()
        };
        let code = qr_path(join.as_deref().unwrap_or(&address)).map(|(size, d)| {
            // A quiet zone of four modules around the code, as scanners expect.
            let view_box = format!("-4 -4 {} {}", size + 8, size + 8);
            view! {
                <svg class="qr" data-testid="qr-code" viewBox=view_box shape-rendering="crispEdges" role="img" aria-label=shown.clone()>
                    <rect x="-4" y="-4" width=size + 8 height=size + 8 fill="#fff" />
                    <path d=d fill="#000" />
                </svg>
            }
        });
        view! {
            <aside class="screen-join">
                {code}
                <p>
                    <span>{tr(Msg::ScreenJoin)}</span>
                    <strong class="address" dir="ltr">{shown.clone()}</strong>
                </p>
            </aside>
        }
    }
}

/// The dreams by hearts, live, with the newest story of each; chosen dreams stand out.
#[component]
pub fn Ranking(pins: Memo<Vec<Pin>>) -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let rows = Memo::new(move |_| {
        let hearts = state.contributions().with(|cs| heart_counts(cs));
        pins.with(|ps| ranking(ps, &hearts))
    });
    let newest_story = move |id: &str| {
        state.contributions().with(|cs| {
            stories(cs, id)
                .last()
                .map(|c| (c.text.clone(), c.name.clone()))
        })
    };
    view! {
        <section class="screen-ranking" data-testid="screen-ranking">
            <h2>{wr(WeekMsg::RankingTitle)}</h2>
            {move || rows.with(Vec::is_empty).then(|| view! { <p>{wr(WeekMsg::NoDreams)}</p> })}
            <ol>
                {move || rows.get().into_iter().map(|(p, n)| {
                    let status = p.status();
                    let story = newest_story(&p.id);
                    view! {
                        <li class=format!("ranking-row status-{}", status.code()) data-testid="ranking-row"
                            data-id=p.id.clone() data-hearts=n data-status=status.code()>
                            <span class="rank-title">{if p.title.is_empty() { p.quote.clone() } else { p.title.clone() }}</span>
                            {(status != DreamStatus::Dream).then(|| view! { <span class="rank-status">{status_name(lang.get_untracked(), status)}</span> })}
                            <span class="rank-hearts" aria-label=hearts_text(lang.get_untracked(), n)>"♥ " {n}</span>
                            {story.map(|(text, name)| view! {
                                <small class="rank-story">{text} {(!name.is_empty()).then(|| format!(" — {name}"))}</small>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
