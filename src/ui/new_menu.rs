//! "New": start from an empty layout or the sample (an undoable replace).

use leptos::prelude::*;

use super::state::use_state;
use crate::edit::Command;
use crate::model::Layout;

/// The "New" menu.
#[component]
pub fn NewMenu() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let start = move |layout: Layout, what: &str| {
        open.set(false);
        if state.apply(Command::Replace(layout)).is_ok() {
            state.dirty.set(false);
            state.info(format!("Started from {what}. Undo brings the previous design back."));
            super::toolbar::fit();
        }
    };
    view! {
        <div class="menu">
            <button data-testid="new" aria-haspopup="menu" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>"New ▾"</button>
            {move || open.get().then(|| view! {
                <ul class="menu-list" role="menu">
                    <li><button role="menuitem" data-testid="new-empty" on:click=move |_| start(Layout { name: "Untitled design".into(), ..Layout::default() }, "an empty layout")>"Empty layout"</button></li>
                    <li><button role="menuitem" data-testid="new-sample" on:click=move |_| start(super::sample_layout(), "the sample")>"Sample: masters and agents across three zones"</button></li>
                </ul>
            })}
        </div>
    }
}
