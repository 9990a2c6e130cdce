//! QS503: an I/O-heavy component spread over regions.

use crate::model::{Layout, Level, Placements};

use super::Finding;
use super::support::{names, spread_over, with_domains};

declare_rule! {
    pub struct IoHeavyAcrossRegions;
    code: "QS503",
    name: "io-heavy-across-regions",
    severity: Error,
    what: "An I/O-heavy component (io_heavy) with members in several regions.",
    why: "The cross-sectional bandwidth between regions is extremely limited (typically 10-100 Mbps over the \
          public internet): the guidance does not recommend deploying a single data-intensive service across \
          multiple regions.",
    guidance: "multi-zone-and-hybrid-cloud.md, Single region masters and cross-region agents",
    fix: "Keep each data-intensive service within one region; run one instance of the service per region if needed.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let placements = Placements::of(layout);
    layout
        .components
        .iter()
        .filter(|c| c.io_heavy)
        .filter_map(|c| {
            spread_over(&placements, &c.members, Level::Region).map(|regions| {
                let subjects = with_domains(&c.id, &regions);
                DOC.finding(
                    format!(
                        "{} is I/O-heavy and spans regions {}: inter-region bandwidth is extremely limited. \
                         Keep it in one region.",
                        c.id,
                        names(&regions)
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

    fn layout(members: &[&str]) -> Layout {
        let mut c = comp("kafka", Replicated, None, members);
        c.io_heavy = true;
        Fixture::new()
            .zone("us", "us-a", &["u1", "u2"])
            .zone("eu", "eu-a", &["e1"])
            .component(c)
            .build()
    }

    #[test]
    fn fires_across_regions() {
        single(
            &check(&layout(&["u1", "e1"])),
            "QS503",
            Severity::Error,
            &["kafka", "eu", "us"],
        );
    }

    #[test]
    fn quiet_in_one_region() {
        assert!(check(&layout(&["u1", "u2", "ghost"])).is_empty());
    }
}
