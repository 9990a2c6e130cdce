//! QS501: not enough spare agent capacity to absorb a zone failure.

use std::collections::BTreeMap;

use crate::model::{ComponentKind, Layout, Node, NodeKind, Placements};

use super::Finding;
use super::support::num;

declare_rule! {
    pub struct InsufficientFailoverCapacity;
    code: "QS501",
    name: "insufficient-failover-capacity",
    severity: Warning,
    what: "A zone whose failure would leave the agents of the other zones without enough free CPUs or memory \
           to re-host the replicated instances lost with it (only when demand and capacity figures are given).",
    why: "Apps from a failed zone are rescheduled into other zones only as long as there is spare capacity; \
          the guidance asks for enough spare capacity in each zone to handle the failover workload.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single-zone masters and cross-zone agents within a region",
    fix: "Add agents (or CPUs and memory) in the other zones, or lower the per-instance demand.",
}

/// Whether a node offers its resources to tasks.
fn offers(node: &Node) -> bool {
    match node.kind {
        Some(kind) => {
            kind.is_agent()
                || (kind == NodeKind::Generic && (node.cpus.is_some() || node.mem_gib.is_some()))
        }
        None => node.cpus.is_some() || node.mem_gib.is_some(),
    }
}

/// CPUs and memory, summed.
#[derive(Debug, Clone, Copy, Default)]
struct Res {
    cpus: f64,
    mem: f64,
}

/// A finite, non-negative figure, or zero.
fn clean(x: Option<f64>) -> f64 {
    x.filter(|v| v.is_finite() && *v > 0.0).unwrap_or(0.0)
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    let zones: Vec<&str> = layout.zones().map(|z| z.id.as_str()).collect();
    let agents: Vec<&Node> = layout
        .nodes()
        .filter(|n| offers(n) && placements.get(&n.id).is_some())
        .collect();
    let check_cpus = layout.components.iter().any(|c| clean(c.cpus) > 0.0)
        && agents.iter().any(|n| n.cpus.is_some());
    let check_mem = layout.components.iter().any(|c| clean(c.mem_gib) > 0.0)
        && agents.iter().any(|n| n.mem_gib.is_some());
    if zones.len() < 2 || !(check_cpus || check_mem) {
        return Vec::new();
    }
    // Demand already placed on each node, and demand lost with each zone.
    let mut used: BTreeMap<&str, Res> = BTreeMap::new();
    let mut lost: BTreeMap<&str, (Res, usize)> = BTreeMap::new();
    for c in &layout.components {
        let (cpus, mem) = (clean(c.cpus), clean(c.mem_gib));
        for m in &c.members {
            let Some(p) = placements.get(m) else { continue };
            let u = used.entry(m.as_str()).or_default();
            u.cpus += cpus;
            u.mem += mem;
            if c.kind == ComponentKind::Replicated && (cpus > 0.0 || mem > 0.0) {
                let l = lost.entry(p.zone).or_default();
                l.0.cpus += cpus;
                l.0.mem += mem;
                l.1 += 1;
            }
        }
    }
    let mut out = Vec::new();
    for zone in zones {
        let Some(&(need, instances)) = lost.get(zone) else {
            continue;
        };
        let mut free = Res::default();
        for n in agents
            .iter()
            .filter(|n| placements.get(&n.id).is_some_and(|p| p.zone != zone))
        {
            let u = used.get(n.id.as_str()).copied().unwrap_or_default();
            free.cpus += (clean(n.cpus) - u.cpus).max(0.0);
            free.mem += (clean(n.mem_gib) - u.mem).max(0.0);
        }
        let mut short = Vec::new();
        if check_cpus && need.cpus > free.cpus + 1e-9 {
            short.push(format!(
                "{} CPUs needed, {} free",
                num(need.cpus),
                num(free.cpus)
            ));
        }
        if check_mem && need.mem > free.mem + 1e-9 {
            short.push(format!(
                "{} GiB needed, {} GiB free",
                num(need.mem),
                num(free.mem)
            ));
        }
        if !short.is_empty() {
            out.push(DOC.finding(
                format!(
                    "If zone {zone} fails, the other zones cannot re-host its {instances} instance(s): {}. \
                     Add spare agent capacity outside {zone}.",
                    short.join("; ")
                ),
                vec![zone.to_string()],
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::Replicated;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn layout(b_cpus: f64) -> Layout {
        let mut web = comp("web", Replicated, None, &["a1", "b1"]);
        web.cpus = Some(2.0);
        web.mem_gib = Some(4.0);
        Fixture::new()
            .zone("r", "za", &["a1"])
            .zone("r", "zb", &["b1"])
            .agent("a1", 8.0, 32.0)
            .agent("b1", b_cpus, 32.0)
            .component(web)
            .build()
    }

    #[test]
    fn fires_naming_the_zone_and_shortfall() {
        // b1 offers 3 CPUs and already runs 2: only 1 free for the 2 lost with za.
        let f = single(&check(&layout(3.0)), "QS501", Severity::Warning, &["za"]);
        assert!(f.message.contains("2 CPUs needed, 1 free"), "{}", f.message);
    }

    #[test]
    fn quiet_with_room_or_without_demand_figures() {
        assert!(check(&layout(8.0)).is_empty());
        let mut l = layout(3.0);
        for c in &mut l.components {
            c.cpus = None;
            c.mem_gib = None;
        }
        assert!(check(&l).is_empty());
    }
}
