//! QS302: a database with a single instance.

use crate::model::{ComponentKind, Layout, Role};

use super::Finding;
use super::support::with_role;

declare_rule! {
    pub struct SingleDatabaseInstance;
    code: "QS302",
    name: "single-database-instance",
    severity: Warning,
    what: "A database component with exactly one member.",
    why: "Single database instances (like one MySQL) are a common single point of failure: when its node, \
          rack or zone fails, every component that needs it fails too.",
    guidance: "high-availability.md, Eliminating Single Points of Failure",
    fix: "Run a replicated database (primary and replicas, or a quorum) with members in different fault domains.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    with_role(layout, Role::Database)
        .filter(|c| c.members.len() == 1 && c.kind != ComponentKind::Quorum)
        .map(|c| {
            let node = &c.members[0];
            DOC.finding(
                format!(
                    "{} is a single database instance on {node}: losing {node} loses it. Replicate it across \
                     fault domains.",
                    c.id
                ),
                vec![c.id.clone(), node.clone()],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::Replicated;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_on_a_lone_mysql() {
        let l = Fixture::new()
            .component(comp("mysql", Replicated, None, &["d1"]))
            .build();
        single(&check(&l), "QS302", Severity::Warning, &["mysql", "d1"]);
    }

    #[test]
    fn quiet_when_replicated_or_not_a_database() {
        let l = Fixture::new()
            .component(comp("mysql", Replicated, None, &["d1", "d2"]))
            .component(comp("web", Replicated, Some(Role::Service), &["d1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
