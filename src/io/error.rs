//! The error type of loading and validating a layout, and JSON path helpers.

use std::fmt;

/// One problem found in a layout file: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    /// JSON path of the offending value (`$` for the whole document).
    pub path: String,
    /// 1-based line, for syntax errors.
    pub line: Option<usize>,
    /// 1-based column, for syntax errors.
    pub column: Option<usize>,
    /// What is wrong, in plain words.
    pub message: String,
}

impl LoadError {
    /// A problem at a JSON path.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        LoadError {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A syntax problem at a line and column of the text.
    pub fn syntax(line: usize, column: usize, message: impl Into<String>) -> Self {
        LoadError {
            path: "$".to_string(),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "at line {line}, column {column}: {}", self.message)
            }
            (Some(line), None) => write!(f, "at line {line}: {}", self.message),
            _ => write!(f, "at {}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

/// The path of a field of the object at `parent`: `$.a.b`, or `$["odd key"]`.
pub(crate) fn field(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && !key.starts_with(|c: char| c.is_ascii_digit())
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        format!("{parent}.{key}")
    } else {
        format!("{parent}[{}]", quote(key))
    }
}

/// The path of element `index` of the array at `parent`: `$.a[3]`.
pub(crate) fn index(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// A string quoted as in JSON, for messages and paths.
pub(crate) fn quote(text: &str) -> String {
    serde_json::Value::String(text.to_string()).to_string()
}

/// Whether `path` is `ancestor` or lies inside it.
pub(crate) fn is_within(path: &str, ancestor: &str) -> bool {
    match path.strip_prefix(ancestor) {
        Some(rest) => rest.is_empty() || rest.starts_with('.') || rest.starts_with('['),
        None => false,
    }
}
