//! `quorumscope report`: the design review (Markdown or HTML) or the
//! survivability heatmap (SVG); exit 0, 1 (error findings) or 2, as `check`.

use super::{ReportFormat, input, out};
use crate::engine::{self, Options};
use crate::rules::{self, Severity};
use crate::{export, heatmap};

/// Runs `report` on a file path or `-`; returns the exit code.
pub fn run(file: &str, format: ReportFormat, depth: u8) -> i32 {
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
    let text = match format {
        ReportFormat::Markdown => export::review_markdown(&layout, &analysis, &findings),
        ReportFormat::Html => export::review_html(&layout, &analysis, &findings),
        ReportFormat::Svg => heatmap::heatmap(&analysis, &Default::default()).svg,
    };
    out(&text);
    i32::from(findings.iter().any(|f| f.severity == Severity::Error))
}
