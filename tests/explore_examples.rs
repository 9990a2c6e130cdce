//! The explorer on every shipped example at depth 2: every scenario id the
//! engine writes parses back to domains of the layout, rows count what the
//! analysis says, and scenario marks match the analysis.

use std::collections::HashSet;

use quorumscope::engine::{self, Analysis, Options, Status};
use quorumscope::explore::{self, Filter, GROUPS};
use quorumscope::model::{Layout, Level};

mod examples_support;

use examples_support::{EXAMPLES, example};

fn analysis(layout: &Layout) -> Analysis {
    let opts = Options {
        depth: 2,
        ..Options::default()
    };
    engine::analyze(layout, &opts)
}

/// Every (level, id) domain of a layout.
fn domains(layout: &Layout) -> HashSet<(Level, String)> {
    let mut out = HashSet::new();
    for r in &layout.regions {
        out.insert((Level::Region, r.id.clone()));
        for z in &r.zones {
            out.insert((Level::Zone, z.id.clone()));
            for k in &z.racks {
                out.insert((Level::Rack, k.id.clone()));
                out.extend(k.nodes.iter().map(|n| (Level::Node, n.id.clone())));
            }
            out.extend(z.nodes.iter().map(|n| (Level::Node, n.id.clone())));
        }
    }
    out
}

#[test]
fn every_scenario_id_parses_to_domains_of_the_layout() {
    for name in EXAMPLES {
        let layout = example(name);
        let a = analysis(&layout);
        let known = domains(&layout);
        for s in &a.scenarios {
            let d = explore::parse_scenario(&s.id)
                .unwrap_or_else(|| panic!("{name}: {} does not parse", s.id));
            for dom in d.failed.iter().chain(&d.isolated) {
                assert!(known.contains(dom), "{name}: {} names {dom:?}", s.id);
            }
            let want_failed = match s.class {
                "none" => 0,
                c if c.starts_with("isolate:") => 0,
                c if c.contains('+') => 2,
                _ => 1,
            };
            assert_eq!(d.failed.len(), want_failed, "{name}: {}", s.id);
            assert_eq!(
                d.isolated.len(),
                usize::from(s.class.starts_with("isolate:"))
            );
            assert_eq!(explore::group_of_id(&s.id), explore::group_of(s));
            assert!(!explore::title(&s.id).starts_with("Scenario "), "{}", s.id);
        }
    }
}

#[test]
fn rows_count_down_and_degraded_and_group_counts_add_up() {
    for name in EXAMPLES {
        let a = analysis(&example(name));
        let rows = explore::rows(&a);
        assert_eq!(rows.len(), a.scenarios.len());
        for (r, s) in rows.iter().zip(&a.scenarios) {
            assert_eq!(r.id, s.id);
            assert!(GROUPS.contains(&r.group));
            let n = |st| s.status.iter().filter(|&&x| x == st).count();
            assert_eq!((r.down, r.degraded), (n(Status::Down), n(Status::Degraded)));
        }
        assert_eq!(rows[0].group, "baseline");
        let counts = explore::group_counts(&rows);
        assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), rows.len());
        let failing = Filter {
            only_failing: true,
            ..Filter::default()
        };
        let failing_rows = explore::filter(&rows, &failing).len();
        assert_eq!(counts.iter().map(|c| c.2).sum::<usize>(), failing_rows);
        // A goal that failed has a failing row in its group.
        for g in a.goals.iter().filter(|g| !g.survived && g.listed > 0) {
            assert!(
                rows.iter()
                    .any(|r| a.scenarios[r.index].class == g.scenario_class && r.down > 0)
            );
        }
    }
}

