//! `quorumscope check`: load, analyse, print; exit 0, 1 (error findings) or 2.

use std::io::{Read, Write};

use super::{err, out};
use crate::engine::{self, Options};
use crate::rules::{self, Severity};
use crate::{io, report};

/// Runs `check` on a file path or `-`; returns the exit code.
pub fn run(file: &str, json: bool, depth: u8) -> i32 {
    let text = match read(file) {
        Ok(text) => text,
        Err(message) => return err(&format!("quorumscope: {message}\n")),
    };
    let layout = match io::load(&text) {
        Ok(layout) => layout,
        Err(errors) => {
            let mut message = format!(
                "quorumscope: {file} is not a valid layout ({} problem{}):\n",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            for e in &errors {
                message.push_str(&format!("  {e}\n"));
            }
            return err(&message);
        }
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

/// Reads the file (or standard input), refusing anything over the size limit.
fn read(file: &str) -> Result<String, String> {
    let limit = io::MAX_FILE_BYTES as u64;
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
    };
    result.map_err(|e| format!("cannot read {file}: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "{file} is larger than {} MB: refused",
            limit / (1024 * 1024)
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{file} is not UTF-8 text (byte {})",
            e.utf8_error().valid_up_to()
        )
    })
}
