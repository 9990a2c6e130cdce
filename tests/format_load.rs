//! Loading whole files: the spec's example, several problems at once, size limit.

use quorumscope::io::{self, LoadError, MAX_FILE_BYTES};
use quorumscope::model::{ComponentKind, NodeKind};

const SPEC_EXAMPLE: &str = include_str!("fixtures/format/spec-example.json");
const SEVERAL: &str = include_str!("fixtures/format/several-problems.json");

fn render(errors: &[LoadError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

#[test]
fn spec_example_loads() {
    let layout = io::load(SPEC_EXAMPLE).unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(layout.name, "Three zones, one region");
    assert_eq!(layout.regions.len(), 2);
    assert_eq!(layout.regions[0].label.as_deref(), Some("US East"));
    assert_eq!(layout.nodes().count(), 8);
    assert_eq!(layout.unplaced[0].id, "m9");
    let zk = layout.component("zookeeper").expect("zookeeper");
    assert_eq!(zk.kind, ComponentKind::Quorum);
    assert_eq!(zk.observers, vec!["o1"]);
    let web = layout.component("web").expect("web");
    assert_eq!(web.min_available, Some(1));
    assert_eq!(web.depends_on, vec!["db"]);
    assert_eq!(layout.node("agent-1").and_then(|n| n.cpus), Some(8.0));
    assert_eq!(
        layout.links[0].between,
        ["us-east".to_string(), "eu-west".to_string()]
    );
    assert_eq!(layout.links[0].latency_ms, 120.0);
    assert!(io::validate(&layout).is_empty());
}

#[test]
fn several_problems_are_all_reported() {
    let errors = io::load(SEVERAL).expect_err("several problems");
    let text = render(&errors);
    let expect = [
        (
            "$.regions[0].zones[0].colour",
            "unknown field \"colour\" in a zone; allowed fields: id, label, racks, nodes",
        ),
        (
            "$.regions[0].zones[0].nodes[0].cpus",
            "expected a non-negative number, found -4",
        ),
        (
            "$.regions[0].zones[0].nodes[1].mem_gib",
            "expected a number, found the string \"lots\"",
        ),
        (
            "$.components[0].kind",
            "unknown kind \"quorom\"; expected one of: quorum, leader, replicated",
        ),
        (
            "$.regions[0].zones[0].nodes[2].id",
            "node \"n1\" is placed twice (first at $.regions[0].zones[0].nodes[0].id)",
        ),
        (
            "$.components[2].id",
            "duplicate id \"z1\" (first used at $.regions[0].zones[0].id, by a zone)",
        ),
        ("$.components[1].members[1]", "unknown node \"ghost\""),
        (
            "$.components[1].min_available",
            "min_available is 3 but the component has only 2 member(s)",
        ),
        (
            "$.components[1].depends_on[0]",
            "component \"app\" depends on itself",
        ),
        (
            "$.components[1].depends_on[2]",
            "unknown component \"nowhere\"",
        ),
        (
            "$.links[0].between",
            "a link joins two regions or two zones, not a region (\"r1\") and a zone (\"z1\")",
        ),
    ];
    for (path, message) in expect {
        assert!(
            errors
                .iter()
                .any(|e| e.path == path && e.message == message),
            "missing error at {path}: {message}\ngot:\n{text}"
        );
    }
    assert_eq!(
        errors.len(),
        expect.len(),
        "unexpected extra errors:\n{text}"
    );
}

#[test]
fn too_large_is_refused_before_parsing() {
    let text = " ".repeat(MAX_FILE_BYTES + 1);
    let errors = io::load(&text).expect_err("too large");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "$");
    assert!(
        errors[0].message.contains("limited to 5242880 bytes"),
        "{}",
        errors[0]
    );
}

#[test]
fn just_under_the_limit_is_parsed() {
    let mut text = SPEC_EXAMPLE.to_string();
    text.push_str(&" ".repeat(MAX_FILE_BYTES - text.len()));
    assert!(io::load(&text).is_ok());
}

#[test]
fn labels_and_ids_are_free_text() {
    let name = "<script>alert(1)</script> \u{1F680} \"quoted\" ${x} 日本";
    let text = format!(
        r#"{{"format":"quorumscope-layout","version":1,"name":{n},"regions":[{{"id":{n},"label":{n},"zones":[{{"id":"z","nodes":[{{"id":"n","kind":"public-agent","label":{n}}}]}}]}}],"components":[]}}"#,
        n = serde_json::Value::String(name.to_string())
    );
    let layout = io::load(&text).unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(layout.name, name);
    assert_eq!(layout.regions[0].id, name);
    assert_eq!(
        layout.regions[0].zones[0].nodes[0].label.as_deref(),
        Some(name)
    );
    assert_eq!(
        layout.regions[0].zones[0].nodes[0].kind,
        Some(NodeKind::PublicAgent)
    );
}

#[test]
fn nulls_in_optional_fields_mean_absent() {
    let text = r#"{"format":"quorumscope-layout","version":1,"regions":[{"id":"r","label":null,"zones":[{"id":"z","nodes":[{"id":"n","cpus":null,"kind":null}]}]}],"components":[{"id":"c","kind":"replicated","members":["n"],"min_available":null,"role":null}]}"#;
    let layout = io::load(text).unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(layout.regions[0].label, None);
    assert_eq!(layout.components[0].min_available, None);
}

#[test]
fn example_in_docs_loads() {
    let doc = include_str!("../docs/format.md");
    let start = doc.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("block end");
    let layout = io::load(&doc[start..end]).unwrap_or_else(|e| panic!("{}", render(&e)));
    assert_eq!(layout.components.len(), 3);
}
