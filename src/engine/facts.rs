//! Facts: what the DC/OS multi-zone guidance says happens in a scenario
//! (`shared/guidance/multi-zone-and-hybrid-cloud.md`, caveats).

use super::eval::{Side, eff_side};
use super::index::{Index, NONE, REGION, ZONE};
use super::scenario::Scen;
use super::{Fact, FactKind, Status};
use crate::model::{ComponentKind, Role};

/// Per-layout data the facts need, computed once.
pub(crate) struct FactCtx {
    control_plane: Vec<u32>,
    io_heavy: Vec<u32>,
    /// Per io-heavy component, its bandwidth fact when it spans zones in the baseline.
    io_base: Vec<Option<Fact>>,
    /// Per component: its schedulers (replicated components only).
    schedulers: Vec<Vec<u32>>,
}

impl FactCtx {
    /// Collect control-plane and io-heavy components and the schedulers of each replicated one.
    pub fn new(ix: &Index) -> Self {
        let role = |i: usize, r: Role| ix.comps[i].role == Some(r);
        let all = 0..ix.comps.len();
        let control_plane = all
            .clone()
            .filter(|&i| role(i, Role::ControlPlane))
            .map(|i| i as u32)
            .collect();
        let io_heavy: Vec<u32> = all
            .clone()
            .filter(|&i| ix.comps[i].io_heavy)
            .map(|i| i as u32)
            .collect();
        let io_base = io_heavy
            .iter()
            .map(|&i| {
                (zones_live(ix, i as usize, &Scen::None) > 1)
                    .then(|| bandwidth_fact(ix.comps[i as usize].id))
            })
            .collect();
        let layout_scheds: Vec<u32> = all
            .clone()
            .filter(|&i| role(i, Role::Scheduler))
            .map(|i| i as u32)
            .collect();
        let schedulers = all
            .map(|i| {
                if ix.comps[i].kind != ComponentKind::Replicated {
                    return Vec::new();
                }
                let own: Vec<u32> = closure(ix, i)
                    .into_iter()
                    .filter(|&j| {
                        ix.comps[j as usize].kind == ComponentKind::Leader
                            || role(j as usize, Role::Scheduler)
                    })
                    .collect();
                if own.is_empty() {
                    layout_scheds
                        .iter()
                        .copied()
                        .filter(|&j| j as usize != i)
                        .collect()
                } else {
                    own
                }
            })
            .collect();
        FactCtx {
            control_plane,
            io_heavy,
            io_base,
            schedulers,
        }
    }

