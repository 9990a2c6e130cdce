//! The palette: node templates for the DC/OS roles. Drag one onto a rack,
//! a zone or the tray to create the node and its memberships; click it (or
//! press Enter on it) to add one to the selected rack or zone.

use leptos::prelude::*;

use super::actions;
use super::drag::{DragCtx, Dragged};
use super::state::use_state;
use crate::edit::{Command, Template};

/// What a template brings, for its tooltip.
fn hint(t: Template) -> &'static str {
    match t {
        Template::Master => {
            "Joins the Mesos masters quorum, the ZooKeeper ensemble and the Marathon leader group"
        }
        Template::PrivateAgent => "Runs tasks; not reachable from outside",
        Template::PublicAgent => "Runs tasks reachable from outside",
        Template::Database => "An agent that joins the database service",
        Template::LoadBalancer => "A public agent that joins the load balancer service",
        Template::Generic => "Any other machine",
    }
}

/// The template palette.
#[component]
pub fn Palette() -> impl IntoView {
    let state = use_state();
    let drag = expect_context::<DragCtx>();
    let dragged = StoredValue::new(false);
    view! {
        <section class="palette" data-testid="palette" aria-label="Node templates">
            <h2>"Add nodes"</h2>
            <p class="hint">"Drag onto a rack, zone or the unplaced tray, or click to add to the selection."</p>
            <ul>
                {Template::ALL
                    .into_iter()
                    .map(|t| {
                        view! {
                            <li>
                                <button
                                    class=format!("template template-{}", t.as_str())
                                    data-template=t.as_str()
                                    title=hint(t)
                                    on:pointerdown=move |ev| {
                                        if ev.button() != 0 {
                                            return;
                                        }
                                        dragged.set_value(false);
                                        if let Some(el) = ev.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) {
                                            let _ = el.set_pointer_capture(ev.pointer_id());
                                        }
                                        drag.start(&state, Dragged::Template(t), ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64);
                                    }
                                    on:pointermove=move |ev| drag.follow(&state, ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64)
                                    on:pointerup=move |_| {
                                        // A drag that moved, or one cancelled by Escape, is not a click.
                                        let (active, moved) = drag.drag.with_untracked(|d| (d.is_some(), d.as_ref().is_some_and(|d| d.moved)));
                                        dragged.set_value(moved || !active);
                                        drag.finish(&state, true);
                                    }
                                    on:pointercancel=move |_| { drag.finish(&state, false); }
                                    on:click=move |_| {
                                        if dragged.get_value() {
                                            dragged.set_value(false);
                                            return;
                                        }
                                        let sel = state.selection.get_untracked();
                                        let to = actions::target_for(&state, sel.last().map(String::as_str));
                                        actions::select_created(&state, Command::AddNode { template: t, to });
                                    }
                                >
                                    <span class="template-mark" aria-hidden="true"></span>
                                    {t.label()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
