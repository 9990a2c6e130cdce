//! QS304: a load balancer that one failure takes down.

use crate::model::{Layout, Level, Placements, Role};

use super::Finding;
use super::support::{declared, domains_of, with_role};

declare_rule! {
    pub struct NonHaLoadBalancer;
    code: "QS304",
    name: "non-ha-load-balancer",
    severity: Warning,
    what: "A load balancer with fewer than 2 instances, or with every placed instance in one zone while the layout \
           has several zones.",
    why: "Non-HA load balancers are a common single point of failure, and fast failover relies on an HA load \
          balancer such as Marathon-LB.",
    guidance: "high-availability.md, Eliminating Single Points of Failure; Fast Failover",
    fix: "Run at least 2 load balancer instances, in different zones when there are several.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    let several_zones = declared(layout, Level::Zone) > 1;
    with_role(layout, Role::LoadBalancer)
        .filter_map(|c| {
            if c.members.len() < 2 {
                return Some(DOC.finding(
                    format!(
                        "{} has {} instance(s): one failure stops all traffic. Run at least 2 instances.",
                        c.id,
                        c.members.len()
                    ),
                    vec![c.id.clone()],
                ));
            }
            let zones = domains_of(&placements, &c.members, Level::Zone);
            let zone = *zones.first()?;
            (several_zones && zones.len() == 1).then(|| {
                DOC.finding(
                    format!(
                        "{} has every placed instance in zone {zone}: losing {zone} stops all traffic. \
                         Spread its instances over zones.",
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
    use crate::model::ComponentKind::Replicated;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn zones() -> Fixture {
        Fixture::new()
            .zone("r", "za", &["a1", "a2"])
            .zone("r", "zb", &["b1"])
    }

    #[test]
    fn fires_on_one_instance_or_one_zone() {
        let l = zones()
            .component(comp("edge", Replicated, Some(Role::LoadBalancer), &["a1"]))
            .build();
        single(&check(&l), "QS304", Severity::Warning, &["edge"]);
        let l = zones()
            .component(comp("haproxy", Replicated, None, &["a1", "a2"]))
            .build();
        single(&check(&l), "QS304", Severity::Warning, &["haproxy", "za"]);
    }

    #[test]
    fn quiet_when_spread_or_when_one_zone_is_all_there_is() {
        let l = zones()
            .component(comp("lb", Replicated, None, &["a1", "b1"]))
            .build();
        assert!(check(&l).is_empty());
        let l = Fixture::new()
            .zone("r", "z", &["a", "b"])
            .component(comp("lb", Replicated, None, &["a", "b"]))
            .build();
        assert!(check(&l).is_empty());
    }
}
