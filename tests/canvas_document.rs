//! The exported picture carries the layout file: `extract_embedded` gives
//! back exactly what `render_document` embedded, whatever the text.

mod canvas_support;

use canvas_support::layouts;
use proptest::prelude::*;
use quorumscope::canvas::{extract_embedded, render_document, scene};
use quorumscope::io;
use quorumscope::model::Layout;

fn embed(text: &str) -> String {
    let layout = Layout::default();
    render_document(&layout, &scene(&layout), None, Some(text))
}

#[test]
fn awkward_texts_round_trip() {
    for text in [
        "",
        "]]>",
        "<![CDATA[x]]>",
        "</metadata>",
        "<metadata id=\"quorumscope-layout\">",
        "&amp; &lt; &#65; & < > \" '",
        "a\r\nb\rc\td",
        "\u{0}\u{1}\u{1F}\u{7F}\u{FFFE}\u{FFFF}",
        "é 😀 中文 \u{200B}",
    ] {
        let doc = embed(text);
        assert_eq!(extract_embedded(&doc).as_deref(), Some(text), "{doc}");
    }
}

#[test]
fn no_metadata_no_text() {
    let layout = Layout::default();
    let doc = render_document(&layout, &scene(&layout), None, None);
    assert_eq!(extract_embedded(&doc), None);
    assert_eq!(extract_embedded(""), None);
    assert_eq!(
        extract_embedded("<svg><metadata id=\"other\">x</metadata></svg>"),
        None
    );
    assert_eq!(
        extract_embedded("<svg><metadata id=\"quorumscope-layout\">x"),
        None
    );
    assert_eq!(
        extract_embedded("<metadata id=\"quorumscope-layout\">&nope;</metadata>"),
        None
    );
    assert_eq!(
        extract_embedded("<metadata id=\"quorumscope-layout\"/>").as_deref(),
        Some("")
    );
}

#[test]
fn an_example_file_round_trips_through_the_picture() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/masters-across-zones.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let layout = io::load(&text).unwrap();
    let doc = render_document(&layout, &scene(&layout), None, Some(&text));
    let back = extract_embedded(&doc).unwrap();
    assert_eq!(back, text);
    assert_eq!(io::load(&back).unwrap(), layout);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_round_trips(text in any::<String>()) {
        prop_assert_eq!(extract_embedded(&embed(&text)), Some(text));
    }

    #[test]
    fn markup_like_text_round_trips(text in "[<>&\"';#x0-9a-z\\]\\[!/ \r\n]{0,40}") {
        prop_assert_eq!(extract_embedded(&embed(&text)), Some(text));
    }

    #[test]
    fn saved_layouts_round_trip(layout in layouts()) {
        let text = io::save(&layout);
        let doc = render_document(&layout, &scene(&layout), None, Some(&text));
        prop_assert_eq!(extract_embedded(&doc), Some(text));
    }
}
