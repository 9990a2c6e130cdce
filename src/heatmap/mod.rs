//! The survivability heatmap: scenarios x components drawn with plotters into
//! an SVG string by a pure function, with the row map that turns a click
//! into a scenario. Colour-blind-safe colours plus a symbol per status.
//!
//! Rows come in `explore::GROUPS` order. Up to `max_rows` listed scenarios,
//! one row each; past it, every group of two or more scenarios not in
//! `expanded` is one row (`pairs (1,234) ▸`, worst status per component),
//! and an expanded group is a header row (`pairs (1,234) ▾`) followed by
//! its scenarios, at most `group_rows` of them ([`MAX_GROUP_ROWS`] by
//! default), then one row for the rest. Columns are the first `max_cols` components (`+N more` when cut).
//!
//! The SVG has no `style` attribute (plotters-svg writes presentation
//! attributes only) and all user text is escaped by plotters-svg, so it can
//! go into the page through `innerHTML` under `style-src 'self'`.

mod draw;
mod plan;

pub use draw::{CELL, COL_LABEL_CHARS, GRID_X, GRID_Y, colour, symbol};
pub use plan::{MAX_GROUP_ROWS, ROW_LABEL_CHARS, ellipsis, thousands};

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
    /// An expanded group shows at most this many scenario rows, then one row for the rest.
    pub group_rows: usize,
}

impl Default for HeatmapOptions {
    fn default() -> Self {
        HeatmapOptions {
            expanded: Vec::new(),
            max_rows: 60,
            max_cols: 80,
            group_rows: MAX_GROUP_ROWS,
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

impl HeatRow {
    /// The scenario of a one-scenario row; `None` for a group row.
    pub fn scenario(&self) -> Option<usize> {
        match self.scenarios.as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// One drawn column: a component.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatCol {
    /// Index into `Analysis::components`.
    pub component: usize,
    /// Left of the column in SVG units.
    pub left: f64,
    /// Right of the column in SVG units.
    pub right: f64,
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
    /// Columns, left to right.
    pub cols: Vec<HeatCol>,
}

impl Heatmap {
    /// The row at height `y` (SVG units), if any.
    pub fn row_at(&self, y: f64) -> Option<&HeatRow> {
        let i = ((y - f64::from(GRID_Y)) / f64::from(CELL)).floor();
        let hit = |r: &&HeatRow| r.top <= y && y < r.bottom;
        if i >= 0.0 && i < self.rows.len() as f64 {
            // Rows are evenly spaced: look where it should be first.
            if let Some(r) = self.rows.get(i as usize).filter(hit) {
                return Some(r);
            }
        }
        self.rows.iter().find(hit)
    }

    /// The component index of the column at `x` (SVG units), if any.
    pub fn col_at(&self, x: f64) -> Option<usize> {
        self.cols
            .iter()
            .find(|c| c.left <= x && x < c.right)
            .map(|c| c.component)
    }
}

/// Draw the heatmap of an analysis.
pub fn heatmap(analysis: &Analysis, opts: &HeatmapOptions) -> Heatmap {
    let cols = analysis.components.len().min(opts.max_cols);
    draw::draw(analysis, plan::plan(analysis, opts), cols)
}
