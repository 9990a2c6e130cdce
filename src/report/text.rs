//! The readable report that `check` prints: goals, a scenario table, findings.

use std::fmt::Write;

use super::LayoutSummary;
use crate::engine::{Analysis, Status};
use crate::model::Layout;
use crate::rules::{Finding, Severity};

/// Most scenario rows the table prints; the JSON report has them all.
pub const MAX_ROWS: usize = 400;

/// Renders the readable report. Statuses are words, never colour alone.
pub fn report_text(layout: &Layout, analysis: &Analysis, findings: &[Finding]) -> String {
    let mut out = String::new();
    let name = if layout.name.is_empty() {
        "(unnamed layout)"
    } else {
        layout.name.as_str()
    };
    let _ = writeln!(out, "{name}: {}", LayoutSummary::of(layout));
    let _ = writeln!(out, "\n{}\n", analysis.headline());
    goals(&mut out, analysis);
    table(&mut out, analysis);
    facts(&mut out, analysis);
    findings_list(&mut out, findings);
    out
}

fn goals(out: &mut String, analysis: &Analysis) {
    let _ = writeln!(out, "Survival goals");
    for goal in &analysis.goals {
        let mark = if goal.survived {
            "survived"
        } else {
            "FAILED  "
        };
        let _ = write!(
            out,
            "  {mark}  {:<16} {:>9} scenarios",
            goal.scenario_class, goal.scenarios
        );
        if !goal.survived {
            let failing: Vec<String> = goal
                .examples
                .iter()
                .map(|e| format!("{} ({})", e.component, e.scenario))
                .collect();
            let _ = write!(out, "  down: {}", failing.join(", "));
        }
        out.push('\n');
    }
    out.push('\n');
}

fn cell(status: Status) -> &'static str {
    match status {
        Status::Ok => "ok",
        Status::Degraded => "degraded",
        Status::Down => "DOWN",
    }
}

fn table(out: &mut String, analysis: &Analysis) {
    let shown = analysis.scenarios.len().min(MAX_ROWS);
    let first = analysis.scenarios[..shown]
        .iter()
        .map(|s| s.id.chars().count())
        .chain(std::iter::once("scenario".len()))
        .max()
        .unwrap_or(8);
    let widths: Vec<usize> = analysis
        .components
        .iter()
        .map(|c| c.chars().count().max(8))
        .collect();
    let _ = write!(out, "{:<first$}", "scenario");
    for (id, w) in analysis.components.iter().zip(&widths) {
        let _ = write!(out, "  {id:<w$}");
    }
    out.push('\n');
    for scenario in &analysis.scenarios[..shown] {
        let _ = write!(out, "{:<first$}", scenario.id);
        for (i, w) in widths.iter().enumerate() {
            let status = scenario.status_of(i);
            let _ = write!(out, "  {:<w$}", cell(status));
        }
        out.push('\n');
    }
    let left = analysis.scenarios.len() - shown + analysis.omitted as usize;
    if left > 0 {
        let _ = writeln!(
            out,
            "... {left} more scenarios (the goals above cover them all; --json lists up to 100,000)"
        );
    }
    out.push('\n');
}

/// What the guidance says happens, per scenario (each distinct message once a scenario).
fn facts(out: &mut String, analysis: &Analysis) {
    let with_facts: Vec<_> = analysis
        .scenarios
        .iter()
        .filter(|s| !s.facts.is_empty())
        .collect();
    if with_facts.is_empty() {
        return;
    }
    let _ = writeln!(out, "What the guidance says happens");
    for scenario in with_facts.iter().take(MAX_ROWS) {
        let _ = writeln!(out, "  {}", scenario.id);
        for fact in &scenario.facts {
            let _ = writeln!(out, "    {}: {}", fact.kind.as_str(), fact.message);
        }
    }
    if with_facts.len() > MAX_ROWS {
        let _ = writeln!(
            out,
            "  ... {} more scenarios with facts (see --json)",
            with_facts.len() - MAX_ROWS
        );
    }
    out.push('\n');
}

fn findings_list(out: &mut String, findings: &[Finding]) {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "Findings: {} errors, {} warnings, {} info",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    );
    for f in findings {
        let _ = writeln!(
            out,
            "  {:<7}  {}  {}",
            f.severity.as_str(),
            f.rule,
            f.message
        );
    }
}
