//! Reading the FILE of a command: a layout file or an SVG exported by the
//! canvas (through `export::open`), from a path or standard input.

use std::io::Read;

use super::err;
use crate::model::Layout;
use crate::{export, io};

/// A file opened and analysed: what `check` and `report` print from.
pub struct Analysed {
    /// The layout.
    pub layout: Layout,
    /// The engine's analysis at the asked depth.
    pub analysis: crate::engine::Analysis,
    /// Every rule's findings.
    pub findings: Vec<crate::rules::Finding>,
}

impl Analysed {
    /// Exit code 1 when some finding is an error, else 0.
    pub fn exit_code(&self) -> i32 {
        i32::from(
            self.findings
                .iter()
                .any(|f| f.severity == crate::rules::Severity::Error),
        )
    }
}

/// Opens FILE and analyses it at `depth`; exit code 2 when it cannot be read.
pub fn analysed(file: &str, depth: u8) -> Result<Analysed, i32> {
    let layout = load(file)?;
    let analysis = crate::engine::analyze(
        &layout,
        &crate::engine::Options {
            depth,
            ..crate::engine::Options::default()
        },
    );
    let findings = crate::rules::check_all(&layout);
    Ok(Analysed {
        layout,
        analysis,
        findings,
    })
}

/// Reads and opens FILE (`-` for standard input); on failure writes the
/// message to standard error and gives exit code 2.
pub fn load(file: &str) -> Result<Layout, i32> {
    let text = read(file).map_err(|message| err(&format!("quorumscope: {message}\n")))?;
    export::open(&text).map_err(|errors| {
        let mut message = format!(
            "quorumscope: {file} is not a valid layout ({} problem{}):\n",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        for e in &errors {
            message.push_str(&format!("  {e}\n"));
        }
        err(&message)
    })
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
