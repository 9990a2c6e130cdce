//! No layout value makes a rule panic, and every finding is well formed.

use proptest::prelude::*;

use quorumscope::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};
use quorumscope::rules::{check_all, find};

/// Ids drawn from a small pool so that duplicates and unknown references happen.
fn id() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "a", "b", "c", "d", "e", "r1", "r2", "z1", "z2", "z3", "k1", "c1", "c2", "",
    ])
    .prop_map(str::to_string)
}

fn figure() -> impl Strategy<Value = Option<f64>> {
    prop::option::of(prop_oneof![
        -4.0..64.0f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0)
    ])
}

fn node() -> impl Strategy<Value = Node> {
    (
        id(),
        prop::option::of(prop::sample::select(vec!["10.0.0.1", "10.0.0.2", " ", ""])),
        figure(),
        figure(),
        prop::option::of(prop::sample::select(NodeKind::ALL.to_vec())),
    )
        .prop_map(|(id, ip, cpus, mem_gib, kind)| Node {
            id,
            label: None,
            ip: ip.map(str::to_string),
            cpus,
            mem_gib,
            kind,
        })
}

fn zone() -> impl Strategy<Value = Zone> {
    (
        id(),
        prop::collection::vec((id(), prop::collection::vec(node(), 0..4)), 0..3),
        prop::collection::vec(node(), 0..4),
    )
        .prop_map(|(id, racks, nodes)| Zone {
            id,
            label: None,
            racks: racks
                .into_iter()
                .map(|(id, nodes)| Rack {
                    id,
                    label: None,
                    nodes,
                })
                .collect(),
            nodes,
        })
}

fn component() -> impl Strategy<Value = Component> {
    (
        id(),
        prop::sample::select(ComponentKind::ALL.to_vec()),
        prop::option::of(prop::sample::select(Role::ALL.to_vec())),
        prop::collection::vec(id(), 0..10),
        prop::collection::vec(id(), 0..3),
        (figure(), figure(), any::<bool>()),
    )
        .prop_map(
            |(id, kind, role, members, depends_on, (cpus, mem_gib, io_heavy))| {
                let mut c = Component::new(id, kind, &[]);
                c.members = members;
                c.role = role;
                c.depends_on = depends_on;
                c.cpus = cpus;
                c.mem_gib = mem_gib;
                c.io_heavy = io_heavy;
                c
            },
        )
}

fn layout() -> impl Strategy<Value = Layout> {
    (
        prop::collection::vec((id(), prop::collection::vec(zone(), 0..4)), 0..4),
        prop::collection::vec(node(), 0..3),
        prop::collection::vec(component(), 0..8),
        prop::collection::vec(
            (id(), id(), prop_oneof![-10.0..900.0f64, Just(f64::NAN)]),
            0..4,
        ),
    )
        .prop_map(|(regions, unplaced, components, links)| Layout {
            name: String::new(),
            regions: regions
                .into_iter()
                .map(|(id, zones)| Region {
                    id,
                    label: None,
                    zones,
                })
                .collect(),
            unplaced,
            components,
            links: links
                .into_iter()
                .map(|(a, b, latency_ms)| Link {
                    between: [a, b],
                    latency_ms,
                    bandwidth_mbps: None,
                })
                .collect(),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn rules_never_panic_and_findings_are_well_formed(l in layout()) {
        let findings = check_all(&l);
        prop_assert_eq!(&findings, &check_all(&l));
        for f in &findings {
            let rule = find(f.rule);
            prop_assert!(rule.is_some(), "unknown code {}", f.rule);
            prop_assert_eq!(rule.map(|r| r.doc().severity), Some(f.severity));
            prop_assert!(!f.message.trim().is_empty());
            prop_assert!(!f.subjects.is_empty(), "{} has no subjects", f.rule);
        }
    }
}
