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
mod problems;
mod read;
mod save;
mod schema;
mod shadow;
mod validate;

pub use error::LoadError;
pub use migrate::FIRST_VERSION;
pub use save::save;
pub use schema::schema_json;
pub use validate::validate;

use crate::model::Layout;
use read::Problems;
use shadow::Shadow;

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
    let parse::Parsed { root, literals } = parse::parse(text)?;
    let version = migrate::check_header(&root, &literals)?;
    let root = migrate::migrate(root, version)?;
    let mut problems = Problems {
        literals,
        ..Problems::default()
    };
    let layout = layout::read_layout(&root, &mut problems);
    let shadow = Shadow::new(&problems.errors, problems.lost_ids);
    let mut errors = problems.errors;
    errors.extend(validate(&layout).into_iter().filter(|e| !shadow.hides(e)));
    if errors.is_empty() {
        Ok(layout)
    } else {
        Err(errors)
    }
}
