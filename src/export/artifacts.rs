//! DC/OS artifacts of a design: what to give each node and each app so the
//! cluster is deployed as the layout says.
//!
//! - Fault domains: Mesos knows two levels, region and zone, and DC/OS reads
//!   them from the fault-domain detect script, which prints
//!   `{"fault_domain":{"region":{"name":...},"zone":{"name":...}}}` on each
//!   node (guidance README, "Mesos fault domains are two levels"). Racks are
//!   not a Mesos fault-domain level, so racked agents carry an agent
//!   attribute `rack:<id>` instead; the multi-zone guidance also asks to tag
//!   agents with their zone (multi-zone-and-hybrid-cloud.md, "Single-zone
//!   masters and cross-zone agents", recommendations).
//! - Marathon placement constraints: apps that must stay up are spread over
//!   fault domains with the `UNIQUE` and `GROUP_BY` operators
//!   (high-availability.md and zones-and-regions-1.11.md, "Fault Domain
//!   Isolation"), on the fields `hostname`, `@zone`, `@region` or an agent
//!   attribute such as `rack` (guidance README, Marathon placement
//!   constraints); schedulers are kept in the masters' zone or region with
//!   `IS` (multi-zone-and-hybrid-cloud.md, "Any DC/OS service schedulers
//!   should be scheduled to the same zone as masters (e.g., by using
//!   constraints)"). Components whose members are all masters (Marathon
//!   itself) are installed by DC/OS, not launched by Marathon: they get no
//!   constraints.

use std::fmt::Write;

use serde::Serialize;

use crate::model::{ComponentKind, Layout, NodeKind, Placements};

/// Fault domains and placement constraints for a layout.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Artifacts {
    /// One per placed node, in layout order.
    pub fault_domains: Vec<NodeDomain>,
    /// One per leader or replicated component, in layout order.
    pub constraints: Vec<AppConstraints>,
}

/// Where one placed node sits, as DC/OS must be told.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeDomain {
    /// Node id.
    pub node: String,
    /// Region id.
    pub region: String,
    /// Zone id.
    pub zone: String,
    /// Rack id, when the node is in a rack.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rack: Option<String>,
    /// Mesos agent attributes (`MESOS_ATTRIBUTES`): `zone:<id>` and
    /// `rack:<id>`; none for masters and the bootstrap node, which run no tasks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attributes: Option<String>,
    /// The line the fault-domain detect script prints on this node.
    pub detect_output: String,
}

/// The Marathon constraints that keep one component spread as designed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AppConstraints {
    /// Component id.
    pub component: String,
    /// `leader` or `replicated`.
    pub kind: &'static str,
    /// Placed members (unplaced ones are not deployed).
    pub instances: usize,
    /// Marathon `constraints`: `[field, operator]` or `[field, operator, value]`.
    pub constraints: Vec<Vec<String>>,
}

/// The detect script output for one node: `{"fault_domain":{"region":{"name":R},"zone":{"name":Z}}}`.
pub fn fault_domain_json(region: &str, zone: &str) -> String {
    serde_json::json!({
        "fault_domain": {"region": {"name": region}, "zone": {"name": zone}}
    })
    .to_string()
}

/// The fault domains of every placed node and the constraints of every
/// leader and replicated component.
pub fn artifacts(layout: &Layout) -> Artifacts {
    let mut fault_domains = Vec::new();
    for region in &layout.regions {
        for zone in &region.zones {
            let racked = zone
                .racks
                .iter()
                .flat_map(|r| r.nodes.iter().map(move |n| (n, Some(&r.id))));
            for (node, rack) in racked.chain(zone.nodes.iter().map(|n| (n, None))) {
                let runs_tasks = !matches!(node.kind, Some(NodeKind::Master | NodeKind::Bootstrap));
                let attributes = runs_tasks.then(|| {
                    let mut a = format!("zone:{}", zone.id);
                    if let Some(rack) = rack {
                        let _ = write!(a, ";rack:{rack}");
                    }
                    a
                });
                fault_domains.push(NodeDomain {
                    node: node.id.clone(),
                    region: region.id.clone(),
                    zone: zone.id.clone(),
                    rack: rack.cloned(),
                    attributes,
                    detect_output: fault_domain_json(&region.id, &zone.id),
                });
            }
        }
    }
    let places = Placements::of(layout);
    // Quorums, and components running only on masters (Marathon itself, the
    // Mesos masters), are installed by DC/OS, not launched by Marathon.
    let on_masters = |c: &crate::model::Component| {
        !c.members.is_empty()
            && c.members.iter().all(|m| {
                layout
                    .node(m)
                    .is_some_and(|n| n.kind == Some(NodeKind::Master))
            })
    };
    let constraints = layout
        .components
        .iter()
        .filter(|c| c.kind != ComponentKind::Quorum && !on_masters(c))
        .map(|c| {
            let placed: Vec<_> = c.members.iter().filter_map(|m| places.get(m)).collect();
            let distinct = |f: &dyn Fn(&crate::model::Placement) -> Option<String>| {
                let mut ids: Vec<String> = placed.iter().filter_map(f).collect();
                ids.sort();
                ids.dedup();
                ids
            };
            let regions = distinct(&|p| Some(p.region.to_string()));
            let zones = distinct(&|p| Some(p.zone.to_string()));
            let racks = distinct(&|p| p.rack.map(str::to_string));
            let mut list: Vec<Vec<String>> = Vec::new();
            let rule = |parts: &[&str]| parts.iter().map(|s| s.to_string()).collect();
            if placed.len() > 1 {
                list.push(rule(&["hostname", "UNIQUE"]));
            }
            for (field, ids) in [("@region", &regions), ("@zone", &zones)] {
                match ids.as_slice() {
                    [] => {}
                    [one] => list.push(rule(&[field, "IS", one])),
                    many => list.push(rule(&[field, "GROUP_BY", &many.len().to_string()])),
                }
            }
            if racks.len() > 1 {
                list.push(rule(&["rack", "GROUP_BY", &racks.len().to_string()]));
            }
            AppConstraints {
                component: c.id.clone(),
                kind: c.kind.as_str(),
                instances: placed.len(),
                constraints: list,
            }
        })
        .collect();
    Artifacts {
        fault_domains,
        constraints,
    }
}

impl Artifacts {
    /// Pretty JSON, keys and items always in the same order.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Readable text: per node its detect output and attributes, per app its constraints.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "Fault domains (what the fault-domain detect script prints on each node)\n",
        );
        if self.fault_domains.is_empty() {
            out.push_str("  (no placed node)\n");
        }
        for d in &self.fault_domains {
            let _ = writeln!(out, "  {}  {}", d.node, d.detect_output);
        }
        out.push_str(
            "\nAgent attributes (MESOS_ATTRIBUTES; `rack` is what the rack constraints read)\n",
        );
        for d in &self.fault_domains {
            if let Some(attributes) = &d.attributes {
                let _ = writeln!(out, "  {}  {attributes}", d.node);
            }
        }
        out.push_str("\nMarathon placement constraints (app definition \"constraints\")\n");
        if self.constraints.is_empty() {
            out.push_str("  (no leader or replicated component)\n");
        }
        for c in &self.constraints {
            let json = serde_json::to_string(&c.constraints).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {} ({}, {} placed): {json}",
                c.component, c.kind, c.instances
            );
        }
        out
    }
}
