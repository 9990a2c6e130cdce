//! Shared by the canvas tests: random and large layouts, and a small XML
//! tag scanner to check the markup (balanced, known elements, attributes).

#![allow(dead_code)]

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use quorumscope::model::{Layout, Node, NodeKind, Rack, Region, Zone};

pub const NODE_KINDS: [NodeKind; 5] = [
    NodeKind::Master,
    NodeKind::Agent,
    NodeKind::PublicAgent,
    NodeKind::Bootstrap,
    NodeKind::Generic,
];

type NodeShape = (Option<String>, Option<u8>);
type RackShape = (Option<String>, Vec<NodeShape>);
type ZoneShape = (Option<String>, Vec<RackShape>, Vec<NodeShape>);
type RegionShape = (Option<String>, Vec<ZoneShape>);

fn label() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(prop_oneof![
        any::<String>(),
        Just("<script>alert(1)</script>".to_owned()),
        Just("\"><img src=x onerror=alert(1)> & 'q'".to_owned()),
    ])
}

fn nodes(max: usize) -> impl Strategy<Value = Vec<NodeShape>> {
    prop::collection::vec((label(), proptest::option::of(0u8..5)), 0..max)
}

/// Random layouts: up to 7 regions, 3 zones each, 3 racks each (sometimes
/// with more chips than a rack column holds), direct and unplaced nodes.
pub fn layouts() -> impl Strategy<Value = Layout> {
    let rack = (label(), prop_oneof![4 => nodes(4), 1 => nodes(45)]);
    let zone = (label(), prop::collection::vec(rack, 0..3), nodes(6));
    let region = (label(), prop::collection::vec(zone, 0..4));
    (prop::collection::vec(region, 0..8), nodes(8))
        .prop_map(|(regions, unplaced)| build(&regions, &unplaced))
}

fn build(regions: &[RegionShape], unplaced: &[NodeShape]) -> Layout {
    let mut n = 0;
    let mut id = |kind: &str| {
        n += 1;
        format!("{kind}{n}")
    };
    let node = |(label, kind): &NodeShape, id: String| Node {
        label: label.clone(),
        kind: kind.map(|k| NODE_KINDS[usize::from(k)]),
        ..Node::new(id)
    };
    let mut layout = Layout::default();
    for (label, zones) in regions {
        let mut region = Region {
            id: id("r"),
            label: label.clone(),
            zones: Vec::new(),
        };
        for (label, racks, direct) in zones {
            let mut zone = Zone {
                id: id("z"),
                label: label.clone(),
                ..Zone::default()
            };
            for (label, chips) in racks {
                let rack_id = id("k");
                let nodes = chips.iter().map(|c| node(c, id("n"))).collect();
                zone.racks.push(Rack {
                    id: rack_id,
                    label: label.clone(),
                    nodes,
                });
            }
            zone.nodes = direct.iter().map(|c| node(c, id("n"))).collect();
            region.zones.push(zone);
        }
        layout.regions.push(region);
    }
    layout.unplaced = unplaced.iter().map(|c| node(c, id("u"))).collect();
    layout
}

/// A regular layout of about `total` nodes: 3 regions x 3 zones x 4 racks,
/// a tenth of the nodes directly in zones and a few unplaced.
pub fn large(total: usize) -> Layout {
    let mut layout = Layout::default();
    let per_rack = (total * 9 / 10).div_ceil(36);
    let per_zone = (total / 10).div_ceil(9);
    let mut n = 0;
    let mut node = || {
        n += 1;
        Node {
            kind: Some(NODE_KINDS[n % 5]),
            label: Some(format!("node {n}")),
            ..Node::new(format!("n{n}"))
        }
    };
    for r in 0..3 {
        let mut region = Region {
            id: format!("r{r}"),
            ..Region::default()
        };
        for z in 0..3 {
            let mut zone = Zone {
                id: format!("r{r}z{z}"),
                ..Zone::default()
            };
            for k in 0..4 {
                let nodes = (0..per_rack).map(|_| node()).collect();
                zone.racks.push(Rack {
                    id: format!("r{r}z{z}k{k}"),
                    label: None,
                    nodes,
                });
            }
            zone.nodes = (0..per_zone).map(|_| node()).collect();
            region.zones.push(zone);
        }
        layout.regions.push(region);
    }
    layout.unplaced = (0..5).map(|_| node()).collect();
    layout
}

