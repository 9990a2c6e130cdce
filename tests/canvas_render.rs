//! Canvas markup: user text escaped, no inline style, only known elements,
//! balanced tags, overlay outlines, the standalone document.

mod canvas_support;

use canvas_support::{check_markup, hostile, layouts, tags};
use proptest::prelude::*;
use quorumscope::canvas::{
    CANVAS_CSS, ScenarioMarks, render_body, render_document, render_overlay, scene,
};
use quorumscope::engine::Status;
use quorumscope::io;
use quorumscope::model::Layout;

fn marks_for(layout: &Layout) -> ScenarioMarks {
    let mut marks = ScenarioMarks::default();
    for (i, z) in layout.zones().enumerate() {
        if i % 2 == 0 {
            marks.failed.push(z.id.clone());
        } else {
            marks.isolated.push(z.id.clone());
        }
    }
    let statuses = [Status::Ok, Status::Degraded, Status::Down];
    for (i, n) in layout.nodes().enumerate() {
        marks.node_status.insert(n.id.clone(), statuses[i % 3]);
    }
    marks
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    #[test]
    fn markup_is_safe_for_any_labels(layout in layouts()) {
        let s = scene(&layout);
        let marks = marks_for(&layout);
        for m in [None, Some(&marks)] {
            let body = render_body(&layout, &s, m);
            let tags = check_markup(&body)?;
            let items = tags.iter().filter(|t| t.classes().contains(&"item")).count();
            prop_assert_eq!(items, s.items.len());
            let doc = render_document(&layout, &s, m, Some("{}"));
            check_markup(&doc)?;
        }
        let ids: Vec<String> = s.items.iter().map(|i| i.id.clone()).collect();
        check_markup(&render_overlay(&s, &ids, &ids))?;
    }
}

#[test]
fn hostile_labels_are_escaped() {
    let layout = hostile();
    let s = scene(&layout);
    let body = render_body(&layout, &s, None);
    let doc = render_document(&layout, &s, None, Some("<script>"));
    for svg in [&body, &doc] {
        check_markup(svg).unwrap();
        assert!(!svg.contains("<script"));
        assert!(!svg.contains("<img"));
        assert!(!svg.contains("<b>"));
        assert!(!svg.contains('\u{0}'));
    }
    assert!(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(body.contains("data-id=\"r&amp;1\""));
    assert!(body.contains("data-id=\"z&quot;1\""));
    assert!(body.contains("data-id=\"k&#39;1\""));
    assert!(body.contains("data-id=\"n&lt;1&gt;\""));
    assert!(body.contains("data-id=\"u&amp;amp;\""));
    assert!(doc.contains("<title>&lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;</title>"));
    // Long labels are cut with an ellipsis, in full in the chip's title.
    assert!(body.contains("n2 · very long…</text>"));
    assert!(body.contains(&"very long label ".repeat(20)));
}

#[test]
fn overlay_outlines_named_items() {
    let layout = io::load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/single-zone.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let s = scene(&layout);
    assert_eq!(render_overlay(&s, &[], &[]), "");
    let out = render_overlay(
        &s,
        &["m1".into(), "nope".into()],
        &["rack-2".into(), "m1".into(), String::new()],
    );
    let tags = check_markup(&out).unwrap();
    let got: Vec<(String, String)> = tags
        .iter()
        .map(|t| {
            (
                t.attr("class").unwrap().to_owned(),
                t.attr("data-id").unwrap().to_owned(),
            )
        })
        .collect();
    let want = [("hl", "m1"), ("sel", "m1"), ("hl", "rack-2"), ("hl", "")];
    assert_eq!(got, want.map(|(c, i)| (c.to_owned(), i.to_owned())));
    let m1 = s.item("m1").unwrap().rect;
    let sel = &tags[1];
    let x: f64 = sel.attr("x").unwrap().parse().unwrap();
    let w: f64 = sel.attr("width").unwrap().parse().unwrap();
    assert!(x < m1.x && x + w > m1.right());
}

#[test]
fn example_body_snapshot() {
    let layout = io::load(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/single-zone.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let s = scene(&layout);
    let body = render_body(&layout, &s, None);
    assert!(body.starts_with("<defs><pattern id=\"qs-hatch\""));
    assert!(body.contains("<g class=\"item region\" data-id=\"dc1\" data-kind=\"region\"><title>Region Data center 1 (dc1)</title><rect class=\"box\" x=\"16\" y=\"16\""));
    assert!(body.contains(">Data center 1</text>"));
    assert!(body.contains("<g class=\"item rack\" data-id=\"rack-1\" data-kind=\"rack\">"));
    assert!(body.contains("<g class=\"item node node-master\" data-id=\"m1\" data-kind=\"node\" data-node-kind=\"master\" transform=\"translate("));
    assert!(body.contains("<text class=\"kind\" x=\"28\" y=\"29.5\">master</text>"));
    assert!(body.contains("<g class=\"item tray\" data-id=\"\" data-kind=\"tray\">"));
    // Every class used is styled by the built-in stylesheet.
    let marks = marks_for(&layout);
    let marked = render_body(&layout, &s, Some(&marks));
    let doc = render_document(&layout, &s, Some(&marks), None);
    let overlay = render_overlay(&s, &["m1".into()], &["m2".into()]);
    for svg in [
        &marked,
        &doc,
        &overlay,
        &render_body(&Layout::default(), &scene(&Layout::default()), None),
    ] {
        for t in tags(svg).unwrap() {
            for class in t.classes() {
                assert!(
                    CANVAS_CSS.contains(&format!(".{class}")),
                    "class {class} not styled"
                );
            }
        }
    }
}

#[test]
fn document_stands_alone() {
    let layout = hostile();
    let s = scene(&layout);
    let doc = render_document(&layout, &s, None, Some("x"));
    assert!(doc.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
    assert!(doc.contains(&format!(
        "viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\"",
        s.width, s.height, s.width, s.height
    )));
    assert!(doc.contains(&format!("<style>{CANVAS_CSS}</style>")));
    assert!(doc.contains("<metadata id=\"quorumscope-layout\">x</metadata>"));
    assert!(!CANVAS_CSS.contains(['<', '&']));
    assert!(doc.trim_end().ends_with("</svg>"));
}
