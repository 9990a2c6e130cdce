//! Where each node sits in the domain tree, looked up by id.

use std::collections::HashMap;

use super::Layout;

/// A level of the fault-domain tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// A single machine.
    Node,
    /// A rack of machines.
    Rack,
    /// A zone (data center, availability zone).
    Zone,
    /// A region (metro area).
    Region,
}

impl Level {
    /// The level's name as used in scenario ids (`zone`).
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Node => "node",
            Level::Rack => "rack",
            Level::Zone => "zone",
            Level::Region => "region",
        }
    }

    /// Every level, smallest first.
    pub const ALL: [Level; 4] = [Level::Node, Level::Rack, Level::Zone, Level::Region];
}

/// The domains a placed node belongs to (ids borrowed from the layout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placement<'a> {
    /// Region id.
    pub region: &'a str,
    /// Zone id.
    pub zone: &'a str,
    /// Rack id, when the node is in a rack.
    pub rack: Option<&'a str>,
}

impl<'a> Placement<'a> {
    /// The id of the domain of this level that holds the node (`None` for a rackless node at rack level).
    pub fn domain(&self, level: Level, node_id: &'a str) -> Option<&'a str> {
        match level {
            Level::Node => Some(node_id),
            Level::Rack => self.rack,
            Level::Zone => Some(self.zone),
            Level::Region => Some(self.region),
        }
    }
}

/// Node id to placement, for every placed node; unplaced nodes are absent.
#[derive(Debug, Clone, Default)]
pub struct Placements<'a> {
    map: HashMap<&'a str, Placement<'a>>,
}

impl<'a> Placements<'a> {
    /// Index every placed node of a layout.
    pub fn of(layout: &'a Layout) -> Self {
        let mut map = HashMap::new();
        for region in &layout.regions {
            for zone in &region.zones {
                for rack in &zone.racks {
                    for node in &rack.nodes {
                        map.insert(
                            node.id.as_str(),
                            Placement {
                                region: &region.id,
                                zone: &zone.id,
                                rack: Some(&rack.id),
                            },
                        );
                    }
                }
                for node in &zone.nodes {
                    map.insert(
                        node.id.as_str(),
                        Placement {
                            region: &region.id,
                            zone: &zone.id,
                            rack: None,
                        },
                    );
                }
            }
        }
        Placements { map }
    }

    /// Where a node is, or `None` when it is unplaced or unknown.
    pub fn get(&self, node_id: &str) -> Option<Placement<'a>> {
        self.map.get(node_id).copied()
    }

    /// The domain of `level` holding the node, if placed.
    pub fn domain_of(&self, node_id: &'a str, level: Level) -> Option<&'a str> {
        self.get(node_id).and_then(|p| p.domain(level, node_id))
    }
}
