//! QS103: a quorum spread over regions with a majority still in one region.

use crate::model::{Layout, Level, Placements};

use super::Finding;
use super::support::{domains_of, majority_in, quorums};

declare_rule! {
    pub struct QuorumMajorityInOneRegion;
    code: "QS103",
    name: "quorum-majority-in-one-region",
    severity: Error,
    what: "A quorum with voters in several regions but a majority of them inside one region.",
    why: "The cross-region voters pay the 100-500 ms links on every quorum write yet buy no region-failure \
          tolerance: when the region holding the majority fails, the quorum is down and, as with masters in \
          one region, app updates and rescheduling stop until a quorum comes back.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single region masters and cross-region agents",
    fix: "Keep every voter in one region, spread over its zones; put remote regions' capacity in agents, not voters.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    quorums(layout)
        .filter(|c| domains_of(&placements, &c.members, Level::Region).len() > 1)
        .filter_map(|c| {
            let (region, n) = majority_in(&placements, c, Level::Region)?;
            Some(DOC.finding(
                format!(
                    "{} spans regions but region {region} holds {n} of its {} voters, a majority: losing \
                     {region} takes {} down. Keep all voters in one region, in different zones.",
                    c.id,
                    c.members.len(),
                    c.id
                ),
                vec![c.id.clone(), region.to_string()],
            ))
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
            .zone("us", "us-a", &["u1", "u2", "u3"])
            .zone("eu", "eu-a", &["e1"])
    }

    #[test]
    fn fires_on_two_plus_one_across_regions() {
        let l = two_regions()
            .component(comp("zk", Quorum, None, &["u1", "u2", "e1"]))
            .build();
        single(&check(&l), "QS103", Severity::Error, &["zk", "us"]);
    }

    #[test]
    fn quiet_when_all_voters_share_one_region() {
        let l = two_regions()
            .component(comp("zk", Quorum, None, &["u1", "u2", "u3"]))
            .build();
        assert!(check(&l).is_empty());
    }

    #[test]
    fn quiet_when_no_region_holds_a_majority() {
        let l = two_regions()
            .zone("ap", "ap-a", &["p1"])
            .component(comp("zk", Quorum, None, &["u1", "e1", "p1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
