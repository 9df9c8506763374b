//! Walks: each kept position is stored at once, so a reload or a crash keeps the walk.

use leptos::task::spawn_local;

use crate::browser::idb;
use crate::domain::walk::Walk;

/// Stores a walk as it is now (in the background; the next position stores it again).
pub fn save_walk(walk: Walk) {
    spawn_local(async move {
        let _ = idb::put_walk(&walk).await;
    });
}

/// Every stored walk, newest first; none when storage does not work.
pub async fn load_walks() -> Vec<Walk> {
    let mut all = idb::load_walks().await.unwrap_or_default();
    all.sort_by(|a, b| b.started_at.cmp(&a.started_at));
    all
}
