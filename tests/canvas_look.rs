//! Writes example pictures to $CANVAS_LOOK_DIR for a visual check (ignored).

use std::collections::HashMap;

use quorumscope::canvas::{ScenarioMarks, render_document, render_overlay, scene};
use quorumscope::engine::Status;
use quorumscope::io;

#[test]
#[ignore = "writes files for a visual check"]
fn write_pictures() {
    let dir = std::env::var("CANVAS_LOOK_DIR").unwrap();
    for name in [
        "single-zone",
        "masters-across-regions",
        "masters-across-zones",
    ] {
        let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let mut layout = io::load(&std::fs::read_to_string(path).unwrap()).unwrap();
        layout
            .unplaced
            .push(quorumscope::model::Node::new("spare-1"));
        let s = scene(&layout);
        let zones: Vec<String> = layout.zones().map(|z| z.id.clone()).collect();
        let statuses = [Status::Ok, Status::Degraded, Status::Down];
        let marks = ScenarioMarks {
            failed: vec![zones[0].clone()],
            isolated: zones.get(1).cloned().into_iter().collect(),
            node_status: layout
                .nodes()
                .enumerate()
                .map(|(i, n)| (n.id.clone(), statuses[i % 3]))
                .collect::<HashMap<_, _>>(),
        };
        let mut doc = render_document(&layout, &s, Some(&marks), None);
        let overlay = render_overlay(&s, &[zones[0].clone()], &["m2".into()]);
        doc = doc.replace("\n</svg>", &format!("{overlay}</svg>"));
        std::fs::write(format!("{dir}/{name}.svg"), doc).unwrap();
    }
}
