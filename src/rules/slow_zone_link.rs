//! QS403: zones of one region joined by a link slower than 10 ms.

use crate::model::Layout;

use super::Finding;
use super::support::{LinkKind, link_kind, num};

/// The guidance's latency ceiling between zones of a region, in ms.
const MAX_MS: f64 = 10.0;

declare_rule! {
    pub struct SlowZoneLink;
    code: "QS403",
    name: "slow-zone-link",
    severity: Warning,
    what: "A link between two zones of one region with a latency above 10 ms.",
    why: "Zones within a region are expected to be joined by low-latency links (up to 10 ms); masters, \
          Marathon and ZooKeeper use quorum writes and need highly available, low-latency links.",
    guidance: "zones-and-regions-1.11.md, Region; Latency",
    fix: "Use zones joined by links of 10 ms or less, or treat the slower site as a separate region.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    layout
        .links
        .iter()
        .filter(|l| l.latency_ms > MAX_MS)
        .filter_map(|l| {
            let LinkKind::Zones(region) = link_kind(layout, l)? else { return None };
            let [a, b] = &l.between;
            Some(DOC.finding(
                format!(
                    "Zones {a} and {b} of region {region} are {} ms apart, above the 10 ms expected between \
                     zones of a region. Use a faster link or treat them as separate regions.",
                    num(l.latency_ms)
                ),
                vec![a.clone(), b.clone()],
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, single};

    fn layout(ms: f64) -> Layout {
        Fixture::new()
            .zone("r", "za", &["a"])
            .zone("r", "zb", &["b"])
            .zone("q", "qa", &["c"])
            .link("za", "zb", ms)
            .link("za", "qa", 40.0)
            .link("za", "ghost", 400.0)
            .build()
    }

    #[test]
    fn fires_above_ten_ms() {
        let f = single(
            &check(&layout(25.0)),
            "QS403",
            Severity::Warning,
            &["za", "zb"],
        );
        assert!(f.message.contains("25 ms"));
    }

    #[test]
    fn quiet_at_ten_ms_and_for_cross_region_links() {
        assert!(check(&layout(10.0)).is_empty());
        assert!(check(&layout(f64::NAN)).is_empty());
    }
}
