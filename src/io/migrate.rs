//! The `format` and `version` header, and migration of older versions.
//!
//! A file of version `v` older than [`VERSION`] is upgraded by running the
//! steps `v -> v+1`, ..., `VERSION-1 -> VERSION` in [`STEPS`] on the raw JSON
//! before it is read. Version 1 is the first, so there are no steps yet; when
//! version 2 changes the format, add `(1, v1_to_v2)` there.

use serde_json::Value;

use super::error::{LoadError, field, quote};
use super::parse::Literals;
use super::read::describe;
use super::{FORMAT, VERSION};

/// The oldest layout version this build can read (after migration).
pub const FIRST_VERSION: u32 = 1;

/// A migration step: rewrites a document of version `from` into version `from + 1`.
type Step = fn(Value) -> Result<Value, Vec<LoadError>>;

/// Migration steps, each keyed by the version it upgrades from.
const STEPS: &[(u32, Step)] = &[];

/// Check `format` and `version` of the root value and return the version.
///
/// Errors here are reported alone: a file of another format or of a newer
/// version cannot be read field by field.
pub(crate) fn check_header(root: &Value, literals: &Literals) -> Result<u32, Vec<LoadError>> {
    let Value::Object(map) = root else {
        return Err(vec![LoadError::at(
            "$",
            format!("expected a layout (an object), found {}", describe(root)),
        )]);
    };
    let mut errors = Vec::new();
    match map.get("format") {
        Some(Value::String(s)) if s == FORMAT => {}
        Some(other) => errors.push(LoadError::at(
            field("$", "format"),
            format!(
                "this is not a Quorumscope layout: format is {}, expected {}",
                describe(other),
                quote(FORMAT)
            ),
        )),
        None => errors.push(LoadError::at(
            field("$", "format"),
            format!(
                "missing field \"format\": a Quorumscope layout starts with \"format\": {}",
                quote(FORMAT)
            ),
        )),
    }
    let version = match map.get("version") {
        None => {
            errors.push(LoadError::at(
                field("$", "version"),
                format!("missing field \"version\" (this build writes version {VERSION})"),
            ));
            None
        }
        Some(value) => match read_version(value, literals.get("$.version")) {
            Ok(v) => Some(v),
            Err(message) => {
                errors.push(LoadError::at(field("$", "version"), message));
                None
            }
        },
    };
    match version {
        Some(v) if errors.is_empty() => Ok(v),
        _ => Err(errors),
    }
}

/// The version number, or why it is not one this build can read; `literal`
/// is the number as written when it is an integer too large for 64 bits.
fn read_version(value: &Value, literal: Option<&String>) -> Result<u32, String> {
    if let Some(raw) = literal
        && !raw.starts_with('-')
    {
        return Err(too_new(raw));
    }
    let Some(n) = value.as_u64() else {
        let found = literal.cloned().unwrap_or_else(|| describe(value));
        return Err(format!(
            "version must be a whole number from {FIRST_VERSION} to {VERSION}, found {found}"
        ));
    };
    if n > u64::from(VERSION) {
        return Err(too_new(&n.to_string()));
    }
    match u32::try_from(n) {
        Ok(v) if v >= FIRST_VERSION => Ok(v),
        _ => Err(format!(
            "version {n} does not exist: layout versions start at {FIRST_VERSION}"
        )),
    }
}

/// Why a file of version `written` (as written in the file) is refused.
fn too_new(written: &str) -> String {
    format!(
        "this file is layout format version {written}; this build of Quorumscope reads versions up to {VERSION}: update Quorumscope"
    )
}

/// Upgrade a document of `version` to [`VERSION`], step by step.
pub(crate) fn migrate(mut root: Value, version: u32) -> Result<Value, Vec<LoadError>> {
    let mut current = version;
    while current < VERSION {
        let Some((_, step)) = STEPS.iter().find(|(from, _)| *from == current) else {
            return Err(vec![LoadError::at(
                field("$", "version"),
                format!(
                    "no migration from layout version {current} to {}",
                    current + 1
                ),
            )]);
        };
        root = step(root)?;
        current += 1;
    }
    Ok(root)
}
