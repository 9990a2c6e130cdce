//! QS303: a service with a single instance.

use crate::model::{ComponentKind, Layout, Role};

use super::Finding;

declare_rule! {
    pub struct OneOffService;
    code: "QS303",
    name: "one-off-service",
    severity: Warning,
    what: "A service (role service, or a replicated component without a role) with exactly one instance.",
    why: "One-off services are a common single point of failure; applications that need HA should be \
          distributed across fault domains.",
    guidance: "high-availability.md, Eliminating Single Points of Failure",
    fix: "Run at least 2 instances in different fault domains (for example with UNIQUE or GROUP_BY constraints).",
}

fn check(layout: &Layout) -> Vec<Finding> {
    layout
        .components
        .iter()
        .filter(|c| c.kind != ComponentKind::Quorum && c.members.len() == 1)
        .filter(|c| match c.effective_role() {
            Some(role) => role == Role::Service,
            None => c.kind == ComponentKind::Replicated,
        })
        .map(|c| {
            let node = &c.members[0];
            DOC.finding(
                format!(
                    "{} runs a single instance on {node}: losing {node} loses it. Run at least 2 instances \
                     in different fault domains.",
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
    use crate::model::ComponentKind::{Leader, Replicated};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_on_a_single_instance() {
        let l = Fixture::new()
            .component(comp("web", Replicated, None, &["a1"]))
            .build();
        single(&check(&l), "QS303", Severity::Warning, &["web", "a1"]);
    }

    #[test]
    fn quiet_with_two_instances_or_other_roles() {
        let l = Fixture::new()
            .component(comp("web", Replicated, None, &["a1", "a2"]))
            .component(comp("mysql", Replicated, None, &["a1"]))
            .component(comp("sched", Leader, None, &["a1"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
