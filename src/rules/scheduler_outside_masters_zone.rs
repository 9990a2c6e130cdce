//! QS203: with all masters in one zone, scheduler instances in other zones of that region.

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{control_plane_nodes, domains_of, names, with_role};

declare_rule! {
    pub struct SchedulerOutsideMastersZone;
    code: "QS203",
    name: "scheduler-outside-masters-zone",
    severity: Warning,
    what: "When every control-plane node is in one zone, a scheduler with instances in another zone of the \
           masters' region (instances in other regions are QS202).",
    why: "With single-zone masters and cross-zone agents, service schedulers should be scheduled to the same \
          zone as the masters, next to the ZooKeeper ensemble they need.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single-zone masters and cross-zone agents within a region",
    fix: "Constrain the scheduler to the masters' zone (for example with a @zone constraint).",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    let cp = control_plane_nodes(layout);
    let cp_zones = domains_of(&placements, &cp, Level::Zone);
    let cp_regions = domains_of(&placements, &cp, Level::Region);
    let (Some(&zone), Some(&region), 1) = (cp_zones.first(), cp_regions.first(), cp_zones.len())
    else {
        return Vec::new();
    };
    with_role(layout, Role::Scheduler)
        .filter_map(|c| {
            let outside: Vec<&str> = c
                .members
                .iter()
                .map(String::as_str)
                .filter(|m| {
                    placements.get(m).is_some_and(|p| p.region == region && p.zone != zone)
                })
                .collect();
            (!outside.is_empty()).then(|| {
                let mut subjects = vec![c.id.clone()];
                subjects.extend(outside.iter().map(|m| m.to_string()));
                DOC.finding(
                    format!(
                        "{} runs {} outside zone {zone}, where every master is. Constrain it to {zone}.",
                        c.id,
                        names(&outside)
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
    use crate::model::ComponentKind::{Leader, Quorum};
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn layout(masters: &[&str], sched: &[&str]) -> Layout {
        Fixture::new()
            .zone("us", "us-a", &["m1", "m2", "m3"])
            .zone("us", "us-b", &["b1", "b2"])
            .zone("eu", "eu-a", &["e1"])
            .component(comp("cp", Quorum, Some(Role::ControlPlane), masters))
            .component(comp("marathon", Leader, None, sched))
            .build()
    }

    #[test]
    fn fires_on_an_instance_in_another_zone() {
        let l = layout(&["m1", "m2", "m3"], &["m1", "b1", "e1"]);
        let f = single(&check(&l), "QS203", Severity::Warning, &["marathon", "b1"]);
        assert!(f.message.contains("us-a"));
    }

    #[test]
    fn quiet_in_the_masters_zone_or_with_cross_zone_masters() {
        assert!(check(&layout(&["m1", "m2", "m3"], &["m1", "m2"])).is_empty());
        assert!(check(&layout(&["m1", "m2", "b1"], &["m1", "b2"])).is_empty());
    }
}
