//! The web app (Leptos, client-side rendered). Thin: gestures become
//! `edit::Command`s on the model; the analysis, findings and canvas are
//! derived from the model by memos; it never re-implements the engine.

mod actions;
mod analysis;
mod app;
mod canvas_keys;
mod canvas_view;
mod components_panel;
mod context_menu;
mod drag;
mod explorer;
mod field;
mod files;
mod gestures;
mod inspector;
mod keys;
mod new_menu;
mod notice;
mod palette;
mod sample;
mod state;
mod storage;
mod toolbar;

pub use app::App;
pub use sample::sample_layout;
pub use storage::{KEPT_ASIDE, KEY as STORAGE_KEY};

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
