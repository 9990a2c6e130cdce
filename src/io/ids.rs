//! The id index of a layout: every id with what it names and where it is,
//! reporting empty and duplicate ids and nodes placed twice.

use std::collections::HashMap;

use super::error::{LoadError, field, index, quote};
use crate::model::{Layout, Node};

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A region.
    Region,
    /// A zone.
    Zone,
    /// A rack.
    Rack,
    /// A node, placed or not.
    Node,
    /// A component.
    Component,
}

impl Kind {
    /// "a zone", for messages.
    pub fn article(self) -> &'static str {
        match self {
            Kind::Region => "a region",
            Kind::Zone => "a zone",
            Kind::Rack => "a rack",
            Kind::Node => "a node",
            Kind::Component => "a component",
        }
    }

    /// The level's name in scenario ids (`zone` in `zone:ID`); `None` for components.
    pub fn level(self) -> Option<&'static str> {
        match self {
            Kind::Region => Some("region"),
            Kind::Zone => Some("zone"),
            Kind::Rack => Some("rack"),
            Kind::Node => Some("node"),
            Kind::Component => None,
        }
    }
}

/// Every id of a layout: what it names and the path of its first definition.
#[derive(Debug, Default)]
pub(crate) struct Ids<'a> {
    map: HashMap<&'a str, (Kind, String)>,
}

impl<'a> Ids<'a> {
    /// Index a layout, pushing an error per empty or repeated id.
    pub fn of(layout: &'a Layout, errors: &mut Vec<LoadError>) -> Self {
        let mut ids = Ids::default();
        for (r, region) in layout.regions.iter().enumerate() {
            let rp = index("$.regions", r);
            ids.add(&region.id, Kind::Region, &rp, errors);
            for (z, zone) in region.zones.iter().enumerate() {
                let zp = index(&field(&rp, "zones"), z);
                ids.add(&zone.id, Kind::Zone, &zp, errors);
                for (k, rack) in zone.racks.iter().enumerate() {
                    let kp = index(&field(&zp, "racks"), k);
                    ids.add(&rack.id, Kind::Rack, &kp, errors);
                    ids.add_nodes(&rack.nodes, &field(&kp, "nodes"), errors);
                }
                ids.add_nodes(&zone.nodes, &field(&zp, "nodes"), errors);
            }
        }
        ids.add_nodes(&layout.unplaced, "$.unplaced", errors);
        for (c, component) in layout.components.iter().enumerate() {
            ids.add(
                &component.id,
                Kind::Component,
                &index("$.components", c),
                errors,
            );
        }
        ids
    }

    /// What `id` names, if anything.
    pub fn kind(&self, id: &str) -> Option<Kind> {
        self.map.get(id).map(|(kind, _)| *kind)
    }

    fn add_nodes(&mut self, nodes: &'a [Node], list: &str, errors: &mut Vec<LoadError>) {
        for (n, node) in nodes.iter().enumerate() {
            self.add(&node.id, Kind::Node, &index(list, n), errors);
        }
    }

    fn add(&mut self, id: &'a str, kind: Kind, at: &str, errors: &mut Vec<LoadError>) {
        let path = field(at, "id");
        if id.is_empty() {
            errors.push(LoadError::at(
                path,
                "id is empty: every id must be a non-empty string",
            ));
            return;
        }
        check_joiner(id, kind, &path, errors);
        match self.map.get(id) {
            Some((Kind::Node, first)) if kind == Kind::Node => errors.push(LoadError::at(
                path,
                format!("node {} is placed twice (first at {first})", quote(id)),
            )),
            Some((first_kind, first)) => errors.push(LoadError::at(
                path,
                format!(
                    "duplicate id {} (first used at {first}, by {})",
                    quote(id),
                    first_kind.article()
                ),
            )),
            None => {
                self.map.insert(id, (kind, path));
            }
        }
    }
}

/// A domain id must not hold the `+LEVEL:` that joins a pair of its own level
/// in scenario ids: with zones `a`, `b` and `a+zone:b`, `zone:a+zone:b` would
/// name both the pair and the single zone.
fn check_joiner(id: &str, kind: Kind, path: &str, errors: &mut Vec<LoadError>) {
    let Some(level) = kind.level() else {
        return;
    };
    let joiner = format!("+{level}:");
    if id.contains(&joiner) {
        errors.push(LoadError::at(
            path,
            format!(
                "{level} id {} contains {}, which joins the two {level}s of a pair in scenario ids ({level}:{id}); rename it",
                quote(id),
                quote(&joiner)
            ),
        ));
    }
}
