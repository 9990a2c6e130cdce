//! Autosave to localStorage (debounced, flushed when the page is hidden) and
//! restore on load. A saved state that cannot be read (corrupt, or written
//! by a newer Quorumscope) is copied aside under its own key and reported,
//! never dropped; a full storage is reported and editing goes on.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use crate::model::Layout;

/// The key holding the autosaved layout file.
pub const KEY: &str = "quorumscope.layout";
/// Prefix of keys holding saved states that could not be restored.
pub const KEPT_ASIDE: &str = "quorumscope.kept-aside.";
/// How long after the last edit the layout is saved.
const DEBOUNCE: Duration = Duration::from_millis(400);

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What was found in storage at start.
pub enum Restored {
    /// Nothing saved.
    Nothing,
    /// A layout was restored.
    Layout(Layout),
    /// The saved text could not be read; it was kept aside under `key`.
    KeptAside {
        /// Where the text now is.
        key: String,
        /// Why it could not be read.
        errors: Vec<String>,
    },
}

/// Read the saved layout; an unreadable one is copied aside (once) and reported.
pub fn restore() -> Restored {
    let Some(store) = storage() else {
        return Restored::Nothing;
    };
    let Ok(Some(text)) = store.get_item(KEY) else {
        return Restored::Nothing;
    };
    match crate::io::load(&text) {
        Ok(layout) => Restored::Layout(layout),
        Err(errors) => {
            let key = format!("{KEPT_ASIDE}{}", js_sys::Date::now() as u64);
            let errors: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            if store.set_item(&key, &text).is_ok() {
                // Copied: the main key may now be reused by autosave.
                let _ = store.remove_item(KEY);
            }
            Restored::KeptAside { key, errors }
        }
    }
}

/// The text kept aside under `key`, if it is still there.
pub fn kept_text(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Write the layout now; a failure (full storage) is reported, not fatal.
pub fn save_now(state: &AppState) {
    let Some(store) = storage() else { return };
    let text = state.layout.with_untracked(crate::io::save);
    if let Err(e) = store.set_item(KEY, &text) {
        let what = e
            .dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .unwrap_or_else(|| "an error".into());
        state.error(
            format!(
                "Your browser's storage is full ({what}): the design is not saved in this browser. \
                 Keep working, and export the layout file to keep it."
            ),
            Vec::new(),
        );
    }
}

/// When another tab saves a different design, offer to load it here (the
/// design here stays in the undo history), instead of silently overwriting
/// one with the other.
pub fn watch_other_tabs(state: AppState) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() != Some(KEY) {
            return;
        }
        let Some(text) = ev.new_value() else { return };
        let Ok(layout) = crate::io::load(&text) else {
            return;
        };
        if state.layout.with_untracked(|l| *l == layout) {
            return;
        }
        state.confirm.set(Some(super::state::Confirm {
            text: format!(
                "Another tab saved a different version of this design (\"{}\"). Load it here? \
                 The design in this tab stays in the undo history; if you keep it, it is saved over the other one at your next edit.",
                layout.name
            ),
            yes: "Load the other tab's version".into(),
            command: crate::edit::Command::Replace(layout),
        }));
    });
    on_cleanup(move || handle.remove());
}

/// Save after every change (debounced) and whenever the page is hidden.
pub fn autosave(state: AppState) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        state.editor.with(|e| e.revision());
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save_now(&state);
            },
            DEBOUNCE,
        )
        .ok();
        pending.set_value(handle);
    });
    let flush = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
            pending.set_value(None);
            save_now(&state);
        }
    };
    let doc = document();
    let on_hide = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let _ =
        doc.add_event_listener_with_callback("visibilitychange", on_hide.as_ref().unchecked_ref());
    on_hide.forget();
    let on_leave = wasm_bindgen::closure::Closure::<dyn Fn()>::new(flush);
    let _ =
        window().add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
}
