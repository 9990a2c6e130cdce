//! The canvas's context menu: what can be done to the item right-clicked.

use leptos::prelude::*;

use super::actions;
use super::gestures::focus;
use super::state::use_state;
use crate::edit::{Command, Target, Template};

/// An open context menu: the item, its kind, where (canvas pixels).
#[derive(Debug, Clone, PartialEq)]
pub struct Menu {
    /// Item id.
    pub id: String,
    /// Item kind (`region`, `zone`, `rack`, `node`, `tray`).
    pub kind: String,
    /// Left, in canvas pixels.
    pub x: f64,
    /// Top, in canvas pixels.
    pub y: f64,
}

/// One entry: its label and what it does.
type Entry = (&'static str, Box<dyn Fn() + Send + Sync>);

/// The context menu, when open.
#[component]
pub fn ContextMenu(menu: RwSignal<Option<Menu>>) -> impl IntoView {
    let state = use_state();
    move || {
        let m = menu.get()?;
        let id = m.id.clone();
        let close = move || menu.set(None);
        let mut entries: Vec<Entry> = Vec::new();
        let add_node = |to: Target| -> Entry {
            (
                "Add a node here",
                Box::new(move || {
                    actions::select_created(
                        &state,
                        Command::AddNode {
                            template: Template::Generic,
                            to: to.clone(),
                        },
                    )
                }),
            )
        };
        match m.kind.as_str() {
            "region" => {
                let i = id.clone();
                entries.push((
                    "Add a zone",
                    Box::new(move || actions::add_container(&state, Some(i.clone()))),
                ));
            }
            "zone" => {
                let i = id.clone();
                entries.push((
                    "Add a rack",
                    Box::new(move || actions::add_container(&state, Some(i.clone()))),
                ));
                entries.push(add_node(Target::Zone(id.clone())));
            }
            "rack" => entries.push(add_node(Target::Rack(id.clone()))),
            "tray" => entries.push(add_node(Target::Tray)),
            "node" => {
                let i = id.clone();
                entries.push((
                    "Move to unplaced",
                    Box::new(move || {
                        let _ = state.apply(Command::MoveNode {
                            node: i.clone(),
                            to: Target::Tray,
                            index: None,
                        });
                    }),
                ));
            }
            _ => {}
        }
        if m.kind != "tray" {
            let i = id.clone();
            let what = m.kind.clone();
            entries.push((
                fail_label(&what),
                Box::new(move || actions::show_scenario(&state, &i, false)),
            ));
            if m.kind == "zone" || m.kind == "region" {
                let i = id.clone();
                entries.push((
                    isolate_label(&what),
                    Box::new(move || actions::show_scenario(&state, &i, true)),
                ));
            }
            entries.push(("Rename", Box::new(move || focus("inspector-label"))));
            let i = id.clone();
            entries.push((
                "Delete",
                Box::new(move || actions::delete(&state, vec![i.clone()])),
            ));
        }
        Some(view! {
            <ul class="context-menu" role="menu" data-testid="context-menu" style:left=format!("{}px", m.x) style:top=format!("{}px", m.y)
                on:keydown=move |ev| menu_key(ev, menu)>
                {entries
                    .into_iter()
                    .map(|(label, run)| {
                        view! {
                            <li role="none">
                                <button role="menuitem" on:click=move |_| { close(); run(); }>{label}</button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        })
    }
}

fn fail_label(kind: &str) -> &'static str {
    match kind {
        "region" => "Fail this region",
        "zone" => "Fail this zone",
        "rack" => "Fail this rack",
        _ => "Fail this node",
    }
}

fn isolate_label(kind: &str) -> &'static str {
    if kind == "region" {
        "Isolate this region"
    } else {
        "Isolate this zone"
    }
}

/// Keys inside the menu: arrows move between entries, Escape closes it and
/// gives the focus back to the canvas.
fn menu_key(ev: web_sys::KeyboardEvent, menu: RwSignal<Option<Menu>>) {
    use wasm_bindgen::JsCast;
    let key = ev.key();
    if key == "Escape" {
        ev.prevent_default();
        menu.set(None);
        focus_canvas();
        return;
    }
    let step: i32 = match key.as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    ev.prevent_default();
    let Ok(list) = document().query_selector_all(".context-menu button") else {
        return;
    };
    let n = list.length() as i32;
    let active = document().active_element();
    let at = (0..n)
        .find(|&i| {
            list.item(i as u32)
                .is_some_and(|b| Some(b.unchecked_ref::<web_sys::Element>()) == active.as_ref())
        })
        .unwrap_or(-1);
    let next = (at + step).rem_euclid(n.max(1));
    if let Some(b) = list
        .item(next as u32)
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = b.focus();
    }
}

/// Give the focus back to the canvas.
fn focus_canvas() {
    use wasm_bindgen::JsCast;
    if let Some(c) = document()
        .query_selector("[data-testid=canvas]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _ = c.focus();
    }
}
