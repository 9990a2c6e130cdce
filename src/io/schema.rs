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
        defs.values_mut().for_each(tighten);
    }
    root.extend(body);
    Value::Object(root)
}

/// Ids must be non-empty and amounts non-negative.
fn tighten(definition: &mut Value) {
    let Some(Value::Object(properties)) = definition.get_mut("properties") else {
        return;
    };
    for (name, property) in properties.iter_mut() {
        let Value::Object(property) = property else {
            continue;
        };
        if name == "id" {
            property.insert("minLength".to_string(), Value::from(1));
        }
        if AMOUNTS.contains(&name.as_str()) {
            property.insert("minimum".to_string(), Value::from(0));
        }
    }
}
