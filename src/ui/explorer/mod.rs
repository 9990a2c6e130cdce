//! The failure-scenario explorer (issue 5): the scenario list, scenario
//! mode on the canvas, the heatmap and the workshop (presenter, quiz).

use leptos::prelude::*;

/// The scenario list and the selected scenario's details.
#[component]
pub fn Scenarios() -> impl IntoView {
    view! { <p class="hint">"Scenarios"</p> }
}

/// The survivability heatmap.
#[component]
pub fn HeatmapPanel() -> impl IntoView {
    view! { <p class="hint">"Heatmap"</p> }
}

/// The presenter view (large text), shown over the page when on.
#[component]
pub fn Presenter() -> impl IntoView {
    view! { <span></span> }
}
