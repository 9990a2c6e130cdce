//! `analyze` (every scenario of a layout) and `status_in` (one scenario).

use super::eval::eval_full;
use super::explain::reason;
use super::facts::FactCtx;
use super::goals::{Summer, pair_goal};
use super::incremental::Engine;
use super::index::Index;
use super::scenario::{self, Scen};
use super::{Analysis, Options, ScenarioResult, Status};
use crate::model::Layout;

/// Reasons are written for `none`, single and partition scenarios when
/// those scenarios times components stay within this many lines.
const REASONS_LIMIT: usize = 250_000;

/// Analyse every scenario of a layout (see [`ScenarioResult`] for when
/// `reasons` is left empty). Never panics, whatever the layout holds.
pub fn analyze(layout: &Layout, opts: &Options) -> Analysis {
    let ix = Index::build(layout);
    let components: Vec<String> = ix.comps.iter().map(|c| c.id.to_string()).collect();
    let ctx = FactCtx::new(&ix);
    let mut eng = Engine::new(&ix);
    let singles = scenario::depth_one(&ix);
    let with_reasons = singles.len().saturating_mul(components.len()) <= REASONS_LIMIT;
    let base_reasons: Vec<String> = if with_reasons {
        (0..components.len())
            .map(|i| reason(&ix, i, &Scen::None, &eng.base_outs[i]))
            .collect()
    } else {
        Vec::new()
    };
    // Reserve the whole listing at once: growing a 100,000-entry Vec
    // copies it again and again.
    let pairs: u64 = if opts.depth >= 2 {
        (0..4).map(|level| scenario::pair_count(&ix, level)).sum()
    } else {
        0
    };
    let room = (opts.max_listed.saturating_sub(singles.len()) as u64).min(pairs);
    let room = usize::try_from(room).unwrap_or(0);
    let mut scenarios = Vec::with_capacity(singles.len().saturating_add(room));
    let mut summer = Summer::default();
    let base_down: Vec<u32> = (0..eng.base.len() as u32)
        .filter(|&i| eng.base[i as usize] == Status::Down)
        .collect();
    for scen in &singles {
        let status = eng.run(scen);
        let facts = ctx.facts(&ix, scen, &status, &eng.sides, &|i| eng.is_touched(i), true);
        let mut reasons = base_reasons.clone();
        if with_reasons {
            for (&i, o) in eng.touched.iter().zip(&eng.outs) {
                reasons[i as usize] = reason(&ix, i as usize, scen, o);
            }
        }
        // Untouched components keep their baseline status.
        let which = [base_down.as_slice(), eng.touched.as_slice()];
        summer.record(scen.class(), scenarios.len(), &status, which);
        scenarios.push(result(&ix, scen, status, reasons, facts));
    }
    let mut goals = summer.goals(&components, &|k| scenarios[k].id.clone());
    let (mut truncated, mut omitted) = (false, 0u64);
    if opts.depth >= 2 {
        // Goals in level order; pairs listed from the smallest class (region
        // pairs) to the largest (node pairs), so that a truncated listing
        // still holds every pair of the small classes.
        let first_pair_goal = goals.len();
        for level in 0..4 {
            goals.extend(pair_goal(&ix, level, &components));
        }
        for level in (0..4).rev() {
            let n = ix.ids[level].len() as u32;
            let mut listed = 0u64;
            'pairs: for a in 0..n {
                for b in a + 1..n {
                    if scenarios.len() >= opts.max_listed {
                        omitted += (n - b) as u64;
                        truncated = true;
                        if a + 1 < n {
                            let rest = (n - a - 1) as u64;
                            omitted += rest * (rest - 1) / 2;
                        }
                        break 'pairs;
                    }
                    let scen = Scen::Fail { level, a, b };
                    let status = eng.run(&scen);
                    let touched = |i| eng.is_touched(i);
                    let facts = ctx.facts(&ix, &scen, &status, &eng.sides, &touched, false);
                    scenarios.push(result(&ix, &scen, status, Vec::new(), facts));
                    listed += 1;
                }
            }
            let class = Scen::Fail { level, a: 0, b: 1 }.class();
            if let Some(goal) = goals[first_pair_goal..]
                .iter_mut()
                .find(|g| g.scenario_class == class)
            {
                goal.listed = listed;
            }
        }
    }
    Analysis {
        components,
        scenarios,
        goals,
        truncated,
        omitted,
    }
}

/// Evaluate one scenario given by id (`none`, `node:m1`, `zone:b+zone:a`,
/// `isolate:region:r1`), with a reason line per component. The result's id
/// is canonical (pairs in tree order). Errors name the bad id.
pub fn status_in(layout: &Layout, scenario_id: &str) -> Result<ScenarioResult, String> {
    let ix = Index::build(layout);
    let scen = scenario::parse(&ix, scenario_id.trim())?;
    let (status, sides, outs) = eval_full(&ix, &scen);
    let facts = FactCtx::new(&ix).facts(&ix, &scen, &status, &sides, &|_| true, true);
    let reasons = outs
        .iter()
        .enumerate()
        .map(|(i, o)| reason(&ix, i, &scen, o))
        .collect();
    Ok(result(&ix, &scen, status, reasons, facts))
}

fn result(
    ix: &Index,
    scen: &Scen,
    status: Vec<super::Status>,
    reasons: Vec<String>,
    facts: Vec<super::Fact>,
) -> ScenarioResult {
    ScenarioResult {
        id: scen.id(ix),
        class: scen.class(),
        status,
        reasons,
        facts,
    }
}
