//! Deleting items with their content and every reference to them.

use super::*;
use crate::edit::item_kind;

fn delete(ids: &[&str]) -> Command {
    Command::Delete(ids.iter().map(|s| s.to_string()).collect())
}

#[test]
fn deleting_nodes_cleans_members_and_observers() {
    let mut e = editor();
    ok(&mut e, delete(&["n3", "u1"]));
    let layout = e.layout();
    assert_eq!(item_kind(layout, "n3"), None);
    assert!(layout.unplaced.is_empty());
    let q = layout.component("q").cloned().unwrap_or_else(|| panic!());
    assert!(q.observers.is_empty());
    // web needed 2 of 2; with one member left it needs 1.
    let web = layout.component("web").cloned().unwrap_or_else(|| panic!());
    assert_eq!(web.members, ["n1"]);
    assert_eq!(web.min_available, Some(1));
    assert!(io::validate(layout).is_empty());
}

#[test]
fn deleting_the_last_member_clears_min_available() {
    let mut e = editor();
    ok(&mut e, delete(&["n1", "n3"]));
    let web = e
        .layout()
        .component("web")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert!(web.members.is_empty());
    assert_eq!(web.min_available, None);
}

#[test]
fn deleting_containers_deletes_their_content() {
    let mut e = editor();
    ok(&mut e, delete(&["k1"]));
    assert_eq!(item_kind(e.layout(), "n1"), None);
    assert_eq!(members(e.layout(), "q"), Vec::<String>::new());
    assert_eq!(members(e.layout(), "web"), ["n3"]);
    ok(&mut e, delete(&["z1"]));
    assert!(e.layout().links.is_empty(), "the link named z1");
    assert_eq!(item_kind(e.layout(), "n3"), None);
    ok(&mut e, delete(&["r1"]));
    assert!(e.layout().regions.is_empty());
    assert_eq!(e.layout().nodes().count(), 1);
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn deleting_a_region_with_everything_at_once() {
    let mut e = editor();
    // A container and something inside it, a component, repeated ids.
    ok(&mut e, delete(&["r1", "n1", "q", "r1"]));
    let layout = e.layout();
    assert!(layout.regions.is_empty() && layout.links.is_empty());
    assert_eq!(layout.components.len(), 1);
    assert!(layout.components[0].depends_on.is_empty());
    assert!(layout.components[0].members.is_empty());
    assert!(io::validate(layout).is_empty());
}

#[test]
fn deleting_components_cleans_dependencies() {
    let mut e = editor();
    ok(&mut e, delete(&["q"]));
    let web = e
        .layout()
        .component("web")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert!(web.depends_on.is_empty());
    assert_eq!(e.layout().nodes().count(), 4, "members are not deleted");
}

#[test]
fn deleting_region_links() {
    let mut layout = sample();
    layout.regions.push(crate::model::Region {
        id: "r2".into(),
        ..Default::default()
    });
    layout.links = vec![Link {
        between: ["r1".into(), "r2".into()],
        latency_ms: 50.0,
        bandwidth_mbps: None,
    }];
    let mut e = Editor::new(layout);
    ok(&mut e, delete(&["r2"]));
    assert!(e.layout().links.is_empty());
}

#[test]
fn unknown_ids_are_refused_and_nothing_is_deleted() {
    let mut e = editor();
    let m = refused(&mut e, delete(&["n1", "ghost"]));
    assert_eq!(m, "there is no item \"ghost\" to delete");
    assert_eq!(e.apply(delete(&[])), Ok(Default::default()));
    assert!(!e.can_undo());
}

#[test]
fn undo_brings_everything_back() {
    let mut e = editor();
    ok(&mut e, delete(&["r1", "q", "web", "u1"]));
    assert!(e.undo());
    assert_eq!(e.layout(), &sample());
}

#[test]
fn deleting_a_member_says_when_min_available_is_lowered() {
    let text = include_str!("../../../examples/masters-across-zones.json");
    let mut e = Editor::new(crate::io::load(text).unwrap_or_default());
    let before = e.layout().component("db").map(|c| c.min_available());
    assert_eq!(before, Some(2));
    let first = e.apply(Command::Delete(vec!["a2".into()]));
    assert_eq!(
        first.map(|a| a.notes),
        Ok(Vec::new()),
        "two members left: 2 still fits"
    );
    let second = e.apply(Command::Delete(vec!["a3".into()]));
    let notes = second.map(|a| a.notes).unwrap_or_default();
    assert!(
        notes
            .iter()
            .any(|n| n == "db: min_available lowered from 2 to 1, as it has 1 member left"),
        "{notes:?}"
    );
}
