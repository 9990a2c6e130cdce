//! `load` never panics: random text, random JSON, and damaged valid files
//! either load or return errors, and every error names a place.

use proptest::prelude::*;
use quorumscope::io::{self, LoadError};
use serde_json::{Map, Value, json};

const SPEC_EXAMPLE: &str = include_str!("fixtures/format/spec-example.json");

/// Every error points somewhere: a path from the root, or a line and column.
fn check(result: &Result<quorumscope::model::Layout, Vec<LoadError>>) -> Result<(), TestCaseError> {
    match result {
        Ok(layout) => prop_assert!(io::validate(layout).is_empty()),
        Err(errors) => {
            prop_assert!(!errors.is_empty());
            for e in errors {
                prop_assert!(e.path.starts_with('$'), "{e}");
                prop_assert!(!e.message.is_empty());
                // Lines and columns are 1-based, and come together.
                prop_assert!(e.line.is_none_or(|l| l >= 1), "{e}");
                prop_assert!(e.column.is_none_or(|c| c >= 1), "{e}");
                prop_assert_eq!(e.line.is_some(), e.column.is_some(), "{}", e);
            }
        }
    }
    Ok(())
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            Just("quorum"),
            Just("leader"),
            Just("replicated"),
            Just("m1"),
            Just("agent-1"),
            Just("zookeeper"),
            Just("us-east"),
            Just("eu-west"),
            Just("us-east-a"),
            Just(""),
        ]
        .prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
    ];
    let keys = prop_oneof![
        Just("id"),
        Just("kind"),
        Just("members"),
        Just("observers"),
        Just("depends_on"),
        Just("min_available"),
        Just("nodes"),
        Just("racks"),
        Just("zones"),
        Just("regions"),
        Just("components"),
        Just("links"),
        Just("between"),
        Just("latency_ms"),
        Just("cpus"),
        Just("format"),
        Just("version"),
        Just("label"),
    ]
    .prop_map(str::to_string);
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_text_never_panics(text in any::<String>()) {
        check(&io::load(&text))?;
    }

    #[test]
    fn random_json_never_panics(value in json_value()) {
        check(&io::load(&value.to_string()))?;
    }

    #[test]
    fn random_json_under_a_valid_header_never_panics(
        regions in json_value(), components in json_value(), links in json_value(), unplaced in json_value()
    ) {
        let doc = json!({
            "format": "quorumscope-layout", "version": 1,
            "regions": regions, "unplaced": unplaced, "components": components, "links": links,
        });
        check(&io::load(&doc.to_string()))?;
    }

    #[test]
    fn replacing_part_of_a_valid_file_never_panics(at in any::<prop::sample::Index>(), value in json_value()) {
        let mut doc: Value = serde_json::from_str(SPEC_EXAMPLE).expect("fixture is JSON");
        let mut pointers = Vec::new();
        collect_pointers(&doc, String::new(), &mut pointers);
        let pointer = at.get(&pointers).clone();
        if let Some(slot) = doc.pointer_mut(&pointer) {
            *slot = value;
        }
        check(&io::load(&doc.to_string()))?;
    }

    #[test]
    fn damaged_text_never_panics(cut in any::<prop::sample::Index>(), insert in "\\PC{0,3}") {
        let bytes: Vec<usize> = SPEC_EXAMPLE.char_indices().map(|(i, _)| i).collect();
        let cut = *cut.get(&bytes);
        let damaged = format!("{}{insert}{}", &SPEC_EXAMPLE[..cut], &SPEC_EXAMPLE[cut..]);
        check(&io::load(&damaged))?;
        check(&io::load(&SPEC_EXAMPLE[..cut]))?;
    }
}

/// Every JSON pointer inside `value`.
fn collect_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect_pointers(item, format!("{here}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                collect_pointers(item, format!("{here}/{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(io::load(&deep).is_err());
    let deep_in_layout = format!(
        r#"{{"format":"quorumscope-layout","version":1,"name":{}1{}}}"#,
        "[".repeat(5_000),
        "]".repeat(5_000)
    );
    assert!(io::load(&deep_in_layout).is_err());
}

#[test]
fn long_dependency_chain_and_cycle() {
    let n = 20_000;
    let components: Vec<Value> = (0..n)
        .map(|i| json!({ "id": format!("c{i}"), "kind": "leader", "depends_on": [format!("c{}", (i + 1) % n)] }))
        .collect();
    let doc = json!({ "format": "quorumscope-layout", "version": 1, "components": components });
    let errors = io::load(&doc.to_string()).expect_err("one big cycle");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .message
            .starts_with("dependency cycle: c0 -> c1 -> c2"),
        "{}",
        errors[0].message.get(..80).unwrap_or("")
    );
}

#[test]
fn large_file_with_many_errors_is_checked_quickly() {
    let n = 30_000;
    let nodes: Vec<Value> = (0..n)
        .map(|i| json!({ "id": format!("n{}", i % (n / 2)), "cpus": -1 }))
        .collect();
    let members: Vec<String> = (0..n).map(|i| format!("x{i}")).collect();
    let doc = json!({
        "format": "quorumscope-layout", "version": 1,
        "regions": [ { "id": "r", "zones": [ { "id": "z", "nodes": nodes } ] } ],
        "components": [ { "id": "c", "kind": "quorum", "members": members } ],
    });
    let text = doc.to_string();
    assert!(text.len() <= io::MAX_FILE_BYTES);
    let started = std::time::Instant::now();
    let errors = io::load(&text).expect_err("many errors");
    // n negative cpus, n/2 nodes placed twice, n unknown members.
    assert_eq!(errors.len(), n + n / 2 + n);
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}
