//! Each shipped example behaves as the DC/OS guidance says its layout does
//! (shared/guidance/multi-zone-and-hybrid-cloud.md, high-availability.md).

use quorumscope::engine::{self, Analysis, FactKind, Options, ScenarioResult, Status};
use quorumscope::model::Layout;
use quorumscope::rules::{self, Severity};

fn example(name: &str) -> Layout {
    let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("example exists");
    quorumscope::io::load(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn analysis(layout: &Layout) -> Analysis {
    engine::analyze(
        layout,
        &Options {
            depth: 2,
            ..Options::default()
        },
    )
}

fn scenario<'a>(a: &'a Analysis, id: &str) -> &'a ScenarioResult {
    a.scenarios
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("scenario {id} listed"))
}

fn status(a: &Analysis, scenario_id: &str, component: &str) -> Status {
    let i = a
        .components
        .iter()
        .position(|c| c == component)
        .expect("component");
    scenario(a, scenario_id).status[i]
}

fn survived(a: &Analysis, class: &str) -> bool {
    a.goals
        .iter()
        .find(|g| g.scenario_class == class)
        .expect("goal")
        .survived
}

fn has_fact(s: &ScenarioResult, kind: FactKind, subject: &str) -> bool {
    s.facts
        .iter()
        .any(|f| f.kind == kind && f.subjects.iter().any(|x| x == subject))
}

fn rule_fires(layout: &Layout, code: &str, subject: &str) -> bool {
    rules::check_all(layout)
        .iter()
        .any(|f| f.rule == code && f.subjects.iter().any(|s| s == subject))
}

const CONTROL_PLANE: [&str; 3] = ["zookeeper", "mesos-masters", "marathon"];

#[test]
fn single_zone_cluster_survives_a_rack_but_not_its_zone() {
    let layout = example("single-zone");
    let a = analysis(&layout);
    // One master per rack: losing any rack leaves a quorum.
    for rack in ["rack-1", "rack-2", "rack-3"] {
        for c in CONTROL_PLANE {
            assert!(
                status(&a, &format!("rack:{rack}"), c).is_up(),
                "{c} survives rack {rack}"
            );
        }
    }
    // Two racks at once take the masters' majority.
    assert!(!survived(&a, "rack+rack"));
    // The whole cluster is one zone: its failure takes everything down.
    for c in &a.components {
        assert_eq!(status(&a, "zone:dc1-a", c), Status::Down, "{c}");
    }
    // A single database instance is a single point of failure (high-availability.md).
    assert!(rule_fires(&layout, "QS302", "db"));
    assert_eq!(status(&a, "node:a1", "db"), Status::Down);
    assert_eq!(status(&a, "node:a1", "web"), Status::Down, "web needs db");
}

#[test]
fn masters_in_one_zone_lose_the_control_plane_with_that_zone_but_apps_run_on() {
    let layout = example("masters-one-zone");
    let a = analysis(&layout);
    let lost = scenario(&a, "zone:us-east-1a");
    for c in CONTROL_PLANE {
        assert_eq!(status(&a, "zone:us-east-1a", c), Status::Down, "{c}");
    }
    assert!(has_fact(lost, FactKind::ControlPlaneLost, "mesos-masters"));
    // "If a masters-containing zone fails, apps in other zones continue to run."
    for app in ["web", "db", "marathon-lb"] {
        assert!(
            status(&a, "zone:us-east-1a", app).is_up(),
            "{app} keeps running"
        );
    }
    // "If an agent-only zone fails, all other zones will continue to function normally."
    for zone in ["zone:us-east-1b", "zone:us-east-1c"] {
        for c in &a.components {
            assert!(status(&a, zone, c).is_up(), "{c} in {zone}");
        }
    }
    // "If an agent-only zone gets partitioned from the masters-containing zone, apps
    // continue to run in that zone but schedulers might reschedule copies."
    let cut = scenario(&a, "isolate:zone:us-east-1b");
    assert!(has_fact(cut, FactKind::DuplicateInstanceRisk, "web"));
    assert!(
        a.components
            .iter()
            .all(|c| status(&a, "isolate:zone:us-east-1b", c).is_up())
    );
    // "Do not place a quorum of masters into a single zone."
    assert!(rule_fires(&layout, "QS102", "mesos-masters"));
    assert!(!survived(&a, "zone"));
}

#[test]
fn masters_across_zones_survive_any_zone_and_any_zone_partition() {
    let layout = example("masters-across-zones");
    let a = analysis(&layout);
    assert!(survived(&a, "node"));
    assert!(survived(&a, "zone"));
    assert!(survived(&a, "isolate:zone"));
    // Two zones at once take the masters' majority.
    assert!(!survived(&a, "zone+zone"));
    for c in CONTROL_PLANE {
        assert_eq!(
            status(&a, "zone:us-east-1a+zone:us-east-1b", c),
            Status::Down,
            "{c}"
        );
    }
    assert!(
        a.headline()
            .starts_with("survives any node and zone failure")
    );
    // The recommended layout breaks no recommendation.
    let serious: Vec<_> = rules::check_all(&layout)
        .into_iter()
        .filter(|f| f.severity != Severity::Info)
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
}

#[test]
fn masters_in_one_region_lose_the_control_plane_with_it_while_remote_apps_run() {
    let layout = example("masters-one-region");
    let a = analysis(&layout);
    // Masters one per zone of the on-prem region: any zone may fail.
    assert!(survived(&a, "zone"));
    // "If the region that contains masters fails, apps in other regions will
    // continue to run. However, app updates or rescheduling is not possible."
    let lost = scenario(&a, "region:on-prem");
    assert!(has_fact(lost, FactKind::ControlPlaneLost, "mesos-masters"));
    for c in CONTROL_PLANE {
        assert_eq!(status(&a, "region:on-prem", c), Status::Down, "{c}");
    }
    assert_eq!(status(&a, "region:on-prem", "render-farm"), Status::Ok);
    // Losing the remote region leaves the control plane untouched.
    for c in CONTROL_PLANE {
        assert_eq!(status(&a, "region:cloud", c), Status::Ok, "{c}");
    }
    assert!(
        !rule_fires(&layout, "QS108", "mesos-masters"),
        "masters stay in one region"
    );
}

#[test]
fn masters_across_regions_break_the_one_region_rule() {
    let layout = example("masters-across-regions");
    let a = analysis(&layout);
    // Mesos fault domains: all masters must be in one region.
    assert!(rule_fires(&layout, "QS108", "mesos-masters"));
    // Synchronous services like ZooKeeper should stay within one region.
    assert!(rule_fires(&layout, "QS107", "zookeeper") || rule_fires(&layout, "QS103", "zookeeper"));
    // Two of three masters in us-east: losing it loses the quorum.
    assert!(has_fact(
        scenario(&a, "region:us-east"),
        FactKind::ControlPlaneLost,
        "mesos-masters"
    ));
    assert!(status(&a, "region:eu-west", "mesos-masters").is_up());
    assert!(!survived(&a, "region"));
}
