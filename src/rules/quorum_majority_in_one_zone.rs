//! QS102: a majority of a quorum's voters in one zone.

use crate::model::{Layout, Level, Placements};

use super::Finding;
use super::support::{declared, majority_in, quorums};

declare_rule! {
    pub struct QuorumMajorityInOneZone;
    code: "QS102",
    name: "quorum-majority-in-one-zone",
    severity: Error,
    what: "A quorum with a majority of its voters inside one zone, in a layout with several zones.",
    why: "Losing that zone loses the majority, so the quorum (and everything that needs it) goes down: \
          placement must tolerate a zone failure, and a quorum of masters must not sit in a single zone.",
    guidance: "multi-zone-and-hybrid-cloud.md, Cross-zone masters and cross-zone agents within a region",
    fix: "Spread the voters so that no zone holds a majority, for example 3 voters one per zone over 3 zones.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    if declared(layout, Level::Zone) < 2 {
        return Vec::new();
    }
    let placements = Placements::of(layout);
    quorums(layout)
        .filter_map(|c| {
            let (zone, n) = majority_in(&placements, c, Level::Zone)?;
            Some(DOC.finding(
                format!(
                    "{} has {n} of its {} voters in zone {zone}, a majority: losing {zone} takes {} down. \
                     Spread the voters so that no zone holds a majority.",
                    c.id,
                    c.members.len(),
                    c.id
                ),
                vec![c.id.clone(), zone.to_string()],
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

    fn three_zones() -> Fixture {
        Fixture::new()
            .zone("r", "za", &["a1", "a2"])
            .zone("r", "zb", &["b1"])
            .zone("r", "zc", &["c1"])
    }

    #[test]
    fn fires_when_one_zone_holds_two_of_three() {
        let l = three_zones()
            .component(comp("zk", Quorum, None, &["a1", "a2", "b1"]))
            .build();
        let f = single(&check(&l), "QS102", Severity::Error, &["zk", "za"]);
        assert!(f.message.contains("2 of its 3"));
    }

    #[test]
    fn quiet_when_spread_one_per_zone() {
        let l = three_zones()
            .component(comp("zk", Quorum, None, &["a1", "b1", "c1"]))
            .build();
        assert!(check(&l).is_empty());
    }

    #[test]
    fn quiet_when_the_layout_has_one_zone() {
        let l = Fixture::new()
            .zone("r", "z", &["a", "b", "c"])
            .component(comp("zk", Quorum, None, &["a", "b", "c"]))
            .build();
        assert!(check(&l).is_empty());
    }

    #[test]
    fn unplaced_and_unknown_voters_do_not_count() {
        let l = three_zones()
            .component(comp("zk", Quorum, None, &["a1", "ghost", "nowhere"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
