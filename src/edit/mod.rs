//! Undoable editing of a layout: every gesture of the designer becomes a
//! [`Command`]; the [`Editor`] applies it to a copy, refuses (with a message)
//! anything invalid or anything that would make the layout fail
//! `io::validate`, and keeps undo/redo history. Plain Rust, no browser crate.

mod command;
mod components;
mod delete;
mod editor;
mod fields;
mod ids;
mod lookup;
mod moves;
mod rename;
mod run;
mod templates;

#[cfg(test)]
mod tests;

pub use command::{Command, NodeFields, Target, Template};
pub use editor::{Applied, Editor, HISTORY_LIMIT, ItemKind, item_kind};
pub use fields::parse_amount;
pub use ids::{fresh_id, node_prefix};
pub use lookup::{contents, parent};
