//! The canvas's keyboard path: arrows walk the items in drawing order,
//! Enter opens the inspector, Delete deletes, M moves the selected node, N
//! adds a node, A adds a container, F2 renames, Escape cancels.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::actions;
use super::gestures::{Gestures, focus};
use crate::edit::{Command, Template};

impl Gestures {
    /// The keyboard path: arrows walk the items, Enter selects, Delete
    /// deletes, M focuses "Place", N adds a node, A adds a region, zone or
    /// rack, F2 renames, Escape cancels.
    pub fn key(&self, ev: KeyboardEvent) {
        let state = self.state;
        let key = ev.key();
        let selected = state.selection.get_untracked();
        let current = selected.last().cloned();
        match key.as_str() {
            "ArrowRight" | "ArrowDown" | "ArrowLeft" | "ArrowUp" => {
                ev.prevent_default();
                let forward = matches!(key.as_str(), "ArrowRight" | "ArrowDown");
                let next = state.scene.with_untracked(|s| {
                    let ids: Vec<&str> = s
                        .items
                        .iter()
                        .map(|i| i.id.as_str())
                        .filter(|i| !i.is_empty())
                        .collect();
                    if ids.is_empty() {
                        return None;
                    }
                    let pos = current
                        .as_deref()
                        .and_then(|c| ids.iter().position(|i| *i == c));
                    let n = ids.len();
                    let i = match (pos, forward) {
                        (None, true) => 0,
                        (None, false) => n - 1,
                        (Some(p), true) => (p + 1) % n,
                        (Some(p), false) => (p + n - 1) % n,
                    };
                    Some(ids[i].to_string())
                });
                if let Some(id) = next {
                    actions::reveal(&state, &id);
                    state.selection.set(vec![id]);
                }
            }
            "Enter" => {
                ev.prevent_default();
                focus("inspector-first");
            }
            "Delete" | "Backspace" => {
                ev.prevent_default();
                actions::delete(&state, selected);
            }
            "m" | "M" => {
                ev.prevent_default();
                focus("place-select");
            }
            "n" | "N" => {
                ev.prevent_default();
                let to = actions::target_for(&state, current.as_deref());
                actions::select_created(
                    &state,
                    Command::AddNode {
                        template: Template::Generic,
                        to,
                    },
                );
            }
            "a" | "A" if !ev.ctrl_key() && !ev.meta_key() => {
                ev.prevent_default();
                actions::add_container(&state, current);
            }
            "F2" => {
                ev.prevent_default();
                focus("inspector-label");
            }
            "Escape" => {
                if self.drag.drag.get_untracked().is_some() {
                    self.drag.finish(&state, false);
                } else if self.menu.get_untracked().is_some() {
                    self.menu.set(None);
                } else if state.scenario.get_untracked().is_some() {
                    state.scenario.set(None);
                } else {
                    state.selection.set(Vec::new());
                }
            }
            _ => {}
        }
    }
}
