//! The analysis report: what `check --json` writes and `check` prints.
//! Pure functions of the layout, the analysis and the findings.

mod json;
mod summary;
mod text;

pub use json::{REPORT_FORMAT, report_json, write_report_json};
pub use summary::LayoutSummary;
pub use text::report_text;
