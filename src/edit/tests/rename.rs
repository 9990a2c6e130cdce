//! Renaming items and every reference to them.

use super::*;
use crate::edit::{ItemKind, item_kind};

fn rename(id: &str, to: &str) -> Command {
    Command::Rename {
        id: id.into(),
        to: to.into(),
    }
}

#[test]
fn renaming_a_node_updates_members_and_observers() {
    let mut e = editor();
    ok(&mut e, rename("n1", "master-a"));
    ok(&mut e, rename("n3", "obs"));
    let layout = e.layout();
    assert_eq!(item_kind(layout, "master-a"), Some(ItemKind::Node));
    assert_eq!(item_kind(layout, "n1"), None);
    assert_eq!(members(layout, "q"), ["master-a", "n2"]);
    assert_eq!(members(layout, "web"), ["master-a", "obs"]);
    assert_eq!(layout.component("q").unwrap().observers, ["obs"]);
    assert!(io::validate(layout).is_empty());
}

#[test]
fn renaming_a_component_updates_dependencies() {
    let mut e = editor();
    ok(&mut e, rename("q", "zookeeper"));
    assert_eq!(
        e.layout().component("web").unwrap().depends_on,
        ["zookeeper"]
    );
}

#[test]
fn renaming_domains_updates_links() {
    let mut e = editor();
    ok(&mut e, rename("z1", "us-east-1a"));
    assert_eq!(e.layout().links[0].between, ["us-east-1a", "z2"]);
    ok(&mut e, rename("k1", "rack-a"));
    assert_eq!(
        crate::edit::parent(e.layout(), "n1").as_deref(),
        Some("rack-a")
    );
    ok(&mut e, rename("r1", "us-east"));
    assert_eq!(
        crate::edit::parent(e.layout(), "z2").as_deref(),
        Some("us-east")
    );
    ok(&mut e, rename("u1", "spare"));
    assert_eq!(e.layout().unplaced[0].id, "spare");
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn bad_new_ids_are_refused() {
    let mut e = editor();
    assert_eq!(
        refused(&mut e, rename("n1", "z1")),
        "the id \"z1\" is taken by a zone"
    );
    assert_eq!(
        refused(&mut e, rename("z2", "web")),
        "the id \"web\" is taken by a component"
    );
    assert_eq!(
        refused(&mut e, rename("n1", "")),
        "the node id cannot be empty"
    );
    assert_eq!(
        refused(&mut e, rename("q", "  ")),
        "the component id cannot be empty"
    );
    let m = refused(&mut e, rename("z2", "a+zone:b"));
    assert!(m.starts_with("a zone id cannot contain \"+zone:\""), "{m}");
    let m = refused(&mut e, rename("r1", "x+region:y"));
    assert!(m.contains("\"+region:\""), "{m}");
    assert_eq!(
        refused(&mut e, rename("ghost", "x")),
        "there is no item \"ghost\" to rename"
    );
    // Another level's joiner is fine.
    ok(&mut e, rename("z2", "a+rack:b"));
}

#[test]
fn renaming_to_itself_changes_nothing() {
    let mut e = editor();
    assert_eq!(e.apply(rename("n1", "n1")), Ok(Default::default()));
    assert!(!e.can_undo());
}

#[test]
fn undo_restores_the_old_id_everywhere() {
    let mut e = editor();
    ok(&mut e, rename("n1", "x"));
    ok(&mut e, rename("q", "y"));
    assert!(e.undo() && e.undo());
    assert_eq!(e.layout(), &sample());
}
