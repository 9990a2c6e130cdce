//! The failure-scenario explorer (issue 5): the scenario list, scenario
//! mode on the canvas, the heatmap and the workshop (presenter, quiz).
//!
//! The explorer's own state ([`Explorer`]) lives as long as the app: it is
//! created on first use under the owner that provides the [`AppState`], so
//! the side-panel tabs can come and go without losing the filter, and the
//! presenter (always mounted) shares it.

mod detail;
mod heatmap_view;
mod keys;
mod list;
mod presenter;

use std::sync::Arc;

use leptos::prelude::*;

use super::state::{AppState, Shared, use_state};
use crate::engine::Status;
use crate::explore::{self, Filter, GROUPS, Row, Summary};

pub use heatmap_view::HeatmapPanel;
pub use list::Scenarios;
pub use presenter::Presenter;

/// The explorer's state, shared by the list, heatmap, presenter and keys.
#[derive(Clone, Copy)]
pub struct Explorer {
    /// Which scenarios the list shows (and stepping visits).
    pub filter: RwSignal<Filter>,
    /// Every listed scenario as a row (analysis order).
    pub rows: Memo<Shared<Vec<Row>>>,
    /// The selected scenario's summary, reasons included (also for pairs).
    pub detail: Memo<Option<Summary>>,
    /// Whether the presenter view is open.
    pub presenter: RwSignal<bool>,
    /// Whether quiz mode is on (results hidden until revealed).
    pub quiz: RwSignal<bool>,
    /// Whether the current scenario's result was revealed (quiz mode).
    pub revealed: RwSignal<bool>,
    /// Heatmap groups shown one row per scenario.
    pub expanded: RwSignal<Vec<String>>,
}

impl Explorer {
    fn new(state: AppState) -> Self {
        let rows = Memo::new(move |_| Shared(Arc::new(state.analysis.with(|a| explore::rows(a)))));
        let detail = Memo::new(move |_| {
            let result = state.shown.get()?;
            Some(
                state
                    .analysis
                    .with(|a| explore::summary(&result, &a.components)),
            )
        });
        let ex = Explorer {
            filter: RwSignal::new(Filter::default()),
            rows,
            detail,
            presenter: RwSignal::new(false),
            quiz: RwSignal::new(false),
            revealed: RwSignal::new(false),
            expanded: RwSignal::new(Vec::new()),
        };
        // A new scenario starts hidden again in quiz mode.
        Effect::new(move |_| {
            state.scenario.track();
            ex.revealed.set(false);
        });
        // The canvas's statuses are hidden by a class on the root element.
        Effect::new(move |_| {
            let hide = ex.hidden() && state.scenario.with(Option::is_some);
            if let Some(root) = document().document_element() {
                let _ = root.class_list().toggle_with_force("quiz-hidden", hide);
            }
        });
        ex
    }

    /// Whether results are hidden (quiz on, not revealed yet). Tracks.
    pub fn hidden(&self) -> bool {
        self.quiz.get() && !self.revealed.get()
    }
}

/// The explorer state, created on first use for the lifetime of the app.
pub fn explorer() -> Explorer {
    if let Some(ex) = use_context::<Explorer>() {
        return ex;
    }
    let state = use_state();
    // Climb to the owner that provides the app state (the app's own).
    let mut owner = Owner::current().expect("explorer used outside the app");
    while let Some(parent) = owner.parent() {
        if parent.with(use_context::<AppState>).is_none() {
            break;
        }
        owner = parent;
    }
    owner.with(|| {
        let ex = Explorer::new(state);
        provide_context(ex);
        ex
    })
}

/// The rows a filter shows, grouped in [`GROUPS`] order (analysis order within a group).
pub fn visible<'a>(rows: &'a [Row], filter: &Filter) -> Vec<&'a Row> {
    let mut out = explore::filter(rows, filter);
    out.sort_by_key(|r| GROUPS.iter().position(|g| *g == r.group));
    out
}

/// Show a scenario on the canvas (scenario mode).
pub fn select(state: &AppState, id: String) {
    if state.scenario.get_untracked().as_deref() != Some(id.as_str()) {
        state.scenario.set(Some(id));
    }
}

/// Step to the next (or previous) visible scenario, wrapping around.
pub fn step(state: &AppState, ex: &Explorer, forward: bool) {
    let rows = ex.rows.get_untracked();
    let next = ex.filter.with_untracked(|f| {
        let shown = visible(&rows, f);
        let current = state.scenario.with_untracked(|s| {
            let id = s.as_deref()?;
            rows.iter().find(|r| r.id == id).map(|r| r.index)
        });
        explore::step(&shown, current, forward)
    });
    if let Some(row) = next.and_then(|i| rows.get(i)) {
        select(state, row.id.clone());
    }
}

/// Where the selected scenario is among the visible rows: (1-based position, count).
pub fn position(state: &AppState, ex: &Explorer) -> Option<(usize, usize)> {
    let rows = ex.rows.get();
    let id = state.scenario.get()?;
    ex.filter.with(|f| {
        let shown = visible(&rows, f);
        let p = shown.iter().position(|r| r.id == id)?;
        Some((p + 1, shown.len()))
    })
}

/// The symbol of a status, so that colour is never the only signal.
pub fn symbol(status: Status) -> &'static str {
    crate::heatmap::symbol(status)
}

/// Down, degraded and ok counts of a summary as one sentence.
pub fn counts(summary: &Summary) -> String {
    let n = |s| summary.lines.iter().filter(|l| l.status == s).count();
    format!(
        "{} down, {} degraded, {} ok",
        n(Status::Down),
        n(Status::Degraded),
        n(Status::Ok)
    )
}
