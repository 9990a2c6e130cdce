//! QS105: a quorum with an even number of voters.

use crate::model::Layout;

use super::Finding;
use super::support::quorums;

declare_rule! {
    pub struct EvenQuorumSize;
    code: "QS105",
    name: "even-quorum-size",
    severity: Warning,
    what: "A quorum with an even number of voters (2, 4, 6...).",
    why: "A majority of 2N voters is N+1, so 2N voters tolerate no more failures than 2N-1 while adding \
          one more member to every quorum write; Mesos HA itself runs 3 or 5 masters.",
    guidance: "high-availability.md, Leader/Follower Architecture",
    fix: "Use an odd number of voters: remove one, or add one in another fault domain.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    quorums(layout)
        .filter(|c| c.members.len() >= 2 && c.members.len() % 2 == 0)
        .map(|c| {
            let n = c.members.len();
            DOC.finding(
                format!(
                    "{} has {n} voters: it tolerates {} failure(s), no more than {} voters would. \
                     Use an odd number of voters.",
                    c.id,
                    (n - 1) / 2,
                    n - 1
                ),
                vec![c.id.clone()],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::{Leader, Quorum};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_on_four_voters() {
        let l = Fixture::new()
            .component(comp("zk", Quorum, None, &["a", "b", "c", "d"]))
            .build();
        let f = single(&check(&l), "QS105", Severity::Warning, &["zk"]);
        assert!(f.message.contains("tolerates 1 failure"));
    }

    #[test]
    fn quiet_on_odd_sizes_and_non_quorums() {
        let l = Fixture::new()
            .component(comp("zk", Quorum, None, &["a", "b", "c"]))
            .component(comp("solo", Quorum, None, &["a"]))
            .component(comp("sched", Leader, None, &["a", "b"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
