//! The JSON Schema: docs/layout.schema.json is up to date and describes the header.
//!
//! Regenerate the file with `UPDATE_SCHEMA=1 cargo test --test format_schema`.

use quorumscope::io;
use serde_json::Value;

const SCHEMA_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/layout.schema.json");

#[test]
fn docs_schema_is_up_to_date() {
    let generated = io::schema_json();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_FILE, &generated).expect("write docs/layout.schema.json");
    }
    let on_disk = std::fs::read_to_string(SCHEMA_FILE).unwrap_or_default();
    assert!(
        on_disk == generated,
        "docs/layout.schema.json differs from io::schema_json(); \
         regenerate it with `UPDATE_SCHEMA=1 cargo test --test format_schema`"
    );
}

#[test]
fn schema_has_title_header_and_definitions() {
    let schema: Value = serde_json::from_str(&io::schema_json()).expect("schema is JSON");
    assert_eq!(schema["title"], "Quorumscope layout, format v1");
    assert_eq!(schema["properties"]["format"]["const"], io::FORMAT);
    assert_eq!(schema["properties"]["version"]["const"], io::VERSION);
    assert_eq!(schema["required"], serde_json::json!(["format", "version"]));
    assert_eq!(schema["additionalProperties"], false);
    let keys: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "format",
            "version",
            "name",
            "regions",
            "unplaced",
            "components",
            "links"
        ]
    );
    for def in ["Region", "Zone", "Rack", "Node", "Component", "Link"] {
        assert_eq!(schema["$defs"][def]["additionalProperties"], false, "{def}");
    }
    assert_eq!(schema["$defs"]["Node"]["properties"]["id"]["minLength"], 1);
    for (def, joiner) in [
        ("Region", "\\+region:"),
        ("Zone", "\\+zone:"),
        ("Rack", "\\+rack:"),
        ("Node", "\\+node:"),
    ] {
        let id = &schema["$defs"][def]["properties"]["id"];
        assert_eq!(id["not"]["pattern"], joiner, "{def}");
    }
    let component_id = &schema["$defs"]["Component"]["properties"]["id"];
    assert!(component_id.get("not").is_none());
    assert_eq!(schema["$defs"]["Node"]["properties"]["cpus"]["minimum"], 0);
    assert_eq!(
        schema["$defs"]["Link"]["properties"]["latency_ms"]["minimum"],
        0
    );
    assert_eq!(
        schema["$defs"]["Component"]["required"],
        serde_json::json!(["id", "kind"])
    );
}

/// The fields the schema allows are exactly the fields `load` reads:
/// a file using every field of the schema loads without "unknown field".
#[test]
fn schema_fields_are_the_fields_load_accepts() {
    let schema: Value = serde_json::from_str(&io::schema_json()).expect("schema is JSON");
    let fields = |def: &str| -> Vec<String> {
        schema["$defs"][def]["properties"]
            .as_object()
            .expect(def)
            .keys()
            .cloned()
            .collect()
    };
    assert_eq!(
        fields("Node"),
        ["id", "label", "ip", "cpus", "mem_gib", "kind"]
    );
    assert_eq!(fields("Rack"), ["id", "label", "nodes"]);
    assert_eq!(fields("Zone"), ["id", "label", "racks", "nodes"]);
    assert_eq!(fields("Region"), ["id", "label", "zones"]);
    assert_eq!(fields("Link"), ["between", "latency_ms", "bandwidth_mbps"]);
    assert_eq!(
        fields("Component"),
        [
            "id",
            "label",
            "kind",
            "members",
            "observers",
            "depends_on",
            "min_available",
            "role",
            "cpus",
            "mem_gib",
            "io_heavy"
        ]
    );
    // And load knows each of them (its error lists the allowed fields).
    let text = r#"{"format":"quorumscope-layout","version":1,"components":[{"id":"c","kind":"leader","bogus":1}],"unplaced":[{"id":"n","bogus":1}]}"#;
    let errors = io::load(text).expect_err("unknown fields");
    assert_eq!(errors.len(), 2, "{errors:#?}");
    for (path, def) in [
        ("$.components[0].bogus", "Component"),
        ("$.unplaced[0].bogus", "Node"),
    ] {
        let error = errors.iter().find(|e| e.path == path).expect(path);
        let allowed = format!("allowed fields: {}", fields(def).join(", "));
        assert!(error.message.ends_with(&allowed), "{error}");
    }
}
