//! The editor: the current layout with its undo and redo history.

use super::Command;
use crate::io;
use crate::model::Layout;

pub use super::lookup::item_kind;

/// The most snapshots kept for undo (the oldest are dropped first).
pub const HISTORY_LIMIT: usize = 200;

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

/// What applying a command did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// The id of the item the command created, if any.
    pub created: Option<String>,
    /// What else changed that the user should know (a lowered `min_available`).
    pub notes: Vec<String>,
}

/// Sentences for every component whose `min_available` the change lowered.
fn lowered_minimums(before: &Layout, after: &Layout) -> Vec<String> {
    after
        .components
        .iter()
        .filter_map(|c| {
            let was = before.component(&c.id)?.min_available();
            let now = c.min_available();
            (now < was).then(|| {
                format!(
                    "{}: min_available lowered from {was} to {now}, as it has {} member{} left",
                    c.id,
                    c.members.len(),
                    if c.members.len() == 1 { "" } else { "s" }
                )
            })
        })
        .collect()
}

/// The layout being edited, with undo and redo.
#[derive(Debug, Clone, Default)]
pub struct Editor {
    layout: Layout,
    undo: Vec<Layout>,
    redo: Vec<Layout>,
    revision: u64,
}

impl Editor {
    /// An editor on a layout, with empty history.
    pub fn new(layout: Layout) -> Self {
        Editor {
            layout,
            ..Editor::default()
        }
    }

    /// The current layout.
    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Apply a command; on `Err` (a message for the user) nothing changed.
    ///
    /// A command whose result has a validation error the current layout did
    /// not have is refused with that error's message. A command that changes
    /// nothing returns `Ok` and adds no history.
    pub fn apply(&mut self, command: Command) -> Result<Applied, String> {
        let mut next = self.layout.clone();
        let created = super::run::run(&mut next, command)?;
        if next == self.layout {
            return Ok(Applied {
                created,
                notes: Vec::new(),
            });
        }
        if let Some(message) = new_error(&self.layout, &next) {
            return Err(message);
        }
        let notes = lowered_minimums(&self.layout, &next);
        let before = std::mem::replace(&mut self.layout, next);
        self.undo.push(before);
        if self.undo.len() > HISTORY_LIMIT {
            let excess = self.undo.len() - HISTORY_LIMIT;
            self.undo.drain(..excess);
        }
        self.redo.clear();
        self.revision += 1;
        Ok(Applied { created, notes })
    }

    /// Go back one change; `false` when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        let current = std::mem::replace(&mut self.layout, previous);
        self.redo.push(current);
        self.revision += 1;
        true
    }

    /// Redo the last undone change; `false` when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = std::mem::replace(&mut self.layout, next);
        self.undo.push(current);
        self.revision += 1;
        true
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// A counter that grows with every change, undo and redo (for views to
    /// know when to refresh).
    pub fn revision(&self) -> u64 {
        self.revision
    }
}

/// The message of the first validation error of `after` that `before` does
/// not have (compared without the JSON paths, which edits shift).
fn new_error(before: &Layout, after: &Layout) -> Option<String> {
    let errors = io::validate(after);
    if errors.is_empty() {
        return None;
    }
    let mut old: Vec<String> = io::validate(before)
        .iter()
        .map(|e| without_paths(&e.message))
        .collect();
    for error in errors {
        let key = without_paths(&error.message);
        match old.iter().position(|o| *o == key) {
            Some(at) => {
                old.swap_remove(at);
            }
            None => return Some(error.message),
        }
    }
    None
}

/// A message with every JSON path (`$...` up to a space, comma or closing
/// parenthesis) replaced by `$`.
fn without_paths(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_path = false;
    for c in message.chars() {
        if c == '$' {
            in_path = true;
            out.push('$');
        } else if in_path && !matches!(c, ' ' | ',' | ')') {
            continue;
        } else {
            in_path = false;
            out.push(c);
        }
    }
    out
}
