//! Canonical text: load+save of a canonical file gives the same bytes, save's
//! layout and number format, and exact round trips of every field.

use quorumscope::io;
use quorumscope::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};

const SPEC_EXAMPLE: &str = include_str!("fixtures/format/spec-example.json");
const CANONICAL: &str = include_str!("fixtures/format/canonical.json");

fn load(text: &str) -> Layout {
    io::load(text).unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn canonical_file_round_trips_byte_for_byte() {
    assert_eq!(io::save(&load(CANONICAL)), CANONICAL);
}

#[test]
fn canonical_file_is_the_spec_example_saved() {
    assert_eq!(io::save(&load(SPEC_EXAMPLE)), CANONICAL);
    assert_eq!(load(CANONICAL), load(SPEC_EXAMPLE));
}

#[test]
fn save_puts_header_first_and_omits_empty_optionals() {
    let mut layout = Layout::default();
    layout.regions.push(Region {
        id: "r".into(),
        label: None,
        zones: vec![],
    });
    layout.unplaced.push(Node {
        cpus: Some(2.5),
        mem_gib: Some(16.0),
        ..Node::new("n")
    });
    let text = io::save(&layout);
    let expected = "{\n  \"format\": \"quorumscope-layout\",\n  \"version\": 1,\n  \"regions\": [\n    {\n      \"id\": \"r\",\n      \"zones\": []\n    }\n  ],\n  \"unplaced\": [\n    {\n      \"id\": \"n\",\n      \"cpus\": 2.5,\n      \"mem_gib\": 16\n    }\n  ],\n  \"components\": []\n}\n";
    assert_eq!(text, expected);
    assert_eq!(load(&text), layout);
}

#[test]
fn awkward_numbers_round_trip_exactly() {
    for x in [
        0.1 + 0.2,
        1.0 / 7.0,
        2.7994283428949173e-41,
        5e-324,
        f64::MAX,
        1e21,
        0.022933877151503638,
    ] {
        let mut layout = Layout::default();
        layout.unplaced.push(Node {
            cpus: Some(x),
            ..Node::new("n")
        });
        let loaded = load(&io::save(&layout));
        assert_eq!(
            loaded.unplaced[0].cpus.map(f64::to_bits),
            Some(x.to_bits()),
            "{x:e}"
        );
    }
}

#[test]
fn every_optional_field_round_trips() {
    let node = Node {
        id: "n1".into(),
        label: Some("Node 1".into()),
        ip: Some("10.0.0.1".into()),
        cpus: Some(0.5),
        mem_gib: Some(1e300),
        kind: Some(NodeKind::Bootstrap),
    };
    let mut component = Component::new("c", ComponentKind::Replicated, &["n1"]);
    component.label = Some("C".into());
    component.min_available = Some(1);
    component.role = Some(Role::LoadBalancer);
    component.cpus = Some(0.0);
    component.mem_gib = Some(3.0);
    component.io_heavy = true;
    let mut quorum = Component::new("q", ComponentKind::Quorum, &["n1"]);
    quorum.observers = vec!["n2".into()];
    quorum.depends_on = vec!["c".into()];
    let zone = |id: &str| Zone {
        id: id.into(),
        ..Zone::default()
    };
    let layout = Layout {
        name: "all fields".into(),
        regions: vec![Region {
            id: "r".into(),
            label: Some("R".into()),
            zones: vec![
                Zone {
                    id: "z".into(),
                    label: Some("Z".into()),
                    racks: vec![Rack {
                        id: "k".into(),
                        label: Some("K".into()),
                        nodes: vec![node],
                    }],
                    nodes: vec![Node::new("n2")],
                },
                zone("z2"),
            ],
        }],
        unplaced: vec![Node::new("n3")],
        components: vec![component, quorum],
        links: vec![Link {
            between: ["z".into(), "z2".into()],
            latency_ms: 1.25,
            bandwidth_mbps: Some(10_000.0),
        }],
    };
    assert!(io::validate(&layout).is_empty());
    let text = io::save(&layout);
    assert_eq!(load(&text), layout);
    assert_eq!(io::save(&load(&text)), text);
}
