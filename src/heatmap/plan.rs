//! Which rows the heatmap draws: one per scenario, or collapsed groups.

use super::HeatmapOptions;
use crate::engine::{Analysis, Status};
use crate::explore::{GROUPS, group_of};

/// By default an expanded group shows at most this many scenario rows
/// (`HeatmapOptions::group_rows`); the rest share one collapsed row
/// (10,000 node rows x 80 components would make a 200 MB SVG; 250 rows
/// make about 5 MB, which a browser takes seconds to lay out).
pub const MAX_GROUP_ROWS: usize = 250;

/// Row labels are cut to this many characters (with an ellipsis).
pub const ROW_LABEL_CHARS: usize = 34;

/// A row to draw, before geometry.
#[derive(Debug)]
pub(super) struct Planned {
    pub label: String,
    pub group: &'static str,
    pub scenarios: Vec<usize>,
    /// A group row (collapsed, expanded header or the rest of a group).
    pub is_group: bool,
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `text` cut to at most `max` characters, the last being `…` when cut.
pub fn ellipsis(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Scenario rows grouped in [`GROUPS`] order (analysis order within a
/// group). Up to `max_rows` listed scenarios every scenario gets a row;
/// past it, each group of two or more scenarios not in `expanded` becomes
/// one row, and an expanded group gets a header row then its scenarios.
pub(super) fn plan(analysis: &Analysis, opts: &HeatmapOptions) -> Vec<Planned> {
    let mut by_group: Vec<Vec<usize>> = vec![Vec::new(); GROUPS.len()];
    for (i, s) in analysis.scenarios.iter().enumerate() {
        let g = GROUPS.iter().position(|&g| g == group_of(s)).unwrap_or(0);
        by_group[g].push(i);
    }
    let collapse = analysis.scenarios.len() > opts.max_rows;
    let mut out = Vec::new();
    for (g, members) in by_group.into_iter().enumerate() {
        let group = GROUPS[g];
        let one = |i: usize| Planned {
            label: ellipsis(&analysis.scenarios[i].id, ROW_LABEL_CHARS),
            group,
            scenarios: vec![i],
            is_group: false,
        };
        if !collapse || members.len() < 2 {
            out.extend(members.into_iter().map(one));
            continue;
        }
        let count = thousands(members.len());
        if !opts.expanded.iter().any(|e| e == group) {
            out.push(Planned {
                label: format!("{group} ({count}) ▸"),
                group,
                scenarios: members,
                is_group: true,
            });
            continue;
        }
        out.push(Planned {
            label: format!("{group} ({count}) ▾"),
            group,
            scenarios: members.clone(),
            is_group: true,
        });
        let shown = opts.group_rows.max(1);
        out.extend(members.iter().take(shown).map(|&i| one(i)));
        if members.len() > shown {
            let rest = members[shown..].to_vec();
            out.push(Planned {
                label: format!("{group}: {} more ▸", thousands(rest.len())),
                group,
                scenarios: rest,
                is_group: true,
            });
        }
    }
    out
}

/// The worst status of each of the first `cols` components over `scenarios`.
pub(super) fn worst(analysis: &Analysis, scenarios: &[usize], cols: usize) -> Vec<Status> {
    let mut out = vec![Status::Ok; cols];
    for &s in scenarios {
        let Some(result) = analysis.scenarios.get(s) else {
            continue;
        };
        // Components past the end of a status vector count as down.
        let known = result.status.len().min(cols);
        for (w, &s) in out.iter_mut().zip(&result.status[..known]) {
            *w = (*w).max(s);
        }
        out[known..].fill(Status::Down);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_ellipsis() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1234), "1,234");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(ellipsis("abc", 3), "abc");
        assert_eq!(ellipsis("abcd", 3), "ab…");
        assert_eq!(ellipsis("ééééé", 2), "é…");
        assert_eq!(ellipsis("x", 0), "…");
    }

    #[test]
    fn expanded_group_shows_group_rows_then_the_rest() {
        let scenario = |i: usize| crate::engine::ScenarioResult {
            id: format!("node:n{i}"),
            class: "node",
            status: vec![Status::Ok],
            reasons: Vec::new(),
            facts: Vec::new(),
        };
        let analysis = Analysis {
            components: vec!["c".into()],
            scenarios: (0..30).map(scenario).collect(),
            goals: Vec::new(),
            truncated: false,
            omitted: 0,
        };
        let opts = HeatmapOptions {
            expanded: vec!["nodes".into()],
            max_rows: 10,
            group_rows: 8,
            ..HeatmapOptions::default()
        };
        let rows = plan(&analysis, &opts);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels.len(), 1 + 8 + 1, "{labels:?}");
        assert_eq!(labels[0], "nodes (30) ▾");
        assert_eq!(labels[1], "node:n0");
        assert_eq!(labels[9], "nodes: 22 more ▸");
        assert_eq!(rows[9].scenarios, (8..30).collect::<Vec<_>>());
        assert_eq!(HeatmapOptions::default().group_rows, MAX_GROUP_ROWS);
    }
}
