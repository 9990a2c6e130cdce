//! Undo, redo, revisions, the history cap and refusals leaving no trace.

use super::*;
use crate::edit::HISTORY_LIMIT;

#[test]
fn undo_and_redo_walk_the_history() {
    let mut e = editor();
    assert!(!e.can_undo() && !e.can_redo() && !e.undo() && !e.redo());
    ok(&mut e, Command::AddRegion);
    let one = e.layout().clone();
    ok(&mut e, Command::SetName("two".into()));
    let two = e.layout().clone();
    assert_eq!(e.revision(), 2);
    assert!(e.undo());
    assert_eq!(e.layout(), &one);
    assert!(e.can_redo() && e.can_undo());
    assert!(e.undo());
    assert_eq!(e.layout(), &sample());
    assert!(!e.undo());
    assert_eq!(e.revision(), 4);
    assert!(e.redo() && e.redo());
    assert_eq!(e.layout(), &two);
    assert!(!e.redo());
    assert_eq!(e.revision(), 6);
}

#[test]
fn a_new_change_drops_the_redo_history() {
    let mut e = editor();
    ok(&mut e, Command::AddRegion);
    assert!(e.undo());
    ok(&mut e, Command::SetName("other".into()));
    assert!(!e.can_redo());
    assert!(e.undo());
    assert_eq!(e.layout(), &sample());
}

#[test]
fn refusals_and_no_ops_leave_no_trace() {
    let mut e = editor();
    refused(&mut e, Command::Delete(vec!["ghost".into()]));
    assert_eq!(
        e.apply(Command::SetName("sample".into())),
        Ok(Default::default())
    );
    assert!(!e.can_undo());
    assert_eq!(e.revision(), 0);
}

#[test]
fn history_keeps_the_last_200_changes() {
    let mut e = editor();
    for i in 0..HISTORY_LIMIT + 20 {
        ok(&mut e, Command::SetName(format!("v{i}")));
    }
    let mut undone = 0;
    while e.undo() {
        undone += 1;
    }
    assert_eq!(undone, HISTORY_LIMIT);
    assert_eq!(e.layout().name, "v19");
}

#[test]
fn replace_is_undoable() {
    let mut e = editor();
    ok(&mut e, Command::Replace(Layout::default()));
    assert_eq!(e.layout(), &Layout::default());
    assert!(e.undo());
    assert_eq!(e.layout(), &sample());
}

#[test]
fn changes_adding_validation_errors_are_refused() {
    let mut e = editor();
    let mut bad = sample();
    bad.unplaced.push(Node::new("n1"));
    assert_eq!(
        refused(&mut e, Command::Replace(bad)),
        "node \"n1\" is placed twice (first at $.regions[0].zones[0].racks[0].nodes[0].id)"
    );
}

#[test]
fn an_invalid_layout_can_still_be_edited() {
    // A layout loaded with an error (a dangling member) accepts edits that add
    // no new error, even ones that shift the paths of the old error.
    let mut layout = sample();
    layout.components[0].members.push("ghost".into());
    let mut e = Editor::new(layout);
    ok(&mut e, Command::Delete(vec!["web".into()]));
    ok(
        &mut e,
        Command::AddNode {
            template: Template::Master,
            to: Target::Tray,
        },
    );
    ok(&mut e, Command::SetName("x".into()));
    let m = refused(
        &mut e,
        Command::AddMember {
            component: "q".into(),
            node: "z1".into(),
        },
    );
    assert_eq!(m, "\"z1\" is a zone, not a node");
    // Fixing the error is fine too.
    ok(
        &mut e,
        Command::RemoveMember {
            component: "q".into(),
            node: "ghost".into(),
        },
    );
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn a_batch_is_one_edit_and_refused_whole() {
    let text = include_str!("../../../examples/masters-across-zones.json");
    let mut e = Editor::new(crate::io::load(text).unwrap_or_default());
    let original = e.layout().clone();
    let move_to = |node: &str| Command::MoveNode {
        node: node.into(),
        to: Target::Zone("us-east-1b".into()),
        index: None,
    };
    assert!(
        e.apply(Command::Batch(vec![move_to("a1"), move_to("p1")]))
            .is_ok()
    );
    let zone_b = |e: &Editor| {
        e.layout()
            .zones()
            .find(|z| z.id == "us-east-1b")
            .map(|z| z.nodes.len())
            .unwrap_or(0)
    };
    assert_eq!(zone_b(&e), 5);
    assert!(e.undo());
    assert_eq!(e.layout(), &original, "one undo step");
    let refused = e.apply(Command::Batch(vec![move_to("a1"), move_to("no-such-node")]));
    assert!(refused.is_err());
    assert_eq!(e.layout(), &original, "nothing of a refused batch stays");
}
