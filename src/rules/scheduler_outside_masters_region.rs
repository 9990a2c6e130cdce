//! QS202: scheduler instances outside the masters' regions.

use std::collections::BTreeSet;

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{control_plane_nodes, domains_of, names, with_role};

declare_rule! {
    pub struct SchedulerOutsideMastersRegion;
    code: "QS202",
    name: "scheduler-outside-masters-region",
    severity: Warning,
    what: "A scheduler with instances in a region that holds no control-plane (master) node.",
    why: "Schedulers use ZooKeeper on the masters for leader election and state, over links that must be \
          highly available and low latency; service schedulers should be constrained to the region that \
          contains the masters.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single region masters and cross-region agents",
    fix: "Constrain the scheduler's instances to the masters' region (for example with an @region constraint).",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    let cp = control_plane_nodes(layout);
    let cp_regions: BTreeSet<&str> = domains_of(&placements, &cp, Level::Region);
    if cp_regions.is_empty() {
        return Vec::new();
    }
    with_role(layout, Role::Scheduler)
        .filter_map(|c| {
            let outside: Vec<&str> = c
                .members
                .iter()
                .map(String::as_str)
                .filter(|m| {
                    placements
                        .domain_of(m, Level::Region)
                        .is_some_and(|r| !cp_regions.contains(r))
                })
                .collect();
            (!outside.is_empty()).then(|| {
                let mut subjects = vec![c.id.clone()];
                subjects.extend(outside.iter().map(|m| m.to_string()));
                let regions: Vec<&str> = cp_regions.iter().copied().collect();
                DOC.finding(
                    format!(
                        "{} runs {} outside the masters' region {}. Constrain it to that region.",
                        c.id,
                        names(&outside),
                        names(&regions)
                    ),
                    subjects,
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::{Leader, Quorum};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn layout(sched: &[&str]) -> Layout {
        Fixture::new()
            .zone("us", "us-a", &["m1", "m2", "m3"])
            .zone("eu", "eu-a", &["e1"])
            .component(comp(
                "cp",
                Quorum,
                Some(Role::ControlPlane),
                &["m1", "m2", "m3"],
            ))
            .component(comp("marathon", Leader, None, sched))
            .build()
    }

    #[test]
    fn fires_on_an_instance_in_another_region() {
        let f = single(
            &check(&layout(&["m1", "e1"])),
            "QS202",
            Severity::Warning,
            &["marathon", "e1"],
        );
        assert!(f.message.contains("us"));
    }

    #[test]
    fn quiet_in_the_masters_region_or_without_masters() {
        assert!(check(&layout(&["m1", "m2", "ghost"])).is_empty());
        let l = Fixture::new()
            .zone("eu", "eu-a", &["e1"])
            .component(comp("marathon", Leader, None, &["e1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
