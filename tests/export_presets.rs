//! The guidance presets: each loads, shows its caveats, and says what they are about.

use quorumscope::export::{preset, presets};
use quorumscope::io;
use quorumscope::rules;

/// Words a note must use to speak of a caveat's rule.
fn about(code: &str) -> &'static [&'static str] {
    match code {
        "QS102" => &["majority", "zone"],
        "QS103" => &["majority", "region"],
        "QS108" => &["all masters in one region"],
        "QS206" => &["two leaders"],
        "QS302" => &["database"],
        "QS406" => &["agents", "region"],
        other => panic!("no words for {other}: add them here"),
    }
}

#[test]
fn the_five_guidance_layouts_in_order() {
    let ids: Vec<&str> = presets().iter().map(|p| p.id).collect();
    assert_eq!(
        ids,
        [
            "single-zone",
            "masters-one-zone",
            "masters-across-zones",
            "masters-one-region",
            "masters-across-regions"
        ]
    );
    assert!(preset("masters-one-zone").is_some() && preset("nope").is_none());
}

#[test]
fn each_preset_loads_and_matches_its_example_file() {
    for p in presets() {
        let path = format!("{}/examples/{}.json", env!("CARGO_MANIFEST_DIR"), p.id);
        let file = std::fs::read_to_string(path).expect("example");
        assert_eq!(p.source(), file, "{}", p.id);
        let layout = io::load(p.source()).expect("loads");
        assert_eq!(p.layout(), layout);
        assert!(!layout.components.is_empty(), "{}", p.id);
        assert!(!p.title.is_empty());
    }
}

#[test]
fn each_caveat_is_found_by_the_engine_and_spoken_of_in_the_note() {
    for p in presets() {
        assert!(!p.caveats.is_empty(), "{}", p.id);
        let sentences = p.note.matches(". ").count() + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{}: {sentences} sentences",
            p.id
        );
        let found: Vec<&str> = rules::check_all(&p.layout())
            .iter()
            .map(|f| f.rule)
            .collect();
        for code in p.caveats {
            assert!(found.contains(code), "{}: {code} not in {found:?}", p.id);
            for word in about(code) {
                assert!(
                    p.note.contains(word),
                    "{}: the note does not speak of {code} ({word})",
                    p.id
                );
            }
        }
    }
}
