//! The failure-scenario explorer as plain data: scenario rows grouped by
//! class with their down/degraded counts, filters, the domains a scenario
//! fails or isolates (for the canvas), and the presenter's summary.

use crate::canvas::ScenarioMarks;
use crate::engine::Analysis;
use crate::model::Layout;

/// One row of the scenario list.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into `Analysis::scenarios`.
    pub index: usize,
    /// Scenario id.
    pub id: String,
    /// Group name: `baseline`, `nodes`, `racks`, `zones`, `regions`, `pairs`, `partitions`.
    pub group: &'static str,
    /// Components down.
    pub down: usize,
    /// Components degraded.
    pub degraded: usize,
}

/// Every listed scenario as a row, in analysis order.
pub fn rows(_analysis: &Analysis) -> Vec<Row> {
    Vec::new()
}

/// What the canvas shows for scenario `id` of the layout.
pub fn marks(_layout: &Layout, _analysis: &Analysis, _index: usize) -> ScenarioMarks {
    ScenarioMarks::default()
}
