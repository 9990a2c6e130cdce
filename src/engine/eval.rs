//! Status rules for one component and the full evaluation of a scenario
//! (the incremental one is in `incremental.rs`).

use super::Status;
use super::index::{CompIx, Index, NONE};
use super::scenario::Scen;
use crate::model::ComponentKind;

/// Where a quorum's majority is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// Down: no side holds a majority.
    None,
    /// No partition: the whole cluster (in a partition: the outside).
    All,
    /// Inside the isolated domain.
    Inside,
    /// Outside the isolated domain.
    Outside,
}

/// Why a component has its status, with the numbers for the reason line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    /// Down in every scenario (cycle, unknown dependency).
    Broken,
    /// Down because this dependency is down.
    DepDown(u32),
    /// Quorum: live voters on the best side (partition: `Some(inside, outside)`).
    Quorum {
        live: u32,
        split: Option<(u32, u32)>,
    },
    /// Leader: live members; `lost` = a quorum dependency with no live member on its side.
    Leader { live: u32, lost: u32 },
    /// Replicated: live members.
    Replicated { live: u32 },
}

/// Status, active side and detail of a component in a scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Outcome {
    /// Status.
    pub status: Status,
    /// Active side (quorum only; `All` otherwise when up).
    pub side: Side,
    /// Why.
    pub detail: Detail,
}

/// The side as seen in a scenario: `All` means outside in a partition.
pub(crate) fn eff_side(side: Side, scen: &Scen) -> Side {
    match (side, scen) {
        (Side::All, Scen::Isolate { .. }) => Side::Outside,
        (s, _) => s,
    }
}

/// Members (voters, all) removed by a failure, or inside an isolated domain.
pub(crate) fn removed(c: &CompIx, scen: &Scen) -> (u32, u32) {
    match *scen {
        Scen::None => (0, 0),
        Scen::Fail { level, a, b } => {
            let (v1, a1) = c.count(level, a);
            let (v2, a2) = if b == NONE { (0, 0) } else { c.count(level, b) };
            (v1 + v2, a1 + a2)
        }
        Scen::Isolate { level, dom } => c.count(level, dom),
    }
}

/// Evaluate component `i`; its dependencies' entries in `status`/`sides` must be current.
pub(crate) fn eval_comp(
    ix: &Index,
    i: usize,
    scen: &Scen,
    status: &[Status],
    sides: &[Side],
) -> Outcome {
    let rm = ix.comps.get(i).map_or((0, 0), |c| removed(c, scen));
    eval_removed(ix, i, scen, rm, status, sides)
}

/// As [`eval_comp`], given `removed(&ix.comps[i], scen)` as `(rv, ra)`.
pub(crate) fn eval_removed(
    ix: &Index,
    i: usize,
    scen: &Scen,
    (rv, ra): (u32, u32),
    status: &[Status],
    sides: &[Side],
) -> Outcome {
    let c = &ix.comps[i];
    let down = |detail| Outcome {
        status: Status::Down,
        side: Side::None,
        detail,
    };
    if c.broken.is_some() {
        return down(Detail::Broken);
    }
    if let Some(&d) = c.deps.iter().find(|&&d| status[d as usize] == Status::Down) {
        return down(Detail::DepDown(d));
    }
    let partition = scen.is_partition();
    // In a partition nothing is removed: (rv, ra) are the inside counts.
    let (live, all_live) = if partition {
        (c.placed_v, c.missing_a == 0)
    } else {
        (c.placed_v - rv, c.missing_a == 0 && ra == 0)
    };
    // Members (voters, all) on a side.
    let on = |side: Side| match side {
        Side::Inside => (rv, ra),
        Side::Outside => (c.placed_v - rv, c.placed_a - ra),
        Side::All => (live, c.placed_a - if partition { 0 } else { ra }),
        Side::None => (0, 0),
    };
    let grade = |ok: bool| if ok { Status::Ok } else { Status::Degraded };
    match c.kind {
        ComponentKind::Quorum => {
            let side = if !partition {
                if live >= c.need {
                    Side::All
                } else {
                    Side::None
                }
            } else if rv >= c.need {
                Side::Inside
            } else if c.placed_v - rv >= c.need {
                Side::Outside
            } else {
                Side::None
            };
            let split = partition.then_some((rv, c.placed_v - rv));
            let best = if partition {
                rv.max(c.placed_v - rv)
            } else {
                live
            };
            let detail = Detail::Quorum { live: best, split };
            if side == Side::None {
                return down(detail);
            }
            let status = grade(all_live && on(side).1 == c.placed_a);
            Outcome {
                status,
                side,
                detail,
            }
        }
        ComponentKind::Leader => {
            let mut ok = all_live;
            for &q in &c.qdeps {
                let (v, a) = on(eff_side(sides[q as usize], scen));
                if v == 0 {
                    return down(Detail::Leader { live, lost: q });
                }
                ok &= a == c.placed_a;
            }
            let detail = Detail::Leader { live, lost: NONE };
            if live == 0 {
                return down(detail);
            }
            Outcome {
                status: grade(ok),
                side: Side::All,
                detail,
            }
        }
        ComponentKind::Replicated => {
            let detail = Detail::Replicated { live };
            if live < c.need {
                return down(detail);
            }
            Outcome {
                status: grade(all_live),
                side: Side::All,
                detail,
            }
        }
    }
}

/// Every component evaluated from scratch, in dependency order.
pub(crate) fn eval_full(ix: &Index, scen: &Scen) -> (Vec<Status>, Vec<Side>, Vec<Outcome>) {
    let n = ix.comps.len();
    let mut status = vec![Status::Down; n];
    let mut sides = vec![Side::None; n];
    let broken = Outcome {
        status: Status::Down,
        side: Side::None,
        detail: Detail::Broken,
    };
    let mut outs = vec![broken; n];
    for &i in &ix.topo {
        let o = eval_comp(ix, i as usize, scen, &status, &sides);
        status[i as usize] = o.status;
        sides[i as usize] = o.side;
        outs[i as usize] = o;
    }
    (status, sides, outs)
}
