//! QS502: an I/O-heavy component spread over zones of one region.

use crate::model::{Layout, Level, Placements};

use super::Finding;
use super::support::{domains_of, names, spread_over, with_domains};

declare_rule! {
    pub struct IoHeavyAcrossZones;
    code: "QS502",
    name: "io-heavy-across-zones",
    severity: Warning,
    what: "An I/O-heavy component (io_heavy) with members in several zones of one region (several regions is QS503).",
    why: "The total cross-sectional bandwidth between zones is limited (typically 1-4 Gbps), so data-intensive \
          services deployed across zones can see degraded performance.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single-zone masters and cross-zone agents within a region",
    fix: "Check the inter-zone bandwidth covers its traffic, or keep its data path within one zone and \
          replicate asynchronously.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    layout
        .components
        .iter()
        .filter(|c| c.io_heavy)
        .filter(|c| domains_of(&placements, &c.members, Level::Region).len() == 1)
        .filter_map(|c| {
            spread_over(&placements, &c.members, Level::Zone).map(|zones| {
                let subjects = with_domains(&c.id, &zones);
                DOC.finding(
                    format!(
                        "{} is I/O-heavy and spans zones {}: inter-zone bandwidth is limited. Make sure the \
                         links carry its traffic.",
                        c.id,
                        names(&zones)
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
    use crate::model::ComponentKind::Replicated;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, comp, single};

    fn layout(members: &[&str], io_heavy: bool) -> Layout {
        let mut c = comp("kafka", Replicated, None, members);
        c.io_heavy = io_heavy;
        Fixture::new()
            .zone("r", "za", &["a1", "a2"])
            .zone("r", "zb", &["b1"])
            .zone("q", "qa", &["q1"])
            .component(c)
            .build()
    }

    #[test]
    fn fires_across_zones_of_one_region() {
        single(
            &check(&layout(&["a1", "b1"], true)),
            "QS502",
            Severity::Warning,
            &["kafka", "za", "zb"],
        );
    }

    #[test]
    fn quiet_in_one_zone_across_regions_or_when_not_io_heavy() {
        assert!(check(&layout(&["a1", "a2"], true)).is_empty());
        assert!(check(&layout(&["a1", "b1", "q1"], true)).is_empty());
        assert!(check(&layout(&["a1", "b1"], false)).is_empty());
    }
}
