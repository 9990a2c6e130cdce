//! Scene geometry: the laid-out items and the questions asked of them
//! (which item is here, where would a drop land).

use std::collections::HashMap;

use crate::edit::{ItemKind, Target};
use crate::engine::Status;

/// An axis-aligned rectangle in SVG user units.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Box2 {
    /// Left.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Box2 {
    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    /// Whether the point lies in the rectangle (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.right() && y >= self.y && y <= self.bottom()
    }

    /// Whether `other` lies wholly inside this rectangle (edges included).
    pub fn encloses(&self, other: &Box2) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.right() <= self.right()
            && other.bottom() <= self.bottom()
    }

    /// Whether the two rectangles share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Box2) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Box2) -> Box2 {
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        Box2 {
            x,
            y,
            w: self.right().max(other.right()) - x,
            h: self.bottom().max(other.bottom()) - y,
        }
    }
}

/// What a scene item is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A domain container or node chip of this kind.
    Item(ItemKind),
    /// The unplaced tray.
    Tray,
}

impl Shape {
    /// The name used in classes and `data-kind`: `region`, `zone`, `rack`, `node`, `tray`.
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Item(ItemKind::Region) => "region",
            Shape::Item(ItemKind::Zone) => "zone",
            Shape::Item(ItemKind::Rack) => "rack",
            Shape::Item(ItemKind::Node) => "node",
            Shape::Item(ItemKind::Component) => "component",
            Shape::Tray => "tray",
        }
    }
}

/// One drawn item: a region, zone, rack, node chip or the tray.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The item's id (`""` for the tray).
    pub id: String,
    /// What it is.
    pub shape: Shape,
    /// Where it is.
    pub rect: Box2,
}

/// The laid-out canvas.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scene {
    /// Width of the whole drawing.
    pub width: f64,
    /// Height of the whole drawing.
    pub height: f64,
    /// Items, containers before their content (drawing order).
    pub items: Vec<Item>,
}

impl Scene {
    /// The item with this id (`""` is the tray).
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The innermost item under a point.
    ///
    /// Items come in tree order and siblings do not overlap, so the last
    /// item holding the point is the innermost one.
    pub fn hit(&self, x: f64, y: f64) -> Option<&Item> {
        self.items.iter().rev().find(|i| i.rect.contains(x, y))
    }

    /// Where a node dropped at this point would go (innermost rack, zone, or the tray).
    pub fn drop_target(&self, x: f64, y: f64) -> Option<Target> {
        let item = self.items.iter().rev().find(|i| {
            matches!(
                i.shape,
                Shape::Tray | Shape::Item(ItemKind::Rack | ItemKind::Zone)
            ) && i.rect.contains(x, y)
        })?;
        Some(match item.shape {
            Shape::Item(ItemKind::Rack) => Target::Rack(item.id.clone()),
            Shape::Item(_) => Target::Zone(item.id.clone()),
            Shape::Tray => Target::Tray,
        })
    }

    /// The innermost item of this kind under a point: pass
    /// [`ItemKind::Region`] to find the region a dragged zone lands in,
    /// [`ItemKind::Zone`] for a dragged rack.
    pub fn container_at(&self, x: f64, y: f64, kind: ItemKind) -> Option<&Item> {
        self.items
            .iter()
            .rev()
            .find(|i| i.shape == Shape::Item(kind) && i.rect.contains(x, y))
    }

    /// The smallest rectangle holding every item (all zero when there is none).
    pub fn bounds(&self) -> Box2 {
        let mut items = self.items.iter();
        let Some(first) = items.next() else {
            return Box2::default();
        };
        items.fold(first.rect, |b, i| b.union(&i.rect))
    }
}

/// What scenario mode shows on the canvas.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScenarioMarks {
    /// Ids of failed domains (regions, zones, racks, nodes): greyed and hatched.
    pub failed: Vec<String>,
    /// Ids of isolated (cut-off) domains: drawn cut off.
    pub isolated: Vec<String>,
    /// Per node id, the worst status of the components it is a member of.
    pub node_status: HashMap<String, Status>,
}
