//! The incremental evaluator: baseline once, then each scenario recomputes
//! only the components it touches and the dependents their changes reach.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::Status;
use super::eval::{Outcome, Side, eff_side, eval_full, eval_removed};
use super::index::{Hit, Index, NONE};
use super::scenario::Scen;

/// Incremental evaluator: baseline plus per-scenario recomputation of touched components.
pub(crate) struct Engine<'i, 'a> {
    ix: &'i Index<'a>,
    /// Baseline statuses.
    pub base: Vec<Status>,
    /// Baseline sides.
    pub base_sides: Vec<Side>,
    /// Baseline outcomes.
    pub base_outs: Vec<Outcome>,
    /// Sides in the last scenario run.
    pub sides: Vec<Side>,
    stamp: Vec<u32>,
    generation: u32,
    /// Per component stamped in this run: members (voters, all) removed or inside.
    removed: Vec<(u32, u32)>,
    /// Components recomputed by the last run, in dependency order.
    pub touched: Vec<u32>,
    /// Their outcomes, aligned with `touched`.
    pub outs: Vec<Outcome>,
    /// Seeds of the run as `rank << 32 | component`, in order.
    seeds: Vec<u64>,
    /// Dependents reached during the run, smallest rank first.
    late: BinaryHeap<Reverse<u64>>,
}

impl<'i, 'a> Engine<'i, 'a> {
    /// Evaluate the baseline.
    pub fn new(ix: &'i Index<'a>) -> Self {
        let (base, base_sides, base_outs) = eval_full(ix, &Scen::None);
        let n = ix.comps.len();
        Engine {
            ix,
            sides: base_sides.clone(),
            base,
            base_sides,
            base_outs,
            stamp: vec![0; n],
            generation: 0,
            removed: vec![(0, 0); n],
            touched: Vec::new(),
            outs: Vec::new(),
            seeds: Vec::new(),
            late: BinaryHeap::new(),
        }
    }

    /// Whether component `i` was recomputed by the last run (others keep their baseline outcome).
    pub fn is_touched(&self, i: usize) -> bool {
        self.stamp[i] == self.generation
    }

    /// Statuses in a scenario; `touched`, `outs` and `sides` describe it until the next run.
    pub fn run(&mut self, scen: &Scen) -> Vec<Status> {
        for &i in &self.touched {
            self.sides[i as usize] = self.base_sides[i as usize];
        }
        self.touched.clear();
        self.outs.clear();
        self.seeds.clear();
        self.late.clear();
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.iter_mut().for_each(|s| *s = u32::MAX);
        }
        let mut status = Vec::with_capacity(self.base.len());
        status.extend_from_slice(&self.base);
        let ix = self.ix;
        let hits: [&[Hit]; 2] = match *scen {
            Scen::None => [&[], &[]],
            Scen::Fail { level, a, b } => {
                let second: &[Hit] = if b == NONE {
                    &[]
                } else {
                    &ix.touch[level][b as usize]
                };
                [&ix.touch[level][a as usize], second]
            }
            Scen::Isolate { level, dom } => [&ix.touch[level][dom as usize], &[]],
        };
        // Both lists are sorted by rank: merge them, adding up the counts of
        // a component with members in both domains.
        let [mut x, mut y] = hits;
        loop {
            let h = match (x.first(), y.first()) {
                (Some(p), Some(q)) => {
                    if p.rank <= q.rank {
                        x = &x[1..];
                    }
                    if q.rank <= p.rank {
                        y = &y[1..];
                    }
                    match p.rank.cmp(&q.rank) {
                        std::cmp::Ordering::Less => *p,
                        std::cmp::Ordering::Greater => *q,
                        std::cmp::Ordering::Equal => Hit {
                            v: p.v + q.v,
                            a: p.a + q.a,
                            ..*p
                        },
                    }
                }
                (Some(p), None) => {
                    x = &x[1..];
                    *p
                }
                (None, Some(q)) => {
                    y = &y[1..];
                    *q
                }
                (None, None) => break,
            };
            let i = h.comp as usize;
            self.stamp[i] = self.generation;
            self.removed[i] = (h.v, h.a);
            self.seeds
                .push((u64::from(h.rank) << 32) | u64::from(h.comp));
        }
        // Evaluate in dependency order (rank); a result reaches the dependents
        // only when what they read of it (down or not, active side) changed.
        // Dependents come later in rank than what they depend on, so a heap
        // is needed only for them, and only when a change reaches them.
        let mut next = 0;
        loop {
            let seed = self.seeds.get(next).copied();
            let late = self.late.peek().map(|r| r.0);
            let k = match (seed, late) {
                (Some(s), Some(l)) if l < s => {
                    self.late.pop();
                    l
                }
                (Some(s), _) => {
                    next += 1;
                    s
                }
                (None, Some(l)) => {
                    self.late.pop();
                    l
                }
                (None, None) => break,
            };
            let i = (k & u64::from(u32::MAX)) as usize;
            let o = eval_removed(ix, i, scen, self.removed[i], &status, &self.sides);
            status[i] = o.status;
            self.sides[i] = o.side;
            self.touched.push(i as u32);
            self.outs.push(o);
            let was_down = self.base[i] == Status::Down;
            let same_side = eff_side(o.side, scen) == eff_side(self.base_sides[i], scen);
            if (o.status == Status::Down) != was_down || !same_side {
                for &u in &ix.dependents[i] {
                    if self.stamp[u as usize] != self.generation {
                        self.stamp[u as usize] = self.generation;
                        self.removed[u as usize] = (0, 0);
                        self.late.push(Reverse(key(ix, u)));
                    }
                }
            }
        }
        status
    }
}

/// Sort key of a component: dependency rank, then index.
fn key(ix: &Index, i: u32) -> u64 {
    (u64::from(ix.rank[i as usize]) << 32) | u64::from(i)
}
