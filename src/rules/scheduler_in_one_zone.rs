//! QS204: with masters across zones, every scheduler instance in one zone.

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{control_plane_nodes, domains_of, with_role};

declare_rule! {
    pub struct SchedulerInOneZone;
    code: "QS204",
    name: "scheduler-in-one-zone",
    severity: Warning,
    what: "When the control plane spans several zones, a scheduler with 2 or more instances whose placed instances all sit in one zone.",
    why: "With cross-zone masters, the placement of service schedulers should tolerate a zone failure just \
          like the masters' quorum: losing that zone loses every scheduler instance.",
    guidance: "multi-zone-and-hybrid-cloud.md, Cross-zone masters and cross-zone agents within a region",
    fix: "Spread the scheduler's instances over the masters' zones (for example with a GROUP_BY @zone constraint).",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    let cp = control_plane_nodes(layout);
    if domains_of(&placements, &cp, Level::Zone).len() < 2 {
        return Vec::new();
    }
    with_role(layout, Role::Scheduler)
        .filter(|c| c.members.len() >= 2)
        .filter_map(|c| {
            let zones = domains_of(&placements, &c.members, Level::Zone);
            let zone = *zones.first()?;
            (zones.len() == 1).then(|| {
                DOC.finding(
                    format!(
                        "{} has every placed instance in zone {zone} while the masters span zones: losing \
                         {zone} loses it. Spread its instances over the masters' zones.",
                        c.id
                    ),
                    vec![c.id.clone(), zone.to_string()],
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
            .zone("r", "za", &["a1", "a2"])
            .zone("r", "zb", &["b1"])
            .zone("r", "zc", &["c1"])
            .component(comp("cp", Quorum, Some(Role::ControlPlane), masters))
            .component(comp("marathon", Leader, None, sched))
            .build()
    }

    #[test]
    fn fires_when_schedulers_share_one_zone() {
        let l = layout(&["a1", "b1", "c1"], &["a1", "a2", "unplaced"]);
        single(&check(&l), "QS204", Severity::Warning, &["marathon", "za"]);
    }

    #[test]
    fn quiet_when_spread_or_masters_in_one_zone() {
        assert!(check(&layout(&["a1", "b1", "c1"], &["a1", "b1"])).is_empty());
        assert!(check(&layout(&["a1", "a2"], &["a1", "a2"])).is_empty());
    }
}
