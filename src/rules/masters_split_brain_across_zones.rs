//! QS206: masters spread over zones may briefly have two leaders in a partition.

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{names, spread_over, with_role};

declare_rule! {
    pub struct MastersSplitBrainAcrossZones;
    code: "QS206",
    name: "masters-split-brain-across-zones",
    severity: Info,
    what: "A control-plane component (Mesos masters) whose members sit in more than one zone, where \
           network partitions are more likely than inside a zone.",
    why: "When zones are cut apart, two masters can for a while both believe they lead (split brain). \
          This is typically harmless because only one leader is allowed to make changes such as \
          registering or shutting down agents, but operators should expect it in partition drills.",
    guidance: "multi-zone-and-hybrid-cloud.md, Cross-zone masters and cross-zone agents within a region (Caveats)",
    fix: "Nothing to change if the masters' quorum tolerates a zone failure; keep zones joined by \
          redundant low-latency links and make sure apps tolerate a brief leader change.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    with_role(layout, Role::ControlPlane)
        .filter_map(|c| {
            spread_over(&placements, &c.members, Level::Zone).map(|zones| {
                DOC.finding(
                    format!(
                        "{} has masters in zones {}: a partition between them can briefly give two \
                         leaders; only the one holding the quorum can make changes.",
                        c.id,
                        names(&zones)
                    ),
                    vec![c.id.clone()],
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentKind::Quorum;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    #[test]
    fn fires_when_masters_span_zones() {
        let l = Fixture::new()
            .zone("r", "a", &["m1"])
            .zone("r", "b", &["m2"])
            .zone("r", "c", &["m3"])
            .component(comp(
                "masters",
                Quorum,
                Some(Role::ControlPlane),
                &["m1", "m2", "m3"],
            ))
            .build();
        let f = single(&check(&l), "QS206", Severity::Info, &["masters"]);
        assert!(
            f.message.contains("a, b, c") || f.message.contains("a, b and c"),
            "{}",
            f.message
        );
    }

    #[test]
    fn quiet_when_masters_share_a_zone_or_the_quorum_is_not_the_control_plane() {
        let l = Fixture::new()
            .zone("r", "a", &["m1", "m2", "m3"])
            .zone("r", "b", &["z1", "z2"])
            .component(comp(
                "masters",
                Quorum,
                Some(Role::ControlPlane),
                &["m1", "m2", "m3"],
            ))
            .component(comp(
                "zk",
                Quorum,
                Some(Role::Coordination),
                &["m1", "z1", "z2"],
            ))
            .build();
        assert!(check(&l).is_empty());
    }
}
