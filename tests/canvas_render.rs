//! Canvas markup: user text escaped, no inline style, only known elements,
//! balanced tags, scenario marks as classes and symbols, overlay outlines.

mod canvas_support;

use std::collections::HashMap;

use canvas_support::{ELEMENTS, Tag, layouts, tags};
use proptest::prelude::*;
use quorumscope::canvas::{
    CANVAS_CSS, ScenarioMarks, render_body, render_document, render_overlay, scene,
};
use quorumscope::engine::Status;
use quorumscope::io;
use quorumscope::model::{Layout, Node, NodeKind, Rack, Region, Zone};

fn check_markup(svg: &str) -> Result<Vec<Tag>, TestCaseError> {
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

fn marks_for(layout: &Layout) -> ScenarioMarks {
    let mut marks = ScenarioMarks::default();
    for (i, z) in layout.zones().enumerate() {
        if i % 2 == 0 {
            marks.failed.push(z.id.clone());
        } else {
            marks.isolated.push(z.id.clone());
        }
    }
    let statuses = [Status::Ok, Status::Degraded, Status::Down];
    for (i, n) in layout.nodes().enumerate() {
        marks.node_status.insert(n.id.clone(), statuses[i % 3]);
    }
    marks
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn markup_is_safe_for_any_labels(layout in layouts()) {
        let s = scene(&layout);
        let marks = marks_for(&layout);
        for m in [None, Some(&marks)] {
            let body = render_body(&layout, &s, m);
            let tags = check_markup(&body)?;
            let items = tags.iter().filter(|t| t.classes().contains(&"item")).count();
            prop_assert_eq!(items, s.items.len());
            let doc = render_document(&layout, &s, m, Some("{}"));
            check_markup(&doc)?;
        }
        let ids: Vec<String> = s.items.iter().map(|i| i.id.clone()).collect();
        check_markup(&render_overlay(&s, &ids, &ids))?;
    }
}

fn hostile() -> Layout {
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

#[test]
fn hostile_labels_are_escaped() {
    let layout = hostile();
    let s = scene(&layout);
    let body = render_body(&layout, &s, None);
    let doc = render_document(&layout, &s, None, Some("<script>"));
    for svg in [&body, &doc] {
        check_markup(svg).unwrap();
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<img"));
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains('\u{0}'));
    }
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(body.contains("data-id=\"r&amp;1\""));
    assert!(body.contains("data-id=\"z&quot;1\""));
    assert!(body.contains("data-id=\"k&#39;1\""));
    assert!(body.contains("data-id=\"n&lt;1&gt;\""));
    assert!(body.contains("data-id=\"u&amp;amp;\""));
    assert!(doc.contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>"));
    // Long labels are cut with an ellipsis, in full in the chip's title.
    assert!(body.contains("n2 · very long…</text>"));
    assert!(body.contains(&"very long label ".repeat(20)));
}

#[test]
fn marks_show_as_classes_symbols_and_text() {
    let layout = hostile();
    let s = scene(&layout);
    let marks = ScenarioMarks {
        failed: vec!["k'1".into(), "n2".into()],
        isolated: vec!["r&1".into()],
        node_status: HashMap::from([
            ("n<1>".to_owned(), Status::Down),
            ("n2".to_owned(), Status::Degraded),
            ("u&amp;".to_owned(), Status::Ok),
        ]),
    };
    let body = render_body(&layout, &s, Some(&marks));
    let tags = check_markup(&body).unwrap();
    let by_id = |id: &str| {
        tags.iter()
            .find(|t| t.attr("data-id") == Some(id))
            .unwrap_or_else(|| panic!("no {id}"))
    };
    let rack = by_id("k&#39;1");
    assert!(rack.classes().contains(&"failed"));
    let region = by_id("r&amp;1");
    assert!(region.classes().contains(&"isolated"));
    assert!(!region.classes().contains(&"failed"));
    let down = by_id("n&lt;1&gt;");
    assert!(down.classes().contains(&"status-down"));
    assert_eq!(down.attr("data-status"), Some("down"));
    assert!(by_id("n2").classes().contains(&"status-degraded"));
    assert!(by_id("n2").classes().contains(&"failed"));
    assert_eq!(by_id("u&amp;amp;").attr("data-status"), Some("ok"));
    assert!(body.contains("fill=\"url(#qs-hatch)\""));
    assert!(body.contains("<pattern id=\"qs-hatch\""));
    assert!(body.contains("class=\"cut\""));
    assert!(body.contains("cut off</text>"));
    assert!(body.contains("✗ failed</text>"));
    for sym in [
        "✓</text>",
        "!</text>",
        "✗</text>",
        ">down</text>",
        ">degraded</text>",
        ">ok</text>",
    ] {
        assert!(body.contains(sym), "{sym}");
    }
    let plain = render_body(&layout, &s, None);
    for absent in [
        "status-",
        "data-status",
        "failed",
        "isolated",
        "class=\"hatch\"",
    ] {
        assert!(!plain.contains(absent), "{absent}");
    }
}

#[test]
fn node_kinds_have_their_own_shapes() {
    let mut layout = Layout::default();
    let kinds = [
        Some(NodeKind::Master),
        Some(NodeKind::Agent),
        Some(NodeKind::PublicAgent),
        Some(NodeKind::Bootstrap),
        Some(NodeKind::Generic),
        None,
    ];
    for (i, kind) in kinds.into_iter().enumerate() {
        layout.unplaced.push(Node {
            kind,
            ..Node::new(format!("n{i}"))
        });
    }
    let body = render_body(&layout, &scene(&layout), None);
    let chips: Vec<&str> = body.split("<g class=\"item node ").skip(1).collect();
    assert_eq!(chips.len(), 6);
    let marker = |chip: &str| {
        let start = chip.find("class=\"chip\"").unwrap();
        let rest = &chip[start..];
        let end = rest.find("<text").unwrap();
        rest[..end]
            .split('<')
            .skip(1)
            .map(|t| t.split(' ').next().unwrap().to_owned())
            .collect::<Vec<_>>()
            .join(",")
    };
    let shapes: Vec<String> = chips.iter().map(|c| marker(c)).collect();
    assert_eq!(
        shapes,
        [
            "polygon",
            "rect",
            "circle,circle",
            "polygon",
            "circle",
            "circle"
        ]
    );
    assert!(chips[0].starts_with("node-master"));
    assert!(chips[2].starts_with("node-public-agent"));
    assert!(chips[5].starts_with("node-generic"));
    assert_ne!(
        chips[0].split("points=").nth(1),
        chips[3].split("points=").nth(1)
    );
}

#[test]
fn overlay_outlines_named_items() {
    let layout = io::load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/single-zone.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let s = scene(&layout);
    assert_eq!(render_overlay(&s, &[], &[]), "");
    let out = render_overlay(
        &s,
        &["m1".into(), "nope".into()],
        &["rack-2".into(), "m1".into(), String::new()],
    );
    let tags = check_markup(&out).unwrap();
    let got: Vec<(String, String)> = tags
        .iter()
        .map(|t| {
            (
                t.attr("class").unwrap().to_owned(),
                t.attr("data-id").unwrap().to_owned(),
            )
        })
        .collect();
    let want = [("hl", "m1"), ("sel", "m1"), ("hl", "rack-2"), ("hl", "")];
    assert_eq!(got, want.map(|(c, i)| (c.to_owned(), i.to_owned())));
    let m1 = s.item("m1").unwrap().rect;
    let sel = &tags[1];
    let x: f64 = sel.attr("x").unwrap().parse().unwrap();
    let w: f64 = sel.attr("width").unwrap().parse().unwrap();
    assert!(x < m1.x && x + w > m1.right());
}

#[test]
fn example_body_snapshot() {
    let layout = io::load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/single-zone.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let s = scene(&layout);
    let body = render_body(&layout, &s, None);
    assert!(body.starts_with("<defs><pattern id=\"qs-hatch\""));
    assert!(body.contains("<g class=\"item region\" data-id=\"dc1\" data-kind=\"region\"><title>Region Data center 1 (dc1)</title><rect class=\"box\" x=\"16\" y=\"16\""));
    assert!(body.contains(">Data center 1</text>"));
    assert!(body.contains("<g class=\"item rack\" data-id=\"rack-1\" data-kind=\"rack\">"));
    assert!(body.contains("<g class=\"item node node-master\" data-id=\"m1\" data-kind=\"node\" data-node-kind=\"master\" transform=\"translate("));
    assert!(body.contains("<text class=\"kind\" x=\"28\" y=\"25.5\">master</text>"));
    assert!(body.contains("<g class=\"item tray\" data-id=\"\" data-kind=\"tray\">"));
    // Every class used is styled by the built-in stylesheet.
    let marks = marks_for(&layout);
    let marked = render_body(&layout, &s, Some(&marks));
    let doc = render_document(&layout, &s, Some(&marks), None);
    let overlay = render_overlay(&s, &["m1".into()], &["m2".into()]);
    for svg in [
        &marked,
        &doc,
        &overlay,
        &render_body(&Layout::default(), &scene(&Layout::default()), None),
    ] {
        for t in tags(svg).unwrap() {
            for class in t.classes() {
                assert!(
                    CANVAS_CSS.contains(&format!(".{class}")),
                    "class {class} not styled"
                );
            }
        }
    }
}

#[test]
fn document_stands_alone() {
    let layout = hostile();
    let s = scene(&layout);
    let doc = render_document(&layout, &s, None, Some("x"));
    assert!(doc.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
    assert!(doc.contains(&format!(
        "viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\"",
        s.width, s.height, s.width, s.height
    )));
    assert!(doc.contains(&format!("<style>{CANVAS_CSS}</style>")));
    assert!(doc.contains("<metadata id=\"quorumscope-layout\">x</metadata>"));
    assert!(!CANVAS_CSS.contains(['<', '&']));
    assert!(doc.trim_end().ends_with("</svg>"));
}
