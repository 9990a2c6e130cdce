//! The app shell: toolbar, palette and inspector, canvas, and the analysis
//! side panel. Provides the state and restores the autosaved design.

use leptos::prelude::*;

use super::analysis::{Findings, Summary};
use super::canvas_view::Canvas;
use super::components_panel::ComponentsPanel;
use super::drag::DragCtx;
use super::explorer::{HeatmapPanel, Presenter, Scenarios};
use super::field::Field;
use super::inspector::Inspector;
use super::notice::{ConfirmDialog, NoticeBar};
use super::palette::Palette;
use super::state::{AppState, use_state};
use super::storage::{self, Restored};
use super::toolbar::Toolbar;
use super::{files, keys, sample_layout};
use crate::edit::Command;

/// The side panel's tabs: key and title.
const TABS: [(&str, &str); 4] = [
    ("analysis", "Findings"),
    ("components", "Components"),
    ("scenarios", "Scenarios"),
    ("heatmap", "Heatmap"),
];

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let restored = storage::restore();
    let (layout, kept) = match restored {
        Restored::Layout(l) => (l, None),
        Restored::Nothing => (sample_layout(), None),
        Restored::KeptAside { key, errors } => (sample_layout(), Some((key, errors))),
    };
    let state = AppState::new(layout);
    provide_context(state);
    let drag = DragCtx::new();
    provide_context(drag);
    if let Some((key, errors)) = kept {
        state.error(
            format!(
                "The design saved in this browser could not be restored; it is kept aside, unchanged, \
                 under the storage key \"{key}\". The sample is open instead."
            ),
            errors,
        );
        let text = storage::kept_text(&key);
        state.notice.update(|n| {
            if let Some(n) = n {
                n.keep = text.map(|t| (format!("{key}.json"), t));
            }
        });
    }
    keys::install(state, drag);
    storage::autosave(state);
    storage::watch_other_tabs(state);
    files::on_start(&state);
    request_animation_frame(move || super::toolbar::fit(&state));
    view! {
        <header class="app-header">
            <h1>"Quorumscope"</h1>
            <DesignName />
            <Toolbar />
        </header>
        <NoticeBar />
        <ConfirmDialog />
        <main class="app-main" class:wide-side=move || state.tab.get() == "heatmap" data-testid="app">
            <aside class="left">
                <Palette />
                <Inspector />
            </aside>
            <Canvas />
            <aside class="side">
                <Summary />
                <div class="tabs" role="tablist">
                    {TABS.into_iter().map(|(key, title)| view! {
                        <button role="tab" data-testid=format!("tab-{key}") aria-selected=move || (state.tab.get() == key).to_string()
                            on:click=move |_| state.tab.set(key)>{title}</button>
                    }).collect_view()}
                </div>
                <div class="tab-body" role="tabpanel">
                    {move || match state.tab.get() {
                        "components" => view! { <ComponentsPanel /> }.into_any(),
                        "scenarios" => view! { <Scenarios /> }.into_any(),
                        "heatmap" => view! { <HeatmapPanel /> }.into_any(),
                        _ => view! { <Findings /> }.into_any(),
                    }}
                </div>
            </aside>
        </main>
        <Presenter />
    }
}

/// The design's name, editable.
#[component]
fn DesignName() -> impl IntoView {
    let state: AppState = use_state();
    view! {
        <div class="design-name" data-testid="layout-name">
            <Field label="Design" id="design-name" value=Signal::derive(move || state.layout.with(|l| l.name.clone())) commit=move |t: String| {
                state.try_apply(Command::SetName(t.trim().to_string())).map(|_| ())
            } />
        </div>
    }
}
