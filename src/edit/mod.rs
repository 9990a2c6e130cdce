//! Undoable editing of a layout: every gesture of the designer becomes a
//! [`Command`]; the [`Editor`] applies it to a copy, refuses (with a message)
//! anything invalid or anything that would make the layout fail
//! `io::validate`, and keeps undo/redo history. Plain Rust, no browser crate.

mod command;
mod editor;

pub use command::{Command, NodeFields, Target, Template};
pub use editor::{Applied, Editor, ItemKind, item_kind};
