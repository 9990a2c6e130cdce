//! What the design-review report says, shared by its Markdown and HTML forms.

use crate::engine::{Analysis, Fact, Goal, ScenarioResult, Status};
use crate::model::{ComponentKind, Layout};
use crate::report::LayoutSummary;
use crate::rules::{self, Finding, RuleDoc, Severity};

/// Most scenario rows a review table shows; a line says how many were left out.
pub const MAX_REVIEW_ROWS: usize = 200;
/// Most component columns a review table shows.
pub const MAX_REVIEW_COLUMNS: usize = 30;

/// A status as the review writes it: a symbol then a word, never colour alone.
pub fn status_cell(status: Status) -> &'static str {
    match status {
        Status::Ok => "✓ ok",
        Status::Degraded => "! degraded",
        Status::Down => "✗ down",
    }
}

/// Everything the review shows, capped to a printable size.
pub(crate) struct Review<'a> {
    pub title: &'a str,
    pub summary: LayoutSummary,
    /// Components per kind, kinds with none left out.
    pub kinds: Vec<(&'static str, usize)>,
    pub headline: String,
    pub goals: &'a [Goal],
    /// Component ids shown as columns.
    pub columns: &'a [String],
    pub columns_left: usize,
    pub rows: &'a [ScenarioResult],
    /// Scenarios analysed or omitted but not shown.
    pub rows_left: u64,
    /// Scenarios with facts, with their facts.
    pub facts: Vec<(&'a str, &'a [Fact])>,
    pub facts_left: usize,
    pub findings: Vec<(&'a Finding, Option<&'static RuleDoc>)>,
}

impl<'a> Review<'a> {
    /// Gathers the review of a layout.
    pub fn new(layout: &'a Layout, analysis: &'a Analysis, findings: &'a [Finding]) -> Self {
        let kinds = [
            ComponentKind::Quorum,
            ComponentKind::Leader,
            ComponentKind::Replicated,
        ]
        .into_iter()
        .map(|k| {
            let n = layout.components.iter().filter(|c| c.kind == k).count();
            (k.as_str(), n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
        let shown_cols = analysis.components.len().min(MAX_REVIEW_COLUMNS);
        let shown_rows = analysis.scenarios.len().min(MAX_REVIEW_ROWS);
        let with_facts: Vec<(&str, &[Fact])> = analysis
            .scenarios
            .iter()
            .filter(|s| !s.facts.is_empty())
            .map(|s| (s.id.as_str(), s.facts.as_slice()))
            .collect();
        let facts_left = with_facts.len().saturating_sub(MAX_REVIEW_ROWS);
        Review {
            title: if layout.name.trim().is_empty() {
                "(unnamed layout)"
            } else {
                &layout.name
            },
            summary: LayoutSummary::of(layout),
            kinds,
            headline: analysis.headline(),
            goals: &analysis.goals,
            columns: &analysis.components[..shown_cols],
            columns_left: analysis.components.len() - shown_cols,
            rows: &analysis.scenarios[..shown_rows],
            rows_left: (analysis.scenarios.len() - shown_rows) as u64 + analysis.omitted,
            facts: with_facts.into_iter().take(MAX_REVIEW_ROWS).collect(),
            facts_left,
            findings: findings
                .iter()
                .map(|f| (f, rules::find(f.rule).map(|r| r.doc())))
                .collect(),
        }
    }

    /// The summary lines: (label, value), values plain text.
    pub fn summary_rows(&self) -> Vec<(&'static str, String)> {
        let s = &self.summary;
        let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
        vec![
            ("Regions", s.regions.to_string()),
            ("Zones", s.zones.to_string()),
            ("Racks", s.racks.to_string()),
            ("Nodes placed", s.nodes.to_string()),
            ("Nodes not placed", s.unplaced.to_string()),
            (
                "Components",
                if kinds.is_empty() {
                    "0".to_string()
                } else {
                    format!("{} ({})", s.components, kinds.join(", "))
                },
            ),
        ]
    }

    /// "N errors, N warnings, N info".
    pub fn finding_counts(&self) -> String {
        let count = |s: Severity| {
            self.findings
                .iter()
                .filter(|(f, _)| f.severity == s)
                .count()
        };
        format!(
            "{} errors, {} warnings, {} info",
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info)
        )
    }

    /// The line saying what the table leaves out, if anything.
    pub fn left_out_line(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.rows_left > 0 {
            parts.push(format!(
                "{} more scenarios are not shown (the survival goals above cover them all)",
                self.rows_left
            ));
        }
        if self.columns_left > 0 {
            parts.push(format!(
                "{} more components are not shown as columns",
                self.columns_left
            ));
        }
        (!parts.is_empty()).then(|| format!("{}.", parts.join("; ")))
    }
}

/// A goal's outcome in words.
pub fn goal_outcome(goal: &Goal) -> &'static str {
    if goal.survived {
        "✓ survived"
    } else {
        "✗ failed"
    }
}

/// The components down in a goal, each with one scenario where it is down.
pub fn goal_down(goal: &Goal) -> String {
    goal.examples
        .iter()
        .map(|e| format!("{} ({})", e.component, e.scenario))
        .collect::<Vec<_>>()
        .join(", ")
}
