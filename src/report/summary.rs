//! Counts of what a layout holds, for report headers.

use serde::Serialize;

use crate::model::Layout;

/// How many domains, nodes and components a layout has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LayoutSummary {
    /// Regions.
    pub regions: usize,
    /// Zones.
    pub zones: usize,
    /// Racks.
    pub racks: usize,
    /// Nodes placed in a zone.
    pub nodes: usize,
    /// Nodes not placed anywhere.
    pub unplaced: usize,
    /// Components.
    pub components: usize,
}

impl LayoutSummary {
    /// Counts a layout.
    pub fn of(layout: &Layout) -> Self {
        LayoutSummary {
            regions: layout.regions.len(),
            zones: layout.zones().count(),
            racks: layout.racks().count(),
            nodes: layout.nodes().count() - layout.unplaced.len(),
            unplaced: layout.unplaced.len(),
            components: layout.components.len(),
        }
    }
}

impl std::fmt::Display for LayoutSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        write!(
            f,
            "{}, {}, {}, {}",
            plural(self.regions, "region", "regions"),
            plural(self.zones, "zone", "zones"),
            plural(self.racks, "rack", "racks"),
            plural(self.nodes, "node", "nodes"),
        )?;
        if self.unplaced > 0 {
            write!(f, " (+{} unplaced)", self.unplaced)?;
        }
        write!(
            f,
            ", {}",
            plural(self.components, "component", "components")
        )
    }
}