    /// The facts of a scenario; `touched(i)` says whether component i may differ from the
    /// baseline; `bandwidth: false` leaves out the (design-wide) reduced-bandwidth facts.
    pub fn facts(
        &self,
        ix: &Index,
        scen: &Scen,
        status: &[Status],
        sides: &[Side],
        touched: &dyn Fn(usize) -> bool,
        bandwidth: bool,
    ) -> Vec<Fact> {
        let lost: Vec<String> = self
            .control_plane
            .iter()
            .filter(|&&i| status[i as usize] == Status::Down)
            .map(|&i| ix.comps[i as usize].id.to_string())
            .collect();
        // Room for every fact but partition ones: no regrowth in the usual case.
        let io = if bandwidth { self.io_heavy.len() } else { 0 };
        let mut out = Vec::with_capacity(usize::from(!lost.is_empty()) + io);
        if !lost.is_empty() {
            let message = format!(
                "Control plane lost ({} down): no app updates or rescheduling of failed apps until a quorum of \
                 masters returns; apps already running keep running.",
                lost.join(", ")
            );
            out.push(Fact {
                kind: FactKind::ControlPlaneLost,
                subjects: lost,
                message,
            });
        }
        if let Scen::Isolate { level, dom } = *scen {
            self.partition_facts(ix, scen, level, dom, status, sides, &mut out);
        }
        for (k, &i) in self.io_heavy[..io].iter().enumerate() {
            let spans = if touched(i as usize) {
                zones_live(ix, i as usize, scen) > 1
            } else {
                self.io_base[k].is_some()
            };
            if spans {
                out.push(
                    self.io_base[k]
                        .clone()
                        .unwrap_or_else(|| bandwidth_fact(ix.comps[i as usize].id)),
                );
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn partition_facts(
        &self,
        ix: &Index,
        scen: &Scen,
        level: usize,
        dom: u32,
        status: &[Status],
        sides: &[Side],
        out: &mut Vec<Fact>,
    ) {
        let place = if level == REGION { "region" } else { "zone" };
        let where_ = format!(
            "{place} {}",
            ix.ids[level].get(dom as usize).copied().unwrap_or("?")
        );
        // Sides (inside, outside) where a component has live members.
        let members_on = |i: usize| {
            let c = &ix.comps[i];
            let (inside, _) = c.count(level, dom);
            (inside > 0, c.placed_v - inside > 0)
        };
        for (i, c) in ix.comps.iter().enumerate() {
            if c.kind == ComponentKind::Leader
                && c.qdeps.is_empty()
                && status[i].is_up()
                && members_on(i) == (true, true)
            {
                let message = format!(
                    "{} has live members on both sides of the partition of {where_} and no quorum to elect its \
                     leader: two leaders may be elected (split brain).",
                    c.id
                );
                out.push(Fact {
                    kind: FactKind::SplitBrainRisk,
                    subjects: vec![c.id.to_string()],
                    message,
                });
            }
        }
        for (i, c) in ix.comps.iter().enumerate() {
            let (inside, outside) = members_on(i);
            for &s in &self.schedulers[i] {
                let Some((s_in, s_out)) =
                    self.scheduler_sides(ix, s as usize, scen, status, sides, &members_on)
                else {
                    continue;
                };
                if (inside && !s_in) || (outside && !s_out) {
                    let sid = ix.comps[s as usize].id;
                    let message = format!(
                        "{} has instances cut off from {sid} by the partition of {where_}: they keep running while \
                         {sid} may start copies of them on its own side.",
                        c.id
                    );
                    let subjects = vec![c.id.to_string(), sid.to_string()];
                    out.push(Fact {
                        kind: FactKind::DuplicateInstanceRisk,
                        subjects,
                        message,
                    });
                }
            }
        }
    }

    /// Sides (inside, outside) a scheduler acts from; None when it is down.
    fn scheduler_sides(
        &self,
        ix: &Index,
        s: usize,
        scen: &Scen,
        status: &[Status],
        sides: &[Side],
        members_on: &dyn Fn(usize) -> (bool, bool),
    ) -> Option<(bool, bool)> {
        if !status[s].is_up() {
            return None;
        }
        let c = &ix.comps[s];
        let quorums: Vec<usize> = match c.kind {
            ComponentKind::Quorum => vec![s],
            ComponentKind::Leader => c.qdeps.iter().map(|&q| q as usize).collect(),
            ComponentKind::Replicated => Vec::new(),
        };
        if quorums.is_empty() {
            return Some(members_on(s));
        }
        let mut acc = (false, false);
        for q in quorums {
            match eff_side(sides[q], scen) {
                Side::Inside => acc.0 = true,
                Side::Outside => acc.1 = true,
                _ => {}
            }
        }
        Some(acc)
    }
}

/// The reduced-bandwidth fact of an io-heavy component.
fn bandwidth_fact(id: &str) -> Fact {
    let message = format!(
        "{id} is I/O heavy and runs across zones: cross-zone bandwidth is limited (1-4 Gbps between \
         zones, 10-100 Mbps between regions), so its performance can degrade."
    );
    Fact {
        kind: FactKind::ReducedBandwidth,
        subjects: vec![id.to_string()],
        message,
    }
}

/// Components that `i` depends on, directly or not (itself excluded).
fn closure(ix: &Index, i: usize) -> Vec<u32> {
    let mut seen = vec![false; ix.comps.len()];
    let mut stack: Vec<u32> = ix.comps[i].deps.clone();
    let mut out = Vec::new();
    while let Some(j) = stack.pop() {
        if j as usize == i || std::mem::replace(&mut seen[j as usize], true) {
            continue;
        }
        out.push(j);
        stack.extend(ix.comps[j as usize].deps.iter().copied());
    }
    out.sort_unstable();
    out
}

/// How many zones hold live members (or observers) of a component.
fn zones_live(ix: &Index, i: usize, scen: &Scen) -> usize {
    let c = &ix.comps[i];
    c.counts[ZONE]
        .iter()
        .filter(|z| {
            let gone = match *scen {
                Scen::Fail { level, a, b } => [a, b]
                    .iter()
                    .filter(|&&d| d != NONE)
                    .map(|&d| match level {
                        ZONE if d == z.dom => z.a,
                        REGION if ix.zone_region.get(z.dom as usize) == Some(&d) => z.a,
                        ZONE | REGION => 0,
                        _ if ix.zone_of(level, d) == z.dom => c.count(level, d).1,
                        _ => 0,
                    })
                    .sum(),
                _ => 0,
            };
            z.a > gone
        })
        .count()
}
