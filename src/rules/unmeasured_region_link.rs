//! QS405: regions holding nodes with no measured link between them.

use std::collections::BTreeSet;

use crate::model::Layout;

use super::Finding;
use super::support::{LinkKind, link_kind, populated_regions};

declare_rule! {
    pub struct UnmeasuredRegionLink;
    code: "QS405",
    name: "unmeasured-region-link",
    severity: Info,
    what: "Two regions that both hold nodes with no link given between them (nor between their zones).",
    why: "Regions are typically joined over the public internet at 100-500 ms and 10-100 Mbps, while DC/OS \
          asks for less than 100 ms to remote regions; the analysis assumes the default until the real \
          latency is given.",
    guidance: "zones-and-regions-1.11.md, Region",
    fix: "Measure the latency between the regions and add it to the layout's links.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let populated: Vec<&str> = populated_regions(layout).into_iter().collect();
    let measured: BTreeSet<(&str, &str)> = layout
        .links
        .iter()
        .filter_map(|l| match link_kind(layout, l)? {
            LinkKind::Regions(a, b) => Some((a, b)),
            LinkKind::Zones(_) => None,
        })
        .collect();
    let mut out = Vec::new();
    for (i, a) in populated.iter().enumerate() {
        for b in &populated[i + 1..] {
            let pair = ((*a).min(*b), (*a).max(*b));
            if !measured.contains(&pair) {
                out.push(DOC.finding(
                    format!(
                        "No latency is given between regions {} and {}: regions are typically 100-500 ms \
                         apart. Add the measured link.",
                        pair.0, pair.1
                    ),
                    vec![pair.0.to_string(), pair.1.to_string()],
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, single};

    fn regions() -> Fixture {
        Fixture::new()
            .zone("us", "us-a", &["u"])
            .zone("eu", "eu-a", &["e"])
            .zone("ap", "ap-a", &[])
    }

    #[test]
    fn fires_for_an_unmeasured_pair() {
        single(
            &check(&regions().build()),
            "QS405",
            Severity::Info,
            &["eu", "us"],
        );
    }

    #[test]
    fn quiet_when_measured_or_single_region() {
        assert!(check(&regions().link("eu-a", "us-a", 80.0).build()).is_empty());
        assert!(
            check(
                &Fixture::new()
                    .zone("us", "us-a", &["u"])
                    .zone("us", "us-b", &["v"])
                    .build()
            )
            .is_empty()
        );
    }
}
