//! The JSON Schema of a layout file: generated from the model types, wrapped
//! with the `format` and `version` header and tightened where the model's
//! Rust types say less than the format does (non-empty ids, no negatives).

use serde_json::{Map, Value, json};

use super::{FORMAT, VERSION};
use crate::model::Layout;

/// Title of the schema.
const TITLE: &str = "Quorumscope layout, format v1";

/// Fields that hold amounts: never negative.
const AMOUNTS: &[&str] = &["cpus", "mem_gib", "latency_ms", "bandwidth_mbps"];

/// Definitions of domains, with the level that names them in scenario ids.
const LEVELS: &[(&str, &str)] = &[
    ("Region", "region"),
    ("Zone", "zone"),
    ("Rack", "rack"),
    ("Node", "node"),
];

/// The JSON Schema of a layout file (pretty JSON with a trailing newline).
pub fn schema_json() -> String {
    let generated = schemars::schema_for!(Layout).to_value();
    let mut text = serde_json::to_string_pretty(&wrap(generated)).unwrap_or_default();
    text.push('\n');
    text
}

/// The generated schema with title, header fields and tightened definitions.
fn wrap(generated: Value) -> Value {
    let Value::Object(mut body) = generated else {
        return generated;
    };
    let mut properties = Map::new();
    properties.insert(
        "format".to_string(),
        json!({
            "description": "Always \"quorumscope-layout\": what kind of file this is.",
            "type": "string",
            "const": FORMAT,
        }),
    );
    properties.insert(
        "version".to_string(),
        json!({
            "description": "Layout format version. Older versions are migrated on load; newer ones are refused.",
            "type": "integer",
            "const": VERSION,
        }),
    );
    if let Some(Value::Object(fields)) = body.remove("properties") {
        properties.extend(fields);
    }
    let mut root = Map::new();
    if let Some(schema) = body.remove("$schema") {
        root.insert("$schema".to_string(), schema);
    }
    body.remove("title");
    root.insert("title".to_string(), Value::from(TITLE));
    if let Some(description) = body.remove("description") {
        root.insert("description".to_string(), description);
    }
    root.insert("type".to_string(), Value::from("object"));
    body.remove("type");
    root.insert("required".to_string(), json!(["format", "version"]));
    root.insert("properties".to_string(), Value::Object(properties));
    if let Some(Value::Object(defs)) = body.get_mut("$defs") {
        for (name, definition) in defs.iter_mut() {
            tighten(name, definition);
        }
    }
    root.extend(body);
    Value::Object(root)
}

/// Ids must be non-empty (and a domain's must not hold `+LEVEL:`, which joins
/// pairs in scenario ids); amounts non-negative.
fn tighten(name: &str, definition: &mut Value) {
    let level = LEVELS.iter().find(|(def, _)| *def == name).map(|(_, l)| *l);
    let Some(Value::Object(properties)) = definition.get_mut("properties") else {
        return;
    };
    for (key, property) in properties.iter_mut() {
        let Value::Object(property) = property else {
            continue;
        };
        if key == "id" {
            property.insert("minLength".to_string(), Value::from(1));
            if let Some(level) = level {
                let joiner = format!("\\+{level}:");
                property.insert("not".to_string(), json!({ "pattern": joiner }));
            }
        }
        if AMOUNTS.contains(&key.as_str()) {
            property.insert("minimum".to_string(), Value::from(0));
        }
    }
}
