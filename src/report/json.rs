//! The JSON report (`check --json`), keys as in the layout-v1 contract.

use serde_json::{Map, Value, json};

use super::LayoutSummary;
use crate::engine::{Analysis, Status};
use crate::model::Layout;
use crate::rules::{self, Finding};

/// The value of the report's `format` key.
pub const REPORT_FORMAT: &str = "quorumscope-report";

/// Builds the JSON report: scenarios with every component's status, exact
/// survival goals, and findings. Reasons are given for components not `ok`.
pub fn report_json(layout: &Layout, analysis: &Analysis, findings: &[Finding], depth: u8) -> Value {
    let scenarios: Vec<Value> = analysis
        .scenarios
        .iter()
        .map(|scenario| {
            let mut status = Map::new();
            let mut reasons = Map::new();
            for (i, id) in analysis.components.iter().enumerate() {
                let s = scenario.status.get(i).copied().unwrap_or(Status::Down);
                status.insert(id.clone(), Value::from(s.as_str()));
                if s != Status::Ok
                    && let Some(reason) = scenario.reasons.get(i).filter(|r| !r.is_empty())
                {
                    reasons.insert(id.clone(), Value::from(reason.as_str()));
                }
            }
            let mut row = Map::new();
            row.insert("id".into(), Value::from(scenario.id.as_str()));
            row.insert("class".into(), Value::from(scenario.class.as_str()));
            row.insert("status".into(), Value::Object(status));
            if !reasons.is_empty() {
                row.insert("reasons".into(), Value::Object(reasons));
            }
            if !scenario.facts.is_empty() {
                row.insert("facts".into(), json!(scenario.facts));
            }
            Value::Object(row)
        })
        .collect();
    let findings: Vec<Value> = findings
        .iter()
        .map(|f| {
            json!({
                "rule": f.rule,
                "name": rules::find(f.rule).map(|r| r.doc().name).unwrap_or(""),
                "severity": f.severity.as_str(),
                "message": f.message,
                "subjects": f.subjects,
            })
        })
        .collect();
    json!({
        "format": REPORT_FORMAT,
        "version": 1,
        "layout": { "name": layout.name, "summary": LayoutSummary::of(layout) },
        "depth": depth,
        "headline": analysis.headline(),
        "components": analysis.components,
        "scenarios": scenarios,
        "truncated": analysis.truncated,
        "omitted": analysis.omitted,
        "goals": analysis.goals,
        "findings": findings,
    })
}
