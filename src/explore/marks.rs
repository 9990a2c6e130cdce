//! What scenario mode shows on the canvas.

use std::collections::HashMap;

use super::parse_scenario;
use crate::canvas::ScenarioMarks;
use crate::engine::{Analysis, Status};
use crate::model::Layout;

/// What the canvas shows for scenario `index` of the analysis: the failed
/// and isolated domain ids, and per live node the worst status of the
/// components it is a member or observer of (nodes in no component, and
/// nodes inside a failed domain, which are drawn failed, are absent). An
/// index past the end, or an id that does not parse, gives the default.
pub fn marks(layout: &Layout, analysis: &Analysis, index: usize) -> ScenarioMarks {
    let Some(result) = analysis.scenarios.get(index) else {
        return ScenarioMarks::default();
    };
    let Some(domains) = parse_scenario(&result.id) else {
        return ScenarioMarks::default();
    };
    let position: HashMap<&str, usize> = analysis
        .components
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_str(), i))
        .collect();
    let failed: Vec<&str> = domains.failed.iter().map(|(_, id)| id.as_str()).collect();
    let placements = crate::model::Placements::of(layout);
    let is_failed = |node: &str| {
        failed.contains(&node)
            || placements.get(node).is_some_and(|p| {
                failed.contains(&p.region)
                    || failed.contains(&p.zone)
                    || p.rack.is_some_and(|r| failed.contains(&r))
            })
    };
    let mut node_status: HashMap<String, Status> = HashMap::new();
    for comp in &layout.components {
        let Some(&i) = position.get(comp.id.as_str()) else {
            continue;
        };
        let status = result.status_of(i);
        for node in comp
            .members
            .iter()
            .chain(&comp.observers)
            .filter(|n| !is_failed(n))
        {
            node_status
                .entry(node.clone())
                .and_modify(|s| *s = (*s).max(status))
                .or_insert(status);
        }
    }
    ScenarioMarks {
        failed: domains.failed.into_iter().map(|(_, id)| id).collect(),
        isolated: domains.isolated.into_iter().map(|(_, id)| id).collect(),
        node_status,
    }
}
