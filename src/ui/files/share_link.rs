//! Share links: the layout compressed into the address's fragment. Copying
//! one puts it on the clipboard (or in a field to copy by hand) and in the
//! address bar; opening one loads the design, asking first when there is
//! unsaved work. A bad link changes nothing and says why.

use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::import::replace;
use crate::edit::Command;
use crate::export;
use crate::ui::sample_layout;
use crate::ui::state::{AppState, Confirm};

/// What the share panel shows.
#[derive(Debug, Clone, PartialEq)]
pub enum SharePanel {
    /// Nothing.
    Closed,
    /// The link, and whether it is already on the clipboard.
    Link {
        /// The whole link.
        link: String,
        /// Whether the clipboard holds it.
        copied: bool,
    },
    /// The design is too large for a link: its encoded size in bytes.
    TooLarge(usize),
}

/// Kilobytes, one decimal.
fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// Make the share link of the current design and offer it.
pub fn copy_link(state: AppState, panel: RwSignal<SharePanel>) {
    let encoded = state.layout.with_untracked(export::encode);
    if !export::link_fits(&encoded) {
        state.error(
            format!(
                "This design is too large for a share link: its link would be {}, and links are kept under {}. \
                 Export the layout file and share that instead.",
                kb(encoded.len()),
                kb(export::MAX_LINK_BYTES)
            ),
            Vec::new(),
        );
        panel.set(SharePanel::TooLarge(encoded.len()));
        return;
    }
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    // The link is shown and copied, not put in the address bar: a later
    // reload would offer this (by then stale) copy over newer work.
    let link = format!("{base}#{encoded}");
    panel.set(SharePanel::Link {
        link: link.clone(),
        copied: false,
    });
    leptos::task::spawn_local(async move {
        let clipboard = window().navigator().clipboard();
        let written = if JsValue::from(clipboard.clone()).is_undefined() {
            false
        } else {
            JsFuture::from(clipboard.write_text(&link)).await.is_ok()
        };
        if written {
            panel.set(SharePanel::Link {
                link: link.clone(),
                copied: true,
            });
            state.info(format!(
                "Share link copied to the clipboard ({}). The design travels inside the link: nothing is uploaded.",
                kb(link.len())
            ));
        } else {
            state.info(
                "Copy the share link from the field below (the clipboard was not available).",
            );
        }
    });
}

/// Remove the fragment from the address, so that a reload does not reopen it.
fn clear_hash() {
    let location = window().location();
    let plain = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&plain));
    }
}

/// Open the share link in the address, if there is one.
pub fn open_from_address(state: AppState) {
    let hash = window().location().hash().unwrap_or_default();
    if !hash.starts_with("#qs") {
        return;
    }
    clear_hash();
    let layout = match export::decode(&hash) {
        Ok(layout) => layout,
        Err(message) => {
            state.error(
                format!(
                    "This share link cannot be opened: {message}. The current design is unchanged."
                ),
                Vec::new(),
            );
            return;
        }
    };
    let (same, unsaved) = state.layout.with_untracked(|current| {
        let same = *current == layout;
        (
            same,
            state.dirty.get_untracked() || *current != sample_layout(),
        )
    });
    let name = if layout.name.is_empty() {
        "untitled".to_string()
    } else {
        layout.name.clone()
    };
    if same {
        state.info(format!(
            "The shared design \"{name}\" is the one already open."
        ));
    } else if unsaved {
        let current = state.layout.with_untracked(|l| l.name.clone());
        state.confirm.set(Some(Confirm {
            text: format!(
                "Open the shared design \"{name}\"? It replaces your design \"{current}\", which is not exported; \
                 Undo brings it back."
            ),
            yes: "Open shared design".into(),
            command: Command::Replace(layout),
        }));
    } else {
        replace(
            &state,
            layout,
            &format!("Opened the shared design \"{name}\"."),
        );
        // At start the autosave has not seen a first state yet: save now.
        crate::ui::storage::save_now(&state);
    }
}

/// Open the link in the address now and whenever the fragment changes.
pub fn install(state: AppState) {
    open_from_address(state);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| open_from_address(state));
    on_cleanup(move || handle.remove());
}
