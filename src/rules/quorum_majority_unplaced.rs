//! QS109: a quorum whose placed voters cannot form a majority.

use crate::model::{Layout, Placements};

use super::Finding;
use super::support::{names, quorums};

declare_rule! {
    pub struct QuorumMajorityUnplaced;
    code: "QS109",
    name: "quorum-majority-unplaced",
    severity: Error,
    what: "A quorum with fewer placed voters than its majority (voters unplaced or unknown).",
    why: "Components work only while a quorum of masters is alive; voters that are not placed in any zone \
          are not deployed, so the quorum is down in every scenario, even when nothing fails.",
    guidance: "multi-zone-and-hybrid-cloud.md, Cross-zone masters and cross-zone agents within a region",
    fix: "Place the missing voters in zones, or remove them from the quorum.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    quorums(layout)
        .filter(|c| !c.members.is_empty())
        .filter_map(|c| {
            let missing: Vec<&str> =
                c.members.iter().map(String::as_str).filter(|m| placements.get(m).is_none()).collect();
            let placed = c.members.len() - missing.len();
            (placed < c.majority()).then(|| {
                let mut subjects = vec![c.id.clone()];
                subjects.extend(missing.iter().map(|m| m.to_string()));
                DOC.finding(
                    format!(
                        "{} has only {placed} of {} voters placed, fewer than its majority of {}: it is down \
                         in every scenario. Place {}.",
                        c.id,
                        c.members.len(),
                        c.majority(),
                        names(&missing)
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

    #[test]
    fn fires_when_most_voters_are_unplaced() {
        let l = Fixture::new()
            .zone("r", "z", &["a"])
            .unplaced(&["b"])
            .component(comp("zk", Quorum, None, &["a", "b", "ghost"]))
            .build();
        single(&check(&l), "QS109", Severity::Error, &["zk", "b", "ghost"]);
    }

    #[test]
    fn quiet_when_a_majority_is_placed() {
        let l = Fixture::new()
            .zone("r", "z", &["a", "b"])
            .unplaced(&["c"])
            .component(comp("zk", Quorum, None, &["a", "b", "c"]))
            .component(comp("empty", Quorum, None, &[]))
            .build();
        assert!(check(&l).is_empty());
    }
}
