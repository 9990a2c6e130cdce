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
            "ContextMenu" | "F10" if key == "ContextMenu" || ev.shift_key() => {
                ev.prevent_default();
                self.menu_for_selection();
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

    /// Open the context menu of the selected item, at the item, with the
    /// focus on its first entry.
    fn menu_for_selection(&self) {
        let state = self.state;
        let Some(id) = state.selection.get_untracked().last().cloned() else {
            return;
        };
        let Some((kind, rect)) = state
            .scene
            .with_untracked(|s| s.item(&id).map(|i| (i.shape, i.rect)))
        else {
            return;
        };
        let kind = match kind {
            crate::canvas::Shape::Item(k) => k.name().to_string(),
            crate::canvas::Shape::Tray => "tray".to_string(),
        };
        let v = state.view.get_untracked();
        let (x, y) = (
            rect.x * v.scale + v.tx + 12.0,
            rect.y * v.scale + v.ty + 12.0,
        );
        self.menu
            .set(Some(super::context_menu::Menu { id, kind, x, y }));
        request_animation_frame(|| {
            if let Some(b) = document()
                .query_selector(".context-menu button")
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = b.focus();
            }
        });
    }
}
