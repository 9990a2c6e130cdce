//! The JSON report (`check --json`), keys as in the layout-v1 contract.
//!
//! Written as a stream, one scenario a line: a depth-2 report may list
//! 100,000 scenarios times hundreds of components, which must not be built
//! as one JSON value in memory first.

use std::io::{self, Write};

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use super::LayoutSummary;
use crate::engine::{Analysis, Fact, ScenarioResult, Status};
use crate::model::Layout;
use crate::rules::{self, Finding};

/// The value of the report's `format` key.
pub const REPORT_FORMAT: &str = "quorumscope-report";

/// Writes the JSON report: scenarios with every component's status (and a
/// reason for each component not `ok`), exact survival goals, findings.
pub fn write_report_json<W: Write>(
    out: &mut W,
    layout: &Layout,
    analysis: &Analysis,
    findings: &[Finding],
    depth: u8,
) -> io::Result<()> {
    let layout_info = LayoutInfo {
        name: &layout.name,
        summary: LayoutSummary::of(layout),
    };
    writeln!(out, "{{")?;
    field(out, "format", &REPORT_FORMAT)?;
    field(out, "version", &1)?;
    field(out, "layout", &layout_info)?;
    field(out, "depth", &depth)?;
    field(out, "headline", &analysis.headline())?;
    field(out, "components", &analysis.components)?;
    lines(
        out,
        "scenarios",
        analysis.scenarios.iter().map(|s| Row::new(analysis, s)),
    )?;
    field(out, "truncated", &analysis.truncated)?;
    field(out, "omitted", &analysis.omitted)?;
    lines(out, "goals", analysis.goals.iter())?;
    let findings = findings.iter().map(|f| FindingRow {
        rule: f.rule,
        name: rules::find(f.rule).map(|r| r.doc().name).unwrap_or(""),
        severity: f.severity.as_str(),
        message: &f.message,
        subjects: &f.subjects,
    });
    write!(out, "  \"findings\": ")?;
    array(out, findings)?;
    writeln!(out, "\n}}")
}

/// The JSON report as a string (see [`write_report_json`]).
pub fn report_json(
    layout: &Layout,
    analysis: &Analysis,
    findings: &[Finding],
    depth: u8,
) -> String {
    let mut bytes = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_report_json(&mut bytes, layout, analysis, findings, depth);
    String::from_utf8(bytes).unwrap_or_default()
}

fn field<W: Write, T: Serialize + ?Sized>(out: &mut W, key: &str, value: &T) -> io::Result<()> {
    write!(out, "  \"{key}\": ")?;
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out, ",")
}

fn lines<W: Write, T: Serialize>(
    out: &mut W,
    key: &str,
    items: impl Iterator<Item = T>,
) -> io::Result<()> {
    write!(out, "  \"{key}\": ")?;
    array(out, items)?;
    writeln!(out, ",")
}

/// A JSON array with one compact item a line.
fn array<W: Write, T: Serialize>(out: &mut W, items: impl Iterator<Item = T>) -> io::Result<()> {
    write!(out, "[")?;
    let mut first = true;
    for item in items {
        write!(out, "{}\n    ", if first { "" } else { "," })?;
        serde_json::to_writer(&mut *out, &item)?;
        first = false;
    }
    write!(out, "{}]", if first { "" } else { "\n  " })
}

#[derive(Serialize)]
struct LayoutInfo<'a> {
    name: &'a str,
    summary: LayoutSummary,
}

#[derive(Serialize)]
struct FindingRow<'a> {
    rule: &'a str,
    name: &'a str,
    severity: &'a str,
    message: &'a str,
    subjects: &'a [String],
}

/// One scenario: id, class, every component's status, reasons, facts.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    class: &'a str,
    status: Statuses<'a>,
    #[serde(skip_serializing_if = "Reasons::is_empty")]
    reasons: Reasons<'a>,
    #[serde(skip_serializing_if = "<[Fact]>::is_empty")]
    facts: &'a [Fact],
}

