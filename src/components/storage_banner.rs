//! Says so, plainly, when pins cannot be kept on this device.

use leptos::prelude::*;

use crate::i18n::Msg;
use crate::store::StorageError;
use crate::store::{tr, use_app, AppStateStoreFields};

#[component]
pub fn StorageBanner() -> impl IntoView {
    let error = use_app().state.storage_error();
    move || {
        error.get().map(|e| {
            let msg = match e {
                StorageError::Full => Msg::StorageFull,
                StorageError::Outdated => Msg::StorageOutdated,
                StorageError::Blocked => Msg::StorageBlocked,
                _ => Msg::StorageFailed,
            };
            view! {
                <p class="storage-banner message warning" role="alert" data-testid="storage-warning">
                    {tr(msg)}
                </p>
            }
        })
    }
}
