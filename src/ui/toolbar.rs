//! The toolbar: new, file actions, undo and redo, add a region, zoom and fit.

use leptos::prelude::*;

use super::actions;
use super::files::FileMenu;
use super::new_menu::NewMenu;
use super::state::{AppState, View, use_state};

/// Zoom about the canvas centre.
pub fn zoom(state: &AppState, factor: f64) {
    let (w, h) = canvas_size();
    state
        .view
        .update(|v| *v = v.zoom_at(factor, w / 2.0, h / 2.0));
}

/// The canvas's size in CSS pixels.
pub fn canvas_size() -> (f64, f64) {
    document()
        .query_selector("[data-testid=canvas]")
        .ok()
        .flatten()
        .map(|e| {
            let r = e.get_bounding_client_rect();
            (r.width(), r.height())
        })
        .unwrap_or((800.0, 600.0))
}

/// Show the whole drawing.
pub fn fit(state: &AppState) {
    let (w, h) = canvas_size();
    let scene = state.scene.get_untracked();
    state.view.set(View::fit(scene.width, scene.height, w, h));
}

/// The toolbar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let state = use_state();
    view! {
        <nav class="toolbar" aria-label="Tools">
            <NewMenu />
            <FileMenu />
            <span class="sep"></span>
            <button data-testid="undo" title="Undo (Ctrl+Z)" disabled=move || !state.editor.with(|e| e.can_undo()) on:click=move |_| state.undo()>"↶ Undo"</button>
            <button data-testid="redo" title="Redo (Ctrl+Shift+Z)" disabled=move || !state.editor.with(|e| e.can_redo()) on:click=move |_| state.redo()>"↷ Redo"</button>
            <span class="sep"></span>
            <button data-testid="add-region" on:click=move |_| actions::add_container(&state, None)>"+ Region"</button>
            <button data-testid="add-child" title="Add a zone to the selected region, a rack to the selected zone"
                on:click=move |_| actions::add_container(&state, state.selection.get_untracked().last().cloned())>"+ Zone/Rack"</button>
            <span class="sep"></span>
            <button data-testid="zoom-out" aria-label="Zoom out" on:click=move |_| zoom(&state, 1.0 / 1.25)>"−"</button>
            <span class="zoom-level" data-testid="zoom-level">{move || format!("{:.0}%", state.view.get().scale * 100.0)}</span>
            <button data-testid="zoom-in" aria-label="Zoom in" on:click=move |_| zoom(&state, 1.25)>"+"</button>
            <button data-testid="fit" on:click=move |_| fit(&state)>"Fit"</button>
        </nav>
    }
}
