//! QS402: nodes without an IP address.

use crate::model::Layout;

use super::Finding;
use super::support::names;

declare_rule! {
    pub struct MissingIp;
    code: "QS402",
    name: "missing-ip",
    severity: Info,
    what: "Nodes with no IP address in the layout.",
    why: "DC/OS needs a unique address space with every IP routable within the cluster; without addresses \
          the design cannot be checked for duplicates.",
    guidance: "zones-and-regions-1.11.md, Routing",
    fix: "Record each node's IP address.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let ids: Vec<&str> = layout
        .nodes()
        .filter(|n| n.ip.as_deref().is_none_or(|ip| ip.trim().is_empty()))
        .map(|n| n.id.as_str())
        .collect();
    if ids.is_empty() {
        return Vec::new();
    }
    vec![DOC.finding(
        format!(
            "{} {} no IP address. Record each node's unique, routable IP.",
            names(&ids),
            if ids.len() == 1 { "has" } else { "have" }
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
    fn fires_naming_nodes_without_ip() {
        let l = Fixture::new()
            .zone("r", "z", &["a", "b"])
            .unplaced(&["c"])
            .node("a", |n| n.ip = Some("10.0.0.1".into()))
            .node("b", |n| n.ip = Some(" ".into()))
            .build();
        single(&check(&l), "QS402", Severity::Info, &["b", "c"]);
    }

    #[test]
    fn quiet_when_every_node_has_an_ip() {
        let l = Fixture::new()
            .zone("r", "z", &["a"])
            .node("a", |n| n.ip = Some("10.0.0.1".into()))
            .build();
        assert!(check(&l).is_empty());
    }
}
