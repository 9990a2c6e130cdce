//! The presenter's summary of one scenario.

use super::title;
use crate::engine::{ScenarioResult, Status};

/// One component's line in a summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Component id.
    pub component: String,
    /// Its status in the scenario.
    pub status: Status,
    /// Why (the engine's reason when it gave one).
    pub reason: String,
}

/// What a scenario does, for the presenter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// The scenario as a sentence ([`title`]).
    pub title: String,
    /// Components down, then degraded, then ok (layout order within each).
    pub lines: Vec<Line>,
    /// What the guidance says happens, one sentence each.
    pub facts: Vec<String>,
}

fn fallback_reason(status: Status) -> &'static str {
    match status {
        Status::Down => "Down in this scenario.",
        Status::Degraded => "Up, but some members are missing or cut off.",
        Status::Ok => "Up, every member live.",
    }
}

/// Sum up a scenario: `components` are `Analysis::components`. Reasons
/// come from `result.reasons` when present (the engine leaves them out of
/// pair scenarios: `engine::status_in` gives a result that has them).
pub fn summary(result: &ScenarioResult, components: &[String]) -> Summary {
    let mut lines: Vec<Line> = components
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let status = result.status_of(i);
            let reason = match result.reasons.get(i) {
                Some(r) if !r.trim().is_empty() => r.clone(),
                _ => fallback_reason(status).to_string(),
            };
            Line {
                component: c.clone(),
                status,
                reason,
            }
        })
        .collect();
    // Stable: layout order within a status.
    lines.sort_by_key(|l| std::cmp::Reverse(l.status));
    Summary {
        title: title(&result.id),
        lines,
        facts: result.facts.iter().map(|f| f.message.clone()).collect(),
    }
}
