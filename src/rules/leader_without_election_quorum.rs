//! QS205: a leader-elected component that depends on no quorum.

use crate::model::{ComponentKind, Layout};

use super::Finding;
use super::support::dependencies;

declare_rule! {
    pub struct LeaderWithoutElectionQuorum;
    code: "QS205",
    name: "leader-without-election-quorum",
    severity: Info,
    what: "A leader-elected component (kind leader) with 2 or more members that depends on no quorum, \
           directly or indirectly.",
    why: "Leaders such as Mesos masters and Marathon are elected through ZooKeeper; without a quorum \
          dependency the analysis cannot tell which side of a partition keeps the leader.",
    guidance: "high-availability.md, Leader/Follower Architecture (Marathon)",
    fix: "Add the coordination quorum used for its leader election (ZooKeeper, etcd) to its depends_on.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    layout
        .components
        .iter()
        .filter(|c| c.kind == ComponentKind::Leader && c.members.len() >= 2)
        .filter(|c| !dependencies(layout, &c.id).iter().any(|d| d.kind == ComponentKind::Quorum))
        .map(|c| {
            DOC.finding(
                format!(
                    "{} elects a leader but depends on no quorum. Add its election quorum (ZooKeeper) to depends_on.",
                    c.id
                ),
                vec![c.id.clone()],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::{Leader, Quorum, Replicated};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_without_a_quorum_dependency() {
        let mut m = comp("marathon", Leader, None, &["a", "b"]);
        m.depends_on = vec!["cache".into()];
        let l = Fixture::new()
            .component(m)
            .component(comp("cache", Replicated, None, &["a"]))
            .build();
        single(&check(&l), "QS205", Severity::Info, &["marathon"]);
    }

    #[test]
    fn quiet_with_an_indirect_quorum_dependency() {
        let mut m = comp("marathon", Leader, None, &["a", "b"]);
        m.depends_on = vec!["proxy".into()];
        let mut proxy = comp("proxy", Replicated, None, &["a"]);
        proxy.depends_on = vec!["zk".into()];
        let l = Fixture::new()
            .component(m)
            .component(proxy)
            .component(comp("zk", Quorum, None, &["a"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
