//! Open, export and share (issue 6; filled in later).

use leptos::prelude::*;

use super::state::AppState;

/// The file menu.
#[component]
pub fn FileMenu() -> impl IntoView {
    view! { <span></span> }
}

/// Work done when the page opens (a share link in the address).
pub fn on_start(_state: &AppState) {}
