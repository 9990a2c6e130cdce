//! The drawing as SVG fragments: the body (domains, chips, tray, scenario
//! marks) and the overlay (selection and highlights).

use std::collections::{HashMap, HashSet};

use super::chip::chip;
use super::layout::{NODE_H, PAD, RACK_HEAD, REGION_HEAD, TRAY_HEAD, ZONE_HEAD};
use super::marks::{DEFS, Lookup, rect, text_at};
use super::scene::{Box2, Item, ScenarioMarks, Scene, Shape};
use super::text::{escape_into, truncate};
use crate::edit::ItemKind;
use crate::model::{Layout, Node};

/// Scene items by id.
type Rects<'s> = HashMap<&'s str, &'s Item>;

/// The item drawn for `id`, when the scene has one of this kind.
fn find<'s>(rects: &Rects<'s>, id: &str, kind: ItemKind) -> Option<Box2> {
    rects
        .get(id)
        .filter(|i| i.shape == Shape::Item(kind))
        .map(|i| i.rect)
}

/// How a container is drawn.
struct Frame<'a> {
    kind: &'static str,
    id: &'a str,
    label: &'a str,
    rect: Box2,
    head: f64,
    /// Average width of a header character, for truncation.
    char_w: f64,
}

fn open(out: &mut String, f: &Frame, marks: &Lookup, title: &str) {
    out.push_str("<g class=\"item ");
    out.push_str(f.kind);
    marks.classes(out, f.id);
    out.push_str("\" data-id=\"");
    escape_into(out, f.id);
    out.push_str("\" data-kind=\"");
    out.push_str(f.kind);
    out.push_str("\"><title>");
    escape_into(out, title);
    out.push_str("</title>");
    let rx = if f.kind == "rack" { 4.0 } else { 7.0 };
    rect(out, "box", f.rect, rx, "");
    rect(
        out,
        "band",
        Box2 {
            h: f.head,
            ..f.rect
        },
        rx,
        "",
    );
    let marked = marks.failed(f.id) || marks.isolated(f.id);
    let room = f.rect.w - 2.0 * PAD - if marked { 80.0 } else { 0.0 };
    let chars = ((room / f.char_w).floor() as usize).max(3);
    let y = f.rect.y + f.head * 0.5 + 4.5;
    text_at(
        out,
        "label",
        f.rect.x + PAD,
        y,
        "",
        &truncate(f.label, chars),
    );
}

fn close(out: &mut String, f: &Frame, marks: &Lookup) {
    let y = f.rect.y + f.head * 0.5 + 4.0;
    marks.overlays(out, f.id, f.rect, Some(y));
    out.push_str("</g>");
}

/// A dashed drop area with a centred hint.
fn drop_area(out: &mut String, b: Box2, hint: &str) {
    rect(out, "drop", b, 4.0, "");
    let extra = " text-anchor=\"middle\"";
    text_at(
        out,
        "hint",
        b.x + b.w / 2.0,
        b.y + b.h / 2.0 + 4.0,
        extra,
        hint,
    );
}

/// A strip one chip high at the bottom (`bottom`) or top of a container's content.
fn strip(b: Box2, y: f64) -> Box2 {
    Box2 {
        x: b.x + PAD,
        y,
        w: (b.w - 2.0 * PAD).max(0.0),
        h: NODE_H,
    }
}

fn chips(out: &mut String, nodes: &[Node], rects: &Rects, marks: &Lookup) {
    for node in nodes {
        if let Some(b) = find(rects, &node.id, ItemKind::Node) {
            chip(out, node, b, marks);
        }
    }
}

fn title(kind: &str, id: &str, label: Option<&str>) -> String {
    match label {
        Some(l) if !l.is_empty() && l != id => format!("{kind} {l} ({id})"),
        _ => format!("{kind} {id}"),
    }
}

/// The canvas drawing as an SVG fragment (no `<svg>` element): `<defs>`
/// with the hatch pattern, then one `<g class="item …" data-id data-kind>`
/// per item, nested as the domain tree (items missing from the scene are
/// skipped), then the tray.
pub fn render_body(layout: &Layout, scene: &Scene, marks: Option<&ScenarioMarks>) -> String {
    let mut out = String::with_capacity(body_capacity(scene));
    render_body_into(&mut out, layout, scene, marks);
    out
}

/// About how many bytes the body of `scene` takes.
pub(super) fn body_capacity(scene: &Scene) -> usize {
    256 + scene.items.len() * 420
}

