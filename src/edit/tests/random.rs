//! Random valid layouts for the property tests.

use proptest::prelude::*;
use proptest::sample::Index;

use crate::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};

pub(super) const KINDS: [ComponentKind; 3] = ComponentKind::ALL;
pub(super) const ROLES: [Role; 6] = Role::ALL;
pub(super) const NODE_KINDS: [NodeKind; 5] = NodeKind::ALL;

/// (zones of (racks of node counts, zone node count)) per region.
type Tree = Vec<Vec<(Vec<u8>, u8)>>;
/// (kind, role, member picks, dependency picks).
type Comp = (usize, Option<usize>, Vec<Index>, Vec<Index>);

/// A random valid layout whose ids look like the editor's own (to make
/// fresh ids collide), with components, dependencies (no cycles) and links.
pub(super) fn layout() -> impl Strategy<Value = Layout> {
    let tree = prop::collection::vec(
        prop::collection::vec((prop::collection::vec(0u8..4, 0..3), 0u8..3), 0..3),
        0..3,
    );
    let comp = (
        0..3usize,
        prop::option::of(0..6usize),
        prop::collection::vec(any::<Index>(), 0..5),
        prop::collection::vec(any::<Index>(), 0..2),
    );
    (
        tree,
        0u8..3,
        prop::collection::vec(comp, 0..4),
        any::<bool>(),
    )
        .prop_map(|(tree, unplaced, comps, link)| build(&tree, unplaced, &comps, link))
}

fn build(tree: &Tree, unplaced: u8, comps: &[Comp], link: bool) -> Layout {
    let mut n = 0;
    let mut next = |prefix: &str| {
        n += 1;
        format!("{prefix}{n}")
    };
    let nodes = |count: u8, next: &mut dyn FnMut(&str) -> String| -> Vec<Node> {
        (0..count)
            .map(|i| Node::new(next(["m", "agent-", "node-"][usize::from(i % 3)])))
            .collect()
    };
    let mut layout = Layout::default();
    for zones in tree {
        let mut region = Region {
            id: next("region-"),
            ..Region::default()
        };
        for (racks, direct) in zones {
            let mut zone = Zone {
                id: next("zone-"),
                ..Zone::default()
            };
            for &count in racks {
                let id = next("rack-");
                zone.racks.push(Rack {
                    id,
                    label: None,
                    nodes: nodes(count, &mut next),
                });
            }
            zone.nodes = nodes(*direct, &mut next);
            region.zones.push(zone);
        }
        layout.regions.push(region);
    }
    layout.unplaced = nodes(unplaced, &mut next);
    let node_ids: Vec<String> = layout.nodes().map(|n| n.id.clone()).collect();
    for (kind, role, picks, deps) in comps {
        let kind = KINDS[*kind % 3];
        let mut c = Component::new(next(&format!("{}-", kind.as_str())), kind, &[]);
        c.role = role.map(|r| ROLES[r % 6]);
        c.members = distinct(&node_ids, picks);
        let earlier: Vec<String> = layout.components.iter().map(|c| c.id.clone()).collect();
        c.depends_on = distinct(&earlier, deps);
        if kind == ComponentKind::Replicated && !c.members.is_empty() {
            c.min_available = Some(1);
        }
        layout.components.push(c);
    }
    if link && layout.regions.len() >= 2 {
        let between = [layout.regions[0].id.clone(), layout.regions[1].id.clone()];
        layout.links.push(Link {
            between,
            latency_ms: 80.0,
            bandwidth_mbps: None,
        });
    }
    layout
}

fn distinct(pool: &[String], picks: &[Index]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !pool.is_empty() {
        for p in picks {
            let id = p.get(pool);
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    out
}
