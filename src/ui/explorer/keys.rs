//! The explorer's keys, page-wide: J / K step to the next / previous
//! scenario, P opens or closes the presenter, R reveals a quiz answer,
//! Escape closes the presenter. Arrows step too, except when the canvas
//! (which moves between items with them) or a field has the focus; in the
//! presenter they always step. Nothing happens while typing in a field or
//! with Ctrl, Cmd or Alt held.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Explorer, step};
use crate::ui::state::AppState;

/// Where a key went: (a field takes typing, the canvas takes arrows).
fn focus_of(ev: &web_sys::KeyboardEvent) -> (bool, bool) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return (false, false);
    };
    let tag = el.tag_name().to_ascii_lowercase();
    // Checkboxes take no letters: J and K still step there.
    let toggle = tag == "input" && el.get_attribute("type").as_deref() == Some("checkbox");
    let field = (matches!(tag.as_str(), "input" | "textarea" | "select") && !toggle)
        || el
            .closest("[contenteditable=true]")
            .ok()
            .flatten()
            .is_some();
    let canvas = el.closest("[data-testid=canvas]").ok().flatten().is_some();
    (field, canvas)
}

/// Install the explorer's keys on the window (removed with the owner).
pub fn install(state: AppState, ex: Explorer) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
            return;
        }
        let (field, canvas) = focus_of(&ev);
        if field {
            return;
        }
        let presenting = ex.presenter.get_untracked();
        let arrows = presenting
            || (!canvas
                && (state.scenario.with_untracked(Option::is_some)
                    || state.tab.get_untracked() == "scenarios"));
        let handled = match ev.key().as_str() {
            "j" | "J" => {
                step(&state, &ex, true);
                true
            }
            "k" | "K" => {
                step(&state, &ex, false);
                true
            }
            "ArrowDown" | "ArrowRight" if arrows => {
                step(&state, &ex, true);
                true
            }
            "ArrowUp" | "ArrowLeft" if arrows => {
                step(&state, &ex, false);
                true
            }
            "p" | "P" => {
                ex.presenter.update(|p| *p = !*p);
                true
            }
            "r" | "R" if ex.quiz.get_untracked() => {
                ex.revealed.set(true);
                true
            }
            "Escape" if presenting => {
                ex.presenter.set(false);
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());
}
