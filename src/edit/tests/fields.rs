//! Labels, node fields, components, members, the design's name, typed numbers.

use super::*;
use crate::edit::{NodeFields, parse_amount};
use crate::model::{NodeKind, Role};

fn label(id: &str, label: Option<&str>) -> Command {
    Command::SetLabel {
        id: id.into(),
        label: label.map(String::from),
    }
}

#[test]
fn labels_are_set_and_cleared_on_every_kind() {
    let mut e = editor();
    for id in ["r1", "z1", "k1", "n1", "u1", "q"] {
        ok(&mut e, label(id, Some("Hello")));
    }
    let l = e.layout();
    assert_eq!(l.regions[0].label.as_deref(), Some("Hello"));
    assert_eq!(l.regions[0].zones[0].label.as_deref(), Some("Hello"));
    assert_eq!(
        l.regions[0].zones[0].racks[0].label.as_deref(),
        Some("Hello")
    );
    assert_eq!(l.node("n1").unwrap().label.as_deref(), Some("Hello"));
    assert_eq!(l.node("u1").unwrap().label.as_deref(), Some("Hello"));
    assert_eq!(l.component("q").unwrap().label.as_deref(), Some("Hello"));
    ok(&mut e, label("r1", Some("")));
    ok(&mut e, label("q", None));
    assert_eq!(e.layout().regions[0].label, None);
    assert_eq!(e.layout().component("q").unwrap().label, None);
    assert_eq!(
        refused(&mut e, label("ghost", Some("x"))),
        "there is no item \"ghost\""
    );
}

#[test]
fn node_fields_are_set_and_checked() {
    let mut e = editor();
    let fields = NodeFields {
        label: Some("big".into()),
        ip: Some("10.0.0.1".into()),
        cpus: Some(8.0),
        mem_gib: Some(32.5),
        kind: Some(NodeKind::Agent),
    };
    ok(
        &mut e,
        Command::SetNode {
            id: "n2".into(),
            fields: fields.clone(),
        },
    );
    let n = e.layout().node("n2").unwrap();
    assert_eq!(
        (n.cpus, n.mem_gib, n.kind),
        (Some(8.0), Some(32.5), Some(NodeKind::Agent))
    );
    assert_eq!(n.ip.as_deref(), Some("10.0.0.1"));
    let set = |fields| Command::SetNode {
        id: "n2".into(),
        fields,
    };
    let m = refused(
        &mut e,
        set(NodeFields {
            cpus: Some(-1.0),
            ..fields.clone()
        }),
    );
    assert!(m.starts_with("cpus must be a number >= 0"), "{m}");
    let m = refused(
        &mut e,
        set(NodeFields {
            mem_gib: Some(f64::NAN),
            ..fields.clone()
        }),
    );
    assert!(m.starts_with("mem_gib must be a number >= 0"), "{m}");
    let m = refused(
        &mut e,
        set(NodeFields {
            cpus: Some(f64::INFINITY),
            ..fields
        }),
    );
    assert!(m.starts_with("cpus must be a number >= 0"), "{m}");
    ok(&mut e, set(NodeFields::default()));
    assert_eq!(e.layout().node("n2"), Some(&Node::new("n2")));
    let m = refused(
        &mut e,
        Command::SetNode {
            id: "q".into(),
            fields: NodeFields::default(),
        },
    );
    assert_eq!(m, "\"q\" is a component, not a node");
}

#[test]
fn components_are_replaced_and_validated() {
    let mut e = editor();
    let mut q = e.layout().component("q").unwrap().clone();
    q.role = Some(Role::Coordination);
    q.members.push("u1".into());
    ok(&mut e, Command::SetComponent(q.clone()));
    assert_eq!(e.layout().component("q"), Some(&q));
    let mut bad = q.clone();
    bad.depends_on = vec!["web".into()];
    let m = refused(&mut e, Command::SetComponent(bad));
    assert_eq!(m, "dependency cycle: q -> web -> q");
    let mut bad = q.clone();
    bad.members.push("z1".into());
    assert_eq!(
        refused(&mut e, Command::SetComponent(bad)),
        "\"z1\" is a zone, not a node"
    );
    let mut bad = q.clone();
    bad.cpus = Some(-2.0);
    let m = refused(&mut e, Command::SetComponent(bad));
    assert!(m.starts_with("cpus must be a number >= 0"), "{m}");
    let ghost = Component::new("ghost", ComponentKind::Quorum, &[]);
    let m = refused(&mut e, Command::SetComponent(ghost));
    assert_eq!(m, "there is no component \"ghost\"");
}

#[test]
fn members_are_added_and_removed() {
    let mut e = editor();
    let add = |c: &str, n: &str| Command::AddMember {
        component: c.into(),
        node: n.into(),
    };
    let remove = |c: &str, n: &str| Command::RemoveMember {
        component: c.into(),
        node: n.into(),
    };
    ok(&mut e, add("q", "u1"));
    assert_eq!(members(e.layout(), "q"), ["n1", "n2", "u1"]);
    // An observer becomes a voter.
    ok(&mut e, add("q", "n3"));
    assert!(e.layout().component("q").unwrap().observers.is_empty());
    assert_eq!(e.apply(add("q", "n1")), Ok(Default::default()));
    ok(&mut e, remove("q", "n1"));
    assert_eq!(members(e.layout(), "q"), ["n2", "u1", "n3"]);
    assert_eq!(e.apply(remove("q", "n1")), Ok(Default::default()));
    // web needs 2 of its 2 members: removing one lowers min_available.
    ok(&mut e, remove("web", "n3"));
    assert_eq!(e.layout().component("web").unwrap().min_available, Some(1));
    assert_eq!(
        refused(&mut e, add("q", "k1")),
        "\"k1\" is a rack, not a node"
    );
    assert_eq!(
        refused(&mut e, add("nope", "n1")),
        "there is no component \"nope\""
    );
    assert_eq!(
        refused(&mut e, remove("n1", "n1")),
        "\"n1\" is a node, not a component"
    );
    // Observers only on quorums: web is replicated, AddMember never makes observers.
    assert!(io::validate(e.layout()).is_empty());
}

#[test]
fn the_design_name_is_set() {
    let mut e = editor();
    ok(&mut e, Command::SetName("Prod".into()));
    assert_eq!(e.layout().name, "Prod");
    assert_eq!(
        e.apply(Command::SetName("Prod".into())),
        Ok(Default::default())
    );
    assert_eq!(e.revision(), 1);
}

#[test]
fn typed_numbers() {
    assert_eq!(parse_amount("cpus", ""), Ok(None));
    assert_eq!(parse_amount("cpus", "  "), Ok(None));
    assert_eq!(parse_amount("cpus", "4"), Ok(Some(4.0)));
    assert_eq!(parse_amount("cpus", " 0.5 "), Ok(Some(0.5)));
    assert_eq!(parse_amount("cpus", "-0"), Ok(Some(0.0)));
    assert_eq!(parse_amount("cpus", "1e3"), Ok(Some(1000.0)));
    for bad in [
        "abc", "-1", "NaN", "inf", "-inf", "infinity", "1e400", "1,5", "4 cpus",
    ] {
        let m = parse_amount("mem_gib", bad).unwrap_err();
        assert!(m.starts_with("mem_gib must be a number >= 0"), "{m}");
        assert!(m.contains(&format!("\"{bad}\"")), "{m}");
    }
}
