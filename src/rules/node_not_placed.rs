//! QS305: nodes designed but not placed in any zone.

use crate::model::Layout;

use super::Finding;
use super::support::names;

declare_rule! {
    pub struct NodeNotPlaced;
    code: "QS305",
    name: "node-not-placed",
    severity: Warning,
    what: "Nodes in no zone (the layout's unplaced list).",
    why: "An unplaced node is not deployed, so it is missing in every scenario; systems must be distributed \
          across fault domains to survive outages, and an unplaced node belongs to none.",
    guidance: "high-availability.md, Fault Domain Isolation",
    fix: "Place each node in a zone (and a rack, if the zone has racks), or delete it.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    if layout.unplaced.is_empty() {
        return Vec::new();
    }
    let ids: Vec<&str> = layout.unplaced.iter().map(|n| n.id.as_str()).collect();
    vec![DOC.finding(
        format!(
            "{} {} in no zone: not deployed, missing in every scenario. Place {}.",
            names(&ids),
            if ids.len() == 1 { "is" } else { "are" },
            if ids.len() == 1 {
                "it in a zone"
            } else {
                "them in zones"
            }
        ),
        ids.iter().map(|s| s.to_string()).collect(),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, single};

    #[test]
    fn fires_naming_every_unplaced_node() {
        let l = Fixture::new()
            .zone("r", "z", &["a"])
            .unplaced(&["m9", "m8"])
            .build();
        single(&check(&l), "QS305", Severity::Warning, &["m9", "m8"]);
    }

    #[test]
    fn quiet_when_everything_is_placed() {
        assert!(check(&Fixture::new().zone("r", "z", &["a"]).build()).is_empty());
    }
}
