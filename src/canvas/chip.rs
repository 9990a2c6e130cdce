//! Node chips: a shape marker per node kind (colour is never the only
//! signal), the id and label, a short kind text and the scenario status.

use super::layout::{NODE_H, NODE_W};
use super::marks::{Lookup, status_text, text_at};
use super::scene::Box2;
use super::text::{escape_into, num, truncate};
use crate::model::{Node, NodeKind};

/// Baseline of a chip's first line (id, status symbol).
const ID_Y: f64 = 15.5;
/// Baseline of a chip's second line (kind, status word).
const KIND_Y: f64 = 29.5;

/// The class suffix of a node's kind (`node-<kind>`); no kind is `generic`.
pub fn kind_class(kind: Option<NodeKind>) -> &'static str {
    kind.map_or("generic", NodeKind::as_str)
}

/// The short kind text shown on a chip.
fn kind_text(kind: Option<NodeKind>) -> &'static str {
    match kind {
        Some(NodeKind::Master) => "master",
        Some(NodeKind::Agent) => "agent",
        Some(NodeKind::PublicAgent) => "public",
        Some(NodeKind::Bootstrap) => "bootstrap",
        Some(NodeKind::Generic) => "generic",
        None => "node",
    }
}

/// The marker shape of a kind, centred at (14, 18) in chip coordinates:
/// master a hexagon, agent a square, public agent a dot in a ring,
/// bootstrap a triangle, generic a small plain dot.
fn marker(kind: Option<NodeKind>) -> &'static str {
    match kind {
        Some(NodeKind::Master) => {
            "<polygon class=\"mark\" points=\"22,18 18,24.93 10,24.93 6,18 10,11.07 18,11.07\"/>"
        }
        Some(NodeKind::Agent) => {
            "<rect class=\"mark\" x=\"7.5\" y=\"11.5\" width=\"13\" height=\"13\"/>"
        }
        Some(NodeKind::PublicAgent) => concat!(
            "<circle class=\"ring\" cx=\"14\" cy=\"18\" r=\"8\" fill=\"none\"/>",
            "<circle class=\"mark\" cx=\"14\" cy=\"18\" r=\"4.5\"/>"
        ),
        Some(NodeKind::Bootstrap) => "<polygon class=\"mark\" points=\"14,10 22,25 6,25\"/>",
        Some(NodeKind::Generic) | None => {
            "<circle class=\"mark dot\" cx=\"14\" cy=\"18\" r=\"3\"/>"
        }
    }
}

/// Append the chip of `node` at `b`: a `<g>` translated to the chip's corner.
pub fn chip(out: &mut String, node: &Node, b: Box2, marks: &Lookup) {
    let kind = kind_class(node.kind);
    let status = marks.status(&node.id);
    out.push_str("<g class=\"item node node-");
    out.push_str(kind);
    if let Some(s) = status {
        out.push_str(" status-");
        out.push_str(s.as_str());
    }
    marks.classes(out, &node.id);
    out.push_str("\" data-id=\"");
    escape_into(out, &node.id);
    out.push_str("\" data-kind=\"node\" data-node-kind=\"");
    out.push_str(kind);
    if let Some(s) = status {
        out.push_str("\" data-status=\"");
        out.push_str(s.as_str());
    }
    out.push_str("\" transform=\"translate(");
    num(out, b.x);
    out.push(' ');
    num(out, b.y);
    out.push_str(")\"><title>");
    escape_into(out, &node.id);
    if let Some(label) = node.label.as_deref().filter(|l| !l.is_empty()) {
        out.push_str(" · ");
        escape_into(out, label);
    }
    out.push_str(" · ");
    out.push_str(kind_text(node.kind));
    if let Some(s) = status {
        out.push_str(" · ");
        out.push_str(s.as_str());
    }
    out.push_str("</title><rect class=\"chip\" width=\"");
    num(out, NODE_W);
    out.push_str("\" height=\"");
    num(out, NODE_H);
    out.push_str("\" rx=\"5\"/>");
    out.push_str(marker(node.kind));
    let line = match node.label.as_deref().filter(|l| !l.is_empty()) {
        Some(label) => format!("{} · {label}", node.id),
        None => node.id.clone(),
    };
    let max = if status.is_some() { 14 } else { 16 };
    text_at(out, "id", 28.0, ID_Y, "", &truncate(&line, max));
    text_at(out, "kind", 28.0, KIND_Y, "", kind_text(node.kind));
    if let Some(s) = status {
        let (sym, word) = status_text(s);
        let end = " text-anchor=\"end\"";
        text_at(out, "status-sym", NODE_W - 6.0, ID_Y, end, sym);
        text_at(out, "status-text", NODE_W - 6.0, KIND_Y, end, word);
    }
    let local = Box2 {
        x: 0.0,
        y: 0.0,
        w: NODE_W,
        h: NODE_H,
    };
    marks.overlays(out, &node.id, local, None);
    out.push_str("</g>");
}
