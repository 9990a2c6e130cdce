//! QS104: a majority of a quorum's voters in one rack.

use crate::model::{Layout, Level, Placements};

use super::Finding;
use super::support::{declared, majority_in, quorums};

declare_rule! {
    pub struct QuorumMajorityInOneRack;
    code: "QS104",
    name: "quorum-majority-in-one-rack",
    severity: Warning,
    what: "A quorum with a majority of its voters inside one rack, in a layout with several racks.",
    why: "A rack shares one power supply and switch: losing it loses the majority. Masters should be \
          spread across racks when there are racks.",
    guidance: "high-availability-terminology.md, Rack",
    fix: "Spread the voters so that no rack holds a majority.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    if declared(layout, Level::Rack) < 2 {
        return Vec::new();
    }
    let placements = Placements::of(layout);
    quorums(layout)
        .filter_map(|c| {
            let (rack, n) = majority_in(&placements, c, Level::Rack)?;
            Some(DOC.finding(
                format!(
                    "{} has {n} of its {} voters in rack {rack}, a majority: losing {rack} takes {} down. \
                     Spread the voters across racks.",
                    c.id,
                    c.members.len(),
                    c.id
                ),
                vec![c.id.clone(), rack.to_string()],
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

    fn racks() -> Fixture {
        Fixture::new()
            .rack("r", "z", "r1", &["a", "b"])
            .rack("r", "z", "r2", &["c"])
            .zone("r", "z", &["d"])
    }

    #[test]
    fn fires_when_one_rack_holds_the_majority() {
        let l = racks()
            .component(comp("zk", Quorum, None, &["a", "b", "c"]))
            .build();
        single(&check(&l), "QS104", Severity::Warning, &["zk", "r1"]);
    }

    #[test]
    fn quiet_when_spread_or_rackless() {
        let l = racks()
            .component(comp("zk", Quorum, None, &["a", "c", "d"]))
            .build();
        assert!(check(&l).is_empty());
        let one_rack = Fixture::new()
            .rack("r", "z", "r1", &["a", "b", "c"])
            .component(comp("zk", Quorum, None, &["a", "b", "c"]))
            .build();
        assert!(check(&one_rack).is_empty());
    }
}
