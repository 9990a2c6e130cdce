//! Scenario listing: order, truncation, counts, and agreement of every listed
//! scenario with `status_in`, which also parses ids.

mod engine_support;

use engine_support::base;
use quorumscope::engine::{FactKind, Options, analyze, status_in};
use serde_json::json;

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
fn live_options_list_every_single_failure_and_the_small_pair_classes() {
    use quorumscope::engine::{Options, analyze};
    // Many nodes, few zones: node failures alone pass 2,000 scenarios.
    let mut layout = quorumscope::io::load(include_str!("../examples/masters-across-zones.json"))
        .expect("example loads");
    for z in 0..3 {
        for k in 0..1_000 {
            layout.regions[0].zones[z]
                .nodes
                .push(quorumscope::model::Node::new(format!("x{z}-{k}")));
        }
    }
    let a = analyze(&layout, &Options::live(&layout));
    let listed = |class: &str| a.scenarios.iter().filter(|s| s.class == class).count();
    assert_eq!(listed("node"), layout.nodes().count());
    assert_eq!(listed("zone+zone"), 3, "every zone pair is listed");
    assert!(a.truncated, "node pairs are cut short");
    let pairs = a.scenarios.iter().filter(|s| s.class.contains('+')).count();
    assert_eq!(
        pairs, 2_000,
        "2,000 pairs past the single failures and partitions"
    );
}
