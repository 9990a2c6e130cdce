use super::*;
use crate::engine::{Fact, FactKind};

fn row(index: usize, id: &str, group: &'static str, down: usize) -> Row {
    Row {
        index,
        id: id.to_string(),
        group,
        down,
        degraded: 0,
    }
}

fn sample() -> Vec<Row> {
    vec![
        row(0, "none", "baseline", 0),
        row(1, "node:m1", "nodes", 0),
        row(2, "node:m2", "nodes", 1),
        row(3, "zone:A", "zones", 2),
        row(4, "isolate:zone:a", "partitions", 0),
        row(5, "zone:a+zone:b", "pairs", 3),
    ]
}

fn ids(rows: &[&Row]) -> Vec<usize> {
    rows.iter().map(|r| r.index).collect()
}

#[test]
fn filter_by_group_failing_and_text() {
    let rows = sample();
    assert_eq!(ids(&filter(&rows, &Filter::default())), [0, 1, 2, 3, 4, 5]);
    let f = Filter {
        groups: vec!["nodes".into(), "pairs".into()],
        ..Filter::default()
    };
    assert_eq!(ids(&filter(&rows, &f)), [1, 2, 5]);
    let f = Filter {
        only_failing: true,
        ..Filter::default()
    };
    assert_eq!(ids(&filter(&rows, &f)), [2, 3, 5]);
    let f = Filter {
        text: "  ZONE:a ".into(),
        ..Filter::default()
    };
    assert_eq!(ids(&filter(&rows, &f)), [3, 4, 5]);
    let f = Filter {
        text: "zone b".into(),
        only_failing: true,
        groups: vec!["pairs".into()],
    };
    assert_eq!(ids(&filter(&rows, &f)), [5]);
    let f = Filter {
        groups: vec!["planets".into()],
        ..Filter::default()
    };
    assert!(filter(&rows, &f).is_empty());
}

#[test]
fn group_counts_in_display_order() {
    let counts = group_counts(&sample());
    assert_eq!(
        counts,
        [
            ("baseline", 1, 0),
            ("nodes", 2, 1),
            ("racks", 0, 0),
            ("zones", 1, 1),
            ("regions", 0, 0),
            ("pairs", 1, 1),
            ("partitions", 1, 0),
        ]
    );
}

#[test]
fn step_wraps_both_ways() {
    let rows = sample();
    let all: Vec<&Row> = rows.iter().collect();
    assert_eq!(step(&all, None, true), Some(0));
    assert_eq!(step(&all, None, false), Some(5));
    assert_eq!(step(&all, Some(2), true), Some(3));
    assert_eq!(step(&all, Some(5), true), Some(0));
    assert_eq!(step(&all, Some(0), false), Some(5));
    assert_eq!(step(&[], Some(1), true), None);
    assert_eq!(step(&[], None, false), None);
    let failing = filter(
        &rows,
        &Filter {
            only_failing: true,
            ..Filter::default()
        },
    );
    // Current scenario filtered out: the nearest visible one past it.
    assert_eq!(step(&failing, Some(4), true), Some(5));
    assert_eq!(step(&failing, Some(4), false), Some(3));
    assert_eq!(step(&failing, Some(0), false), Some(5));
    assert_eq!(step(&failing, Some(99), true), Some(2));
    let one = [&rows[3]];
    assert_eq!(step(&one, Some(3), true), Some(3));
    assert_eq!(step(&one, Some(3), false), Some(3));
}

#[test]
fn summary_orders_down_degraded_ok_and_falls_back_on_reasons() {
    let result = ScenarioResult {
        id: "zone:a+zone:b".into(),
        class: "zone+zone",
        status: vec![Status::Ok, Status::Down, Status::Degraded, Status::Down],
        reasons: Vec::new(),
        facts: vec![Fact {
            kind: FactKind::ControlPlaneLost,
            subjects: vec!["b".into()],
            message: "The control plane is lost.".into(),
        }],
    };
    let comps: Vec<String> = ["a", "b", "c", "d"].map(String::from).to_vec();
    let s = summary(&result, &comps);
    assert_eq!(s.title, "Zones a and b fail");
    let order: Vec<(&str, Status)> = s
        .lines
        .iter()
        .map(|l| (l.component.as_str(), l.status))
        .collect();
    assert_eq!(
        order,
        [
            ("b", Status::Down),
            ("d", Status::Down),
            ("c", Status::Degraded),
            ("a", Status::Ok)
        ]
    );
    assert!(s.lines.iter().all(|l| !l.reason.is_empty()));
    assert_eq!(s.facts, ["The control plane is lost."]);
    let with = ScenarioResult {
        reasons: vec!["r-a".into(), "r-b".into(), "r-c".into(), "r-d".into()],
        ..result
    };
    let s = summary(&with, &comps);
    assert_eq!(s.lines[0].reason, "r-b");
    assert_eq!(s.lines[3].reason, "r-a");
}

#[test]
fn group_of_id_matches_classes() {
    for (id, g) in [
        ("none", "baseline"),
        ("node:a+b", "nodes"),
        ("rack:k", "racks"),
        ("zone:z", "zones"),
        ("region:r", "regions"),
        ("node:a+node:b", "pairs"),
        ("isolate:zone:z", "partitions"),
        ("garbage", "baseline"),
    ] {
        assert_eq!(group_of_id(id), g, "{id}");
    }
}
