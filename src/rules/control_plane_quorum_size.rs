//! QS101: the Mesos masters' quorum must have 3 or 5 voters.

use crate::model::{ComponentKind, Layout, Role};

use super::Finding;
use super::support::with_role;

declare_rule! {
    pub struct ControlPlaneQuorumSize;
    code: "QS101",
    name: "control-plane-quorum-size",
    severity: Error,
    what: "A control-plane quorum (Mesos masters) whose number of voters is not 3 or 5.",
    why: "Mesos runs in high-availability mode only with 3 or 5 masters: one master is no HA at all, \
          and other sizes are not supported by DC/OS.",
    guidance: "high-availability.md, Leader/Follower Architecture (Mesos)",
    fix: "Run 3 or 5 masters, each in a different zone when the layout has several zones.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    with_role(layout, Role::ControlPlane)
        .filter(|c| c.kind == ComponentKind::Quorum)
        .filter(|c| !matches!(c.members.len(), 3 | 5))
        .map(|c| {
            let n = c.members.len();
            let what = if n <= 1 {
                "no high availability"
            } else {
                "a size DC/OS does not support"
            };
            DOC.finding(
                format!("{} has {n} master(s): {what}. Run 3 or 5 masters.", c.id),
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

    fn masters(n: usize) -> Layout {
        let ids: Vec<String> = (0..n).map(|i| format!("m{i}")).collect();
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        Fixture::new()
            .zone("r", "z", &refs)
            .component(comp("cp", Quorum, Some(Role::ControlPlane), &refs))
            .build()
    }

    #[test]
    fn fires_on_one_four_and_seven_masters() {
        for n in [0, 1, 2, 4, 7] {
            let f = single(&check(&masters(n)), "QS101", Severity::Error, &["cp"]);
            assert!(f.message.contains(&format!("{n} master")));
        }
    }

    #[test]
    fn quiet_on_three_or_five_and_on_other_roles() {
        assert!(check(&masters(3)).is_empty());
        assert!(check(&masters(5)).is_empty());
        let zk = Fixture::new()
            .component(comp("zk", Quorum, Some(Role::Coordination), &["a"]))
            .build();
        assert!(check(&zk).is_empty());
    }

    #[test]
    fn infers_the_role_from_the_name() {
        let l = Fixture::new()
            .component(comp("mesos-masters", Quorum, None, &["a"]))
            .build();
        single(&check(&l), "QS101", Severity::Error, &["mesos-masters"]);
    }
}
