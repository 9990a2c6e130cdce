//! "New": start from an empty layout, the sample, or one of the guidance's
//! presets (an undoable replace). A preset opens with its note: what the
//! guidance recommends and warns for that layout.

use leptos::prelude::*;

use super::files::{close_outside, fit};
use super::state::use_state;
use crate::edit::Command;
use crate::export::presets;
use crate::model::Layout;

/// The "New" menu.
#[component]
pub fn NewMenu() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Div>::new();
    close_outside(menu, move || {
        open.maybe_update(|o| std::mem::replace(o, false))
    });
    let start = move |layout: Layout, message: String| {
        open.set(false);
        if state.apply(Command::Replace(layout)).is_ok() {
            state.dirty.set(false);
            state.info(message);
            fit(&state);
        }
    };
    let started =
        |what: &str| format!("Started from {what}. Undo brings the previous design back.");
    view! {
        <div class="menu" node_ref=menu on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
            <button data-testid="new" aria-haspopup="menu" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>"New ▾"</button>
            {move || open.get().then(|| view! {
                <ul class="menu-list" role="menu">
                    <li><button role="menuitem" data-testid="new-empty" on:click=move |_| start(Layout { name: "Untitled design".into(), ..Layout::default() }, started("an empty layout"))>"Empty layout"</button></li>
                    <li><button role="menuitem" data-testid="new-sample" on:click=move |_| start(super::sample_layout(), started("the sample"))>"Sample: masters and agents across three zones"</button></li>
                    <li class="menu-heading" role="presentation">"From the guidance"</li>
                    {presets().iter().map(|p| view! {
                        <li><button role="menuitem" data-testid=format!("new-preset-{}", p.id) title=p.note
                            on:click=move |_| start(p.layout(), format!("{}: {} (Undo brings the previous design back.)", p.title, p.note))>{p.title}</button></li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}
