//! One-line reasons: why a component has its status in a scenario.

use super::eval::{Detail, Outcome};
use super::index::{Broken, Index, NONE};
use super::scenario::Scen;

/// The reason line for component `i`, e.g.
/// `mesos-masters: 1 of 3 voters live, needs 2: down`.
pub(crate) fn reason(ix: &Index, i: usize, scen: &Scen, o: &Outcome) -> String {
    let c = &ix.comps[i];
    let name = |j: u32| ix.comps.get(j as usize).map_or("?", |c| c.id);
    let st = o.status.as_str();
    let missing = if c.missing_a > 0 {
        format!(" ({} not placed)", c.missing_a)
    } else {
        String::new()
    };
    match o.detail {
        Detail::Broken => match &c.broken {
            Some(Broken::Unknown(d)) => format!("{}: depends on unknown component {d}: down", c.id),
            Some(Broken::Dep(d)) => format!(
                "{}: down because {} is down in every scenario",
                c.id,
                name(*d)
            ),
            _ => format!("{}: in or behind a dependency cycle: down", c.id),
        },
        Detail::DepDown(d) => format!("{}: down because {} is down", c.id, name(d)),
        Detail::Quorum { live, split: None } => format!(
            "{}: {live} of {} voters live{missing}, needs {}: {st}",
            c.id, c.total_v, c.need
        ),
        Detail::Quorum {
            split: Some((inside, outside)),
            ..
        } => {
            let dom = isolated(ix, scen);
            format!(
                "{}: {inside} of {} voters inside {dom}, {outside} outside{missing}, needs {} on one side: {st}",
                c.id, c.total_v, c.need
            )
        }
        Detail::Leader { lost, .. } if lost != NONE => {
            format!(
                "{}: no live member on the side of {}'s majority: {st}",
                c.id,
                name(lost)
            )
        }
        Detail::Leader { live, .. } if c.qdeps.is_empty() => {
            format!(
                "{}: {live} of {} members live{missing}: {st}",
                c.id, c.total_v
            )
        }
        Detail::Leader { live, .. } => {
            let qs: Vec<&str> = c.qdeps.iter().map(|&q| name(q)).collect();
            format!(
                "{}: {live} of {} members live{missing}, one on the side of {}'s majority: {st}",
                c.id,
                c.total_v,
                qs.join(" and ")
            )
        }
        Detail::Replicated { live } => format!(
            "{}: {live} of {} instances live{missing}, needs {}: {st}",
            c.id, c.total_v, c.need
        ),
    }
}

/// `zone a` for an isolate scenario.
fn isolated(ix: &Index, scen: &Scen) -> String {
    match *scen {
        Scen::Isolate { level, dom } => {
            let id = ix.ids[level].get(dom as usize).copied().unwrap_or("?");
            format!("{} {id}", super::index::LEVEL_NAMES[level])
        }
        _ => "the isolated domain".to_string(),
    }
}
