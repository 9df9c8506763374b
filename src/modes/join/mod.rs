//! `/join#…`: a resident's own phone opens the join link from the screen's QR code. The phone
//! keeps the event, and the map opens ready to add a pin; a link that cannot be read says so.
//! The banner on the map of a phone that joined ([`JoinedBanner`]) lives here too.

use leptos::prelude::*;

use crate::components::nav_bar::NavBar;
use crate::i18n::join::{joined, sent, JoinMsg};
use crate::routes::Page;
use crate::store::event::{join_from_address, leave};
use crate::store::words::jr;
use crate::store::{lang, use_app, AppStateStoreFields, Sheet};

#[component]
pub fn JoinPage() -> impl IntoView {
    let app = use_app();
    match join_from_address(app.state) {
        Ok(_) => {
            // After this render: the map, with the choice of what to add open.
            leptos::task::spawn_local(async move {
                app.page.set(Page::Map);
                app.sheet.set(Sheet::ChooseKind);
            });
            ().into_any()
        }
        Err(_) => view! {
            <div class="mode">
                <NavBar />
                <main class="page">
                    <h1>{jr(JoinMsg::BadLinkTitle)}</h1>
                    <p data-testid="join-problem">{jr(JoinMsg::BadLinkText)}</p>
                    <p><a class="button" href="/">{jr(JoinMsg::ToMap)}</a></p>
                </main>
            </div>
        }
        .into_any(),
    }
}

/// On a phone that joined an event: which one, how many of its pins arrived, and a way out.
#[component]
pub fn JoinedBanner() -> impl IntoView {
    let state = use_app().state;
    let lang = lang(state);
    let event = Memo::new(move |_| {
        state
            .settings()
            .with(|s| s.event.joined.as_ref().map(|j| j.event.clone()))
    });
    move || {
        event.get().map(|name| {
            let status = move || {
                let u = state.upload().get();
                view! {
                    <span data-testid="upload-status" data-pending=u.pending data-sent=u.sent>
                        {sent(lang.get(), u.sent, u.pending)}
                    </span>
                }
            };
            view! {
                <aside class="joined" role="status">
                    <strong data-testid="join-event" data-event=name.clone()>{
                        let name = name.clone();
                        move || joined(lang.get(), &name)
                    }</strong>
                    " · " {status}
                    <button type="button" class="link-button" data-testid="join-leave" on:click=move |_| leave(state)>
                        {jr(JoinMsg::Leave)}
                    </button>
                </aside>
            }
        })
    }
}
