//! The canvas: the scene drawn by `canvas::render_body` (a pure function of
//! the model and analysis) under a pan/zoom transform, the selection overlay,
//! the drop target and the drag ghost. Pointer gestures become commands.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actions;
use super::context_menu::{ContextMenu, Menu};
use super::drag::{DragCtx, Dragged, ghost_label};
use super::gestures::Gestures;
use super::state::{AppState, use_state};
use crate::canvas::{self, ScenarioMarks};

/// The id and kind of the item under an event's target, if any.
pub fn item_of(ev: &web_sys::Event) -> Option<(String, String)> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let item = el.closest("[data-id]").ok()??;
    Some((
        item.get_attribute("data-id")?,
        item.get_attribute("data-kind")?,
    ))
}

/// The scenario marks of the scenario shown, if any.
fn marks(state: &AppState) -> Option<ScenarioMarks> {
    let id = state.scenario.get()?;
    let analysis = state.analysis.get();
    let index = analysis.scenarios.iter().position(|s| s.id == id)?;
    Some(
        state
            .layout
            .with(|l| crate::explore::marks(l, &analysis, index)),
    )
}

/// The designer canvas.
#[component]
pub fn Canvas() -> impl IntoView {
    let state = use_state();
    let drag = expect_context::<DragCtx>();
    let menu = RwSignal::new(None::<Menu>);
    let body = Memo::new(move |_| {
        let marks = marks(&state);
        let scene = state.scene.get();
        state
            .layout
            .with(|l| canvas::render_body(l, &scene, marks.as_ref()))
    });
    let overlay = Memo::new(move |_| {
        let scene = state.scene.get();
        canvas::render_overlay(&scene, &state.selection.get(), &state.highlight.get())
    });
    let transform = move || {
        let v = state.view.get();
        format!("translate({:.2} {:.2}) scale({:.4})", v.tx, v.ty, v.scale)
    };
    let gestures = Gestures::new(state, drag, menu);
    let target_rect = move || {
        let d = drag.drag.get()?;
        let landing = d.landing?;
        let scene = state.scene.get();
        let r = scene.item(landing.item_id())?.rect;
        Some(view! {
            <rect class="drop-target" data-testid="drop-target" x=r.x y=r.y width=r.w height=r.h rx="8" />
        })
    };
    let ghost = move || {
        let d = drag.drag.get().filter(|d| d.moved)?;
        let mut label = ghost_label(&d.what);
        if let Dragged::Node(id) = &d.what {
            let nodes = state.selected_nodes();
            if nodes.len() > 1 && nodes.contains(id) {
                label = format!("{label} +{}", nodes.len() - 1);
            }
        }
        let (x, y) = d.at;
        Some(view! {
            <g class="ghost" transform=format!("translate({:.1} {:.1})", x + 6.0, y + 6.0)>
                <rect width="140" height="30" rx="6" />
                <text x="10" y="20">{label}</text>
            </g>
        })
    };
    let mode = move || {
        let mut class = String::from("canvas");
        if drag.drag.with(|d| d.as_ref().is_some_and(|d| d.moved)) {
            class.push_str(" dragging");
        }
        if state.scenario.with(Option::is_some) {
            class.push_str(" scenario-mode");
        }
        class
    };
    view! {
        <div class="canvas-wrap">
            <svg
                node_ref=drag.svg
                class=mode
                data-testid="canvas"
                tabindex="0"
                role="application"
                aria-label="Deployment canvas: arrows move between items, Enter selects, M moves the selected node, Delete deletes, N adds a node, A adds a zone or rack to the selection (a region when nothing is selected), F2 renames"
                on:pointerenter=move |_| drag.hover.set(true)
                on:pointerleave=move |_| drag.hover.set(false)
                on:pointerdown=move |ev| gestures.down(ev)
                on:pointermove=move |ev| gestures.moved(ev)
                on:pointerup=move |ev| gestures.up(ev, true)
                on:pointercancel=move |ev| gestures.up(ev, false)
                on:wheel=move |ev| gestures.wheel(ev)
                on:contextmenu=move |ev| gestures.context(ev)
                on:dblclick=move |ev| {
                    if item_of(&ev).is_some_and(|(_, kind)| kind != "tray") {
                        super::gestures::focus("inspector-label");
                    }
                }
                on:keydown=move |ev| gestures.key(ev)
            >
                <g transform=transform>
                    <g class="body" inner_html=move || body.get()></g>
                    <g class="overlay" inner_html=move || overlay.get()></g>
                    {target_rect}
                    {ghost}
                </g>
            </svg>
            <ContextMenu menu />
            {move || state.layout.with(|l| l.regions.is_empty()).then(|| view! {
                <div class="canvas-empty" data-testid="canvas-empty">
                    <p><strong>"An empty design."</strong></p>
                    <p>"Add a region with “+ Region” (or the A key), zones and racks inside it, then drag nodes from the palette into them."</p>
                    <p>"Or start from one of the guidance's layouts: New ▸ From the guidance."</p>
                </div>
            })}
            {move || state.scenario.get().map(|id| view! {
                <div class="scenario-banner" data-testid="scenario-banner" role="status">
                    <span>"Scenario: " {crate::explore::title(&id)}</span>
                    <button on:click=move |_| state.scenario.set(None)>"Back to design"</button>
                </div>
            })}
        </div>
    }
}

/// Clicking an item selects it (Shift adds or removes; Alt fails it, Alt+Shift isolates it).
pub fn click_item(state: &AppState, id: &str, kind: &str, shift: bool, alt: bool) {
    if alt && kind != "tray" {
        actions::show_scenario(state, id, shift);
        return;
    }
    if kind == "tray" {
        if !shift {
            state.selection.set(Vec::new());
        }
        return;
    }
    let id = id.to_string();
    state.selection.update(|s| {
        if shift {
            if let Some(i) = s.iter().position(|x| *x == id) {
                s.remove(i);
            } else {
                s.push(id);
            }
        } else {
            *s = vec![id];
        }
    });
}

/// What a pointer-down on an item drags.
pub fn draggable(id: &str, kind: &str) -> Option<Dragged> {
    match kind {
        "node" => Some(Dragged::Node(id.into())),
        "zone" => Some(Dragged::Zone(id.into())),
        "rack" => Some(Dragged::Rack(id.into())),
        _ => None,
    }
}
