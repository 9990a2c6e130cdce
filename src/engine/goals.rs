//! Goals: per scenario class, did every component stay up? Single-failure
//! and partition classes are summed from the listed scenarios; pair classes
//! are derived exactly from per-domain member counts, without enumerating.

use super::index::{Index, NONE};
use super::scenario::{PAIR_CLASSES, Scen, pair_count};
use super::{Goal, GoalExample, Status};

/// One class being summed up.
struct ClassAcc {
    class: &'static str,
    scenarios: u64,
    /// Per component, the first scenario (index into the list) where it is down.
    examples: Vec<Option<usize>>,
}

/// Sums up listed scenarios class by class (they come grouped by class).
#[derive(Default)]
pub(crate) struct Summer {
    classes: Vec<ClassAcc>,
}

impl Summer {
    /// Record the statuses of listed scenario number `idx`, looking only at
    /// the components of `which`: every component down in the scenario must
    /// be in one of the two lists.
    pub fn record(
        &mut self,
        class: &'static str,
        idx: usize,
        status: &[Status],
        which: [&[u32]; 2],
    ) {
        if self.classes.last().is_none_or(|c| c.class != class) {
            let examples = vec![None; status.len()];
            self.classes.push(ClassAcc {
                class,
                scenarios: 0,
                examples,
            });
        }
        let Some(acc) = self.classes.last_mut() else {
            return;
        };
        acc.scenarios += 1;
        for &i in which.iter().flat_map(|w| w.iter()) {
            let i = i as usize;
            if let (Some(e @ None), Some(Status::Down)) = (acc.examples.get_mut(i), status.get(i)) {
                *e = Some(idx);
            }
        }
    }

    /// The goals, naming examples by the ids of the listed scenarios.
    pub fn goals(self, components: &[String], scenario_id: &dyn Fn(usize) -> String) -> Vec<Goal> {
        self.classes
            .into_iter()
            .map(|acc| {
                let found = acc.examples.iter().map(|e| e.map(scenario_id)).collect();
                goal(acc.class, acc.scenarios, components, found)
            })
            .collect()
    }
}

/// Build a goal from, per component, an example scenario where it is down.
fn goal(class: &str, scenarios: u64, components: &[String], examples: Vec<Option<String>>) -> Goal {
    let mut failing = Vec::new();
    let mut list = Vec::new();
    for (id, e) in components.iter().zip(examples) {
        if let Some(scenario) = e {
            failing.push(id.clone());
            list.push(GoalExample {
                component: id.clone(),
                scenario,
            });
        }
    }
    Goal {
        scenario_class: class.to_string(),
        scenarios,
        listed: scenarios,
        survived: failing.is_empty(),
        failing,
        examples: list,
    }
}

/// The exact goal of the pair class of a level, or None when it has no scenario.
///
/// Domains of one level are disjoint, so a pair removes the members of both.
/// A component's own rule fails in some pair iff it fails when its two
/// domains with the most voters/members go; it is down in some pair iff
/// some component of its dependency closure fails its own rule in some pair.
pub(crate) fn pair_goal(ix: &Index, level: usize, components: &[String]) -> Option<Goal> {
    let count = pair_count(ix, level);
    if count == 0 {
        return None;
    }
    let n = ix.comps.len();
    // Per component, a pair (a < b) where it is down.
    let mut example: Vec<Option<(u32, u32)>> = vec![Some((0, 1)); n]; // broken: down everywhere
    for &i in &ix.topo {
        let c = &ix.comps[i as usize];
        let (a, b, removed) = worst_pair(&c.counts[level]);
        let direct = c.placed_v - removed < c.need;
        example[i as usize] = if direct {
            Some((a.min(b), a.max(b)))
        } else {
            c.deps.iter().find_map(|&d| example[d as usize])
        };
    }
    let ids = example
        .into_iter()
        .map(|e| e.map(|(a, b)| Scen::Fail { level, a, b }.id(ix)))
        .collect();
    Some(goal(PAIR_CLASSES[level], count, components, ids))
}

/// The two domains holding the most voters, and how many they hold together.
/// Needs at least two domains at the level; fills in with domains 0 and 1.
fn worst_pair(counts: &[super::index::Cnt]) -> (u32, u32, u32) {
    let (mut first, mut second) = ((NONE, 0u32), (NONE, 0u32));
    for e in counts {
        if first.0 == NONE || e.v > first.1 {
            second = first;
            first = (e.dom, e.v);
        } else if second.0 == NONE || e.v > second.1 {
            second = (e.dom, e.v);
        }
    }
    let a = if first.0 == NONE { 0 } else { first.0 };
    let b = if second.0 != NONE {
        second.0
    } else if a == 0 {
        1
    } else {
        0
    };
    (a, b, first.1 + second.1)
}

#[cfg(test)]
mod tests {
    use super::super::index::Cnt;
    use super::*;

    fn cnt(dom: u32, v: u32) -> Cnt {
        Cnt { dom, v, a: v }
    }

    #[test]
    fn worst_pair_takes_the_two_largest() {
        assert_eq!(worst_pair(&[cnt(0, 1), cnt(2, 3), cnt(5, 2)]), (2, 5, 5));
        assert_eq!(worst_pair(&[cnt(3, 2)]), (3, 0, 2));
        assert_eq!(worst_pair(&[cnt(0, 2)]), (0, 1, 2));
        assert_eq!(worst_pair(&[]), (0, 1, 0));
        assert_eq!(worst_pair(&[cnt(1, 4), cnt(2, 4), cnt(3, 4)]), (1, 2, 8));
    }
}
