//! Status rules, partitions, dependencies, broken layouts and facts, through the public API.

use quorumscope::engine::{FactKind, Options, Status, analyze, status_in};
use quorumscope::model::Layout;
use serde_json::{Value, json};

use Status::{Degraded, Down, Ok};

fn layout(v: Value) -> Layout {
    serde_json::from_value(v).expect("test layout")
}

/// Region r1 (zones a: a1 a2, b: b1 b2 in rack kb) and region r2 (zone c: c1), plus `components`.
fn base(components: Value) -> Layout {
    layout(json!({
        "regions": [
            { "id": "r1", "zones": [
                { "id": "a", "nodes": [{ "id": "a1" }, { "id": "a2" }] },
                { "id": "b", "racks": [{ "id": "kb", "nodes": [{ "id": "b1" }, { "id": "b2" }] }] }
            ]},
            { "id": "r2", "zones": [{ "id": "c", "nodes": [{ "id": "c1" }] }] }
        ],
        "unplaced": [{ "id": "u1" }],
        "components": components
    }))
}

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
fn status_in_parses_pairs_in_any_order_and_rejects_bad_ids() {
    let l = base(json!([{ "id": "q", "kind": "quorum", "members": ["a1", "b1", "c1"] }]));
    let ab = status_in(&l, "zone:b+zone:a").unwrap();
    assert_eq!(ab.id, "zone:a+zone:b");
    assert_eq!(ab.class, "zone+zone");
    assert_eq!(ab, status_in(&l, "zone:a+zone:b").unwrap());
    assert_eq!(
        status_in(&l, "isolate:region:r1").unwrap().class,
        "isolate:region"
    );
    for bad in [
        "",
        "zone:q",
        "zone:a+rack:kb",
        "zone:a+zone:a",
        "isolate:rack:kb",
        "meteor",
        "node:u1",
    ] {
        let e = status_in(&l, bad).unwrap_err();
        assert!(e.contains(bad), "{bad}: {e}");
    }
}

#[test]
fn listing_order_truncation_and_counts() {
    let l = base(json!([{ "id": "q", "kind": "quorum", "members": ["a1", "b1", "c1"] }]));
    let ids = |a: &quorumscope::engine::Analysis| {
        a.scenarios.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
    };
    let d1 = analyze(&l, &Options::default());
    assert_eq!(
        ids(&d1),
        [
            "none",
            "node:a1",
            "node:a2",
            "node:b1",
            "node:b2",
            "node:c1",
            "rack:kb",
            "zone:a",
            "zone:b",
            "zone:c",
            "region:r1",
            "region:r2",
            "isolate:zone:a",
            "isolate:zone:b",
            "isolate:zone:c",
            "isolate:region:r1",
            "isolate:region:r2"
        ]
    );
    assert!(!d1.truncated);
    let d2 = analyze(
        &l,
        &Options {
            depth: 2,
            ..Options::default()
        },
    );
    // 10 node pairs, 0 rack pairs, 3 zone pairs, 1 region pair.
    assert_eq!(d2.scenarios.len(), 17 + 14);
    // Pairs are listed from the smallest class to the largest.
    assert_eq!(d2.scenarios[17].id, "region:r1+region:r2");
    assert_eq!(d2.scenarios[18].id, "zone:a+zone:b");
    assert_eq!(d2.scenarios[21].id, "node:a1+node:a2");
    assert!(d2.scenarios[17].reasons.is_empty() && !d2.scenarios[1].reasons.is_empty());
    let counts: Vec<(String, u64)> = d2
        .goals
        .iter()
        .map(|g| (g.scenario_class.clone(), g.scenarios))
        .collect();
    let want = [
        ("none", 1),
        ("node", 5),
        ("rack", 1),
        ("zone", 3),
        ("region", 2),
        ("isolate:zone", 3),
        ("isolate:region", 2),
        ("node+node", 10),
        ("zone+zone", 3),
        ("region+region", 1),
    ];
    assert_eq!(counts, want.map(|(c, n)| (c.to_string(), n)));
    for max in [0, 17, 20, 27, 30, 31, 100] {
        let t = analyze(
            &l,
            &Options {
                depth: 2,
                max_listed: max,
            },
        );
        assert_eq!(t.scenarios.len(), max.clamp(17, 31), "max {max}");
        assert_eq!(t.omitted, 31 - max.clamp(17, 31) as u64, "max {max}");
        assert_eq!(t.truncated, max < 31);
        let unlisted = |goals: &[quorumscope::engine::Goal]| {
            let mut goals = goals.to_vec();
            goals.iter_mut().for_each(|g| g.listed = 0);
            goals
        };
        assert_eq!(
            unlisted(&t.goals),
            unlisted(&d2.goals),
            "goals stay exact when truncated"
        );
        let listed: u64 = t.goals.iter().map(|g| g.listed).sum();
        assert_eq!(
            listed,
            t.scenarios.len() as u64,
            "listed counts add up (max {max})"
        );
        for g in &t.goals {
            let shown = t
                .scenarios
                .iter()
                .filter(|s| s.class == g.scenario_class)
                .count();
            assert_eq!(g.listed, shown as u64, "{} listed", g.scenario_class);
        }
        assert_eq!(&t.scenarios[..], &d2.scenarios[..t.scenarios.len()]);
    }
}

#[test]
fn listed_scenarios_agree_with_status_in() {
    let l = base(json!([
        { "id": "zk", "kind": "quorum", "members": ["a1", "a2", "b1"], "observers": ["c1"] },
        { "id": "marathon", "kind": "leader", "members": ["a1", "b2", "c1"], "depends_on": ["zk"] },
        { "id": "web", "kind": "replicated", "members": ["a2", "b2", "c1"], "depends_on": ["marathon"], "min_available": 2, "io_heavy": true },
        { "id": "mesos-masters", "kind": "quorum", "members": ["a1", "b1", "c1"] }
    ]));
    let a = analyze(
        &l,
        &Options {
            depth: 2,
            ..Options::default()
        },
    );
    for r in &a.scenarios {
        let one = status_in(&l, &r.id).unwrap();
        assert_eq!(one.status, r.status, "{}", r.id);
        if r.class.contains('+') {
            // Listed pairs leave out the design-wide reduced-bandwidth facts.
            let kept: Vec<_> = one
                .facts
                .iter()
                .filter(|f| f.kind != FactKind::ReducedBandwidth)
                .cloned()
                .collect();
            assert_eq!(kept, r.facts, "{}", r.id);
        } else {
            assert_eq!(one.facts, r.facts, "{}", r.id);
        }
        if !r.reasons.is_empty() {
            assert_eq!(one.reasons, r.reasons, "{}", r.id);
        }
    }
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
