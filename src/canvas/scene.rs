//! Scene geometry and rendering (stub; see the module doc).

use std::collections::HashMap;

use crate::edit::{ItemKind, Target};
use crate::engine::Status;
use crate::model::Layout;

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

/// What a scene item is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A domain container or node chip of this kind.
    Item(ItemKind),
    /// The unplaced tray.
    Tray,
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
    /// The item with this id.
    pub fn item(&self, _id: &str) -> Option<&Item> {
        None
    }

    /// The innermost item under a point.
    pub fn hit(&self, _x: f64, _y: f64) -> Option<&Item> {
        None
    }

    /// Where a node dropped at this point would go (innermost rack, zone, or the tray).
    pub fn drop_target(&self, _x: f64, _y: f64) -> Option<Target> {
        None
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

/// Lay the layout out.
pub fn scene(_layout: &Layout) -> Scene {
    Scene::default()
}

/// The canvas drawing as an SVG fragment (no `<svg>` element).
pub fn render_body(_layout: &Layout, _scene: &Scene, _marks: Option<&ScenarioMarks>) -> String {
    String::new()
}

/// Selection outlines and finding highlights as an SVG fragment.
pub fn render_overlay(_scene: &Scene, _selected: &[String], _highlighted: &[String]) -> String {
    String::new()
}

/// A standalone SVG document of the canvas with its own stylesheet and
/// `metadata` holding `embedded` (the layout file) when given.
pub fn render_document(
    _layout: &Layout,
    _scene: &Scene,
    _marks: Option<&ScenarioMarks>,
    _embedded: Option<&str>,
) -> String {
    String::new()
}
