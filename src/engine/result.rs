//! The analysis output: scenario results, facts and goals.

use serde::Serialize;

use super::Status;

/// Everything [`super::analyze`] found out about a layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// Component ids, in layout order; status vectors index this.
    pub components: Vec<String>,
    /// Listed scenarios: `none`, single failures, partitions, then pairs.
    pub scenarios: Vec<ScenarioResult>,
    /// One per scenario class that has scenarios; exact even when listing is truncated.
    pub goals: Vec<Goal>,
    /// True when pair scenarios were left out of `scenarios`.
    pub truncated: bool,
    /// How many scenarios were left out.
    pub omitted: u64,
}

/// The outcome of one scenario.
///
/// `reasons` holds one line per component, except where [`super::analyze`]
/// leaves it empty to save time and memory: always for pair scenarios, and
/// for every scenario when `none` + single + partition scenarios times
/// components exceeds 250,000. [`super::status_in`] always fills it.
///
/// Likewise `facts` of listed pair scenarios leave out `ReducedBandwidth`,
/// a property of the design reported in `none`, the single-failure and
/// partition scenarios (repeating it in 100,000 pairs would cost hundreds of
/// megabytes); [`super::status_in`] gives every fact of a pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioResult {
    /// Scenario id: `none`, `node:m1`, `zone:a+zone:b`, `isolate:region:r1`.
    pub id: String,
    /// The id without domain ids: `node`, `zone+zone`, `isolate:zone`...
    pub class: &'static str,
    /// Per component (index = `Analysis::components`).
    pub status: Vec<Status>,
    /// Per component, one line saying why (may be empty, see above).
    pub reasons: Vec<String>,
    /// What the DC/OS guidance says happens in this scenario.
    pub facts: Vec<Fact>,
}

impl ScenarioResult {
    /// The status of component `i` (`Down` for an index past the end).
    pub fn status_of(&self, i: usize) -> Status {
        self.status.get(i).copied().unwrap_or(Status::Down)
    }
}

/// Whether every component survives every scenario of one class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    /// The class, as `ScenarioResult::class`.
    pub scenario_class: String,
    /// How many scenarios the class has (exact, even if not listed).
    pub scenarios: u64,
    /// How many of them `Analysis::scenarios` lists (fewer when truncated).
    pub listed: u64,
    /// Every component stayed up in every scenario of the class.
    pub survived: bool,
    /// Components down in at least one scenario of the class, layout order.
    pub failing: Vec<String>,
    /// For each failing component, one scenario where it is down.
    pub examples: Vec<GoalExample>,
}

/// A scenario in which a component is down.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoalExample {
    /// Component id.
    pub component: String,
    /// Scenario id.
    pub scenario: String,
}

/// Something the guidance says happens in a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// What kind of consequence.
    pub kind: FactKind,
    /// Component ids concerned.
    pub subjects: Vec<String>,
    /// One plain-English sentence naming the subjects.
    pub message: String,
}

/// Consequences the DC/OS multi-zone guidance describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// The control plane is down: no updates or rescheduling, running apps keep running.
    ControlPlaneLost,
    /// Two leaders may be elected on the two sides of a partition.
    SplitBrainRisk,
    /// Cut-off instances keep running while the scheduler may start copies.
    DuplicateInstanceRisk,
    /// Cross-zone bandwidth is limited for an I/O-heavy component.
    ReducedBandwidth,
}

impl FactKind {
    /// The kind as written in reports (`control-plane-lost`...).
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::ControlPlaneLost => "control-plane-lost",
            FactKind::SplitBrainRisk => "split-brain-risk",
            FactKind::DuplicateInstanceRisk => "duplicate-instance-risk",
            FactKind::ReducedBandwidth => "reduced-bandwidth",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fact_kind_serializes_kebab_case_like_as_str() {
        for k in [
            FactKind::ControlPlaneLost,
            FactKind::SplitBrainRisk,
            FactKind::DuplicateInstanceRisk,
            FactKind::ReducedBandwidth,
        ] {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.as_str())
            );
        }
    }
}
