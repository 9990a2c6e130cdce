//! The editing core as the UI uses it, through the public API only: open an
//! example, edit it gesture by gesture, undo everything.

use quorumscope::edit::{
    Applied, Command, Editor, HISTORY_LIMIT, ItemKind, NodeFields, Target, Template, contents,
    fresh_id, item_kind, node_prefix, parent, parse_amount,
};
use quorumscope::io;

fn example() -> quorumscope::model::Layout {
    let text = std::fs::read_to_string("examples/masters-across-zones.json").unwrap();
    io::load(&text).unwrap()
}

#[test]
fn a_session_on_an_example() {
    let start = example();
    let mut e = Editor::new(start.clone());
    let region = e.apply(Command::AddRegion).unwrap().created.unwrap();
    let zone = e
        .apply(Command::AddZone {
            region: region.clone(),
        })
        .unwrap()
        .created
        .unwrap();
    let rack = e
        .apply(Command::AddRack { zone: zone.clone() })
        .unwrap()
        .created
        .unwrap();
    assert_eq!(parent(e.layout(), &rack), Some(zone.clone()));
    let to = Target::Rack(rack.clone());
    let master = e
        .apply(Command::AddNode {
            template: Template::Master,
            to,
        })
        .unwrap();
    let master = master.created.unwrap();
    assert!(master.starts_with(node_prefix(Template::Master)));
    assert_eq!(item_kind(e.layout(), &master), Some(ItemKind::Node));
    // The example's masters quorum gained a voter.
    let quorum = e
        .layout()
        .components
        .iter()
        .find(|c| c.members.contains(&master));
    assert!(quorum.is_some());
    let cpus = parse_amount("cpus", "16").unwrap();
    let fields = NodeFields {
        cpus,
        ..NodeFields::default()
    };
    e.apply(Command::SetNode {
        id: master.clone(),
        fields,
    })
    .unwrap();
    e.apply(Command::Rename {
        id: master.clone(),
        to: "m-new".into(),
    })
    .unwrap();
    assert_eq!(contents(e.layout(), &region), 3);
    let taken = e.apply(Command::Rename {
        id: "m-new".into(),
        to: zone.clone(),
    });
    assert_eq!(taken, Err(format!("the id \"{zone}\" is taken by a zone")));
    e.apply(Command::Delete(vec![region])).unwrap();
    assert_eq!(item_kind(e.layout(), "m-new"), None);
    assert!(io::validate(e.layout()).is_empty());
    assert_eq!(
        e.apply(Command::SetName(start.name.clone())),
        Ok(Applied::default())
    );
    while e.undo() {}
    assert_eq!(e.layout(), &start);
    assert!(e.can_redo() && !e.can_undo());
    assert!(e.revision() > 0 && HISTORY_LIMIT == 200);
    assert!(fresh_id(e.layout(), "region-").starts_with("region-"));
}
