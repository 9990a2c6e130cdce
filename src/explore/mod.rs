//! The failure-scenario explorer as plain data: scenario rows grouped by
//! class with their down/degraded counts, filters, the domains a scenario
//! fails or isolates (for the canvas), and the presenter's summary.
//!
//! A scenario is *failing* when at least one component is down in it;
//! degraded components alone do not make it failing (they are still up).

mod marks;
mod parse;
mod summary;

pub use marks::marks;
pub use parse::{ScenarioDomains, parse_scenario, title};
pub use summary::{Line, Summary, summary};

use crate::engine::{Analysis, ScenarioResult, Status};

/// Group names in display order.
pub const GROUPS: [&str; 7] = [
    "baseline",
    "nodes",
    "racks",
    "zones",
    "regions",
    "pairs",
    "partitions",
];

/// One row of the scenario list.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into `Analysis::scenarios`.
    pub index: usize,
    /// Scenario id.
    pub id: String,
    /// Group name: `baseline`, `nodes`, `racks`, `zones`, `regions`, `pairs`, `partitions`.
    pub group: &'static str,
    /// Components down.
    pub down: usize,
    /// Components degraded.
    pub degraded: usize,
}

impl Row {
    /// Whether some component is down in this scenario.
    pub fn is_failing(&self) -> bool {
        self.down > 0
    }
}

/// The group of a scenario result (by its class, falling back to its id).
pub fn group_of(result: &ScenarioResult) -> &'static str {
    match result.class {
        "none" => "baseline",
        "node" => "nodes",
        "rack" => "racks",
        "zone" => "zones",
        "region" => "regions",
        c if c.starts_with("isolate:") => "partitions",
        c if c.contains('+') => "pairs",
        _ => group_of_id(&result.id),
    }
}

/// The group of a scenario id (`baseline` for anything unparsable).
pub fn group_of_id(id: &str) -> &'static str {
    let Some(d) = parse_scenario(id) else {
        return "baseline";
    };
    if !d.isolated.is_empty() {
        return "partitions";
    }
    match d.failed.as_slice() {
        [] => "baseline",
        [_, _, ..] => "pairs",
        [(level, _)] => match level {
            crate::model::Level::Node => "nodes",
            crate::model::Level::Rack => "racks",
            crate::model::Level::Zone => "zones",
            crate::model::Level::Region => "regions",
        },
    }
}

/// Every listed scenario as a row, in analysis order.
pub fn rows(analysis: &Analysis) -> Vec<Row> {
    analysis
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let (mut down, mut degraded) = (0, 0);
            for &st in &s.status {
                down += usize::from(st == Status::Down);
                degraded += usize::from(st == Status::Degraded);
            }
            Row {
                index,
                id: s.id.clone(),
                group: group_of(s),
                down,
                degraded,
            }
        })
        .collect()
}

/// Per group of [`GROUPS`], in that order (empty groups included):
/// `(group, scenarios, failing scenarios)`.
pub fn group_counts(rows: &[Row]) -> Vec<(&'static str, usize, usize)> {
    GROUPS
        .iter()
        .map(|&g| {
            let (mut n, mut failing) = (0, 0);
            for r in rows.iter().filter(|r| r.group == g) {
                n += 1;
                failing += usize::from(r.is_failing());
            }
            (g, n, failing)
        })
        .collect()
}

/// Which rows the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Groups to show (names of [`GROUPS`]); empty shows every group.
    pub groups: Vec<String>,
    /// Show only failing scenarios (some component down).
    pub only_failing: bool,
    /// Words that must all occur in the scenario id (case-insensitive); blank shows all.
    pub text: String,
}

/// The rows a filter lets through, in their order.
pub fn filter<'a>(rows: &'a [Row], f: &Filter) -> Vec<&'a Row> {
    let words: Vec<String> = f.text.split_whitespace().map(str::to_lowercase).collect();
    rows.iter()
        .filter(|r| f.groups.is_empty() || f.groups.iter().any(|g| g == r.group))
        .filter(|r| !f.only_failing || r.is_failing())
        .filter(|r| {
            if words.is_empty() {
                return true;
            }
            // The id and the title shown ("Zone a is cut off from the rest").
            let text = format!("{} {}", r.id, title(&r.id)).to_lowercase();
            words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect()
}

/// The scenario index after (`forward`) or before `current` among the
/// visible rows, wrapping around; the first (last) row when `current` is
/// `None`. When `current` is not visible, the nearest visible row past it
/// in analysis order. `None` when nothing is visible.
pub fn step(visible: &[&Row], current: Option<usize>, forward: bool) -> Option<usize> {
    let (first, last) = (visible.first()?, visible.last()?);
    let Some(cur) = current else {
        return Some(if forward { first.index } else { last.index });
    };
    let n = visible.len();
    if let Some(p) = visible.iter().position(|r| r.index == cur) {
        let q = if forward {
            (p + 1) % n
        } else {
            (p + n - 1) % n
        };
        return Some(visible[q].index);
    }
    let found = if forward {
        visible.iter().find(|r| r.index > cur)
    } else {
        visible.iter().rev().find(|r| r.index < cur)
    };
    Some(found.map_or(if forward { first.index } else { last.index }, |r| r.index))
}

#[cfg(test)]
mod tests;
