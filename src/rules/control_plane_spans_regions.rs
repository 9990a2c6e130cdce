//! QS108: control-plane members in more than one region.

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{names, spread_over, with_domains, with_role};

declare_rule! {
    pub struct ControlPlaneSpansRegions;
    code: "QS108",
    name: "control-plane-spans-regions",
    severity: Error,
    what: "A control-plane component (Mesos masters) with members in more than one region.",
    why: "Masters must be joined by highly available low-latency links because they use quorum writes; \
          with Mesos fault domains every master must be in the same region, and cross-region masters are \
          not recommended unless dedicated private links join the regions.",
    guidance: "multi-zone-and-hybrid-cloud.md, Cross-region masters and cross-region agents",
    fix: "Put every master in one region, in different zones; place agents in the other regions.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    with_role(layout, Role::ControlPlane)
        .filter_map(|c| {
            let all: Vec<String> = c
                .members
                .iter()
                .chain(c.observers.iter())
                .cloned()
                .collect();
            spread_over(&placements, &all, Level::Region).map(|regions| {
                let subjects = with_domains(&c.id, &regions);
                DOC.finding(
                    format!(
                        "{} has masters in regions {}: all masters must be in one region. \
                         Move them into one region, in different zones.",
                        c.id,
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

    fn two_regions() -> Fixture {
        Fixture::new()
            .zone("us", "us-a", &["u1", "u2", "u3"])
            .zone("eu", "eu-a", &["e1"])
    }

    #[test]
    fn fires_when_masters_span_regions() {
        let l = two_regions()
            .component(comp(
                "cp",
                Quorum,
                Some(Role::ControlPlane),
                &["u1", "u2", "e1"],
            ))
            .build();
        single(&check(&l), "QS108", Severity::Error, &["cp", "eu", "us"]);
    }

    #[test]
    fn quiet_in_one_region_and_for_other_roles() {
        let l = two_regions()
            .component(comp(
                "cp",
                Quorum,
                Some(Role::ControlPlane),
                &["u1", "u2", "u3"],
            ))
            .component(comp("sched", Leader, Some(Role::Scheduler), &["u1", "e1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
