//! QS301: one coordination service that every other component needs.

use crate::model::{Layout, Role};

use super::Finding;
use super::support::{depends_on, with_role};

/// Other components needed before sharing one ensemble is flagged.
const MIN_DEPENDENTS: usize = 3;

declare_rule! {
    pub struct SharedCoordinationQuorum;
    code: "QS301",
    name: "shared-coordination-quorum",
    severity: Warning,
    what: "Exactly one coordination service (ZooKeeper, etcd) that every other component, at least 3 of them, \
           depends on directly or indirectly.",
    why: "A coordination service becomes a single point of failure when every service shares one cluster; \
          running separate clusters for separate services reduces the risk.",
    guidance: "high-availability.md, Eliminating Single Points of Failure",
    fix: "Run separate ZooKeeper ensembles (for example with the Exhibitor package) for separate services.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let coordination: Vec<_> = with_role(layout, Role::Coordination).collect();
    let [zk] = coordination.as_slice() else {
        return Vec::new();
    };
    let others: Vec<&str> = layout
        .components
        .iter()
        .filter(|c| c.id != zk.id)
        .map(|c| c.id.as_str())
        .collect();
    if others.len() < MIN_DEPENDENTS || !others.iter().all(|o| depends_on(layout, o, &zk.id)) {
        return Vec::new();
    }
    vec![DOC.finding(
        format!(
            "{} is the only coordination service and all {} other components depend on it: it is a single \
             point of failure. Run separate ensembles for separate services.",
            zk.id,
            others.len()
        ),
        vec![zk.id.clone()],
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Component;
    use crate::model::ComponentKind::{Leader, Quorum, Replicated};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn needing(id: &str, dep: &str) -> Component {
        let mut c = comp(id, Replicated, None, &["a", "b"]);
        c.depends_on = vec![dep.into()];
        c
    }

    fn layout(last_dep: &str) -> Layout {
        let mut cp = comp("cp", Leader, Some(Role::ControlPlane), &["a", "b"]);
        cp.depends_on = vec!["zk".into()];
        Fixture::new()
            .component(comp(
                "zk",
                Quorum,
                Some(Role::Coordination),
                &["a", "b", "c"],
            ))
            .component(cp)
            .component(needing("web", "cp"))
            .component(needing("api", last_dep))
            .component(comp("zk2", Quorum, None, &["a"]))
            .build()
    }

    #[test]
    fn fires_when_everything_needs_the_one_ensemble() {
        let mut l = layout("zk");
        l.components.retain(|c| c.id != "zk2");
        single(&check(&l), "QS301", Severity::Warning, &["zk"]);
    }

    #[test]
    fn quiet_when_some_component_does_not_need_it() {
        let mut l = layout("nothing");
        l.components.retain(|c| c.id != "zk2");
        assert!(check(&l).is_empty());
        // A second quorum without a role is not a coordination service, and it needs nothing.
        assert!(check(&layout("zk")).is_empty());
    }
}
