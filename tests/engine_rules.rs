//! Status rules, partitions, dependencies, broken layouts and facts, through the public API.

use quorumscope::engine::{FactKind, Options, Status, analyze, status_in};
use quorumscope::model::Layout;
use serde_json::json;

mod engine_support;

use Status::{Degraded, Down, Ok};
use engine_support::{base, layout};

fn statuses(l: &Layout, id: &str) -> Vec<Status> {
    status_in(l, id)
        .unwrap_or_else(|e| panic!("{id}: {e}"))
        .status
}

#[test]
fn quorum_ok_degraded_down() {
    let l = base(
        json!([{ "id": "q", "kind": "quorum", "members": ["a1", "b1", "c1"], "observers": ["a2"] }]),
    );
    assert_eq!(statuses(&l, "none"), [Ok]);
    assert_eq!(statuses(&l, "node:a2"), [Degraded], "observer lost");
    assert_eq!(statuses(&l, "zone:a"), [Degraded]);
    assert_eq!(statuses(&l, "region:r1"), [Down]);
    assert_eq!(statuses(&l, "zone:a+zone:b"), [Down]);
    let r = status_in(&l, "region:r1").unwrap();
    assert_eq!(r.reasons[0], "q: 1 of 3 voters live, needs 2: down");
}

#[test]
fn unplaced_and_unknown_members_are_missing_everywhere() {
    let l = base(json!([
        { "id": "q", "kind": "quorum", "members": ["a1", "u1", "ghost"] },
        { "id": "r", "kind": "replicated", "members": ["a1", "u1"] },
        { "id": "s", "kind": "replicated", "members": ["u1"] }
    ]));
    assert_eq!(statuses(&l, "none"), [Down, Degraded, Down]);
    let a = analyze(&l, &Options::default());
    assert_eq!(a.scenarios[0].status, [Down, Degraded, Down]);
    let none = a.goals.iter().find(|g| g.scenario_class == "none").unwrap();
    assert_eq!(none.failing, ["q", "s"]);
    assert!(
        a.headline().contains("is down even with no failure (q, s)"),
        "{}",
        a.headline()
    );
}

#[test]
fn replicated_min_available() {
    let l = base(
        json!([{ "id": "web", "kind": "replicated", "members": ["a1", "b1", "c1"], "min_available": 2 }]),
    );
    assert_eq!(statuses(&l, "node:a1"), [Degraded]);
    assert_eq!(statuses(&l, "node:a1+node:b1"), [Down]);
    assert_eq!(statuses(&l, "region:r1"), [Down]);
    assert_eq!(
        statuses(&l, "isolate:region:r2"),
        [Ok],
        "partitions kill no instance"
    );
}

#[test]
fn leader_without_quorum_needs_one_live_member() {
    let l = base(json!([{ "id": "s", "kind": "leader", "members": ["a1", "c1"] }]));
    assert_eq!(statuses(&l, "zone:a"), [Degraded]);
    assert_eq!(statuses(&l, "zone:a+zone:c"), [Down]);
    assert_eq!(statuses(&l, "isolate:zone:a"), [Ok]);
    let r = status_in(&l, "isolate:zone:a").unwrap();
    assert!(
        r.facts
            .iter()
            .any(|f| f.kind == FactKind::SplitBrainRisk && f.subjects == ["s"])
    );
}

#[test]
fn partition_active_side_and_leader_on_minority_side() {
    let l = base(json!([
        { "id": "zk", "kind": "quorum", "members": ["a1", "a2", "b1"] },
        { "id": "marathon", "kind": "leader", "members": ["b2", "c1"], "depends_on": ["zk"] },
        { "id": "m2", "kind": "leader", "members": ["a1", "c1"], "depends_on": ["zk"] }
    ]));
    assert_eq!(statuses(&l, "none"), [Ok, Ok, Ok]);
    // zone a holds zk's majority: marathon (b2, c1) has no member on that side.
    assert_eq!(statuses(&l, "isolate:zone:a"), [Degraded, Down, Degraded]);
    let r = status_in(&l, "isolate:zone:a").unwrap();
    assert_eq!(
        r.reasons[1],
        "marathon: no live member on the side of zk's majority: down"
    );
    // Isolating region r2 keeps zk's majority outside, with b2 and a1 there.
    assert_eq!(statuses(&l, "isolate:region:r2"), [Ok, Degraded, Degraded]);
    // Isolating zone b: zk's majority outside (a1, a2); marathon's b2 is cut off, m2 is all outside.
    assert_eq!(statuses(&l, "isolate:zone:b"), [Degraded, Degraded, Ok]);
    // No side with a majority: zk down, both leaders down with it.
    let split =
        base(json!([{ "id": "zk", "kind": "quorum", "members": ["a1", "b1", "c1", "b2"] }]));
    assert_eq!(statuses(&split, "isolate:zone:b"), [Down]);
}

