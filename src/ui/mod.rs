//! The web app (Leptos, client-side rendered). Thin: it renders the model and
//! the engine's analysis; it never re-implements the engine.

mod analysis;
mod app;
mod sample;
mod tree;

pub use app::App;
pub use sample::sample_layout;

/// Mounts the app on the page body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
