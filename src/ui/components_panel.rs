//! The components panel: every quorum, leader and replicated service with
//! its members, dependencies, min_available and role; create one from the
//! selected nodes, edit its fields, add or remove members.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::field::Field;
use super::state::{AppState, Shared, use_state};
use crate::edit::Command;
use crate::engine::Status;
use crate::model::{Component, ComponentKind, Role};

/// The components panel.
#[component]
pub fn ComponentsPanel() -> impl IntoView {
    let state = use_state();
    // Looked up once per scenario for the whole panel, not once per component.
    let statuses = Memo::new(move |_| scenario_statuses(&state));
    let new_kind = RwSignal::new(ComponentKind::Replicated);
    let create = move |_| {
        let members = state.selected_nodes();
        let role = match new_kind.get_untracked() {
            // A quorum or leader group says what it is through its role field.
            ComponentKind::Quorum | ComponentKind::Leader => None,
            ComponentKind::Replicated => Some(Role::Service),
        };
        if let Ok(a) = state.apply(Command::AddComponent {
            kind: new_kind.get_untracked(),
            role,
            members,
        }) && let Some(id) = a.created
        {
            state.info(format!("Created component {id}."));
        }
    };
    view! {
        <section class="components" data-testid="components">
            <div class="new-component">
                <select aria-label="Kind of the new component" on:change=move |ev| {
                    let v = ev.target().unwrap().unchecked_into::<web_sys::HtmlSelectElement>().value();
                    if let Some(k) = ComponentKind::ALL.into_iter().find(|k| k.as_str() == v) { new_kind.set(k); }
                }>
                    {ComponentKind::ALL.into_iter().map(|k| view! { <option value=k.as_str() selected=k == ComponentKind::Replicated>{k.as_str()}</option> }).collect_view()}
                </select>
                <button data-testid="create-component" on:click=create>
                    {move || { let n = state.selected_nodes().len(); if n == 0 { "New component".to_string() } else { format!("New component from {n} selected node(s)") } }}
                </button>
            </div>
            <ul>
                <For
                    each=move || state.layout.with(|l| l.components.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
                    key=|id| id.clone()
                    children=move |id| view! { <ComponentItem id statuses /> }
                />
            </ul>
        </section>
    }
}

/// One component: summary, and its editor when open.
#[component]
fn ComponentItem(
    id: String,
    statuses: Memo<Option<Shared<HashMap<String, Status>>>>,
) -> impl IntoView {
    let state = use_state();
    let comp = {
        let id = id.clone();
        Memo::new(move |_| state.layout.with(|l| l.component(&id).cloned()))
    };
    let open = RwSignal::new(false);
    let selected = {
        let id = id.clone();
        move || state.selection.with(|s| s.contains(&id))
    };
    let pick = id.clone();
    let scenario_status = {
        let id = id.clone();
        Memo::new(move |_| statuses.with(|s| s.as_ref().and_then(|s| s.get(&id).copied())))
    };
    move || {
        let c = comp.get()?;
        let status = status_line(&c);
        let pick = pick.clone();
        Some(view! {
            <li class="component" class:selected=selected.clone() data-testid="component" data-id=c.id.clone()>
                <button class="component-head" aria-expanded=move || open.get().to_string() on:click=move |_| {
                    open.update(|o| *o = !*o);
                    state.selection.set(vec![pick.clone()]);
                }>
                    <span class="component-id">{c.id.clone()}</span>
                    <span class="component-kind">{c.kind.as_str()} {c.effective_role().map(|r| format!(" · {}", r.as_str()))}</span>
                </button>
                {move || scenario_status.get().map(|s| view! {
                    <span class=format!("component-status status-{}", s.as_str()) data-testid="component-status" data-status=s.as_str()>
                        {crate::heatmap::symbol(s)} " " {s.as_str()} " in this scenario"
                    </span>
                })}
                <span class="component-members">{status}</span>
                {move || open.get().then(|| editor(state, comp))}
            </li>
        })
    }
}

/// Every component's status in the scenario shown, if one is.
fn scenario_statuses(state: &AppState) -> Option<Shared<HashMap<String, Status>>> {
    let shown = state.shown.get()?;
    let map = state.analysis.with(|a| {
        a.components
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), shown.status_of(i)))
            .collect()
    });
    Some(Shared(Arc::new(map)))
}

