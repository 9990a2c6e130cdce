//! Typed readers for JSON values that collect every problem instead of stopping.
//!
//! Each reader returns a usable value even when the input is wrong (a
//! placeholder keeps array indices aligned) and pushes one [`LoadError`](super::LoadError) per
//! problem, so later checks can still run on the rest of the document.

use serde_json::{Map, Value};

use super::error::{field, index, quote};
pub(crate) use super::problems::{Problems, describe};

/// An object whose keys are checked against `allowed`; `None` when not an object.
pub(crate) fn object<'v>(
    value: &'v Value,
    path: &str,
    what: &str,
    allowed: &[&str],
    problems: &mut Problems,
) -> Option<&'v Map<String, Value>> {
    let Value::Object(map) = value else {
        problems.lost_ids = true;
        problems.push(
            path,
            format!("expected {what} (an object), found {}", describe(value)),
        );
        return None;
    };
    for key in map.keys() {
        if !allowed.contains(&key.as_str()) {
            problems.push(
                &field(path, key),
                format!(
                    "unknown field {} in {what}; allowed fields: {}",
                    quote(key),
                    allowed.join(", ")
                ),
            );
        }
    }
    Some(map)
}

/// A required string field; empty when missing or wrong.
pub(crate) fn required_string(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> String {
    match map.get(key) {
        None => {
            problems.lost_ids |= key == "id";
            let message = format!("missing required field {}", quote(key));
            problems.push(&field(path, key), message);
            String::new()
        }
        Some(value) => {
            problems.lost_ids |= key == "id" && !value.is_string();
            string(value, &field(path, key), problems)
        }
    }
}

/// A string value; empty when wrong.
pub(crate) fn string(value: &Value, path: &str, problems: &mut Problems) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => {
            problems.push(
                path,
                format!("expected a string, found {}", describe(other)),
            );
            String::new()
        }
    }
}

/// An optional string field (absent or null is `None`).
pub(crate) fn optional_string(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> Option<String> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(value) => Some(string(value, &field(path, key), problems)),
    }
}

/// A finite, non-negative number; 0 when wrong.
pub(crate) fn non_negative(value: &Value, path: &str, problems: &mut Problems) -> f64 {
    match value.as_f64() {
        Some(x) if x.is_finite() && x >= 0.0 => x,
        Some(_) => {
            problems.push(
                path,
                format!("expected a non-negative number, found {}", describe(value)),
            );
            0.0
        }
        None => {
            problems.push(
                path,
                format!("expected a number, found {}", describe(value)),
            );
            0.0
        }
    }
}

/// An optional non-negative number field (absent or null is `None`).
pub(crate) fn optional_non_negative(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> Option<f64> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(value) => Some(non_negative(value, &field(path, key), problems)),
    }
}

/// An optional non-negative integer field that fits in `u32`.
pub(crate) fn optional_count(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> Option<u32> {
    let value = match map.get(key) {
        None | Some(Value::Null) => return None,
        Some(value) => value,
    };
    let here = field(path, key);
    let too_large = match (value.as_u64(), problems.literals.get(&here)) {
        (Some(n), _) => match u32::try_from(n) {
            Ok(n) => return Some(n),
            Err(_) => n.to_string(),
        },
        (None, Some(raw)) if !raw.starts_with('-') => raw.clone(),
        (None, _) => {
            let found = problems.written(&here, value);
            problems.push(
                &here,
                format!("expected a non-negative integer, found {found}"),
            );
            return None;
        }
    };
    problems.push(
        &here,
        format!(
            "{too_large} is too large: larger than any possible count (at most {})",
            u32::MAX
        ),
    );
    Some(u32::MAX)
}

/// An optional boolean field; false when absent or wrong.
pub(crate) fn flag(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> bool {
    match map.get(key) {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            problems.push(
                &field(path, key),
                format!("expected true or false, found {}", describe(other)),
            );
            false
        }
    }
}

/// An optional enumerated field, read by its written name.
pub(crate) fn optional_choice<T: Copy>(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    choices: &[(&str, T)],
    problems: &mut Problems,
) -> Option<T> {
    match map.get(key) {
        None | Some(Value::Null) => None,
        Some(value) => choice(value, &field(path, key), key, choices, problems),
    }
}

/// An enumerated value, read by its written name; `None` when not one of them.
pub(crate) fn choice<T: Copy>(
    value: &Value,
    path: &str,
    key: &str,
    choices: &[(&str, T)],
    problems: &mut Problems,
) -> Option<T> {
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    match value {
        Value::String(s) => {
            let found = choices.iter().find(|(name, _)| name == s).map(|(_, v)| *v);
            if found.is_none() {
                problems.push(
                    path,
                    format!(
                        "unknown {key} {}; expected one of: {}",
                        quote(s),
                        names.join(", ")
                    ),
                );
            }
            found
        }
        other => {
            problems.push(
                path,
                format!(
                    "expected one of: {}; found {}",
                    names.join(", "),
                    describe(other)
                ),
            );
            None
        }
    }
}

/// An optional array field, each element read by `item`; empty when absent or wrong.
pub(crate) fn list<T>(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
    mut item: impl FnMut(&Value, &str, &mut Problems) -> T,
) -> Vec<T> {
    let here = field(path, key);
    match map.get(key) {
        None => Vec::new(),
        Some(Value::Array(values)) => values
            .iter()
            .enumerate()
            .map(|(i, value)| item(value, &index(&here, i), problems))
            .collect(),
        Some(other) => {
            problems.lost_ids = true;
            let message = format!("expected an array, found {}", describe(other));
            problems.push(&here, message);
            Vec::new()
        }
    }
}

/// An optional array of strings (ids); wrong elements become empty strings.
pub(crate) fn string_list(
    map: &Map<String, Value>,
    path: &str,
    key: &str,
    problems: &mut Problems,
) -> Vec<String> {
    list(map, path, key, problems, string)
}
