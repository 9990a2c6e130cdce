//! Open, export and share (issue 6): the layout file (JSON) and exported
//! SVG pictures open from the file picker or a drop on the page; the design
//! exports as a layout file, pictures, heatmap, design review and DC/OS
//! artifacts; share links carry the layout in the address's fragment.

mod download;
mod exports;
mod import;
mod menu;
mod png;
mod share_link;

use leptos::prelude::*;

use super::state::AppState;
pub use download::download_text;
pub use import::fit;
pub use menu::{FileMenu, close_outside};
use share_link::SharePanel;

/// Signals shared by the file menu and the page-wide listeners.
#[derive(Clone, Copy)]
pub struct FilesCtx {
    /// Whether a file is being dragged over the page.
    pub dropping: RwSignal<bool>,
    /// What the share panel shows.
    pub panel: RwSignal<SharePanel>,
}

impl FilesCtx {
    /// Fresh signals.
    fn new() -> Self {
        FilesCtx {
            dropping: RwSignal::new(false),
            panel: RwSignal::new(SharePanel::Closed),
        }
    }
}

/// Work done when the page opens: open a share link in the address (and
/// any later one), and open files dropped on the page.
pub fn on_start(state: &AppState) {
    let ctx = FilesCtx::new();
    provide_context(ctx);
    import::install_drop(*state, ctx.dropping);
    share_link::install(*state);
}
