//! Moving nodes, zones and racks.

use super::*;
use crate::edit::{contents, parent};

fn ids(nodes: &[Node]) -> Vec<&str> {
    nodes.iter().map(|n| n.id.as_str()).collect()
}

fn rack(layout: &Layout) -> Vec<&str> {
    layout
        .racks()
        .next()
        .map(|r| ids(&r.nodes))
        .unwrap_or_default()
}

fn move_node(node: &str, to: Target, index: Option<usize>) -> Command {
    Command::MoveNode {
        node: node.into(),
        to,
        index,
    }
}

#[test]
fn nodes_move_between_racks_zones_and_the_tray() {
    let mut e = editor();
    ok(&mut e, move_node("n1", Target::Zone("z2".into()), None));
    assert_eq!(parent(e.layout(), "n1").as_deref(), Some("z2"));
    ok(&mut e, move_node("n1", Target::Tray, Some(0)));
    assert_eq!(ids(&e.layout().unplaced), ["n1", "u1"]);
    assert_eq!(parent(e.layout(), "n1"), None);
    ok(&mut e, move_node("u1", Target::Rack("k1".into()), Some(99)));
    assert_eq!(rack(e.layout()), ["n2", "u1"]);
    // Memberships follow the node.
    assert_eq!(members(e.layout(), "q"), ["n1", "n2"]);
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn nodes_reorder_within_their_list() {
    let mut e = editor();
    ok(&mut e, move_node("n2", Target::Rack("k1".into()), Some(0)));
    assert_eq!(rack(e.layout()), ["n2", "n1"]);
    ok(&mut e, move_node("n2", Target::Rack("k1".into()), None));
    assert_eq!(rack(e.layout()), ["n1", "n2"]);
}

#[test]
fn moving_onto_the_same_place_changes_nothing() {
    let mut e = editor();
    for (node, index) in [
        ("n1", Some(0)),
        ("n2", Some(1)),
        ("n2", None),
        ("n2", Some(7)),
    ] {
        let applied = e.apply(move_node(node, Target::Rack("k1".into()), index));
        assert_eq!(applied, Ok(Default::default()));
    }
    ok(&mut e, move_node("n3", Target::Zone("z1".into()), None));
    ok(
        &mut e,
        Command::MoveZone {
            zone: "z1".into(),
            to: "r1".into(),
        },
    );
    ok(
        &mut e,
        Command::MoveRack {
            rack: "k1".into(),
            to: "z1".into(),
        },
    );
    assert!(!e.can_undo());
    assert_eq!(e.revision(), 0);
}

#[test]
fn moving_to_or_from_nowhere_is_refused() {
    let mut e = editor();
    let m = refused(&mut e, move_node("ghost", Target::Tray, None));
    assert_eq!(m, "there is no node \"ghost\"");
    let m = refused(&mut e, move_node("q", Target::Tray, None));
    assert_eq!(m, "\"q\" is a component, not a node");
    let m = refused(&mut e, move_node("n1", Target::Rack("z1".into()), None));
    assert_eq!(m, "\"z1\" is a zone, not a rack");
    let m = refused(
        &mut e,
        Command::MoveZone {
            zone: "k1".into(),
            to: "r1".into(),
        },
    );
    assert_eq!(m, "\"k1\" is a rack, not a zone");
    let m = refused(
        &mut e,
        Command::MoveZone {
            zone: "z1".into(),
            to: "r9".into(),
        },
    );
    assert_eq!(m, "there is no region \"r9\"");
    let m = refused(
        &mut e,
        Command::MoveRack {
            rack: "k1".into(),
            to: "n1".into(),
        },
    );
    assert_eq!(m, "\"n1\" is a node, not a zone");
    let m = refused(
        &mut e,
        Command::MoveRack {
            rack: "k9".into(),
            to: "z2".into(),
        },
    );
    assert_eq!(m, "there is no rack \"k9\"");
}

#[test]
fn zones_and_racks_move_with_their_content() {
    let mut e = editor();
    ok(
        &mut e,
        Command::MoveRack {
            rack: "k1".into(),
            to: "z2".into(),
        },
    );
    assert_eq!(parent(e.layout(), "k1").as_deref(), Some("z2"));
    assert_eq!(parent(e.layout(), "n1").as_deref(), Some("k1"));
    assert_eq!(contents(e.layout(), "z2"), 3);
    ok(&mut e, Command::AddRegion);
    ok(
        &mut e,
        Command::MoveZone {
            zone: "z2".into(),
            to: "region-1".into(),
        },
    );
    assert_eq!(parent(e.layout(), "z2").as_deref(), Some("region-1"));
    assert_eq!(contents(e.layout(), "region-1"), 4);
    assert_eq!(contents(e.layout(), "r1"), 2);
    // The zone link still joins two zones.
    assert_eq!(e.layout().links.len(), 1);
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn contents_and_parent_of_every_kind() {
    let layout = sample();
    let cases = [
        ("r1", 6, None),
        ("z1", 4, Some("r1")),
        ("z2", 0, Some("r1")),
    ];
    for (id, count, up) in cases {
        assert_eq!(contents(&layout, id), count, "{id}");
        assert_eq!(parent(&layout, id).as_deref(), up, "{id}");
    }
    assert_eq!(contents(&layout, "k1"), 2);
    assert_eq!(parent(&layout, "k1").as_deref(), Some("z1"));
    assert_eq!(parent(&layout, "n3").as_deref(), Some("z1"));
    for id in ["n1", "u1", "q", "nope", ""] {
        assert_eq!(contents(&layout, id), 0, "{id}");
    }
    for id in ["u1", "q", "nope", "r1"] {
        assert_eq!(parent(&layout, id), None, "{id}");
    }
}
