//! Unit tests of the editor, one file per topic, sharing small fixtures.

mod add;
mod delete;
mod fields;
mod history;
mod moves;
#[cfg(not(target_arch = "wasm32"))]
mod props;
#[cfg(not(target_arch = "wasm32"))]
mod random;
mod rename;
#[cfg(not(target_arch = "wasm32"))]
mod script;

use super::{Command, Editor, Target, Template};
use crate::io;
use crate::model::{Component, ComponentKind, Layout, Link, Node, Rack, Region, Zone};

/// One region `r1` with zones `z1` (rack `k1` holding `n1`, `n2`; `n3` directly
/// in the zone) and `z2` (empty); `u1` unplaced; component `q` (quorum of
/// `n1`, `n2`, observer `n3`) and `web` (replicated on `n1`, `n3`, needs `q`);
/// a link between `z1` and `z2`.
pub(super) fn sample() -> Layout {
    let mut q = Component::new("q", ComponentKind::Quorum, &["n1", "n2"]);
    q.observers = vec!["n3".into()];
    let mut web = Component::new("web", ComponentKind::Replicated, &["n1", "n3"]);
    web.depends_on = vec!["q".into()];
    web.min_available = Some(2);
    let layout = Layout {
        name: "sample".into(),
        regions: vec![Region {
            id: "r1".into(),
            label: None,
            zones: vec![
                Zone {
                    id: "z1".into(),
                    label: None,
                    racks: vec![Rack {
                        id: "k1".into(),
                        label: None,
                        nodes: vec![Node::new("n1"), Node::new("n2")],
                    }],
                    nodes: vec![Node::new("n3")],
                },
                Zone {
                    id: "z2".into(),
                    ..Zone::default()
                },
            ],
        }],
        unplaced: vec![Node::new("u1")],
        components: vec![q, web],
        links: vec![Link {
            between: ["z1".into(), "z2".into()],
            latency_ms: 2.0,
            bandwidth_mbps: None,
        }],
    };
    assert!(io::validate(&layout).is_empty());
    layout
}

/// An editor on [`sample`].
pub(super) fn editor() -> Editor {
    Editor::new(sample())
}

/// Apply a command that must succeed; returns what it created.
pub(super) fn ok(editor: &mut Editor, command: Command) -> Option<String> {
    match editor.apply(command.clone()) {
        Ok(applied) => applied.created,
        Err(message) => panic!("{command:?} refused: {message}"),
    }
}

/// Apply a command that must be refused, checking nothing changed; returns the message.
pub(super) fn refused(editor: &mut Editor, command: Command) -> String {
    let before = editor.layout().clone();
    let revision = editor.revision();
    let message = match editor.apply(command.clone()) {
        Ok(applied) => panic!("{command:?} accepted: {applied:?}"),
        Err(message) => message,
    };
    assert_eq!(editor.layout(), &before);
    assert_eq!(editor.revision(), revision);
    message
}

/// Add a node from a template at a target; returns its id.
pub(super) fn add(editor: &mut Editor, template: Template, to: Target) -> String {
    ok(editor, Command::AddNode { template, to }).unwrap_or_default()
}

/// The members of a component, as `&str`s.
pub(super) fn members(layout: &Layout, id: &str) -> Vec<String> {
    layout
        .component(id)
        .map(|c| c.members.clone())
        .unwrap_or_default()
}
