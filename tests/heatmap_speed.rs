//! Heatmap timing on the benchmark's largest layout (10,000 nodes, 500
//! components, depth 2, at most 2,000 listed scenarios):
//! `cargo test --release --test heatmap_speed -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use quorumscope::engine::{Options, analyze};
use quorumscope::heatmap::{HeatmapOptions, heatmap};
use quorumscope::model::{Component, ComponentKind, Layout, Node, Rack, Region, Zone};

/// A small deterministic pseudo-random generator (as in benches/engine.rs).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// `nodes` nodes over 3 regions x 3 zones x racks, and `comps` components,
/// built like the engine benchmark's layouts.
fn generate(nodes: usize, comps: usize) -> Layout {
    let racks_per_zone = (nodes / 90).clamp(1, 30);
    let mut layout = Layout::default();
    for r in 0..3 {
        let zones = (0..3).map(|z| Zone {
            id: format!("zone-{r}{z}"),
            racks: (0..racks_per_zone)
                .map(|k| Rack {
                    id: format!("rack-{r}{z}-{k}"),
                    ..Rack::default()
                })
                .collect(),
            ..Zone::default()
        });
        layout.regions.push(Region {
            id: format!("region-{r}"),
            zones: zones.collect(),
            ..Region::default()
        });
    }
    let ids: Vec<String> = (0..nodes)
        .map(|i| {
            if i < 5 {
                format!("m{i}")
            } else {
                format!("agent-{i}")
            }
        })
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let zone = &mut layout.regions[(i % 9) / 3].zones[i % 3];
        zone.racks[(i / 9) % racks_per_zone]
            .nodes
            .push(Node::new(id));
    }
    let masters: Vec<&str> = ids[..5].iter().map(String::as_str).collect();
    let mut marathon = Component::new("marathon", ComponentKind::Leader, &masters);
    marathon.depends_on = vec!["zookeeper".into()];
    let mut cs = vec![
        Component::new("mesos-masters", ComponentKind::Quorum, &masters),
        Component::new("zookeeper", ComponentKind::Quorum, &masters),
        marathon,
    ];
    let mut rng = Lcg(42);
    let schedulers = comps / 25;
    for s in 0..schedulers {
        let members: Vec<&str> = (0..3)
            .map(|_| ids[5 + rng.next(nodes - 5)].as_str())
            .collect();
        let mut c = Component::new(format!("scheduler-{s}"), ComponentKind::Leader, &members);
        c.depends_on = vec!["zookeeper".into()];
        cs.push(c);
    }
    let mut services = 0;
    while cs.len() < comps {
        let n = 3 + rng.next(8);
        let members: Vec<&str> = (0..n)
            .map(|_| ids[5 + rng.next(nodes - 5)].as_str())
            .collect();
        let mut c = Component::new(
            format!("service-{services}"),
            ComponentKind::Replicated,
            &members,
        );
        c.min_available = Some(1 + rng.next(2) as u32);
        if services > 0 && rng.next(3) == 0 {
            c.depends_on.push(format!("service-{}", rng.next(services)));
        }
        if schedulers > 0 {
            c.depends_on
                .push(format!("scheduler-{}", rng.next(schedulers)));
        }
        cs.push(c);
        services += 1;
    }
    layout.components = cs;
    layout
}

/// The median of `runs` timings of `f`, and its last result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed());
    }
    times.sort();
    (times[runs / 2], last.expect("runs > 0"))
}

#[test]
#[ignore = "timing: run with --release --ignored --nocapture"]
fn heatmap_of_10000_nodes_renders_fast() {
    let layout = generate(10_000, 500);
    let opts = Options {
        depth: 2,
        max_listed: 2000,
    };
    let t = Instant::now();
    let a = analyze(&layout, &opts);
    println!(
        "analyze: {:?} ({} scenarios listed, {} components)",
        t.elapsed(),
        a.scenarios.len(),
        a.components.len()
    );
    let (time, rows) = median(7, || quorumscope::explore::rows(&a));
    println!("explore::rows: {time:?} median, {} rows", rows.len());
    let cases: [(&str, Vec<String>); 4] = [
        ("default (collapsed)", vec![]),
        (
            "zones+regions+partitions expanded",
            vec!["zones".into(), "regions".into(), "partitions".into()],
        ),
        ("racks expanded (270, capped at 250)", vec!["racks".into()]),
        ("nodes expanded (capped at 250)", vec!["nodes".into()]),
    ];
    for (name, expanded) in cases {
        let hopts = HeatmapOptions {
            expanded,
            ..HeatmapOptions::default()
        };
        let (time, map) = median(7, || heatmap(&a, &hopts));
        println!(
            "heatmap {name}: {time:?} median, {} rows x {} cols, {} KiB of SVG",
            map.rows.len(),
            map.cols.len(),
            map.svg.len() / 1024
        );
        if map.rows.len() <= 60 {
            assert!(time < Duration::from_millis(100), "{name}: {time:?}");
        }
    }
}