/// [`render_body`], appended to `out`.
pub(super) fn render_body_into(
    out: &mut String,
    layout: &Layout,
    scene: &Scene,
    marks: Option<&ScenarioMarks>,
) {
    let rects: Rects = scene.items.iter().map(|i| (i.id.as_str(), i)).collect();
    let marks = Lookup::new(marks);
    out.push_str(DEFS);
    for region in &layout.regions {
        let Some(rect) = find(&rects, &region.id, ItemKind::Region) else {
            continue;
        };
        let label = region.label.as_deref();
        let f = Frame {
            kind: "region",
            id: &region.id,
            label: label.unwrap_or(&region.id),
            rect,
            head: REGION_HEAD,
            char_w: 8.0,
        };
        open(out, &f, &marks, &title("Region", &region.id, label));
        if region.zones.is_empty() {
            let inner = Box2 {
                h: rect.h - REGION_HEAD - PAD,
                ..strip(rect, rect.y + REGION_HEAD)
            };
            drop_area(out, inner, "empty region: drop a zone here");
        }
        for zone in &region.zones {
            let Some(rect) = find(&rects, &zone.id, ItemKind::Zone) else {
                continue;
            };
            let label = zone.label.as_deref();
            let f = Frame {
                kind: "zone",
                id: &zone.id,
                label: label.unwrap_or(&zone.id),
                rect,
                head: ZONE_HEAD,
                char_w: 7.5,
            };
            open(out, &f, &marks, &title("Zone", &zone.id, label));
            for rack in &zone.racks {
                let Some(rect) = find(&rects, &rack.id, ItemKind::Rack) else {
                    continue;
                };
                let label = rack.label.as_deref();
                let f = Frame {
                    kind: "rack",
                    id: &rack.id,
                    label: label.unwrap_or(&rack.id),
                    rect,
                    head: RACK_HEAD,
                    char_w: 6.5,
                };
                open(out, &f, &marks, &title("Rack", &rack.id, label));
                if rack.nodes.is_empty() {
                    drop_area(out, strip(rect, rect.y + RACK_HEAD), "empty");
                }
                chips(out, &rack.nodes, &rects, &marks);
                close(out, &f, &marks);
            }
            if zone.nodes.is_empty() {
                let hint = if zone.racks.is_empty() {
                    "empty zone"
                } else {
                    "nodes in zone"
                };
                drop_area(out, strip(rect, rect.bottom() - PAD - NODE_H), hint);
            }
            chips(out, &zone.nodes, &rects, &marks);
            close(out, &f, &marks);
        }
        close(out, &f, &marks);
    }
    if let Some(tray) = scene.items.iter().rev().find(|i| i.shape == Shape::Tray) {
        let label = format!("Unplaced ({})", layout.unplaced.len());
        let f = Frame {
            kind: "tray",
            id: "",
            label: &label,
            rect: tray.rect,
            head: TRAY_HEAD,
            char_w: 7.5,
        };
        open(out, &f, &marks, "Unplaced nodes: designed, not deployed");
        if layout.unplaced.is_empty() {
            let hint = "drop nodes here to unplace them";
            drop_area(out, strip(tray.rect, tray.rect.y + TRAY_HEAD), hint);
        }
        chips(out, &layout.unplaced, &rects, &marks);
        out.push_str("</g>");
    }
}

/// Selection outlines (`class="sel"`) and finding highlights (`class="hl"`)
/// around the named items (`""` is the tray), in scene order, as an SVG fragment.
pub fn render_overlay(scene: &Scene, selected: &[String], highlighted: &[String]) -> String {
    let selected: HashSet<&str> = selected.iter().map(String::as_str).collect();
    let highlighted: HashSet<&str> = highlighted.iter().map(String::as_str).collect();
    let mut out = String::new();
    for item in &scene.items {
        for (set, class, by) in [(&highlighted, "hl", 5.0), (&selected, "sel", 2.5)] {
            if !set.contains(item.id.as_str()) {
                continue;
            }
            let b = item.rect;
            let outset = Box2 {
                x: b.x - by,
                y: b.y - by,
                w: b.w + 2.0 * by,
                h: b.h + 2.0 * by,
            };
            let mut extra = String::from(" fill=\"none\" pointer-events=\"none\" data-id=\"");
            escape_into(&mut extra, &item.id);
            extra.push('"');
            rect(&mut out, class, outset, 7.0, &extra);
        }
    }
    out
}