/// One start tag of the markup.
#[derive(Debug, Clone)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of an attribute, still escaped.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The class tokens.
    pub fn classes(&self) -> Vec<&str> {
        self.attr("class")
            .map_or(Vec::new(), |c| c.split_whitespace().collect())
    }
}

/// Every start tag of an SVG fragment or document, checking that tags
/// balance and attributes are `name="value"` with no raw `<` in values.
/// User text is escaped, so every `<` in the markup starts a real tag.
pub fn tags(svg: &str) -> Result<Vec<Tag>, String> {
    let mut out = Vec::new();
    let mut open: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').ok_or("unclosed tag")?;
        let body = &rest[..end];
        rest = &rest[end + 1..];
        if body.starts_with('?') {
            continue;
        }
        if let Some(name) = body.strip_prefix('/') {
            let top = open.pop().ok_or(format!("stray </{name}>"))?;
            if top != name {
                return Err(format!("</{name}> closes <{top}>"));
            }
            continue;
        }
        let (body, empty) = match body.strip_suffix('/') {
            Some(b) => (b, true),
            None => (body, false),
        };
        let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
        let name = body[..name_end].to_owned();
        let mut attrs = Vec::new();
        let mut a = body[name_end..].trim_start();
        while !a.is_empty() {
            let eq = a.find("=\"").ok_or(format!("bad attribute in <{body}>"))?;
            let attr = a[..eq].trim().to_owned();
            let v = &a[eq + 2..];
            let close = v.find('"').ok_or("unterminated value")?;
            attrs.push((attr, v[..close].to_owned()));
            a = v[close + 1..].trim_start();
        }
        if !empty {
            open.push(name.clone());
        }
        out.push(Tag { name, attrs });
    }
    if let Some(top) = open.pop() {
        return Err(format!("<{top}> left open"));
    }
    Ok(out)
}

/// The elements the canvas may write.
pub const ELEMENTS: [&str; 12] = [
    "svg", "title", "metadata", "style", "defs", "pattern", "g", "rect", "line", "polygon",
    "circle", "text",
];

/// Check markup: balanced, known elements, no `style` or `on*` attribute.
pub fn check_markup(svg: &str) -> Result<Vec<Tag>, TestCaseError> {
    let tags = tags(svg).map_err(|e| TestCaseError::fail(format!("{e} in {svg}")))?;
    for t in &tags {
        prop_assert!(ELEMENTS.contains(&t.name.as_str()), "element <{}>", t.name);
        for (name, _) in &t.attrs {
            prop_assert!(
                name != "style" && !name.starts_with("on"),
                "attribute {name}"
            );
        }
    }
    // User text cannot hold a raw quote, so this finds only real attributes.
    prop_assert!(!svg.contains(" style=\""), "no style attribute");
    Ok(tags)
}

/// A layout whose ids and labels try to break out of the markup.
pub fn hostile() -> Layout {
    let node = |id: &str, label: &str, kind| Node {
        label: Some(label.into()),
        kind,
        ..Node::new(id)
    };
    Layout {
        name: "</title><script>x()</script>".into(),
        regions: vec![Region {
            id: "r&1".into(),
            label: Some("<script>alert(1)</script>".into()),
            zones: vec![Zone {
                id: "z\"1".into(),
                label: Some("\"><img src=x onerror=alert(1)>".into()),
                racks: vec![Rack {
                    id: "k'1".into(),
                    label: Some("a & b 'c' style=\"x\"".into()),
                    nodes: vec![node("n<1>", "<b>bold</b>", Some(NodeKind::Master))],
                }],
                nodes: vec![node("n2", &"very long label ".repeat(20), None)],
            }],
        }],
        unplaced: vec![node("u&amp;", "\u{0}ctl", Some(NodeKind::Bootstrap))],
        ..Layout::default()
    }
}
