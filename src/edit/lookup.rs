//! Finding items in a layout: what an id names, where it sits, what it holds.

use std::collections::HashMap;

use super::{ItemKind, Target};
use crate::model::{Layout, Node, Rack, Region, Zone};

/// What kind of item `id` is in `layout`, if any.
pub fn item_kind(layout: &Layout, id: &str) -> Option<ItemKind> {
    for region in &layout.regions {
        if region.id == id {
            return Some(ItemKind::Region);
        }
        for zone in &region.zones {
            if zone.id == id {
                return Some(ItemKind::Zone);
            }
            for rack in &zone.racks {
                if rack.id == id {
                    return Some(ItemKind::Rack);
                }
            }
        }
    }
    if layout.nodes().any(|n| n.id == id) {
        return Some(ItemKind::Node);
    }
    layout
        .components
        .iter()
        .any(|c| c.id == id)
        .then_some(ItemKind::Component)
}

/// How many zones, racks and nodes a region, zone or rack holds (all levels
/// below it); 0 for nodes, components and unknown ids.
pub fn contents(layout: &Layout, id: &str) -> usize {
    let in_rack = |rack: &Rack| rack.nodes.len();
    let in_zone =
        |zone: &Zone| zone.nodes.len() + zone.racks.iter().map(|r| 1 + in_rack(r)).sum::<usize>();
    for region in &layout.regions {
        if region.id == id {
            return region.zones.iter().map(|z| 1 + in_zone(z)).sum();
        }
    }
    if let Some(zone) = layout.zones().find(|z| z.id == id) {
        return in_zone(zone);
    }
    layout.racks().find(|r| r.id == id).map_or(0, in_rack)
}

/// The id of the container of an item: a zone's region, a rack's zone, a
/// placed node's rack or zone; `None` for regions, components, unplaced nodes
/// and unknown ids.
pub fn parent(layout: &Layout, id: &str) -> Option<String> {
    for region in &layout.regions {
        for zone in &region.zones {
            if zone.id == id {
                return Some(region.id.clone());
            }
            if zone.nodes.iter().any(|n| n.id == id) {
                return Some(zone.id.clone());
            }
            for rack in &zone.racks {
                if rack.id == id {
                    return Some(zone.id.clone());
                }
                if rack.nodes.iter().any(|n| n.id == id) {
                    return Some(rack.id.clone());
                }
            }
        }
    }
    None
}

/// Every id of the layout with what it names (the first definition wins).
pub(super) fn all_ids(layout: &Layout) -> HashMap<&str, ItemKind> {
    let mut ids = HashMap::new();
    for region in &layout.regions {
        ids.entry(region.id.as_str()).or_insert(ItemKind::Region);
        for zone in &region.zones {
            ids.entry(zone.id.as_str()).or_insert(ItemKind::Zone);
            for rack in &zone.racks {
                ids.entry(rack.id.as_str()).or_insert(ItemKind::Rack);
            }
        }
    }
    for node in layout.nodes() {
        ids.entry(node.id.as_str()).or_insert(ItemKind::Node);
    }
    for component in &layout.components {
        ids.entry(component.id.as_str())
            .or_insert(ItemKind::Component);
    }
    ids
}

impl ItemKind {
    /// The kind's name for messages: `zone`.
    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Region => "region",
            ItemKind::Zone => "zone",
            ItemKind::Rack => "rack",
            ItemKind::Node => "node",
            ItemKind::Component => "component",
        }
    }

    /// The kind with its article for messages: `a zone`.
    pub fn article(self) -> &'static str {
        match self {
            ItemKind::Region => "a region",
            ItemKind::Zone => "a zone",
            ItemKind::Rack => "a rack",
            ItemKind::Node => "a node",
            ItemKind::Component => "a component",
        }
    }
}

/// A string quoted as in JSON, for messages.
pub(super) fn quote(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

/// The message for an id that should name an item of kind `want`.
pub(super) fn not_found(layout: &Layout, id: &str, want: ItemKind) -> String {
    match item_kind(layout, id) {
        Some(other) => format!(
            "{} is {}, not {}",
            quote(id),
            other.article(),
            want.article()
        ),
        None => format!("there is no {} {}", want.name(), quote(id)),
    }
}

/// The region with this id, to change.
pub(super) fn region_mut<'a>(layout: &'a mut Layout, id: &str) -> Result<&'a mut Region, String> {
    match layout.regions.iter().position(|r| r.id == id) {
        Some(at) => Ok(&mut layout.regions[at]),
        None => Err(not_found(layout, id, ItemKind::Region)),
    }
}

/// The zone with this id, to change.
pub(super) fn zone_mut<'a>(layout: &'a mut Layout, id: &str) -> Result<&'a mut Zone, String> {
    match zone_position(layout, id) {
        Some((r, z)) => Ok(&mut layout.regions[r].zones[z]),
        None => Err(not_found(layout, id, ItemKind::Zone)),
    }
}

/// The rack with this id, to change.
pub(super) fn rack_mut<'a>(layout: &'a mut Layout, id: &str) -> Result<&'a mut Rack, String> {
    match rack_position(layout, id) {
        Some((r, z, k)) => Ok(&mut layout.regions[r].zones[z].racks[k]),
        None => Err(not_found(layout, id, ItemKind::Rack)),
    }
}

/// The node list of a target (the tray, a zone's own nodes, a rack's nodes).
pub(super) fn nodes_mut<'a>(
    layout: &'a mut Layout,
    target: &Target,
) -> Result<&'a mut Vec<Node>, String> {
    match target {
        Target::Tray => Ok(&mut layout.unplaced),
        Target::Zone(id) => zone_mut(layout, id).map(|z| &mut z.nodes),
        Target::Rack(id) => rack_mut(layout, id).map(|r| &mut r.nodes),
    }
}

/// Where a node is: its list and its position in it.
pub(super) fn locate_node(layout: &Layout, id: &str) -> Option<(Target, usize)> {
    for zone in layout.zones() {
        for rack in &zone.racks {
            if let Some(at) = rack.nodes.iter().position(|n| n.id == id) {
                return Some((Target::Rack(rack.id.clone()), at));
            }
        }
        if let Some(at) = zone.nodes.iter().position(|n| n.id == id) {
            return Some((Target::Zone(zone.id.clone()), at));
        }
    }
    let at = layout.unplaced.iter().position(|n| n.id == id)?;
    Some((Target::Tray, at))
}

/// The node with this id, to change.
pub(super) fn node_mut<'a>(layout: &'a mut Layout, id: &str) -> Result<&'a mut Node, String> {
    let Some((target, at)) = locate_node(layout, id) else {
        return Err(not_found(layout, id, ItemKind::Node));
    };
    let missing = not_found(layout, id, ItemKind::Node);
    nodes_mut(layout, &target)?.get_mut(at).ok_or(missing)
}

/// Where a zone is: its region's index and its index in the region.
pub(super) fn zone_position(layout: &Layout, id: &str) -> Option<(usize, usize)> {
    layout.regions.iter().enumerate().find_map(|(r, region)| {
        let z = region.zones.iter().position(|zone| zone.id == id)?;
        Some((r, z))
    })
}

/// Where a rack is: its region's, its zone's and its own index.
pub(super) fn rack_position(layout: &Layout, id: &str) -> Option<(usize, usize, usize)> {
    layout.regions.iter().enumerate().find_map(|(r, region)| {
        region.zones.iter().enumerate().find_map(|(z, zone)| {
            let k = zone.racks.iter().position(|rack| rack.id == id)?;
            Some((r, z, k))
        })
    })
}
