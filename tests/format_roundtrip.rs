//! Random valid layouts (unique ids, valid references, no dependency cycles)
//! survive save+load unchanged, and save is idempotent.

use proptest::prelude::*;
use proptest::sample::Index;
use quorumscope::io;
use quorumscope::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};

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

const NODE_KINDS: [NodeKind; 5] = NodeKind::ALL;
const ROLES: [Role; 6] = Role::ALL;

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
            let kind = ComponentKind::ALL[usize::from(*kind)];
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
