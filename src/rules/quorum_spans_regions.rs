//! QS107: a quorum or coordination service with voters in several regions.

use crate::model::{ComponentKind, Layout, Level, Placements, Role};

use super::Finding;
use super::support::{names, spread_over, with_domains};

declare_rule! {
    pub struct QuorumSpansRegions;
    code: "QS107",
    name: "quorum-spans-regions",
    severity: Warning,
    what: "A quorum or coordination service (other than the control plane, see QS108) with members in \
           more than one region.",
    why: "Synchronous services like ZooKeeper should stay within one region to keep network latency low: \
          every quorum write crosses links that are typically 100-500 ms between regions.",
    guidance: "high-availability.md, Fault Domain Isolation",
    fix: "Keep the members in one region, spread over its zones; run a separate ensemble per region if needed.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    layout
        .components
        .iter()
        .filter(|c| {
            let role = c.effective_role();
            role != Some(Role::ControlPlane)
                && (c.kind == ComponentKind::Quorum || role == Some(Role::Coordination))
        })
        .filter_map(|c| {
            spread_over(&placements, &c.members, Level::Region).map(|regions| {
                let subjects = with_domains(&c.id, &regions);
                DOC.finding(
                    format!(
                        "{} has members in regions {}: every write crosses regions. Keep it in one region.",
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
    use crate::model::ComponentKind::Quorum;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn two_regions() -> Fixture {
        Fixture::new()
            .zone("us", "us-a", &["u1", "u2"])
            .zone("eu", "eu-a", &["e1", "e2"])
    }

    #[test]
    fn fires_when_voters_span_regions() {
        let l = two_regions()
            .component(comp("zk", Quorum, None, &["u1", "u2", "e1"]))
            .build();
        single(&check(&l), "QS107", Severity::Warning, &["zk", "eu", "us"]);
    }

    #[test]
    fn quiet_in_one_region_and_for_the_control_plane() {
        let l = two_regions()
            .component(comp("zk", Quorum, None, &["u1", "u2"]))
            .component(comp(
                "cp",
                Quorum,
                Some(Role::ControlPlane),
                &["u1", "e1", "e2"],
            ))
            .build();
        assert!(check(&l).is_empty());
    }
}
