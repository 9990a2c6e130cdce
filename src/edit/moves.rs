//! Moving nodes between racks, zones and the tray, zones between regions and
//! racks between zones, each with its content.

use super::lookup::{
    locate_node, nodes_mut, not_found, rack_position, region_mut, zone_mut, zone_position,
};
use super::{ItemKind, Target};
use crate::model::Layout;

/// Move a node to position `index` (or last) of a target's nodes.
pub(super) fn move_node(
    layout: &mut Layout,
    node: &str,
    to: &Target,
    index: Option<usize>,
) -> Result<(), String> {
    let Some((from, at)) = locate_node(layout, node) else {
        return Err(not_found(layout, node, ItemKind::Node));
    };
    // Check the target before taking the node out.
    nodes_mut(layout, to)?;
    let missing = not_found(layout, node, ItemKind::Node);
    let list = nodes_mut(layout, &from)?;
    if list.get(at).is_none_or(|n| n.id != node) {
        return Err(missing);
    }
    let moved = list.remove(at);
    let list = nodes_mut(layout, to)?;
    let place = index.unwrap_or(list.len()).min(list.len());
    list.insert(place, moved);
    Ok(())
}

/// Move a zone, with its racks and nodes, to the end of another region
/// (a zone already in that region stays where it is).
pub(super) fn move_zone(layout: &mut Layout, zone: &str, to: &str) -> Result<(), String> {
    let Some((r, z)) = zone_position(layout, zone) else {
        return Err(not_found(layout, zone, ItemKind::Zone));
    };
    region_mut(layout, to)?;
    if layout.regions.get(r).is_some_and(|region| region.id == to) {
        return Ok(());
    }
    let moved = layout.regions[r].zones.remove(z);
    region_mut(layout, to)?.zones.push(moved);
    Ok(())
}

/// Move a rack, with its nodes, to the end of another zone (a rack already
/// in that zone stays where it is).
pub(super) fn move_rack(layout: &mut Layout, rack: &str, to: &str) -> Result<(), String> {
    let Some((r, z, k)) = rack_position(layout, rack) else {
        return Err(not_found(layout, rack, ItemKind::Rack));
    };
    zone_mut(layout, to)?;
    let zones = &mut layout.regions[r].zones;
    if zones[z].id == to {
        return Ok(());
    }
    let moved = zones[z].racks.remove(k);
    zone_mut(layout, to)?.racks.push(moved);
    Ok(())
}
