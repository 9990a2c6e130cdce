//! QS404: regions holding nodes joined by a link slower than 100 ms.

use crate::model::Layout;

use super::Finding;
use super::support::{LinkKind, link_kind, num, populated_regions};

/// The latency ceiling between regions for fault-domain awareness, in ms.
const MAX_MS: f64 = 100.0;

declare_rule! {
    pub struct SlowRegionLink;
    code: "QS404",
    name: "slow-region-link",
    severity: Warning,
    what: "A link above 100 ms between two regions that both hold nodes (a link between zones of different \
           regions counts as a link between their regions).",
    why: "DC/OS fault-domain awareness asks for less than 100 ms between the masters' region and remote \
          regions running agents; regions over the public internet are typically 100-500 ms apart, which is \
          why cross-region setups are hard to get right.",
    guidance: "README.md, Other public facts (fault-domain awareness); multi-zone-and-hybrid-cloud.md, Single region masters and cross-region agents",
    fix: "Use a dedicated private connection between the regions (AWS Direct Connect, Azure ExpressRoute) or \
          keep the cluster in one region.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let populated = populated_regions(layout);
    layout
        .links
        .iter()
        .filter(|l| l.latency_ms > MAX_MS)
        .filter_map(|l| {
            let LinkKind::Regions(ra, rb) = link_kind(layout, l)? else { return None };
            if !(populated.contains(ra) && populated.contains(rb)) {
                return None;
            }
            let [a, b] = &l.between;
            Some(DOC.finding(
                format!(
                    "{a} and {b} are {} ms apart, above the 100 ms DC/OS allows between regions of one \
                     cluster. Use a dedicated private link or keep the cluster in one region.",
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
            .zone("us", "us-a", &["u"])
            .zone("eu", "eu-a", &["e"])
            .zone("ap", "ap-a", &[])
            .link("us-a", "eu", ms)
            .link("us", "ap", 300.0)
            .build()
    }

    #[test]
    fn fires_above_one_hundred_ms() {
        let f = single(
            &check(&layout(150.0)),
            "QS404",
            Severity::Warning,
            &["us-a", "eu"],
        );
        assert!(f.message.contains("150 ms"));
    }

    #[test]
    fn quiet_at_one_hundred_and_towards_empty_regions() {
        assert!(check(&layout(100.0)).is_empty());
    }
}
