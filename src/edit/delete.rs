//! Deleting items with everything inside them, and every reference to them.

use std::collections::HashSet;

use super::components::clamp_min_available;
use super::lookup::{item_kind, quote};
use crate::model::{Layout, Node};

/// Delete regions, zones, racks, nodes and components (any mix) with their
/// content; members, observers, dependencies and links naming them go too.
pub(super) fn delete(layout: &mut Layout, ids: &[String]) -> Result<(), String> {
    for id in ids {
        if item_kind(layout, id).is_none() {
            return Err(format!("there is no item {} to delete", quote(id)));
        }
    }
    let asked: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let gone = with_content(layout, &asked);
    let keep = |id: &String| !gone.contains(id);
    let keep_nodes = |nodes: &mut Vec<Node>| nodes.retain(|n| keep(&n.id));
    layout.regions.retain(|r| keep(&r.id));
    for region in &mut layout.regions {
        region.zones.retain(|z| keep(&z.id));
        for zone in &mut region.zones {
            zone.racks.retain(|r| keep(&r.id));
            for rack in &mut zone.racks {
                keep_nodes(&mut rack.nodes);
            }
            keep_nodes(&mut zone.nodes);
        }
    }
    keep_nodes(&mut layout.unplaced);
    layout.components.retain(|c| keep(&c.id));
    for c in &mut layout.components {
        let before = c.members.len();
        c.members.retain(keep);
        c.observers.retain(keep);
        c.depends_on.retain(keep);
        if c.members.len() < before {
            clamp_min_available(c);
        }
    }
    layout.links.retain(|l| l.between.iter().all(keep));
    Ok(())
}

/// The asked ids and the ids of every zone, rack and node inside them.
fn with_content(layout: &Layout, asked: &HashSet<&str>) -> HashSet<String> {
    let mut gone: HashSet<String> = asked.iter().map(|s| s.to_string()).collect();
    for region in &layout.regions {
        let region_gone = asked.contains(region.id.as_str());
        for zone in &region.zones {
            let zone_gone = region_gone || asked.contains(zone.id.as_str());
            let mut take = |id: &str, inside: bool| {
                if inside {
                    gone.insert(id.to_string());
                }
            };
            take(&zone.id, zone_gone);
            for rack in &zone.racks {
                let rack_gone = zone_gone || asked.contains(rack.id.as_str());
                take(&rack.id, rack_gone);
                for node in &rack.nodes {
                    take(&node.id, rack_gone);
                }
            }
            for node in &zone.nodes {
                take(&node.id, zone_gone);
            }
        }
    }
    gone
}
