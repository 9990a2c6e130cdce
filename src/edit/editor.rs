//! The editor: the current layout with its undo and redo history.

use super::Command;
use crate::model::Layout;

/// What an id names in a layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A region.
    Region,
    /// A zone.
    Zone,
    /// A rack.
    Rack,
    /// A node (placed or not).
    Node,
    /// A component.
    Component,
}

/// What kind of item `id` is in `layout`, if any.
pub fn item_kind(_layout: &Layout, _id: &str) -> Option<ItemKind> {
    None
}

/// What applying a command did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The id of the item the command created, if any.
    pub created: Option<String>,
}

/// The layout being edited, with undo and redo.
#[derive(Debug, Clone, Default)]
pub struct Editor {
    layout: Layout,
}

impl Editor {
    /// An editor on a layout, with empty history.
    pub fn new(layout: Layout) -> Self {
        Editor { layout }
    }

    /// The current layout.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Apply a command; on `Err` (a message for the user) nothing changed.
    pub fn apply(&mut self, _command: Command) -> Result<Applied, String> {
        Err("not implemented".into())
    }
}
