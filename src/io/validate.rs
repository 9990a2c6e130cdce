//! Semantic checks on a typed layout: ids, references, dependencies,
//! `min_available`, links and numbers. Run by `load` and by the web UI.

use super::components::check_components;
use super::error::{LoadError, field, index};
use super::ids::Ids;
use super::links::check_links;
use crate::model::{Layout, Node};

/// Every semantic problem of a layout, each with its JSON path.
pub fn validate(layout: &Layout) -> Vec<LoadError> {
    let mut errors = Vec::new();
    let ids = Ids::of(layout, &mut errors);
    check_numbers(layout, &mut errors);
    check_components(layout, &ids, &mut errors);
    check_links(layout, &ids, &mut errors);
    errors
}

/// A number that must be finite and not negative (cpus, memory, latency...).
pub(crate) fn check_amount(value: Option<f64>, path: String, errors: &mut Vec<LoadError>) {
    if let Some(x) = value
        && !(x.is_finite() && x >= 0.0)
    {
        errors.push(LoadError::at(
            path,
            format!("expected a non-negative number, found {x}"),
        ));
    }
}

fn check_numbers(layout: &Layout, errors: &mut Vec<LoadError>) {
    let mut node_lists: Vec<(String, &[Node])> = Vec::new();
    for (r, region) in layout.regions.iter().enumerate() {
        let rp = index("$.regions", r);
        for (z, zone) in region.zones.iter().enumerate() {
            let zp = index(&field(&rp, "zones"), z);
            for (k, rack) in zone.racks.iter().enumerate() {
                let kp = index(&field(&zp, "racks"), k);
                node_lists.push((field(&kp, "nodes"), &rack.nodes));
            }
            node_lists.push((field(&zp, "nodes"), &zone.nodes));
        }
    }
    node_lists.push(("$.unplaced".to_string(), &layout.unplaced));
    for (list, nodes) in node_lists {
        for (n, node) in nodes.iter().enumerate() {
            let np = index(&list, n);
            check_amount(node.cpus, field(&np, "cpus"), errors);
            check_amount(node.mem_gib, field(&np, "mem_gib"), errors);
        }
    }
    for (c, component) in layout.components.iter().enumerate() {
        let cp = index("$.components", c);
        check_amount(component.cpus, field(&cp, "cpus"), errors);
        check_amount(component.mem_gib, field(&cp, "mem_gib"), errors);
    }
}
