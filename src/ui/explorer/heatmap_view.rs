//! The heatmap tab: the plotters SVG of scenarios x components (drawn by the
//! pure `heatmap::heatmap`), groups that expand on click, and clicks on a
//! row or cell that select its scenario.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{Explorer, explorer, select};
use crate::explore::{self, GROUPS};
use crate::heatmap::{self, Heatmap, HeatmapOptions, thousands};
use crate::ui::state::{AppState, Shared, use_state};

/// Scenario rows an expanded group shows at first, and how many more a
/// click on its "N more" row adds (a browser lays out about 80 cells per
/// millisecond here: 250 rows of 80 columns take seconds).
const GROUP_ROWS: usize = 50;

/// The survivability heatmap.
#[component]
pub fn HeatmapPanel() -> impl IntoView {
    let state = use_state();
    let ex = explorer();
    let group_rows = RwSignal::new(GROUP_ROWS);
    let map = Memo::new(move |_| {
        let opts = HeatmapOptions {
            expanded: ex.expanded.get(),
            group_rows: group_rows.get(),
            ..HeatmapOptions::default()
        };
        Shared(Arc::new(
            state.analysis.with(|a| heatmap::heatmap(a, &opts)),
        ))
    });
    view! {
        <section class="heatmap-panel" data-testid="heatmap-panel">
            <p class="hint">"Scenarios (rows) × components (columns): ✓ ok, ! degraded, ✗ down. \
                Click a row or cell to show its scenario; click a group (▸) to expand it."</p>
            <GroupToggles ex />
            <Selected state />
            {move || if ex.hidden() {
                view! {
                    <p class="quiz-hint" data-testid="heatmap-hidden">"The heatmap is hidden for the quiz. "
                        <button on:click=move |_| ex.revealed.set(true)>"Reveal (R)"</button>
                    </p>
                }.into_any()
            } else {
                view! { <Chart state ex map group_rows /> }.into_any()
            }}
        </section>
    }
}

/// Buttons expanding or collapsing the aggregated groups (keyboard path).
#[component]
fn GroupToggles(ex: Explorer) -> impl IntoView {
    move || {
        let rows = ex.rows.get();
        if rows.len() <= HeatmapOptions::default().max_rows {
            return None;
        }
        let expanded = ex.expanded.get();
        let toggles = explore::group_counts(&rows)
            .into_iter()
            .filter(|(_, n, _)| *n >= 2)
            .map(|(group, n, _)| {
                let open = expanded.iter().any(|g| g == group);
                view! {
                    <button class="chip" data-testid="heatmap-group" data-group=group aria-expanded=open.to_string()
                        on:click=move |_| toggle(&ex, group)>
                        {if open { "▾ " } else { "▸ " }} {group} " " <span class="chip-count">{thousands(n)}</span>
                    </button>
                }
            })
            .collect_view();
        Some(view! { <div class="chips" role="group" aria-label="Heatmap groups">{toggles}</div> })
    }
}

/// The selected scenario's title, above the chart.
#[component]
fn Selected(state: AppState) -> impl IntoView {
    move || {
        state.scenario.get().map(|id| {
            view! {
                <p class="heatmap-selected" data-testid="heatmap-selected">
                    "Showing: " <strong>{explore::title(&id)}</strong> " "
                    <button on:click=move |_| state.tab.set("scenarios")>"Details"</button>
                </p>
            }
        })
    }
}

/// The chart itself, with the selected row outlined.
#[component]
fn Chart(
    state: AppState,
    ex: Explorer,
    map: Memo<Shared<Heatmap>>,
    group_rows: RwSignal<usize>,
) -> impl IntoView {
    let svg = move || {
        map.with(|m| {
            m.svg.replacen(
                "<svg ",
                "<svg role=\"img\" aria-label=\"Survivability heatmap\" ",
                1,
            )
        })
    };
    let outline = move || {
        let id = state.scenario.get()?;
        let index = state
            .analysis
            .with(|a| a.scenarios.iter().position(|s| s.id == id))?;
        map.with(|m| {
            let row = m
                .rows
                .iter()
                .find(|r| r.scenario() == Some(index))
                .or_else(|| m.rows.iter().rev().find(|r| r.scenarios.contains(&index)))?;
            Some((row.top, row.bottom - row.top, f64::from(m.width)))
        })
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(target) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let Some(svg) = target.query_selector("svg").ok().flatten() else {
            return;
        };
        let r = svg.get_bounding_client_rect();
        if r.width() <= 0.0 || r.height() <= 0.0 {
            return;
        }
        map.with_untracked(|m| {
            // Rows span the whole width: the height alone says which one.
            let y = (f64::from(ev.client_y()) - r.top()) * f64::from(m.height) / r.height();
            if let Some(row) = m.row_at(y) {
                clicked(&state, &ex, row, group_rows);
            }
        });
    };
    view! {
        <div class="heatmap-scroll" data-testid="heatmap">
            <div class="heatmap-canvas" on:click=on_click
                data-width=move || map.with(|m| m.width) data-height=move || map.with(|m| m.height)>
                <div class="heatmap-svg" inner_html=svg></div>
                {move || outline().map(|(top, height, width)| view! {
                    <div class="heatmap-outline" aria-hidden="true" style:top=format!("{top}px")
                        style:height=format!("{height}px") style:width=format!("{width}px")></div>
                })}
            </div>
        </div>
    }
}

/// A click on a row: select a scenario row; expand or collapse a group row;
/// on the "N more" row of an expanded group, show more of it (up to
/// `heatmap::MAX_GROUP_ROWS`), then select its first scenario.
fn clicked(state: &AppState, ex: &Explorer, row: &heatmap::HeatRow, group_rows: RwSignal<usize>) {
    if let Some(i) = row.scenario() {
        if let Some(id) = state
            .analysis
            .with_untracked(|a| a.scenarios.get(i).map(|s| s.id.clone()))
        {
            select(state, id);
        }
        return;
    }
    let open = ex
        .expanded
        .with_untracked(|e| e.iter().any(|g| g == row.group));
    if open && !row.label.ends_with('▾') {
        let shown = group_rows.get_untracked();
        if shown < heatmap::MAX_GROUP_ROWS {
            group_rows.set((shown + GROUP_ROWS).min(heatmap::MAX_GROUP_ROWS));
            return;
        }
        if let Some(id) = row.scenarios.first().and_then(|&i| {
            state
                .analysis
                .with_untracked(|a| a.scenarios.get(i).map(|s| s.id.clone()))
        }) {
            select(state, id);
        }
        return;
    }
    if let Some(group) = GROUPS.iter().find(|g| **g == row.group) {
        toggle(ex, group);
    }
}

fn toggle(ex: &Explorer, group: &'static str) {
    ex.expanded.update(|e| {
        if let Some(i) = e.iter().position(|g| g == group) {
            e.remove(i);
        } else {
            e.push(group.to_string());
        }
    });
}
