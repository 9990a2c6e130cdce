//! `quorumscope report`: the design review (Markdown or HTML) or the
//! survivability heatmap (SVG); exit 0, 1 (error findings) or 2, as `check`.

use super::{ReportFormat, input, out};
use crate::{export, heatmap};

/// Runs `report` on a file path or `-`; returns the exit code.
pub fn run(file: &str, format: ReportFormat, depth: u8) -> i32 {
    let a = match input::analysed(file, depth) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let text = match format {
        ReportFormat::Markdown => export::review_markdown(&a.layout, &a.analysis, &a.findings),
        ReportFormat::Html => export::review_html(&a.layout, &a.analysis, &a.findings),
        ReportFormat::Svg => heatmap::heatmap(&a.analysis, &Default::default()).svg,
    };
    out(&text);
    a.exit_code()
}
