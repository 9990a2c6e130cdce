//! Every row of shared/oracles/quorum-tables.md, as layouts run through the engine.

use quorumscope::engine::{Analysis, FactKind, Options, Status, analyze, status_in};
use quorumscope::model::Layout;
use serde_json::{Value, json};

fn layout(v: Value) -> Layout {
    serde_json::from_value(v).expect("test layout")
}

fn status_of(l: &Layout, scenario: &str, comp: &str) -> Status {
    let r = status_in(l, scenario).expect("scenario");
    let i = l
        .components
        .iter()
        .position(|c| c.id == comp)
        .expect("component");
    r.status[i]
}

fn goal<'a>(a: &'a Analysis, class: &str) -> &'a quorumscope::engine::Goal {
    a.goals
        .iter()
        .find(|g| g.scenario_class == class)
        .expect("goal class")
}

/// `voters` voters of which the first `killed` sit in rack "dead", the rest in rack "alive".
fn killed_layout(voters: usize, killed: usize) -> Layout {
    let node = |i: usize| json!({ "id": format!("n{i}") });
    layout(json!({
        "regions": [{ "id": "r", "zones": [{ "id": "z", "racks": [
            { "id": "dead", "nodes": (0..killed).map(node).collect::<Vec<_>>() },
            { "id": "alive", "nodes": (killed..voters).map(node).collect::<Vec<_>>() }
        ]}]}],
        "components": [{ "id": "q", "kind": "quorum",
            "members": (0..voters).map(|i| format!("n{i}")).collect::<Vec<_>>() }]
    }))
}

/// Failures tolerated, measured: most voters that can die with the quorum up.
fn tolerated(voters: usize) -> usize {
    (0..=voters)
        .filter(|&k| status_of(&killed_layout(voters, k), "rack:dead", "q").is_up())
        .max()
        .unwrap_or(0)
}

#[test]
fn majority_and_failures_tolerated_for_1_to_9_voters() {
    let majority = [1, 2, 2, 3, 3, 4, 4, 5, 5];
    let tolerates = [0, 0, 1, 1, 2, 2, 3, 3, 4];
    for v in 1..=9 {
        let (m, t) = (majority[v - 1], tolerates[v - 1]);
        assert_eq!(tolerated(v), t, "{v} voters tolerate");
        // Exactly m live voters is up, m - 1 is down.
        assert!(
            status_of(&killed_layout(v, v - m), "rack:dead", "q").is_up(),
            "{v} voters, {m} live"
        );
        assert_eq!(
            status_of(&killed_layout(v, v - m + 1), "rack:dead", "q"),
            Status::Down
        );
        let reason = &status_in(&killed_layout(v, 0), "none").unwrap().reasons[0];
        assert!(reason.contains(&format!("needs {m}")), "{reason}");
    }
}

#[test]
fn even_counts_add_no_tolerance() {
    for v in [2, 4, 6, 8] {
        assert_eq!(tolerated(v), tolerated(v - 1), "{v} voters");
    }
}

#[test]
fn failures_tolerated_matches_node_and_node_pair_goals() {
    let tolerates = [0, 0, 1, 1, 2, 2, 3, 3, 4];
    for v in 1..=9 {
        let l = killed_layout(v, 0);
        let a = analyze(
            &l,
            &Options {
                depth: 2,
                ..Options::default()
            },
        );
        assert_eq!(
            goal(&a, "node").survived,
            tolerates[v - 1] >= 1,
            "{v} voters, one node"
        );
        if v >= 2 {
            assert_eq!(
                goal(&a, "node+node").survived,
                tolerates[v - 1] >= 2,
                "{v} voters, two nodes"
            );
        }
    }
}

/// Voters spread over zones z1, z2, z3 with the given counts.
fn sites(per_site: &[usize]) -> Layout {
    let mut zones = Vec::new();
    let mut members = Vec::new();
    for (s, &n) in per_site.iter().enumerate() {
        let nodes: Vec<Value> = (0..n)
            .map(|i| json!({ "id": format!("s{}n{i}", s + 1) }))
            .collect();
        members.extend((0..n).map(|i| format!("s{}n{i}", s + 1)));
        zones.push(json!({ "id": format!("z{}", s + 1), "nodes": nodes }));
    }
    layout(json!({
        "regions": [{ "id": "r", "zones": zones }],
        "components": [{ "id": "rs", "kind": "quorum", "members": members }]
    }))
}

#[test]
fn mongodb_site_tables() {
    let rows: [(&[usize], &[bool]); 4] = [
        (&[2, 1], &[false, true]),
        (&[1, 1, 1], &[true, true, true]),
        (&[3, 2], &[false, true]),
        (&[2, 2, 1], &[true, true, true]),
    ];
    for (per_site, up) in rows {
        let l = sites(per_site);
        let a = analyze(&l, &Options::default());
        for (s, &want) in up.iter().enumerate() {
            let id = format!("zone:z{}", s + 1);
            assert_eq!(
                status_of(&l, &id, "rs").is_up(),
                want,
                "{per_site:?} lose site {}",
                s + 1
            );
            let listed = a.scenarios.iter().find(|r| r.id == id).expect("listed");
            assert_eq!(listed.status[0].is_up(), want, "{per_site:?} listed {id}");
        }
        assert_eq!(
            goal(&a, "zone").survived,
            up.iter().all(|&u| u),
            "{per_site:?}"
        );
    }
}

