//! `quorumscope artifacts`: DC/OS fault domains and Marathon constraints of
//! a design; exit 0, or 2 when the input cannot be read.

use super::{input, out};
use crate::export;

/// Runs `artifacts` on a file path or `-`; returns the exit code.
pub fn run(file: &str, json: bool) -> i32 {
    let layout = match input::load(file) {
        Ok(layout) => layout,
        Err(code) => return code,
    };
    let artifacts = export::artifacts(&layout);
    out(&if json {
        artifacts.to_json()
    } else {
        artifacts.to_text()
    })
}