#[test]
fn zone_failure_marks_the_zone_and_masters_match_the_analysis() {
    let layout = example("masters-across-zones");
    let a = analysis(&layout);
    let zone = &layout.regions[0].zones[0];
    let index = a
        .scenarios
        .iter()
        .position(|s| s.id == format!("zone:{}", zone.id))
        .expect("zone scenario listed");
    let marks = explore::marks(&layout, &a, index);
    assert_eq!(marks.failed, std::slice::from_ref(&zone.id));
    assert!(marks.isolated.is_empty());
    let status = |comp: &str| {
        let i = a.components.iter().position(|c| c == comp).unwrap();
        a.scenarios[index].status[i]
    };
    // Masters run zookeeper, mesos-masters and marathon and nothing else.
    let worst = ["zookeeper", "mesos-masters", "marathon"]
        .map(status)
        .into_iter()
        .max()
        .unwrap();
    // The failed zone's nodes are drawn failed, not given a status.
    let failed_nodes: HashSet<&str> = zone.nodes.iter().map(|n| n.id.as_str()).collect();
    for m in ["m1", "m2", "m3"] {
        let want = (!failed_nodes.contains(m)).then_some(&worst);
        assert_eq!(marks.node_status.get(m), want, "{m}");
    }
    assert_eq!(worst, Status::Degraded);
    // Every live node in some component has a status, and only those.
    let in_comp: HashSet<&str> = layout
        .components
        .iter()
        .flat_map(|c| c.members.iter().chain(&c.observers))
        .map(String::as_str)
        .filter(|n| !failed_nodes.contains(n))
        .collect();
    let marked: HashSet<&str> = marks.node_status.keys().map(String::as_str).collect();
    assert_eq!(marked, in_comp);
    // Past the end: nothing marked.
    let none = explore::marks(&layout, &a, a.scenarios.len());
    assert!(none.failed.is_empty() && none.node_status.is_empty());
}

#[test]
fn partitions_and_pairs_mark_their_domains() {
    let layout = example("masters-across-regions");
    let a = analysis(&layout);
    for (i, s) in a.scenarios.iter().enumerate() {
        let marks = explore::marks(&layout, &a, i);
        let d = explore::parse_scenario(&s.id).unwrap();
        let failed: Vec<String> = d.failed.into_iter().map(|x| x.1).collect();
        let isolated: Vec<String> = d.isolated.into_iter().map(|x| x.1).collect();
        assert_eq!(
            (marks.failed, marks.isolated),
            (failed, isolated),
            "{}",
            s.id
        );
        // A live node's mark is the worst status of its components; a
        // failed node has none (it is drawn failed).
        for c in &layout.components {
            let ci = a.components.iter().position(|x| *x == c.id).unwrap();
            for m in &c.members {
                match marks.node_status.get(m) {
                    Some(st) => assert!(*st >= s.status[ci], "{} {m}", s.id),
                    None => assert!(
                        !s.id.starts_with("isolate:") && s.id != "none",
                        "{} {m}",
                        s.id
                    ),
                }
            }
        }
    }
}

#[test]
fn summary_of_a_pair_with_status_in_reasons() {
    let layout = example("masters-across-zones");
    let a = analysis(&layout);
    let pair = a.scenarios.iter().find(|s| s.class == "zone+zone").unwrap();
    let full = engine::status_in(&layout, &pair.id).unwrap();
    let s = explore::summary(&full, &a.components);
    assert!(s.title.starts_with("Zones ") && s.title.ends_with(" fail"));
    assert_eq!(s.lines.len(), a.components.len());
    assert_eq!(s.lines[0].status, Status::Down);
    assert!(s.lines.windows(2).all(|w| w[0].status >= w[1].status));
    for l in &s.lines {
        let i = a.components.iter().position(|c| *c == l.component).unwrap();
        assert_eq!(l.reason, full.reasons[i]);
    }
    // The listed pair has no reasons: the summary still says something.
    let listed = explore::summary(pair, &a.components);
    assert!(listed.lines.iter().all(|l| !l.reason.is_empty()));
}

#[test]
fn the_text_filter_matches_the_titles_shown_too() {
    let text = include_str!("../examples/masters-across-zones.json");
    let layout = quorumscope::io::load(text).expect("example loads");
    let analysis = quorumscope::engine::analyze(&layout, &quorumscope::engine::Options::default());
    let rows = quorumscope::explore::rows(&analysis);
    let f = quorumscope::explore::Filter {
        text: "cut off".into(),
        ..Default::default()
    };
    let found: Vec<&str> = quorumscope::explore::filter(&rows, &f)
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert!(
        !found.is_empty() && found.iter().all(|id| id.starts_with("isolate:")),
        "{found:?}"
    );
}
