//! Reading and writing layout files (format v1), with full validation.
//!
//! [`load`] parses, checks `format` and `version`, migrates older versions,
//! reads every field and runs [`validate`], reporting every problem at once
//! with its JSON path (or line and column for syntax errors). [`save`] writes
//! the canonical text that [`load`] reads back unchanged. [`schema_json`] is
//! the JSON Schema of the file (also in `docs/layout.schema.json`).

mod components;
mod error;
mod ids;
mod layout;
mod links;
mod migrate;
mod parse;
mod read;
mod save;
mod schema;
mod validate;

pub use error::LoadError;
pub use migrate::FIRST_VERSION;
pub use save::save;
pub use schema::schema_json;
pub use validate::validate;

use crate::model::Layout;
use error::is_within;
use read::Problems;

/// The `format` value every layout file carries.
pub const FORMAT: &str = "quorumscope-layout";
/// The newest layout version this build reads and writes.
pub const VERSION: u32 = 1;
/// The largest layout file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// Parse, migrate and validate a layout file; `Err` lists every problem found.
pub fn load(text: &str) -> Result<Layout, Vec<LoadError>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![LoadError::at(
            "$",
            format!(
                "the file is {} bytes; layout files are limited to {MAX_FILE_BYTES} bytes (5 MiB)",
                text.len()
            ),
        )]);
    }
    let root = parse::parse(text)?;
    let version = migrate::check_header(&root)?;
    let root = migrate::migrate(root, version)?;
    let mut problems = Problems::default();
    let layout = layout::read_layout(&root, &mut problems);
    let lost_ids = problems.lost_ids;
    let mut errors = problems.errors;
    let structural = errors.clone();
    let semantic = validate(&layout).into_iter();
    errors.extend(
        semantic.filter(|e| !(shadowed(e, &structural) || (lost_ids && is_unknown_reference(e)))),
    );
    if errors.is_empty() {
        Ok(layout)
    } else {
        Err(errors)
    }
}

/// Whether a semantic error only repeats a structural one: it lies inside a
/// value already reported as wrong, or in a component whose kind, members,
/// observers or `min_available` could not be read (placeholders would mislead).
fn shadowed(error: &LoadError, structural: &[LoadError]) -> bool {
    structural.iter().any(|s| {
        is_within(&error.path, &s.path)
            || component_of(&s.path).is_some_and(|c| {
                let drives_checks = s.path == c
                    || ["kind", "members", "observers", "min_available"]
                        .iter()
                        .any(|f| is_within(&s.path, &format!("{c}.{f}")));
                drives_checks && is_within(&error.path, c) && !error.path.ends_with(".id")
            })
    })
}

/// Whether an error says a reference names nothing (it may name what was lost).
fn is_unknown_reference(error: &LoadError) -> bool {
    [
        "unknown node ",
        "unknown component ",
        "unknown region or zone ",
    ]
    .iter()
    .any(|p| error.message.starts_with(p))
}

/// `$.components[N]` when `path` lies inside a component.
fn component_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("$.components[")?;
    let close = rest.find(']')?;
    path.get(..("$.components[".len() + close + 1))
}
