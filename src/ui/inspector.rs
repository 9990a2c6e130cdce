//! The inspector: edits the selected item (id, label; for a node its
//! address, CPUs, memory, kind and place). Refused values are shown at the
//! field; every accepted change is one undoable command.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actions;
use super::field::Field;
use super::state::{AppState, use_state};
use crate::edit::{self, Command, ItemKind, NodeFields, Target};
use crate::model::{Layout, Node, NodeKind};

fn kind_name(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Region => "Region",
        ItemKind::Zone => "Zone",
        ItemKind::Rack => "Rack",
        ItemKind::Node => "Node",
        ItemKind::Component => "Component",
    }
}

/// The inspector panel.
#[component]
pub fn Inspector() -> impl IntoView {
    let state = use_state();
    let selected = Memo::new(move |_| {
        let sel = state.selection.get();
        match sel.as_slice() {
            [one] => state
                .layout
                .with(|l| edit::item_kind(l, one))
                .map(|k| (one.clone(), k)),
            _ => None,
        }
    });
    view! {
        <section class="inspector" data-testid="inspector" aria-label="Inspector">
            <h2>"Inspector"</h2>
            {move || match selected.get() {
                None => {
                    let n = state.selection.with(Vec::len);
                    if n > 1 {
                        view! {
                            <p>{format!("{n} items selected.")}</p>
                            <button on:click=move |_| actions::delete(&state, state.selection.get_untracked())>"Delete selected"</button>
                        }
                        .into_any()
                    } else {
                        view! { <p class="hint">"Select an item on the canvas (click, or Tab to the canvas and use the arrows)."</p> }.into_any()
                    }
                }
                Some((id, kind)) => item_editor(state, id, kind).into_any(),
            }}
        </section>
    }
}

fn item_editor(state: AppState, id: String, kind: ItemKind) -> impl IntoView {
    let rename_id = id.clone();
    let label_id = id.clone();
    let label = Signal::derive({
        let id = id.clone();
        move || state.layout.with(|l| label_of(l, &id)).unwrap_or_default()
    });
    let id_value = Signal::derive({
        let id = id.clone();
        move || id.clone()
    });
    let container = matches!(kind, ItemKind::Region | ItemKind::Zone | ItemKind::Rack);
    let del = id.clone();
    let add = id.clone();
    let fail = id.clone();
    let iso = id.clone();
    view! {
        <p class="inspector-kind" data-testid="inspector-kind">{kind_name(kind)}</p>
        <Field label="Id" id="inspector-first" value=id_value commit=move |to: String| {
            let to = to.trim().to_string();
            state.try_apply(Command::Rename { id: rename_id.clone(), to: to.clone() }).map(|_| state.selection.set(vec![to]))
        } />
        <Field label="Label" id="inspector-label" value=label commit=move |text: String| {
            let label = (!text.trim().is_empty()).then_some(text);
            state.try_apply(Command::SetLabel { id: label_id.clone(), label }).map(|_| ())
        } />
        {(kind == ItemKind::Node).then(|| node_fields(state, id.clone()))}
        <div class="inspector-actions">
            {container.then(|| view! {
                <button on:click=move |_| actions::add_container(&state, Some(add.clone()))>{match kind { ItemKind::Region => "Add zone", _ => "Add rack" }}</button>
            })}
            {(kind != ItemKind::Component).then(|| view! {
                <button on:click=move |_| actions::show_scenario(&state, &fail, false)>"Fail it"</button>
            })}
            {matches!(kind, ItemKind::Region | ItemKind::Zone).then(|| view! {
                <button on:click=move |_| actions::show_scenario(&state, &iso, true)>"Isolate it"</button>
            })}
            <button class="danger" on:click=move |_| actions::delete(&state, vec![del.clone()])>"Delete"</button>
        </div>
    }
}

/// The label of any item.
fn label_of(l: &Layout, id: &str) -> Option<String> {
    for r in &l.regions {
        if r.id == id {
            return r.label.clone();
        }
        for z in &r.zones {
            if z.id == id {
                return z.label.clone();
            }
            for rk in &z.racks {
                if rk.id == id {
                    return rk.label.clone();
                }
            }
        }
    }
    if let Some(n) = l.node(id) {
        return n.label.clone();
    }
    l.component(id).and_then(|c| c.label.clone())
}

