//! Shortcuts that work anywhere on the page: undo and redo (Ctrl/Cmd+Z,
//! Ctrl/Cmd+Shift+Z, Ctrl+Y), Space held for panning, + and - zoom,
//! Shift+1 fits, Escape. Keys typed in a text field or on a button stay theirs.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::drag::DragCtx;
use super::state::AppState;

/// Whether the focused element takes typing (or Space) itself.
pub fn typing_target(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select" | "button")
                || el
                    .closest("[contenteditable=true]")
                    .ok()
                    .flatten()
                    .is_some()
        })
        .unwrap_or(false)
}

/// Whether the key went to a button.
fn on_button(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("button"))
}

/// Install the page-wide shortcuts.
pub fn install(state: AppState, drag: DragCtx) {
    let down = window_event_listener(leptos::ev::keydown, move |ev| {
        let key = ev.key();
        let cmd = ev.ctrl_key() || ev.meta_key();
        let field = typing_target(&ev);
        // Buttons do not use Ctrl/Cmd keys: only text fields keep them.
        let text = field && !on_button(&ev);
        if cmd && !text && (key == "z" || key == "Z") {
            ev.prevent_default();
            if ev.shift_key() {
                state.redo()
            } else {
                state.undo()
            }
        } else if cmd && !text && (key == "a" || key == "A") {
            // Select every node.
            ev.prevent_default();
            let all = state
                .layout
                .with_untracked(|l| l.nodes().map(|n| n.id.clone()).collect());
            state.selection.set(all);
        } else if cmd && !text && (key == "y" || key == "Y") {
            ev.prevent_default();
            state.redo();
        } else if key == " " && (!field || (on_button(&ev) && drag.hover.get_untracked())) {
            // Over the canvas, Space pans even when a toolbar button has the focus.
            if !drag.space.get_untracked() {
                drag.space.set(true);
            }
            ev.prevent_default();
        } else if !cmd && !field && matches!(key.as_str(), "+" | "=" | "-" | "!") {
            // Zoom in, out, and Shift+1 fits everything (as in Excalidraw).
            ev.prevent_default();
            match key.as_str() {
                "-" => super::toolbar::zoom(&state, 1.0 / 1.25),
                "!" => super::toolbar::fit(&state),
                _ => super::toolbar::zoom(&state, 1.25),
            }
        } else if key == "Escape" && drag.drag.get_untracked().is_some() {
            drag.finish(&state, false);
        }
    });
    let up = window_event_listener(leptos::ev::keyup, move |ev| {
        if ev.key() == " " && drag.space.get_untracked() {
            // The Space that panned does not also press a focused button.
            ev.prevent_default();
            drag.space.set(false);
        }
    });
    let blur = window_event_listener(leptos::ev::blur, move |_| drag.space.set(false));
    on_cleanup(move || {
        down.remove();
        up.remove();
        blur.remove();
    });
}
