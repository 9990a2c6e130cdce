//! `export::open` reads the picture the canvas exports, with the layout inside.

use quorumscope::canvas::{render_document, scene};
use quorumscope::export::{NO_LAYOUT_IN_SVG, open, presets};
use quorumscope::io;

#[test]
fn every_preset_survives_export_as_a_picture_and_open() {
    for p in presets() {
        let layout = p.layout();
        let svg = render_document(&layout, &scene(&layout), None, Some(&io::save(&layout)));
        assert_eq!(open(&svg).as_ref(), Ok(&layout), "{}", p.id);
        assert_eq!(open(&format!("\u{feff}\n  {svg}")).as_ref(), Ok(&layout));
    }
}

#[test]
fn a_picture_without_the_layout_says_how_to_keep_it() {
    let layout = presets()[0].layout();
    let svg = render_document(&layout, &scene(&layout), None, None);
    let errors = open(&svg).expect_err("no layout inside");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        (errors[0].path.as_str(), errors[0].message.as_str()),
        ("$", NO_LAYOUT_IN_SVG)
    );
}

#[test]
fn layout_files_open_as_io_load_reads_them() {
    for p in presets() {
        assert_eq!(open(p.source()), io::load(p.source()));
    }
    assert_eq!(open("{"), io::load("{"));
    assert_eq!(open(""), io::load(""));
}

#[test]
fn a_png_picture_is_refused_with_a_reason() {
    let png_as_text = String::from_utf8_lossy(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").into_owned();
    let errors = quorumscope::export::open(&png_as_text).expect_err("a PNG has no layout");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].to_string().contains("PNG picture"),
        "{}",
        errors[0]
    );
}
