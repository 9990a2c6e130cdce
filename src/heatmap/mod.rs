//! The survivability heatmap: scenarios x components drawn with plotters into
//! an SVG string by a pure function, with the row map that turns a click
//! into a scenario. Colour-blind-safe colours plus a symbol per status.

use crate::engine::Analysis;

/// What to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapOptions {
    /// Groups (as `explore::Row::group`) shown one row per scenario even when large.
    pub expanded: Vec<String>,
    /// Past this many scenarios, groups not expanded collapse to one row (worst status).
    pub max_rows: usize,
    /// At most this many component columns.
    pub max_cols: usize,
}

impl Default for HeatmapOptions {
    fn default() -> Self {
        HeatmapOptions {
            expanded: Vec::new(),
            max_rows: 60,
            max_cols: 80,
        }
    }
}

/// One drawn row: a scenario, or a collapsed group of them.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatRow {
    /// Row label.
    pub label: String,
    /// Group of its scenarios.
    pub group: &'static str,
    /// Indices into `Analysis::scenarios` (one, or the whole collapsed group).
    pub scenarios: Vec<usize>,
    /// Top of the row in SVG units.
    pub top: f64,
    /// Bottom of the row in SVG units.
    pub bottom: f64,
}

/// The drawn heatmap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heatmap {
    /// The SVG document.
    pub svg: String,
    /// Width in SVG units.
    pub width: u32,
    /// Height in SVG units.
    pub height: u32,
    /// Rows, top to bottom.
    pub rows: Vec<HeatRow>,
}

impl Heatmap {
    /// The row at height `y` (SVG units), if any.
    pub fn row_at(&self, y: f64) -> Option<&HeatRow> {
        self.rows.iter().find(|r| r.top <= y && y < r.bottom)
    }
}

/// Draw the heatmap of an analysis.
pub fn heatmap(_analysis: &Analysis, _opts: &HeatmapOptions) -> Heatmap {
    Heatmap::default()
}
