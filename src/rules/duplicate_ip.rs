//! QS401: several nodes with the same IP address.

use std::collections::BTreeMap;

use crate::model::Layout;

use super::Finding;
use super::support::names;

declare_rule! {
    pub struct DuplicateIp;
    code: "QS401",
    name: "duplicate-ip",
    severity: Error,
    what: "Two or more nodes with the same IP address.",
    why: "DC/OS networking requires a unique address space: cluster entities cannot share an IP address.",
    guidance: "zones-and-regions-1.11.md, Routing",
    fix: "Give each node its own IP address, routable within the cluster.",
}

fn check(layout: &Layout) -> Vec<Finding> {
    let mut by_ip: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for node in layout.nodes() {
        if let Some(ip) = node
            .ip
            .as_deref()
            .map(str::trim)
            .filter(|ip| !ip.is_empty())
        {
            by_ip.entry(ip).or_default().push(&node.id);
        }
    }
    by_ip
        .into_iter()
        .filter(|(_, nodes)| nodes.len() > 1)
        .map(|(ip, nodes)| {
            DOC.finding(
                format!(
                    "{} share IP address {ip}. Give each node a unique IP address.",
                    names(&nodes)
                ),
                nodes.iter().map(|n| n.to_string()).collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;
    use crate::rules::fixtures::{Fixture, single};

    fn layout(ip_c: &str) -> Layout {
        Fixture::new()
            .zone("r", "z", &["a", "b"])
            .unplaced(&["c"])
            .node("a", |n| n.ip = Some("10.0.0.1".into()))
            .node("b", |n| n.ip = Some("10.0.0.2".into()))
            .node("c", |n| n.ip = Some(ip_c.into()))
            .build()
    }

    #[test]
    fn fires_on_a_shared_ip() {
        let f = single(
            &check(&layout(" 10.0.0.1")),
            "QS401",
            Severity::Error,
            &["a", "c"],
        );
        assert!(f.message.contains("10.0.0.1"));
    }

    #[test]
    fn quiet_with_unique_or_blank_ips() {
        assert!(check(&layout("10.0.0.3")).is_empty());
        assert!(check(&layout("")).is_empty());
    }
}