fn status_line(c: &Component) -> String {
    let mut s = format!(
        "members: {}",
        if c.members.is_empty() {
            "none".into()
        } else {
            c.members.join(", ")
        }
    );
    if !c.observers.is_empty() {
        s.push_str(&format!("; observers: {}", c.observers.join(", ")));
    }
    if !c.depends_on.is_empty() {
        s.push_str(&format!("; needs {}", c.depends_on.join(", ")));
    }
    if c.kind == ComponentKind::Replicated {
        s.push_str(&format!("; min_available {}", c.min_available()));
    }
    s
}

fn editor(state: AppState, comp: Memo<Option<Component>>) -> impl IntoView {
    let update = move |f: &dyn Fn(&mut Component) -> Result<(), String>| -> Result<(), String> {
        let Some(mut c) = comp.get_untracked() else {
            return Ok(());
        };
        f(&mut c)?;
        state.try_apply(Command::SetComponent(c)).map(|_| ())
    };
    let get = move |f: fn(&Component) -> String| {
        Signal::derive(move || comp.with(|c| c.as_ref().map(f).unwrap_or_default()))
    };
    let add_selected = move |_| {
        let Some(c) = comp.get_untracked() else {
            return;
        };
        for node in state.selected_nodes() {
            if !c.members.contains(&node) {
                let _ = state.apply(Command::AddMember {
                    component: c.id.clone(),
                    node,
                });
            }
        }
    };
    let (cid, replicated) = comp
        .get_untracked()
        .map(|c| (c.id, c.kind == ComponentKind::Replicated))
        .unwrap_or_default();
    let rename = cid.clone();
    let relabel = cid.clone();
    view! {
        <div class="component-editor">
            <Field label="Id" id=format!("comp-{cid}-id") value=get(|c| c.id.clone()) commit=move |to: String| {
                let to = to.trim().to_string();
                state.try_apply(Command::Rename { id: rename.clone(), to: to.clone() }).map(|_| state.selection.set(vec![to]))
            } />
            <Field label="Label" id=format!("comp-{cid}-label") value=get(|c| c.label.clone().unwrap_or_default()) commit=move |t: String| {
                let label = (!t.trim().is_empty()).then_some(t);
                state.try_apply(Command::SetLabel { id: relabel.clone(), label }).map(|_| ())
            } />
            <Field label="Depends on (ids, comma-separated)" id=format!("comp-{cid}-deps") value=get(|c| c.depends_on.join(", ")) commit=move |t: String| {
                let deps: Vec<String> = t.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                update(&|c| { c.depends_on = deps.clone(); Ok(()) })
            } />
            {replicated.then(|| view! {
                <Field label="min_available" id=format!("comp-{cid}-min") kind="number" value=get(|c| c.min_available.map(|m| m.to_string()).unwrap_or_default()) commit=move |t: String| {
                    let t = t.trim().to_string();
                    let v = if t.is_empty() { None } else {
                        Some(t.parse::<u32>().ok().filter(|v| *v >= 1).ok_or_else(|| format!("min_available must be a whole number of at least 1, not {t:?}"))?)
                    };
                    update(&|c| { c.min_available = v; Ok(()) })
                } />
            })}
            <label class="field">
                <span class="field-label">"Role"</span>
                <select on:change=move |ev| {
                    let v = ev.target().unwrap().unchecked_into::<web_sys::HtmlSelectElement>().value();
                    let r = Role::ALL.into_iter().find(|r| r.as_str() == v);
                    let _ = update(&|c| { c.role = r; Ok(()) });
                }>
                    <option value="" selected=move || comp.with(|c| c.as_ref().is_some_and(|c| c.role.is_none()))>"(from its name)"</option>
                    {Role::ALL.into_iter().map(|r| view! {
                        <option value=r.as_str() selected=move || comp.with(|c| c.as_ref().is_some_and(|c| c.role == Some(r)))>{r.as_str()}</option>
                    }).collect_view()}
                </select>
            </label>
            <ul class="members">
                {move || comp.get().map(|c| c.members.iter().map(|m| {
                    let (cid, node) = (c.id.clone(), m.clone());
                    view! {
                        <li>
                            <span>{m.clone()}</span>
                            <button class="small" aria-label=format!("Remove {m} from {}", c.id) on:click=move |_| {
                                let _ = state.apply(Command::RemoveMember { component: cid.clone(), node: node.clone() });
                            }>"Remove"</button>
                        </li>
                    }
                }).collect_view())}
            </ul>
            <button data-testid="add-members" on:click=add_selected>"Add selected nodes"</button>
            <button class="danger" on:click=move |_| {
                if let Some(c) = comp.get_untracked() { super::actions::delete(&state, vec![c.id]); }
            }>"Delete component"</button>
        </div>
    }
}
