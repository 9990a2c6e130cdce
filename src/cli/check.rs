//! `quorumscope check`: load, analyse, print; exit 0, 1 (error findings) or 2.

use std::io::Write;

use super::{input, out};
use crate::engine::{self, Options};
use crate::report;
use crate::rules::{self, Severity};

/// Runs `check` on a file path or `-`; returns the exit code.
pub fn run(file: &str, json: bool, depth: u8) -> i32 {
    let layout = match input::load(file) {
        Ok(layout) => layout,
        Err(code) => return code,
    };
    let analysis = engine::analyze(
        &layout,
        &Options {
            depth,
            ..Options::default()
        },
    );
    let findings = rules::check_all(&layout);
    if json {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`| head`) is not an error of the analysis.
        let _ = report::write_report_json(&mut stdout, &layout, &analysis, &findings, depth)
            .and_then(|()| stdout.flush());
    } else {
        out(&report::report_text(&layout, &analysis, &findings));
    }
    i32::from(findings.iter().any(|f| f.severity == Severity::Error))
}