fn fmt_amount(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn node_fields(state: AppState, id: String) -> impl IntoView {
    let node = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .layout
                .with(|l| l.node(&id).cloned())
                .unwrap_or_default()
        })
    };
    let set = move |f: &dyn Fn(&mut NodeFields)| -> Result<(), String> {
        let n: Node = node.get_untracked();
        let mut fields = NodeFields {
            label: n.label.clone(),
            ip: n.ip.clone(),
            cpus: n.cpus,
            mem_gib: n.mem_gib,
            kind: n.kind,
        };
        f(&mut fields);
        state
            .try_apply(Command::SetNode {
                id: n.id.clone(),
                fields,
            })
            .map(|_| ())
    };
    view! {
        <Field label="IP address" value=Signal::derive(move || node.with(|n| n.ip.clone().unwrap_or_default())) commit=move |t: String| {
            let ip = (!t.trim().is_empty()).then(|| t.trim().to_string());
            set(&|f| f.ip = ip.clone())
        } />
        <Field label="CPUs" kind="number" value=Signal::derive(move || node.with(|n| fmt_amount(n.cpus))) commit=move |t: String| {
            let v = edit::parse_amount("cpus", &t)?;
            set(&|f| f.cpus = v)
        } />
        <Field label="Memory (GiB)" kind="number" value=Signal::derive(move || node.with(|n| fmt_amount(n.mem_gib))) commit=move |t: String| {
            let v = edit::parse_amount("mem_gib", &t)?;
            set(&|f| f.mem_gib = v)
        } />
        <label class="field">
            <span class="field-label">"Kind"</span>
            <select on:change=move |ev| {
                let v = ev.target().unwrap().unchecked_into::<web_sys::HtmlSelectElement>().value();
                let k = NodeKind::ALL.into_iter().find(|k| k.as_str() == v);
                let _ = set(&|f| f.kind = k);
            }>
                <option value="" selected=move || node.with(|n| n.kind.is_none())>"(none)"</option>
                {NodeKind::ALL.into_iter().map(|k| view! {
                    <option value=k.as_str() selected=move || node.with(|n| n.kind == Some(k))>{k.as_str()}</option>
                }).collect_view()}
            </select>
        </label>
        <Place state id />
    }
}

/// The keyboard path for moving a node: choose its new place.
#[component]
fn Place(state: AppState, id: String) -> impl IntoView {
    let places = Memo::new(move |_| {
        state.layout.with(|l| {
            let mut v = vec![("tray".to_string(), "Unplaced".to_string())];
            for r in &l.regions {
                for z in &r.zones {
                    v.push((
                        format!("zone:{}", z.id),
                        format!("Zone {} ({})", z.id, r.id),
                    ));
                    for rk in &z.racks {
                        v.push((
                            format!("rack:{}", rk.id),
                            format!("Rack {} ({})", rk.id, z.id),
                        ));
                    }
                }
            }
            v
        })
    });
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            state.layout.with(|l| match edit::parent(l, &id) {
                Some(p) => match edit::item_kind(l, &p) {
                    Some(ItemKind::Rack) => format!("rack:{p}"),
                    _ => format!("zone:{p}"),
                },
                None => "tray".into(),
            })
        })
    };
    // The choice moves the node on Enter or "Move", not on each arrow key
    // (a closed select fires a change per arrow).
    let choice = RwSignal::new(None::<String>);
    let commit = move || {
        let Some(v) = choice.get_untracked() else {
            return;
        };
        choice.set(None);
        let to = if let Some(z) = v.strip_prefix("zone:") {
            Target::Zone(z.into())
        } else if let Some(r) = v.strip_prefix("rack:") {
            Target::Rack(r.into())
        } else {
            Target::Tray
        };
        let _ = state.apply(Command::MoveNode {
            node: id.clone(),
            to,
            index: None,
        });
    };
    let commit2 = commit.clone();
    let pending = move || choice.get().is_some_and(|c| c != current.get());
    view! {
        <div class="field place">
            <label class="field-label" for="place-select">"Place"</label>
            <div class="place-row">
                <select id="place-select" data-testid="place-select"
                    on:change=move |ev| {
                        let v = ev.target().unwrap().unchecked_into::<web_sys::HtmlSelectElement>().value();
                        choice.set(Some(v));
                    }
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); commit(); }
                >
                    {move || places.get().into_iter().map(|(value, text)| {
                        let v2 = value.clone();
                        view! { <option value=value selected=move || current.get() == v2>{text}</option> }
                    }).collect_view()}
                </select>
                <button data-testid="place-move" disabled=move || !pending() on:click=move |_| commit2()>"Move"</button>
            </div>
        </div>
    }
}