#[test]
fn dependencies_propagate_transitively() {
    let l = base(json!([
        { "id": "web", "kind": "replicated", "members": ["a1", "b1"], "depends_on": ["api"] },
        { "id": "api", "kind": "replicated", "members": ["a2", "b2"], "depends_on": ["db"] },
        { "id": "db", "kind": "replicated", "members": ["c1"] }
    ]));
    assert_eq!(statuses(&l, "zone:c"), [Down, Down, Down]);
    assert_eq!(statuses(&l, "zone:a"), [Degraded, Degraded, Ok]);
    let r = status_in(&l, "region:r2").unwrap();
    assert_eq!(r.reasons[0], "web: down because api is down");
    assert_eq!(r.reasons[1], "api: down because db is down");
    let a = analyze(&l, &Options::default());
    let g = a.goals.iter().find(|g| g.scenario_class == "node").unwrap();
    assert_eq!(g.failing, ["web", "api", "db"]);
    assert!(g.examples.iter().all(|e| e.scenario == "node:c1"));
}

#[test]
fn cycles_and_unknown_dependencies_are_down_without_panic() {
    let l = base(json!([
        { "id": "x", "kind": "replicated", "members": ["a1"], "depends_on": ["y"] },
        { "id": "y", "kind": "leader", "members": ["a1"], "depends_on": ["x"] },
        { "id": "z", "kind": "replicated", "members": ["a1"], "depends_on": ["nope"] },
        { "id": "w", "kind": "quorum", "members": ["a1"], "depends_on": ["z"] },
        { "id": "self", "kind": "replicated", "members": ["a1"], "depends_on": ["self"] },
        { "id": "fine", "kind": "replicated", "members": ["a1"] }
    ]));
    for depth in [1, 2] {
        let a = analyze(
            &l,
            &Options {
                depth,
                ..Options::default()
            },
        );
        for r in &a.scenarios {
            assert_eq!(&r.status[..5], [Down; 5], "{}", r.id);
        }
        for g in &a.goals {
            assert_eq!(
                &g.failing[..5],
                ["x", "y", "z", "w", "self"],
                "{}",
                g.scenario_class
            );
        }
    }
    let r = status_in(&l, "none").unwrap();
    assert_eq!(r.status[5], Ok);
    assert_eq!(r.reasons[2], "z: depends on unknown component nope: down");
}

#[test]
fn odd_layouts_never_panic() {
    let empty = Layout::default();
    let a = analyze(
        &empty,
        &Options {
            depth: 2,
            max_listed: 0,
        },
    );
    assert_eq!(a.scenarios.len(), 1);
    assert_eq!(a.headline(), "has no components to analyse");
    // Duplicated ids, empty components, a node placed twice, min_available 0.
    let l = layout(json!({
        "regions": [{ "id": "r", "zones": [
            { "id": "z", "nodes": [{ "id": "n" }, { "id": "n" }] },
            { "id": "z", "nodes": [{ "id": "m" }] }
        ]}, { "id": "r" }],
        "components": [
            { "id": "q", "kind": "quorum" },
            { "id": "l", "kind": "leader" },
            { "id": "e", "kind": "replicated", "min_available": 0 },
            { "id": "q", "kind": "quorum", "members": ["n", "n", "m"] }
        ]
    }));
    let a = analyze(
        &l,
        &Options {
            depth: 2,
            ..Options::default()
        },
    );
    assert_eq!(a.scenarios[0].status, [Down, Down, Ok, Ok]);
    assert!(status_in(&l, "node:n+node:m").is_ok());
}

#[test]
fn facts_duplicates_and_bandwidth() {
    let l = base(json!([
        { "id": "zk", "kind": "quorum", "members": ["a1", "a2", "b1"] },
        { "id": "marathon", "kind": "leader", "members": ["a1", "b1"], "depends_on": ["zk"] },
        { "id": "app", "kind": "replicated", "members": ["b2", "c1"], "depends_on": ["marathon"], "io_heavy": true },
        { "id": "solo", "kind": "replicated", "members": ["c1"], "role": "service" }
    ]));
    let r = status_in(&l, "isolate:region:r2").unwrap();
    let dup: Vec<&Vec<String>> = r
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::DuplicateInstanceRisk)
        .map(|f| &f.subjects)
        .collect();
    // app's c1 instance is cut off from marathon (zk's majority is in r1); solo has no scheduler
    // of its own, so every scheduler-role component of the layout counts: marathon again.
    let pair = |c: &str| vec![c.to_string(), "marathon".to_string()];
    assert_eq!(dup, [&pair("app"), &pair("solo")]);
    let none = status_in(&l, "none").unwrap();
    let bw: Vec<_> = none
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::ReducedBandwidth)
        .collect();
    assert_eq!(bw.len(), 1);
    assert_eq!(bw[0].subjects, ["app"]);
    assert!(bw[0].message.contains("app") && bw[0].message.contains("1-4 Gbps"));
    // Lose zone c: app only runs in zone b, no more cross-zone traffic.
    assert!(
        status_in(&l, "zone:c")
            .unwrap()
            .facts
            .iter()
            .all(|f| f.kind != FactKind::ReducedBandwidth)
    );
    assert!(
        status_in(&l, "node:b1")
            .unwrap()
            .facts
            .iter()
            .any(|f| f.kind == FactKind::ReducedBandwidth)
    );
    // Isolating zone a moves zk's majority (and marathon) inside: app is all outside.
    let iso_a = status_in(&l, "isolate:zone:a").unwrap();
    assert!(
        iso_a
            .facts
            .iter()
            .any(|f| f.kind == FactKind::DuplicateInstanceRisk && f.subjects[0] == "app")
    );
    assert!(
        none.facts
            .iter()
            .all(|f| f.kind != FactKind::DuplicateInstanceRisk)
    );
}
