//! Adding regions, zones, racks, nodes from templates and components: fresh
//! ids and memberships.

use super::*;
use crate::edit::{Applied, ItemKind, fresh_id, item_kind};
use crate::model::{NodeKind, Role};

#[test]
fn containers_get_the_smallest_free_number() {
    let mut e = Editor::new(Layout::default());
    assert_eq!(ok(&mut e, Command::AddRegion).as_deref(), Some("region-1"));
    assert_eq!(ok(&mut e, Command::AddRegion).as_deref(), Some("region-2"));
    let zone = ok(
        &mut e,
        Command::AddZone {
            region: "region-2".into(),
        },
    );
    assert_eq!(zone.as_deref(), Some("zone-1"));
    let rack = ok(
        &mut e,
        Command::AddRack {
            zone: "zone-1".into(),
        },
    );
    assert_eq!(rack.as_deref(), Some("rack-1"));
    assert_eq!(
        crate::edit::parent(e.layout(), "rack-1").as_deref(),
        Some("zone-1")
    );
    ok(&mut e, Command::Delete(vec!["region-1".into()]));
    assert_eq!(ok(&mut e, Command::AddRegion).as_deref(), Some("region-1"));
}

#[test]
fn fresh_ids_are_unique_across_every_kind() {
    let mut layout = sample();
    layout
        .components
        .push(Component::new("m1", ComponentKind::Quorum, &[]));
    layout.unplaced.push(Node::new("zone-1"));
    assert_eq!(fresh_id(&layout, "m"), "m2");
    let mut e = Editor::new(layout);
    let zone = ok(
        &mut e,
        Command::AddZone {
            region: "r1".into(),
        },
    );
    assert_eq!(zone.as_deref(), Some("zone-2"));
    assert_eq!(add(&mut e, Template::Master, Target::Tray), "m2");
    assert_eq!(add(&mut e, Template::Master, Target::Tray), "m3");
}

#[test]
fn template_prefixes() {
    let mut e = Editor::new(Layout::default());
    let ids: Vec<String> = Template::ALL
        .into_iter()
        .map(|t| add(&mut e, t, Target::Tray))
        .collect();
    assert_eq!(ids, ["m1", "agent-1", "public-1", "db-1", "lb-1", "node-1"]);
    for (t, id) in Template::ALL.into_iter().zip(&ids) {
        assert_eq!(e.layout().node(id).and_then(|n| n.kind), Some(t.kind()));
    }
    assert_eq!(add(&mut e, Template::PrivateAgent, Target::Tray), "agent-2");
}

#[test]
fn masters_create_then_join_the_dcos_components() {
    let mut e = Editor::new(Layout::default());
    ok(&mut e, Command::AddRegion);
    ok(
        &mut e,
        Command::AddZone {
            region: "region-1".into(),
        },
    );
    let m1 = add(&mut e, Template::Master, Target::Zone("zone-1".into()));
    let m2 = add(&mut e, Template::Master, Target::Zone("zone-1".into()));
    let layout = e.layout();
    let ids: Vec<&str> = layout.components.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["zookeeper", "mesos-masters", "marathon"]);
    for id in ids {
        assert_eq!(members(layout, id), [m1.clone(), m2.clone()]);
    }
    let masters = layout
        .component("mesos-masters")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(
        (masters.kind, masters.role),
        (ComponentKind::Quorum, Some(Role::ControlPlane))
    );
    assert_eq!(
        masters.depends_on,
        ["zookeeper"],
        "masters elect through ZooKeeper"
    );
    let zk = layout
        .component("zookeeper")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(
        (zk.kind, zk.role),
        (ComponentKind::Quorum, Some(Role::Coordination))
    );
    let marathon = layout
        .component("marathon")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(
        (marathon.kind, marathon.role),
        (ComponentKind::Leader, Some(Role::Scheduler))
    );
    assert_eq!(marathon.depends_on, ["zookeeper"]);
    assert_eq!(
        layout.node(&m1).and_then(|n| n.kind),
        Some(NodeKind::Master)
    );
}

#[test]
fn masters_join_existing_components_found_by_effective_role() {
    let mut layout = Layout::default();
    layout.unplaced.push(Node::new("x"));
    layout.components = vec![
        Component::new("etcd", ComponentKind::Quorum, &["x"]),
        Component::new("mesos", ComponentKind::Quorum, &[]),
    ];
    let mut e = Editor::new(layout);
    let m = add(&mut e, Template::Master, Target::Tray);
    let layout = e.layout();
    assert_eq!(members(layout, "etcd"), ["x".to_string(), m.clone()]);
    assert_eq!(members(layout, "mesos"), vec![m.clone()]);
    // No scheduler existed: one is created, needing the existing coordination quorum.
    let marathon = layout
        .component("marathon")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(marathon.depends_on, ["etcd"]);
    assert_eq!(layout.components.len(), 3);
}

