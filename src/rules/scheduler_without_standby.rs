//! QS201: a leader-elected scheduler with fewer than 2 instances.

use crate::model::{ComponentKind, Layout, Role};

use super::Finding;

declare_rule! {
    pub struct SchedulerWithoutStandby;
    code: "QS201",
    name: "scheduler-without-standby",
    severity: Error,
    what: "A scheduler (role scheduler, or a leader-elected component without a role) with fewer than 2 \
           instances.",
    why: "Marathon and similar schedulers are highly available only with at least 2 instances: one elected \
          leader and standbys that take over when it fails.",
    guidance: "high-availability.md, Leader/Follower Architecture (Marathon)",
    fix: "Run at least 2 instances, in different fault domains near the masters.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    layout
        .components
        .iter()
        .filter(|c| match c.effective_role() {
            Some(role) => role == Role::Scheduler,
            None => c.kind == ComponentKind::Leader,
        })
        .filter(|c| c.members.len() < 2)
        .map(|c| {
            DOC.finding(
                format!(
                    "{} has {} instance(s): no standby can take over. Run at least 2 instances.",
                    c.id,
                    c.members.len()
                ),
                vec![c.id.clone()],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::{Leader, Replicated};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_on_a_lone_marathon() {
        let l = Fixture::new()
            .component(comp("marathon", Leader, None, &["m1"]))
            .build();
        single(&check(&l), "QS201", Severity::Error, &["marathon"]);
        let l = Fixture::new()
            .component(comp("jobs", Replicated, Some(Role::Scheduler), &[]))
            .build();
        single(&check(&l), "QS201", Severity::Error, &["jobs"]);
    }

    #[test]
    fn quiet_with_two_instances_or_other_roles() {
        let l = Fixture::new()
            .component(comp("marathon", Leader, None, &["m1", "m2"]))
            .component(comp("mysql", Leader, Some(Role::Database), &["d1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
