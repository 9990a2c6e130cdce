//! The problems collected while reading a document, and how values are
//! described in their messages.

use serde_json::Value;

use super::error::{LoadError, quote};
use super::parse::Literals;

/// Collected problems with the paths they concern.
#[derive(Debug, Default)]
pub(crate) struct Problems {
    /// Every problem, in document order.
    pub errors: Vec<LoadError>,
    /// Whether part of the domain tree or an id could not be read, so that
    /// references to what it held would wrongly look unknown.
    pub lost_ids: bool,
    /// Integer literals too large for 64 bits, as written, by path (from
    /// parsing, so paths are the file's: a migration moving them only makes
    /// a message show the nearest `f64` instead).
    pub literals: Literals,
}

impl Problems {
    /// Record a problem at `path`.
    pub fn push(&mut self, path: &str, message: impl Into<String>) {
        self.errors.push(LoadError::at(path, message));
    }

    /// The value at `path` for "found ..." messages: a huge integer as
    /// written, anything else as [`describe`] says.
    pub fn written(&self, path: &str, value: &Value) -> String {
        match self.literals.get(path) {
            Some(raw) if value.is_number() => raw.clone(),
            _ => describe(value),
        }
    }
}

/// A short description of a JSON value, for "found ..." messages.
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => format!("the string {}", quote(s)),
        Value::Array(_) => "an array".to_string(),
        Value::Object(_) => "an object".to_string(),
    }
}
