//! `quorumscope check`: load, analyse, print; exit 0, 1 (error findings) or 2.

use std::io::Write;

use super::{input, out};
use crate::report;

/// Runs `check` on a file path or `-`; returns the exit code.
pub fn run(file: &str, json: bool, depth: u8) -> i32 {
    let a = match input::analysed(file, depth) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if json {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        // A closed pipe (`| head`) is not an error of the analysis.
        let _ = report::write_report_json(&mut stdout, &a.layout, &a.analysis, &a.findings, depth)
            .and_then(|()| stdout.flush());
    } else {
        out(&report::report_text(&a.layout, &a.analysis, &a.findings));
    }
    a.exit_code()
}
