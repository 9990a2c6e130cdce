//! QS106: a quorum with more than 7 voters.

use crate::model::Layout;

use super::Finding;
use super::support::quorums;

/// Voters above which a quorum is flagged.
const MAX_VOTERS: usize = 7;

declare_rule! {
    pub struct QuorumTooLarge;
    code: "QS106",
    name: "quorum-too-large",
    severity: Warning,
    what: "A quorum with more than 7 voters.",
    why: "Quorum writes must reach a majority over low-latency links, so every extra voter adds write \
          latency and traffic; 7 voters already tolerate 3 failures, and Mesos HA runs 3 or 5 masters.",
    guidance: "zones-and-regions-1.11.md, Latency",
    fix: "Keep 3, 5 or 7 voters spread over fault domains; add non-voting observers for read scale.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    quorums(layout)
        .filter(|c| c.members.len() > MAX_VOTERS)
        .map(|c| {
            DOC.finding(
                format!(
                    "{} has {} voters: every write waits for {} of them. Keep at most {MAX_VOTERS} voters \
                     spread over fault domains.",
                    c.id,
                    c.members.len(),
                    c.majority()
                ),
                vec![c.id.clone()],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::Quorum;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    const NINE: [&str; 9] = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];

    #[test]
    fn fires_on_nine_voters() {
        let l = Fixture::new()
            .component(comp("zk", Quorum, None, &NINE))
            .build();
        let f = single(&check(&l), "QS106", Severity::Warning, &["zk"]);
        assert!(f.message.contains("9 voters"));
    }

    #[test]
    fn quiet_on_seven() {
        let l = Fixture::new()
            .component(comp("zk", Quorum, None, &NINE[..7]))
            .build();
        assert!(check(&l).is_empty());
    }
}