impl<'a> Row<'a> {
    fn new(analysis: &'a Analysis, s: &'a ScenarioResult) -> Self {
        Row {
            id: &s.id,
            class: s.class,
            status: Statuses {
                ids: &analysis.components,
                scenario: s,
            },
            reasons: Reasons {
                ids: &analysis.components,
                scenario: s,
            },
            facts: &s.facts,
        }
    }
}

/// `{component id: status}` for every component.
struct Statuses<'a> {
    ids: &'a [String],
    scenario: &'a ScenarioResult,
}

impl Serialize for Statuses<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.ids.len()))?;
        for (i, id) in self.ids.iter().enumerate() {
            map.serialize_entry(id, self.scenario.status_of(i).as_str())?;
        }
        map.end()
    }
}

/// `{component id: reason}` for the components not `ok` that have a reason.
struct Reasons<'a> {
    ids: &'a [String],
    scenario: &'a ScenarioResult,
}

impl Reasons<'_> {
    fn entries(&self) -> impl Iterator<Item = (&String, &String)> {
        self.ids.iter().enumerate().filter_map(|(i, id)| {
            let status = self.scenario.status_of(i);
            let reason = self.scenario.reasons.get(i).filter(|r| !r.is_empty())?;
            (status != Status::Ok).then_some((id, reason))
        })
    }

    fn is_empty(&self) -> bool {
        self.entries().next().is_none()
    }
}

impl Serialize for Reasons<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (id, reason) in self.entries() {
            map.serialize_entry(id, reason)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Options, analyze};
    use crate::model::{Component, ComponentKind, Node, Region, Zone};

    fn layout() -> Layout {
        let zone = |id: &str, nodes: &[&str]| Zone {
            id: id.into(),
            nodes: nodes.iter().map(|n| Node::new(*n)).collect(),
            ..Zone::default()
        };
        Layout {
            name: "Two \"zones\"".into(),
            regions: vec![Region {
                id: "r".into(),
                label: None,
                zones: vec![zone("a", &["n1", "n2"]), zone("b", &["n3"])],
            }],
            components: vec![Component::new(
                "q",
                ComponentKind::Quorum,
                &["n1", "n2", "n3"],
            )],
            ..Layout::default()
        }
    }

    #[test]
    fn the_stream_is_one_valid_json_document_with_the_contract_keys() {
        let l = layout();
        let a = analyze(
            &l,
            &Options {
                depth: 2,
                ..Options::default()
            },
        );
        let text = report_json(&l, &a, &crate::rules::check_all(&l), 2);
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["layout"]["name"], "Two \"zones\"");
        assert_eq!(v["depth"], 2);
        let rows = v["scenarios"].as_array().expect("scenarios");
        assert_eq!(rows.len(), a.scenarios.len());
        let lost = rows.iter().find(|r| r["id"] == "zone:a").expect("zone:a");
        assert_eq!(lost["status"]["q"], "down");
        assert!(
            lost["reasons"]["q"]
                .as_str()
                .is_some_and(|r| r.contains("1 of 3"))
        );
        assert!(rows.iter().any(|r| r["id"] == "zone:a+zone:b"));
        assert_eq!(v["goals"].as_array().map(Vec::len), Some(a.goals.len()));
        assert!(
            v["findings"]
                .as_array()
                .is_some_and(|f| f.iter().any(|f| f["rule"] == "QS102"))
        );
        // One scenario a line keeps big reports streamable and diffable.
        assert_eq!(
            text.lines().filter(|l| l.contains("\"class\":")).count(),
            a.scenarios.len()
        );
    }

    #[test]
    fn empty_lists_are_still_valid_json() {
        let l = Layout::default();
        let a = analyze(&l, &Options::default());
        let text = report_json(&l, &a, &[], 1);
        let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(v["findings"], serde_json::json!([]));
        assert_eq!(v["components"], serde_json::json!([]));
        assert_eq!(v["scenarios"][0]["id"], "none");
    }
}
