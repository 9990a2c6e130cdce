//! Round trips: canonical files survive load+save byte for byte, and random
//! valid layouts survive save+load unchanged.

use proptest::prelude::*;
use proptest::sample::Index;
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

/// A non-negative finite number, often whole.
fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..100_000).prop_map(f64::from),
        any::<f64>()
            .prop_map(f64::abs)
            .prop_filter("finite", |x| x.is_finite()),
    ]
}

type NodeShape = (
    String,
    Option<String>,
    Option<String>,
    Option<f64>,
    Option<f64>,
    Option<u8>,
);

fn node_shape() -> impl Strategy<Value = NodeShape> {
    (
        "\\PC{0,6}",
        proptest::option::of(any::<String>()),
        proptest::option::of("[0-9.]{1,15}"),
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of(0u8..5),
    )
}

type RackShape = (Option<String>, Vec<NodeShape>);
type ZoneShape = (Option<String>, Vec<RackShape>, Vec<NodeShape>);
type RegionShape = (Option<String>, Vec<ZoneShape>);
type ComponentShape = (
    u8,
    Option<String>,
    Vec<Index>,
    Vec<Index>,
    Vec<Index>,
    Index,
    Option<u8>,
    bool,
);

type LinkShape = (Index, Index, f64, Option<f64>);
type LayoutShape = (
    String,
    Vec<RegionShape>,
    Vec<NodeShape>,
    Vec<ComponentShape>,
    Vec<LinkShape>,
);

fn shapes() -> impl Strategy<Value = LayoutShape> {
    let rack = (
        proptest::option::of(any::<String>()),
        prop::collection::vec(node_shape(), 0..4),
    );
    let zone = (
        proptest::option::of(any::<String>()),
        prop::collection::vec(rack, 0..3),
        prop::collection::vec(node_shape(), 0..3),
    );
    let region = (
        proptest::option::of(any::<String>()),
        prop::collection::vec(zone, 0..3),
    );
    let component = (
        0u8..3,
        proptest::option::of(any::<String>()),
        prop::collection::vec(any::<Index>(), 0..6),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::collection::vec(any::<Index>(), 0..3),
        any::<Index>(),
        proptest::option::of(0u8..6),
        any::<bool>(),
    );
    let link = (
        any::<Index>(),
        any::<Index>(),
        amount(),
        proptest::option::of(amount()),
    );
    (
        any::<String>(),
        prop::collection::vec(region, 0..4),
        prop::collection::vec(node_shape(), 0..3),
        prop::collection::vec(component, 0..6),
        prop::collection::vec(link, 0..4),
    )
}

const NODE_KINDS: [NodeKind; 5] = [
    NodeKind::Master,
    NodeKind::Agent,
    NodeKind::PublicAgent,
    NodeKind::Bootstrap,
    NodeKind::Generic,
];
const ROLES: [Role; 6] = [
    Role::Coordination,
    Role::ControlPlane,
    Role::Scheduler,
    Role::LoadBalancer,
    Role::Database,
    Role::Service,
];

/// Unique ids: a kind letter, a counter, a colon, then free text.
struct Namer(usize);

impl Namer {
    fn id(&mut self, kind: char, tag: &str) -> String {
        self.0 += 1;
        format!("{kind}{}:{tag}", self.0)
    }

    fn node(&mut self, shape: &NodeShape, ids: &mut Vec<String>) -> Node {
        let (tag, label, ip, cpus, mem_gib, kind) = shape;
        let id = self.id('n', tag);
        ids.push(id.clone());
        Node {
            id,
            label: label.clone(),
            ip: ip.clone(),
            cpus: *cpus,
            mem_gib: *mem_gib,
            kind: kind.map(|k| NODE_KINDS[usize::from(k)]),
        }
    }
}

/// Distinct picks from `pool`, in first-pick order.
fn pick(pool: &[String], picks: &[Index], exclude: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if pool.is_empty() {
        return out;
    }
    for p in picks {
        let id = p.get(pool);
        if !out.contains(id) && !exclude.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn valid_layout() -> impl Strategy<Value = Layout> {
    shapes().prop_map(|(name, regions, unplaced, components, links)| {
        let mut namer = Namer(0);
        let mut node_ids = Vec::new();
        let mut region_ids = Vec::new();
        let mut layout = Layout {
            name,
            ..Layout::default()
        };
        for (label, zones) in &regions {
            let id = namer.id('r', "");
            region_ids.push(id.clone());
            let zones = zones
                .iter()
                .map(|(label, racks, nodes)| Zone {
                    id: namer.id('z', ""),
                    label: label.clone(),
                    racks: racks
                        .iter()
                        .map(|(label, nodes)| Rack {
                            id: namer.id('k', ""),
                            label: label.clone(),
                            nodes: nodes.iter().map(|n| namer.node(n, &mut node_ids)).collect(),
                        })
                        .collect(),
                    nodes: nodes.iter().map(|n| namer.node(n, &mut node_ids)).collect(),
                })
                .collect();
            layout.regions.push(Region {
                id,
                label: label.clone(),
                zones,
            });
        }
        layout.unplaced = unplaced
            .iter()
            .map(|n| namer.node(n, &mut node_ids))
            .collect();
        let mut component_ids: Vec<String> = Vec::new();
        for (kind, label, members, observers, deps, min, role, io_heavy) in &components {
            let kind = [
                ComponentKind::Quorum,
                ComponentKind::Leader,
                ComponentKind::Replicated,
            ][usize::from(*kind)];
            let mut c = Component::new(namer.id('c', ""), kind, &[]);
            c.label = label.clone();
            c.members = pick(&node_ids, members, &[]);
            if kind == ComponentKind::Quorum {
                c.observers = pick(&node_ids, observers, &c.members);
            }
            // Only earlier components: no cycles.
            c.depends_on = pick(&component_ids, deps, &[]);
            if kind == ComponentKind::Replicated && !c.members.is_empty() {
                c.min_available = Some(min.index(c.members.len()) as u32 + 1);
            }
            c.role = role.map(|r| ROLES[usize::from(r)]);
            c.io_heavy = *io_heavy;
            component_ids.push(c.id.clone());
            layout.components.push(c);
        }
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (a, b, latency_ms, bandwidth_mbps) in links {
            if region_ids.len() < 2 {
                break;
            }
            let (a, b) = (a.index(region_ids.len()), b.index(region_ids.len()));
            let pair = (a.min(b), a.max(b));
            if a == b || pairs.contains(&pair) {
                continue;
            }
            pairs.push(pair);
            layout.links.push(Link {
                between: [region_ids[a].clone(), region_ids[b].clone()],
                latency_ms,
                bandwidth_mbps,
            });
        }
        layout
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_valid_layouts_round_trip(layout in valid_layout()) {
        let errors = io::validate(&layout);
        prop_assert!(errors.is_empty(), "generator made an invalid layout: {errors:#?}");
        let text = io::save(&layout);
        let loaded = io::load(&text);
        prop_assert_eq!(loaded.as_ref(), Ok(&layout), "text:\n{}", text);
        let again = io::save(&layout);
        prop_assert_eq!(&again, &text);
        if let Ok(loaded) = loaded {
            prop_assert_eq!(io::save(&loaded), text);
        }
    }
}
