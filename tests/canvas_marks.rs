//! Scenario marks and node kinds as drawn: classes, data attributes,
//! symbols and text, shapes (never colour alone).

mod canvas_support;

use std::collections::HashMap;

use canvas_support::{check_markup, hostile};
use quorumscope::canvas::{ScenarioMarks, render_body, scene};
use quorumscope::engine::Status;
use quorumscope::model::{Layout, Node, NodeKind};

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
