//! Writing a layout as canonical JSON text.

use serde_json::{Map, Number, Value};

use super::{FORMAT, VERSION};
use crate::model::Layout;

/// Largest integer an `f64` holds exactly (2^53).
const EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// Pretty JSON (2-space indent, trailing newline): `format`, `version`, then
/// the layout fields in declaration order, empty optional fields left out.
/// Whole numbers are written without a fraction (`8`, not `8.0`); non-finite
/// numbers, which [`validate`](super::validate) rejects, are written as `null`.
pub fn save(layout: &Layout) -> String {
    let mut root = Map::new();
    root.insert("format".to_string(), Value::String(FORMAT.to_string()));
    root.insert("version".to_string(), Value::from(VERSION));
    if let Ok(Value::Object(fields)) = serde_json::to_value(layout) {
        root.extend(fields);
    }
    let mut root = Value::Object(root);
    tidy_numbers(&mut root);
    let mut text = serde_json::to_string_pretty(&root).unwrap_or_default();
    text.push('\n');
    text
}

/// Rewrite whole floating-point numbers as integers, everywhere in `value`.
fn tidy_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => {
            if let Some(x) = n.as_f64()
                && n.is_f64()
                && x.fract() == 0.0
                && x.abs() <= EXACT_INTEGER
            {
                // `as` is exact here: x is whole and within 2^53.
                *n = Number::from(x as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy_numbers),
        Value::Object(map) => map.values_mut().for_each(tidy_numbers),
        _ => {}
    }
}
