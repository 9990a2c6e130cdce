//! QS406: agents in more than one region.

use std::collections::BTreeSet;

use crate::model::{Layout, NodeKind};

use super::Finding;

declare_rule! {
    pub struct AgentsSpanRegions;
    code: "QS406",
    name: "agents-span-regions",
    severity: Warning,
    what: "Agents (private or public) placed in more than one region.",
    why: "Running agents across regions is typically not recommended: the latency and unique, \
          routable addressing the cluster needs are hard to guarantee over links between regions, \
          whose bandwidth is also very limited.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single region masters and cross-region agents",
    fix: "Keep the cluster in one region if you can. Otherwise keep the masters in one region, \
          constrain schedulers to it, give each remote region a measured low-latency link (under 100 ms), \
          and keep data-intensive services inside one region.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let regions: BTreeSet<&str> = layout
        .regions
        .iter()
        .filter(|r| {
            r.zones.iter().any(|z| {
                z.racks
                    .iter()
                    .flat_map(|rack| rack.nodes.iter())
                    .chain(z.nodes.iter())
                    .any(|n| n.kind.is_some_and(NodeKind::is_agent))
            })
        })
        .map(|r| r.id.as_str())
        .collect();
    if regions.len() < 2 {
        return Vec::new();
    }
    let ids: Vec<String> = regions.iter().map(|r| r.to_string()).collect();
    vec![DOC.finding(
        format!(
            "Agents run in regions {}: cross-region agents are typically not recommended. \
             Keep masters in one region and measure each region link (under 100 ms).",
            ids.join(", ")
        ),
        ids,
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, single};

    #[test]
    fn fires_when_agents_are_in_two_regions() {
        let l = Fixture::new()
            .zone("east", "e1", &["a1"])
            .zone("west", "w1", &["a2", "m1"])
            .agent("a1", 8.0, 32.0)
            .agent("a2", 8.0, 32.0)
            .build();
        single(&check(&l), "QS406", Severity::Warning, &["east", "west"]);
    }

    #[test]
    fn quiet_with_one_agent_region() {
        let l = Fixture::new()
            .zone("east", "e1", &["a1"])
            .zone("east", "e2", &["a2"])
            .zone("west", "w1", &["m1"])
            .agent("a1", 8.0, 32.0)
            .agent("a2", 8.0, 32.0)
            .build();
        assert!(check(&l).is_empty());
    }
}
