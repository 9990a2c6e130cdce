//! Engine benchmark: `cargo bench --bench engine`.
//!
//! Generates layouts of 100, 1,000 and 10,000 nodes (3 regions, 9 zones, up
//! to 270 racks, 50 to 500 components), runs `analyze` at depth 1 and 2 and
//! prints the median of a few runs. `ENGINE_BENCH_NODES=10000` runs only
//! the rows of that layout size (for profiling).

use std::time::Instant;

use quorumscope::engine::{Options, analyze};
use quorumscope::model::{Component, ComponentKind, Layout, Node, Rack, Region, Zone};

/// A small deterministic pseudo-random generator (no extra crate).
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

/// `nodes` nodes over 3 regions x 3 zones x racks, and `comps` components.
fn generate(nodes: usize, comps: usize) -> Layout {
    let racks_per_zone = (nodes / 90).clamp(1, 30);
    let mut layout = Layout {
        name: format!("bench {nodes}"),
        ..Layout::default()
    };
    for r in 0..3 {
        let mut region = Region {
            id: format!("region-{r}"),
            ..Region::default()
        };
        for z in 0..3 {
            let racks = (0..racks_per_zone).map(|k| Rack {
                id: format!("rack-{r}{z}-{k}"),
                ..Rack::default()
            });
            region.zones.push(Zone {
                id: format!("zone-{r}{z}"),
                racks: racks.collect(),
                ..Zone::default()
            });
        }
        layout.regions.push(region);
    }
    // Node i goes to zone i % 9, rack (i / 9) % racks_per_zone: masters m0..m4 land in 5 zones.
    let mut ids = Vec::with_capacity(nodes);
    for i in 0..nodes {
        let id = if i < 5 {
            format!("m{i}")
        } else {
            format!("agent-{i}")
        };
        let zone = &mut layout.regions[(i % 9) / 3].zones[i % 3];
        zone.racks[(i / 9) % racks_per_zone]
            .nodes
            .push(Node::new(&id));
        ids.push(id);
    }
    let masters: Vec<&str> = ids[..5].iter().map(String::as_str).collect();
    let mut cs = vec![
        Component::new("mesos-masters", ComponentKind::Quorum, &masters),
        Component::new("zookeeper", ComponentKind::Quorum, &masters),
    ];
    let mut marathon = Component::new("marathon", ComponentKind::Leader, &masters);
    marathon.depends_on = vec!["zookeeper".into()];
    cs.push(marathon);
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
        c.io_heavy = rng.next(25) == 0;
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

fn main() {
    println!(
        "| nodes | components | depth | scenarios listed | omitted | total ms (median) | evaluations/s |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    let only: Option<usize> = std::env::var("ENGINE_BENCH_NODES")
        .ok()
        .and_then(|v| v.parse().ok());
    for (nodes, comps) in [(100, 50), (1_000, 200), (10_000, 500)] {
        if only.is_some_and(|n| n != nodes) {
            continue;
        }
        let layout = generate(nodes, comps);
        for depth in [1, 2] {
            let opts = Options {
                depth,
                ..Options::default()
            };
            let mut times = Vec::new();
            let mut listed = 0;
            let mut omitted = 0;
            for _ in 0..5 {
                let t = Instant::now();
                let a = analyze(&layout, &opts);
                times.push(t.elapsed().as_secs_f64());
                listed = a.scenarios.len();
                omitted = a.omitted;
                std::hint::black_box(&a);
            }
            times.sort_by(f64::total_cmp);
            let median = times[times.len() / 2];
            let rate = (listed * comps) as f64 / median;
            println!(
                "| {nodes} | {comps} | {depth} | {listed} | {omitted} | {:.1} | {:.0} |",
                median * 1e3,
                rate
            );
        }
    }
}
