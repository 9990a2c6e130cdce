//! Small layout builders for the rules' fixture tests.

use crate::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};

use super::{Finding, Severity};

/// Builds a layout step by step.
#[derive(Default)]
pub struct Fixture {
    layout: Layout,
}

impl Fixture {
    /// An empty layout.
    pub fn new() -> Self {
        Fixture::default()
    }

    fn zone_mut(&mut self, region: &str, zone: &str) -> &mut Zone {
        let regions = &mut self.layout.regions;
        let ri = match regions.iter().position(|r| r.id == region) {
            Some(i) => i,
            None => {
                regions.push(Region {
                    id: region.into(),
                    ..Region::default()
                });
                regions.len() - 1
            }
        };
        let zones = &mut regions[ri].zones;
        let zi = match zones.iter().position(|z| z.id == zone) {
            Some(i) => i,
            None => {
                zones.push(Zone {
                    id: zone.into(),
                    ..Zone::default()
                });
                zones.len() - 1
            }
        };
        &mut zones[zi]
    }

    /// Nodes placed directly in `zone` of `region` (both created if needed).
    pub fn zone(mut self, region: &str, zone: &str, nodes: &[&str]) -> Self {
        let z = self.zone_mut(region, zone);
        z.nodes.extend(nodes.iter().map(|n| Node::new(*n)));
        self
    }

    /// A rack of nodes in `zone` of `region`.
    pub fn rack(mut self, region: &str, zone: &str, rack: &str, nodes: &[&str]) -> Self {
        let z = self.zone_mut(region, zone);
        z.racks.push(Rack {
            id: rack.into(),
            label: None,
            nodes: nodes.iter().map(|n| Node::new(*n)).collect(),
        });
        self
    }

    /// Unplaced nodes.
    pub fn unplaced(mut self, nodes: &[&str]) -> Self {
        self.layout
            .unplaced
            .extend(nodes.iter().map(|n| Node::new(*n)));
        self
    }

    /// A component.
    pub fn component(mut self, c: Component) -> Self {
        self.layout.components.push(c);
        self
    }

    /// A latency override.
    pub fn link(mut self, a: &str, b: &str, latency_ms: f64) -> Self {
        self.layout.links.push(Link {
            between: [a.into(), b.into()],
            latency_ms,
            bandwidth_mbps: None,
        });
        self
    }

    /// Changes a node wherever it is.
    pub fn node(mut self, id: &str, edit: impl FnOnce(&mut Node)) -> Self {
        let node = self
            .layout
            .regions
            .iter_mut()
            .flat_map(|r| r.zones.iter_mut())
            .flat_map(|z| {
                z.racks
                    .iter_mut()
                    .flat_map(|r| r.nodes.iter_mut())
                    .chain(z.nodes.iter_mut())
            })
            .chain(self.layout.unplaced.iter_mut())
            .find(|n| n.id == id);
        if let Some(n) = node {
            edit(n);
        }
        self
    }

    /// An agent offering resources.
    pub fn agent(self, id: &str, cpus: f64, mem_gib: f64) -> Self {
        self.node(id, |n| {
            n.kind = Some(NodeKind::Agent);
            n.cpus = Some(cpus);
            n.mem_gib = Some(mem_gib);
        })
    }

    /// The layout.
    pub fn build(self) -> Layout {
        self.layout
    }
}

/// A component of `kind` with an explicit role.
pub fn comp(id: &str, kind: ComponentKind, role: Option<Role>, members: &[&str]) -> Component {
    let mut c = Component::new(id, kind, members);
    c.role = role;
    c
}

/// The only finding, checked for code, severity and subjects; the message
/// must name every subject.
pub fn single(findings: &[Finding], code: &str, severity: Severity, subjects: &[&str]) -> Finding {
    assert_eq!(findings.len(), 1, "expected one finding, got {findings:#?}");
    let f = findings[0].clone();
    assert_eq!(f.rule, code);
    assert_eq!(f.severity, severity);
    assert_eq!(f.subjects, subjects);
    for s in subjects {
        assert!(
            f.message.contains(s),
            "message {:?} does not name {s}",
            f.message
        );
    }
    f
}