/// Voters and observers, each on its own node.
fn with_observers(voters: usize, observers: usize) -> Layout {
    let nodes: Vec<Value> = (0..voters + observers)
        .map(|i| json!({ "id": format!("n{i}") }))
        .collect();
    layout(json!({
        "regions": [{ "id": "r", "zones": [{ "id": "z", "nodes": nodes }] }],
        "components": [{ "id": "zk", "kind": "quorum",
            "members": (0..voters).map(|i| format!("n{i}")).collect::<Vec<_>>(),
            "observers": (voters..voters + observers).map(|i| format!("n{i}")).collect::<Vec<_>>() }]
    }))
}

#[test]
fn observers_add_no_availability() {
    let depth2 = Options {
        depth: 2,
        ..Options::default()
    };
    // 3 voters + 1 observer tolerate 1 failure, not 2.
    let a = analyze(&with_observers(3, 1), &depth2);
    assert!(goal(&a, "node").survived);
    assert!(!goal(&a, "node+node").survived);
    assert_eq!(
        status_of(&with_observers(3, 1), "node:n0+node:n1", "zk"),
        Status::Down
    );
    // Losing the observer only degrades.
    assert_eq!(
        status_of(&with_observers(3, 1), "node:n3", "zk"),
        Status::Degraded
    );
    // 2 voters + 1 observer tolerate 0.
    let a = analyze(&with_observers(2, 1), &depth2);
    assert!(!goal(&a, "node").survived);
    assert_eq!(
        status_of(&with_observers(2, 1), "node:n0", "zk"),
        Status::Down
    );
    assert_eq!(
        status_of(&with_observers(2, 1), "node:n2", "zk"),
        Status::Degraded
    );
}

/// DC/OS: masters (mesos-masters, zookeeper, marathon) on m1..m3 in the given zones, agents in a, b, c.
fn dcos(master_zones: [&str; 3]) -> Layout {
    let zone = |z: &str| {
        let mut nodes: Vec<Value> = vec![json!({ "id": format!("agent-{z}"), "kind": "agent" })];
        for (i, mz) in master_zones.iter().enumerate() {
            if *mz == z {
                nodes.push(json!({ "id": format!("m{}", i + 1), "kind": "master" }));
            }
        }
        json!({ "id": z, "nodes": nodes })
    };
    layout(json!({
        "regions": [{ "id": "us-east", "zones": [zone("a"), zone("b"), zone("c")] }],
        "components": [
            { "id": "mesos-masters", "kind": "quorum", "members": ["m1", "m2", "m3"] },
            { "id": "zookeeper", "kind": "quorum", "members": ["m1", "m2", "m3"] },
            { "id": "marathon", "kind": "leader", "members": ["m1", "m2", "m3"], "depends_on": ["zookeeper"] },
            { "id": "app", "kind": "replicated", "members": ["agent-a", "agent-b", "agent-c"] }
        ]
    }))
}

#[test]
fn dcos_masters_in_one_zone_losing_it_loses_the_control_plane_not_the_apps() {
    let l = dcos(["a", "a", "a"]);
    let a = analyze(&l, &Options::default());
    let r = a
        .scenarios
        .iter()
        .find(|r| r.id == "zone:a")
        .expect("zone:a listed");
    assert_eq!(
        r.status,
        [Status::Down, Status::Down, Status::Down, Status::Degraded]
    );
    let lost = r
        .facts
        .iter()
        .find(|f| f.kind == FactKind::ControlPlaneLost)
        .expect("control plane lost");
    assert_eq!(lost.subjects, ["mesos-masters"]);
    assert!(lost.message.contains("rescheduling"));
    // Losing an agent-only zone keeps everything up, no control-plane fact.
    let b = a
        .scenarios
        .iter()
        .find(|r| r.id == "zone:b")
        .expect("zone:b listed");
    assert!(b.status.iter().all(|s| s.is_up()));
    assert!(b.facts.iter().all(|f| f.kind != FactKind::ControlPlaneLost));
    let g = goal(&a, "zone");
    assert!(!g.survived);
    assert_eq!(g.failing, ["mesos-masters", "zookeeper", "marathon"]);
    assert!(g.examples.iter().all(|e| e.scenario == "zone:a"));
}

#[test]
fn dcos_masters_one_per_zone_survive_any_zone() {
    let l = dcos(["a", "b", "c"]);
    let a = analyze(&l, &Options::default());
    assert!(goal(&a, "zone").survived);
    for z in ["zone:a", "zone:b", "zone:c"] {
        let r = status_in(&l, z).unwrap();
        assert!(
            r.status.iter().all(|s| *s == Status::Degraded),
            "{z}: {:?}",
            r.status
        );
    }
    assert!(a.headline().contains("zone failure"), "{}", a.headline());
}

#[test]
fn dcos_masters_majority_in_one_zone_fails_that_zone() {
    let l = dcos(["a", "a", "b"]);
    let a = analyze(&l, &Options::default());
    let g = goal(&a, "zone");
    assert_eq!(g.failing, ["mesos-masters", "zookeeper", "marathon"]);
    assert!(g.examples.iter().all(|e| e.scenario == "zone:a"));
    assert!(status_of(&l, "zone:b", "mesos-masters").is_up());
}