#[test]
fn database_and_load_balancer_templates() {
    let mut e = editor();
    let d1 = add(&mut e, Template::Database, Target::Rack("k1".into()));
    let d2 = add(&mut e, Template::Database, Target::Tray);
    let lb = add(&mut e, Template::LoadBalancer, Target::Zone("z2".into()));
    let layout = e.layout();
    let db = layout
        .component("database")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(
        (db.kind, db.role, db.min_available),
        (ComponentKind::Replicated, Some(Role::Database), Some(1))
    );
    assert_eq!(db.members, [d1.clone(), d2]);
    let mlb = layout
        .component("marathon-lb")
        .cloned()
        .unwrap_or_else(|| panic!());
    assert_eq!(
        (mlb.kind, mlb.role),
        (ComponentKind::Replicated, Some(Role::LoadBalancer))
    );
    assert_eq!(mlb.members, vec![lb.clone()]);
    assert_eq!(crate::edit::parent(layout, &d1).as_deref(), Some("k1"));
    assert_eq!(crate::edit::parent(layout, &lb).as_deref(), Some("z2"));
    assert_eq!(
        layout.node(&lb).and_then(|n| n.kind),
        Some(NodeKind::PublicAgent)
    );
}

#[test]
fn agents_and_generic_nodes_join_nothing() {
    let mut e = editor();
    for t in [
        Template::PrivateAgent,
        Template::PublicAgent,
        Template::Generic,
    ] {
        let id = add(&mut e, t, Target::Zone("z1".into()));
        assert!(
            e.layout()
                .components
                .iter()
                .all(|c| !c.members.contains(&id))
        );
    }
    assert_eq!(e.layout().components.len(), 2);
}

#[test]
fn adding_to_a_missing_place_is_refused() {
    let mut e = editor();
    let add = |to| Command::AddNode {
        template: Template::Generic,
        to,
    };
    assert_eq!(
        refused(&mut e, add(Target::Rack("nope".into()))),
        "there is no rack \"nope\""
    );
    assert_eq!(
        refused(&mut e, add(Target::Zone("k1".into()))),
        "\"k1\" is a rack, not a zone"
    );
    let zone = Command::AddZone {
        region: "z1".into(),
    };
    assert_eq!(refused(&mut e, zone), "\"z1\" is a zone, not a region");
    let rack = Command::AddRack {
        zone: String::new(),
    };
    assert_eq!(refused(&mut e, rack), "there is no zone \"\"");
}

#[test]
fn components_are_named_after_their_role() {
    let mut e = editor();
    let mut add = |kind, role, members: &[&str]| {
        let members = members.iter().map(|m| m.to_string()).collect();
        ok(
            &mut e,
            Command::AddComponent {
                kind,
                role,
                members,
            },
        )
    };
    let zk = add(
        ComponentKind::Quorum,
        Some(Role::Coordination),
        &["n1", "n2", "n1"],
    );
    assert_eq!(zk.as_deref(), Some("zookeeper"));
    let zk2 = add(ComponentKind::Quorum, Some(Role::Coordination), &[]);
    assert_eq!(zk2.as_deref(), Some("zookeeper-2"));
    assert_eq!(
        add(ComponentKind::Replicated, Some(Role::Service), &[]).as_deref(),
        Some("service-1")
    );
    assert_eq!(
        add(ComponentKind::Replicated, Some(Role::Service), &[]).as_deref(),
        Some("service-2")
    );
    assert_eq!(
        add(ComponentKind::Leader, None, &["u1"]).as_deref(),
        Some("leader-1")
    );
    assert_eq!(members(e.layout(), "zookeeper"), ["n1", "n2"]);
    assert_eq!(item_kind(e.layout(), "leader-1"), Some(ItemKind::Component));
    let bad = Command::AddComponent {
        kind: ComponentKind::Quorum,
        role: None,
        members: vec!["z1".into()],
    };
    assert_eq!(refused(&mut e, bad), "\"z1\" is a zone, not a node");
}

#[test]
fn applied_names_what_was_created() {
    let mut e = editor();
    let applied = e.apply(Command::AddRegion);
    assert_eq!(
        applied,
        Ok(Applied {
            created: Some("region-1".into()),
            notes: Vec::new(),
        })
    );
    assert_eq!(
        e.apply(Command::SetName("x".into())),
        Ok(Applied::default())
    );
}
