//! Unit tests of the index and the incremental evaluator.

use super::eval::{Side, eval_full};
use super::incremental::Engine;
use super::index::{Broken, Cnt, Index, NODE, NONE, RACK, REGION, ZONE};
use super::scenario::{Scen, depth_one};
use super::{Status, explain};
use crate::model::Layout;

fn layout() -> Layout {
    serde_json::from_value(serde_json::json!({
        "regions": [
            { "id": "r1", "zones": [
                { "id": "a", "racks": [{ "id": "k1", "nodes": [{ "id": "n1" }, { "id": "n2" }] }],
                  "nodes": [{ "id": "n3" }] },
                { "id": "b", "nodes": [{ "id": "n4" }] }
            ]},
            { "id": "r2", "zones": [{ "id": "c", "nodes": [{ "id": "n5" }] }] }
        ],
        "unplaced": [{ "id": "u" }],
        "components": [
            { "id": "app", "kind": "replicated", "members": ["n1", "n4", "n5"], "depends_on": ["sched"] },
            { "id": "sched", "kind": "leader", "members": ["n2", "n4"], "depends_on": ["zk"] },
            { "id": "zk", "kind": "quorum", "members": ["n1", "n2", "n4", "u"], "observers": ["n5"] },
            { "id": "loop1", "kind": "replicated", "depends_on": ["loop2"] },
            { "id": "loop2", "kind": "replicated", "depends_on": ["loop1"] },
            { "id": "lost", "kind": "replicated", "depends_on": ["nowhere"] },
            { "id": "after", "kind": "replicated", "depends_on": ["lost"] }
        ]
    }))
    .unwrap()
}

#[test]
fn dense_indices_in_tree_order() {
    let l = layout();
    let ix = Index::build(&l);
    assert_eq!(ix.ids[NODE], ["n1", "n2", "n3", "n4", "n5"]);
    assert_eq!(ix.ids[RACK], ["k1"]);
    assert_eq!(ix.ids[ZONE], ["a", "b", "c"]);
    assert_eq!(ix.ids[REGION], ["r1", "r2"]);
    assert_eq!(ix.node_dom[2], [2, NONE, 0, 0], "n3 has no rack");
    assert_eq!(ix.node_dom[4], [4, NONE, 2, 1]);
    assert_eq!(
        (ix.rack_zone.clone(), ix.zone_region.clone()),
        (vec![0], vec![0, 0, 1])
    );
    assert_eq!(ix.dom(ZONE, "b"), Some(1));
    assert_eq!(ix.dom(ZONE, "u"), None);
}

#[test]
fn member_counts_per_domain() {
    let l = layout();
    let ix = Index::build(&l);
    let zk = &ix.comps[2];
    assert_eq!(
        (zk.total_v, zk.need, zk.placed_v, zk.placed_a, zk.missing_a),
        (4, 3, 3, 4, 1)
    );
    assert_eq!(
        zk.counts[ZONE],
        [
            Cnt { dom: 0, v: 2, a: 2 },
            Cnt { dom: 1, v: 1, a: 1 },
            Cnt { dom: 2, v: 0, a: 1 }
        ]
    );
    assert_eq!(zk.count(REGION, 0), (3, 3));
    assert_eq!(zk.count(RACK, 0), (2, 2));
    assert_eq!(zk.count(NODE, 2), (0, 0));
    assert_eq!(
        ix.touch[ZONE][2].iter().map(|h| h.comp).collect::<Vec<_>>(),
        [2, 0],
        "zone c holds app and zk's observer, in dependency order"
    );
    for (level, doms) in ix.touch.iter().enumerate() {
        for (dom, hits) in doms.iter().enumerate() {
            for h in hits {
                let want = ix.comps[h.comp as usize].count(level, dom as u32);
                assert_eq!((h.v, h.a), want, "level {level} domain {dom}");
                assert_ne!(want, (0, 0));
            }
        }
    }
}

#[test]
fn dependency_order_and_broken_components() {
    let l = layout();
    let ix = Index::build(&l);
    assert_eq!(ix.topo, [2, 1, 0]);
    assert_eq!(ix.dependents[2], [1]);
    assert_eq!(ix.comps[3].broken, Some(Broken::Cycle));
    assert_eq!(ix.comps[5].broken, Some(Broken::Unknown("nowhere".into())));
    assert_eq!(ix.comps[6].broken, Some(Broken::Dep(5)));
    assert!(
        ix.touch.iter().flatten().flatten().all(|h| h.comp < 3),
        "broken components are never touched"
    );
}

#[test]
fn incremental_runs_match_full_evaluation() {
    let l = layout();
    let ix = Index::build(&l);
    let mut eng = Engine::new(&ix);
    let mut scens = depth_one(&ix);
    // Every pair of every level: components in both domains add up.
    for level in 0..4 {
        let n = ix.ids[level].len() as u32;
        for a in 0..n {
            scens.extend((a + 1..n).map(|b| Scen::Fail { level, a, b }));
        }
    }
    assert!(scens.contains(&Scen::Fail {
        level: ZONE,
        a: 0,
        b: 2
    }));
    for scen in &scens {
        let (status, sides, outs) = eval_full(&ix, scen);
        assert_eq!(eng.run(scen), status, "{}", scen.id(&ix));
        for (i, &side) in sides.iter().enumerate() {
            let got = super::eval::eff_side(eng.sides[i], scen);
            assert_eq!(
                got,
                super::eval::eff_side(side, scen),
                "{} comp {i}",
                scen.id(&ix)
            );
        }
        for (&i, o) in eng.touched.iter().zip(&eng.outs) {
            assert_eq!(*o, outs[i as usize]);
        }
        let ranks: Vec<u32> = eng.touched.iter().map(|&i| ix.rank[i as usize]).collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{}", scen.id(&ix));
    }
}

#[test]
fn baseline_statuses_and_reasons() {
    let l = layout();
    let ix = Index::build(&l);
    let (status, sides, outs) = eval_full(&ix, &Scen::None);
    use Status::*;
    // A degraded dependency does not degrade its dependents.
    assert_eq!(status, [Ok, Ok, Degraded, Down, Down, Down, Down]);
    assert_eq!(sides[2], Side::All);
    let r = |i: usize| explain::reason(&ix, i, &Scen::None, &outs[i]);
    assert_eq!(
        r(2),
        "zk: 3 of 4 voters live (1 not placed), needs 3: degraded"
    );
    assert_eq!(r(0), "app: 3 of 3 instances live, needs 1: ok");
    assert_eq!(r(3), "loop1: in or behind a dependency cycle: down");
    assert_eq!(r(6), "after: down because lost is down in every scenario");
    // Zone a is isolated: zk has 2 of 4 voters inside, 1 outside: no majority anywhere.
    let iso = Scen::Isolate {
        level: ZONE,
        dom: 0,
    };
    let (status, _, outs) = eval_full(&ix, &iso);
    assert_eq!(&status[..3], [Down, Down, Down]);
    assert_eq!(
        explain::reason(&ix, 2, &iso, &outs[2]),
        "zk: 2 of 4 voters inside zone a, 1 outside (1 not placed), needs 3 on one side: down"
    );
}
