//! The app shell: header, the layout's domain tree and its components.

use leptos::prelude::*;

use super::analysis::AnalysisPanel;
use super::sample_layout;
use super::tree::RegionView;
use crate::model::Layout;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let layout = RwSignal::new(sample_layout());
    view! {
        <header class="app-header">
            <h1>"Quorumscope"</h1>
            <p class="layout-name" data-testid="layout-name">{move || layout.get().name}</p>
        </header>
        <main class="app-main" data-testid="app">
            <div class="canvas">
                {move || layout.get().regions.into_iter().map(|region| view! { <RegionView region /> }).collect_view()}
            </div>
            <aside class="side">
                <AnalysisPanel layout />
                <ComponentsPanel layout />
            </aside>
        </main>
    }
}

/// The components of the layout with their kind and members.
#[component]
fn ComponentsPanel(layout: RwSignal<Layout>) -> impl IntoView {
    view! {
        <section class="components" data-testid="components">
            <h2>"Components"</h2>
            <ul>
                {move || {
                    layout
                        .get()
                        .components
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li class="component" data-testid="component">
                                    <span class="component-id">{c.id.clone()}</span>
                                    <span class="component-kind">{c.kind.as_str()}</span>
                                    <span class="component-members">{c.members.join(", ")}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
