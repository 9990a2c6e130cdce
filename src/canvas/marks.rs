//! Scenario marks as drawn: classes and overlays for failed and isolated
//! domains, statuses of nodes, and the shared SVG snippets.

use std::collections::{HashMap, HashSet};

use super::scene::{Box2, ScenarioMarks};
use super::text::{escape_into, num};
use crate::engine::Status;

/// The drawing's `<defs>`: the hatch pattern of failed domains.
pub const DEFS: &str = concat!(
    "<defs><pattern id=\"qs-hatch\" class=\"hatch-pattern\" width=\"10\" height=\"10\" ",
    "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">",
    "<rect class=\"hatch-bg\" width=\"10\" height=\"10\" fill=\"#ffffff\" fill-opacity=\"0.35\"/>",
    "<line class=\"hatch-line\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"10\" stroke=\"#b42318\" ",
    "stroke-width=\"2\" stroke-opacity=\"0.4\"/></pattern></defs>"
);

/// Marks looked up by id.
pub struct Lookup<'a> {
    failed: HashSet<&'a str>,
    isolated: HashSet<&'a str>,
    status: Option<&'a HashMap<String, Status>>,
}

impl<'a> Lookup<'a> {
    /// Index the marks (none when `marks` is `None`).
    pub fn new(marks: Option<&'a ScenarioMarks>) -> Self {
        Lookup {
            failed: marks.map_or_else(HashSet::new, |m| {
                m.failed.iter().map(String::as_str).collect()
            }),
            isolated: marks.map_or_else(HashSet::new, |m| {
                m.isolated.iter().map(String::as_str).collect()
            }),
            status: marks.map(|m| &m.node_status),
        }
    }

    /// Whether the item failed.
    pub fn failed(&self, id: &str) -> bool {
        self.failed.contains(id)
    }

    /// Whether the item is cut off.
    pub fn isolated(&self, id: &str) -> bool {
        self.isolated.contains(id)
    }

    /// The node's status, if marked.
    pub fn status(&self, id: &str) -> Option<Status> {
        self.status.and_then(|s| s.get(id)).copied()
    }

    /// Append ` failed` / ` isolated` classes for the item.
    pub fn classes(&self, out: &mut String, id: &str) {
        if self.failed(id) {
            out.push_str(" failed");
        }
        if self.isolated(id) {
            out.push_str(" isolated");
        }
    }

    /// Append the overlays drawn over the item's content: hatch when failed,
    /// dashed "cut off" border when isolated; `text_y` is the baseline of
    /// their small captions at the right of `b` (none for node chips).
    pub fn overlays(&self, out: &mut String, id: &str, b: Box2, text_y: Option<f64>) {
        let failed = self.failed(id);
        if failed {
            rect(
                out,
                "hatch",
                b,
                5.0,
                " fill=\"url(#qs-hatch)\" pointer-events=\"none\"",
            );
            if let Some(y) = text_y {
                caption(out, "fail-text", b.right() - 8.0, y, "✗ failed");
            }
        }
        if self.isolated(id) {
            let inset = Box2 {
                x: b.x + 2.0,
                y: b.y + 2.0,
                w: (b.w - 4.0).max(0.0),
                h: (b.h - 4.0).max(0.0),
            };
            rect(
                out,
                "cut",
                inset,
                5.0,
                " fill=\"none\" stroke-dasharray=\"8 5\" pointer-events=\"none\"",
            );
            if let Some(y) = text_y {
                let y = if failed { y + 12.0 } else { y };
                caption(out, "cut-text", b.right() - 8.0, y, "⇢ cut off");
            }
        }
    }
}

/// Append `<rect class=… x y width height rx …extra/>`.
pub fn rect(out: &mut String, class: &str, b: Box2, rx: f64, extra: &str) {
    out.push_str("<rect class=\"");
    out.push_str(class);
    out.push_str("\" x=\"");
    num(out, b.x);
    out.push_str("\" y=\"");
    num(out, b.y);
    out.push_str("\" width=\"");
    num(out, b.w);
    out.push_str("\" height=\"");
    num(out, b.h);
    if rx > 0.0 {
        out.push_str("\" rx=\"");
        num(out, rx);
    }
    out.push('"');
    out.push_str(extra);
    out.push_str("/>");
}

/// Append a right-aligned caption ending at (x, y).
fn caption(out: &mut String, class: &str, x: f64, y: f64, text: &str) {
    text_at(out, class, x, y, " text-anchor=\"end\"", text);
}

/// Append `<text class=… x y …extra>escaped text</text>`.
pub fn text_at(out: &mut String, class: &str, x: f64, y: f64, extra: &str, text: &str) {
    out.push_str("<text class=\"");
    out.push_str(class);
    out.push_str("\" x=\"");
    num(out, x);
    out.push_str("\" y=\"");
    num(out, y);
    out.push('"');
    out.push_str(extra);
    out.push('>');
    escape_into(out, text);
    out.push_str("</text>");
}

/// The symbol and word showing a status without colour.
pub fn status_text(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Ok => ("✓", "ok"),
        Status::Degraded => ("!", "degraded"),
        Status::Down => ("✗", "down"),
    }
}
