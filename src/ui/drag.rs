//! Dragging on pointer events (mouse, pen, touch): nodes, zones and racks on
//! the canvas, and templates from the palette. The drop target is the
//! innermost container under the pointer, found in the scene (pure
//! geometry), and highlighted while dragging; Escape cancels.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::actions;
use super::state::AppState;
use crate::edit::{Command, ItemKind, Target, Template};

/// What is being dragged.
#[derive(Debug, Clone, PartialEq)]
pub enum Dragged {
    /// A node of the layout.
    Node(String),
    /// A zone (drops into a region).
    Zone(String),
    /// A rack (drops into a zone).
    Rack(String),
    /// A palette template (creates a node where dropped).
    Template(Template),
}

/// Where a drag would land.
#[derive(Debug, Clone, PartialEq)]
pub enum Landing {
    /// A node or template lands in a rack, a zone or the tray.
    Node(Target),
    /// A zone or rack lands in this container.
    Into(String),
}

impl Landing {
    /// The id of the item drawn as the drop target (`""` is the tray).
    pub fn item_id(&self) -> &str {
        match self {
            Landing::Node(Target::Tray) => "",
            Landing::Node(Target::Zone(id) | Target::Rack(id)) | Landing::Into(id) => id,
        }
    }
}

/// A drag in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Drag {
    /// What moves.
    pub what: Dragged,
    /// The pointer doing it.
    pub pointer: i32,
    /// Where it started, in client pixels.
    pub start: (f64, f64),
    /// Where it is, in drawing units.
    pub at: (f64, f64),
    /// Whether it moved far enough to be a drag rather than a click.
    pub moved: bool,
    /// Where it would land now.
    pub landing: Option<Landing>,
}

/// The drag state shared by the canvas and the palette.
#[derive(Clone, Copy)]
pub struct DragCtx {
    /// The drag in progress.
    pub drag: RwSignal<Option<Drag>>,
    /// The canvas element.
    pub svg: NodeRef<leptos::svg::Svg>,
    /// Whether Space is held (dragging then pans).
    pub space: RwSignal<bool>,
    /// Whether the pointer is over the canvas (Space then pans even when a button has the focus).
    pub hover: RwSignal<bool>,
}

impl DragCtx {
    /// A new context with no drag.
    pub fn new() -> Self {
        DragCtx {
            drag: RwSignal::new(None),
            svg: NodeRef::new(),
            space: RwSignal::new(false),
            hover: RwSignal::new(false),
        }
    }

    /// Client pixels to canvas-local pixels and whether the point is on the canvas.
    pub fn local(&self, cx: f64, cy: f64) -> Option<(f64, f64, bool)> {
        let svg = self.svg.get_untracked()?;
        let el: &web_sys::Element = svg.unchecked_ref();
        let r = el.get_bounding_client_rect();
        let (x, y) = (cx - r.left(), cy - r.top());
        let inside = x >= 0.0 && y >= 0.0 && x <= r.width() && y <= r.height();
        Some((x, y, inside))
    }

    /// Start dragging.
    pub fn start(&self, state: &AppState, what: Dragged, pointer: i32, cx: f64, cy: f64) {
        let at = self
            .local(cx, cy)
            .map(|(x, y, _)| state.view.get_untracked().to_svg(x, y))
            .unwrap_or_default();
        self.drag.set(Some(Drag {
            what,
            pointer,
            start: (cx, cy),
            at,
            moved: false,
            landing: None,
        }));
    }

    /// Follow the pointer: update the position and the landing.
    pub fn follow(&self, state: &AppState, pointer: i32, cx: f64, cy: f64) {
        let Some((x, y, inside)) = self.local(cx, cy) else {
            return;
        };
        let (sx, sy) = state.view.get_untracked().to_svg(x, y);
        let Some(mut d) = self.drag.get_untracked() else {
            return;
        };
        if d.pointer != pointer {
            return;
        }
        d.at = (sx, sy);
        d.moved = d.moved || (cx - d.start.0).hypot(cy - d.start.1) > 4.0;
        d.landing = if inside && d.moved {
            landing(state, &d.what, sx, sy)
        } else {
            None
        };
        self.drag.set(Some(d));
    }

    /// End the drag: drop it where it would land, or cancel. Returns the
    /// drag when it never moved (a click).
    pub fn finish(&self, state: &AppState, drop: bool) -> Option<Drag> {
        let d = self.drag.get_untracked()?;
        self.drag.set(None);
        if !d.moved {
            return Some(d);
        }
        if !drop {
            return None;
        }
        let Some(landing) = d.landing else {
            // Dropped on a region's band or between zones: say where nodes go.
            if matches!(d.what, Dragged::Node(_) | Dragged::Template(_)) {
                let region = state.scene.with_untracked(|s| {
                    s.container_at(d.at.0, d.at.1, ItemKind::Region)
                        .map(|r| r.id.clone())
                });
                if let Some(region) = region {
                    state.info(format!(
                        "Nodes go into a zone or a rack: drop it on one of {region}'s zones."
                    ));
                }
            }
            return None;
        };
        let command = match (d.what, landing) {
            (Dragged::Node(node), Landing::Node(to)) => {
                // Dragging one of several selected nodes moves them all, as one edit.
                let mut nodes = state.selected_nodes();
                if !nodes.contains(&node) {
                    nodes = vec![node];
                }
                // Nodes already there stay where they are (no empty undo step).
                let here = |n: &String| {
                    let parent = state.layout.with_untracked(|l| crate::edit::parent(l, n));
                    match &to {
                        Target::Tray => parent.is_none(),
                        Target::Zone(id) | Target::Rack(id) => parent.as_ref() == Some(id),
                    }
                };
                nodes.retain(|n| !here(n));
                if nodes.is_empty() {
                    return None;
                }
                let mut moves: Vec<Command> = nodes
                    .into_iter()
                    .map(|node| Command::MoveNode {
                        node,
                        to: to.clone(),
                        index: None,
                    })
                    .collect();
                if moves.len() == 1 {
                    moves.remove(0)
                } else {
                    Command::Batch(moves)
                }
            }
            (Dragged::Template(template), Landing::Node(to)) => {
                actions::select_created(state, Command::AddNode { template, to });
                return None;
            }
            (Dragged::Zone(zone), Landing::Into(to)) => Command::MoveZone { zone, to },
            (Dragged::Rack(rack), Landing::Into(to)) => Command::MoveRack { rack, to },
            _ => return None,
        };
        let _ = state.apply(command);
        None
    }
}

impl Default for DragCtx {
    fn default() -> Self {
        Self::new()
    }
}

/// Where `what` would land at drawing point (x, y).
fn landing(state: &AppState, what: &Dragged, x: f64, y: f64) -> Option<Landing> {
    state.scene.with_untracked(|scene| match what {
        Dragged::Node(_) | Dragged::Template(_) => scene.drop_target(x, y).map(Landing::Node),
        Dragged::Zone(id) => scene
            .container_at(x, y, ItemKind::Region)
            .filter(|r| {
                state
                    .layout
                    .with_untracked(|l| crate::edit::parent(l, id))
                    .is_none_or(|p| p != r.id)
            })
            .map(|r| Landing::Into(r.id.clone())),
        Dragged::Rack(id) => scene
            .container_at(x, y, ItemKind::Zone)
            .filter(|z| {
                state
                    .layout
                    .with_untracked(|l| crate::edit::parent(l, id))
                    .is_none_or(|p| p != z.id)
            })
            .map(|z| Landing::Into(z.id.clone())),
    })
}

/// The label of what is dragged, for the ghost.
pub fn ghost_label(what: &Dragged) -> String {
    match what {
        Dragged::Node(id) | Dragged::Zone(id) | Dragged::Rack(id) => id.clone(),
        Dragged::Template(t) => format!("+ {}", t.label()),
    }
}
