//! Property tests: a brute-force evaluator written straight from the spec
//! (sets of dead nodes, two sides of a partition) must agree with `analyze`
//! on every scenario at depth 2 and on every goal, including pair goals that
//! the engine derives without enumerating pairs. Results must not depend on
//! how ids are spelled or lists are ordered.

use std::collections::{BTreeMap, BTreeSet};

mod brute;

use brute::{all_scenarios, brute, placements};
use proptest::prelude::*;
use quorumscope::engine::{Analysis, Options, Status, analyze};
use quorumscope::model::{Component, ComponentKind, Layout, Node, Rack, Region, Role, Zone};

// ---------- random layouts ----------

#[derive(Debug, Clone)]
struct CompSpec {
    kind: u8,
    members: Vec<usize>,
    observers: Vec<usize>,
    deps: Vec<usize>,
    min_available: Option<u32>,
    role: Option<u8>,
    io_heavy: bool,
}

fn comp_spec() -> impl Strategy<Value = CompSpec> {
    (
        0u8..3,
        prop::collection::vec(0usize..12, 0..5),
        prop::collection::vec(0usize..12, 0..3),
        prop::collection::vec(0usize..5, 0..3),
        prop::option::of(0u32..4),
        prop::option::of(0u8..4),
        any::<bool>(),
    )
        .prop_map(
            |(kind, members, observers, deps, min_available, role, io_heavy)| CompSpec {
                kind,
                members,
                observers,
                deps,
                min_available,
                role,
                io_heavy,
            },
        )
}

/// (zones per region, racks per zone, node placements (zone pick, rack pick), unplaced, components, reverse deps)
type Shape = (
    Vec<usize>,
    Vec<usize>,
    Vec<(usize, usize)>,
    usize,
    Vec<CompSpec>,
    bool,
);

fn shape() -> impl Strategy<Value = Shape> {
    (
        prop::collection::vec(1usize..=3, 1..=3),
        prop::collection::vec(0usize..=2, 9),
        prop::collection::vec((0usize..9, 0usize..3), 1..=8),
        0usize..=2,
        prop::collection::vec(comp_spec(), 1..=5),
        any::<bool>(),
    )
}

fn build(s: &Shape) -> Layout {
    let (zones_per_region, racks_per_zone, nodes, unplaced, comps, reverse) = s;
    let mut layout = Layout::default();
    let mut zone_count = 0;
    for (r, &nz) in zones_per_region.iter().enumerate() {
        let mut region = Region {
            id: format!("r{r}"),
            ..Region::default()
        };
        for _ in 0..nz {
            let z = zone_count;
            zone_count += 1;
            let racks = (0..racks_per_zone[z % 9]).map(|k| Rack {
                id: format!("k{z}_{k}"),
                ..Rack::default()
            });
            region.zones.push(Zone {
                id: format!("z{z}"),
                racks: racks.collect(),
                ..Zone::default()
            });
        }
        layout.regions.push(region);
    }
    let mut node_ids = Vec::new();
    for (i, &(zp, kp)) in nodes.iter().enumerate() {
        let id = format!("n{i}");
        let zi = zp % zone_count;
        let zone = layout
            .regions
            .iter_mut()
            .flat_map(|r| r.zones.iter_mut())
            .nth(zi)
            .expect("zone");
        if kp == 0 || zone.racks.is_empty() {
            zone.nodes.push(Node::new(&id));
        } else {
            let nr = zone.racks.len();
            zone.racks[kp % nr].nodes.push(Node::new(&id));
        }
        node_ids.push(id);
    }
    for u in 0..*unplaced {
        layout.unplaced.push(Node::new(format!("u{u}")));
        node_ids.push(format!("u{u}"));
    }
    node_ids.push("ghost".to_string());
    let pick = |v: &[usize]| {
        v.iter()
            .map(|&i| node_ids[i % node_ids.len()].clone())
            .collect::<Vec<_>>()
    };
    let n = comps.len();
    for (i, c) in comps.iter().enumerate() {
        let kind = [
            ComponentKind::Quorum,
            ComponentKind::Leader,
            ComponentKind::Replicated,
        ][c.kind as usize];
        let mut comp = Component::new(format!("c{i}"), kind, &[]);
        comp.members = pick(&c.members);
        comp.observers = pick(&c.observers);
        // Acyclic: depend only on earlier components (later ones when reversed).
        let deps: BTreeSet<usize> = c
            .deps
            .iter()
            .filter_map(|&d| {
                if *reverse {
                    (d > i && d < n).then_some(d)
                } else {
                    (d < i).then_some(d)
                }
            })
            .collect();
        comp.depends_on = deps.into_iter().map(|d| format!("c{d}")).collect();
        comp.min_available = c.min_available;
        comp.role = c.role.map(|r| {
            [
                Role::ControlPlane,
                Role::Scheduler,
                Role::Coordination,
                Role::Service,
            ][r as usize]
        });
        comp.io_heavy = c.io_heavy;
        layout.components.push(comp);
    }
    layout
}

fn check_against_brute(l: &Layout) -> Result<(), TestCaseError> {
    let place = placements(l);
    let a = analyze(
        l,
        &Options {
            depth: 2,
            max_listed: usize::MAX,
        },
    );
    let all = all_scenarios(l);
    prop_assert!(!a.truncated);
    prop_assert_eq!(a.scenarios.len(), all.len());
    let mut by_class: BTreeMap<&str, (u64, Vec<bool>)> = BTreeMap::new();
    for (r, (id, class)) in a.scenarios.iter().zip(&all) {
        prop_assert_eq!(&r.id, id);
        prop_assert_eq!(r.class, class.as_str());
        let want = brute(l, &place, id);
        prop_assert_eq!(&r.status, &want, "scenario {}", id);
        let e = by_class
            .entry(class)
            .or_insert((0, vec![false; want.len()]));
        e.0 += 1;
        for (f, s) in e.1.iter_mut().zip(&want) {
            *f |= *s == Status::Down;
        }
    }
    prop_assert_eq!(a.goals.len(), by_class.len());
    for g in &a.goals {
        let (count, fails) = &by_class[g.scenario_class.as_str()];
        prop_assert_eq!(g.scenarios, *count, "class {}", g.scenario_class);
        prop_assert_eq!(g.listed, *count, "class {} fully listed", g.scenario_class);
        let want: Vec<String> = l
            .components
            .iter()
            .zip(fails)
            .filter(|(_, f)| **f)
            .map(|(c, _)| c.id.clone())
            .collect();
        prop_assert_eq!(&g.failing, &want, "class {}", g.scenario_class);
        prop_assert_eq!(g.survived, want.is_empty());
        prop_assert_eq!(g.examples.len(), want.len());
        for ex in &g.examples {
            let ci = l
                .components
                .iter()
                .position(|c| c.id == ex.component)
                .expect("component");
            let cls = &all
                .iter()
                .find(|(id, _)| *id == ex.scenario)
                .expect("example is a scenario")
                .1;
            prop_assert_eq!(cls, &g.scenario_class);
            prop_assert_eq!(
                brute(l, &place, &ex.scenario)[ci],
                Status::Down,
                "example {}",
                ex.scenario
            );
        }
    }
    Ok(())
}

// ---------- renaming and reordering ----------

fn rename(l: &Layout) -> Layout {
    let mut l = l.clone();
    let f = |s: &mut String| *s = format!("x.{s}");
    for r in &mut l.regions {
        f(&mut r.id);
        r.zones.reverse();
        for z in &mut r.zones {
            f(&mut z.id);
            z.nodes.reverse();
            z.racks.reverse();
            for k in &mut z.racks {
                f(&mut k.id);
                k.nodes.reverse();
                k.nodes.iter_mut().for_each(|n| f(&mut n.id));
            }
            z.nodes.iter_mut().for_each(|n| f(&mut n.id));
        }
    }
    l.regions.reverse();
    l.unplaced.iter_mut().for_each(|n| f(&mut n.id));
    l.components.reverse();
    for c in &mut l.components {
        f(&mut c.id);
        c.members
            .iter_mut()
            .chain(&mut c.observers)
            .chain(&mut c.depends_on)
            .for_each(f);
        c.members.reverse();
    }
    l
}

/// Scenario (pair halves sorted, renaming undone) -> component id -> status; class -> sorted failing ids.
type Canon = (
    BTreeMap<String, BTreeMap<String, Status>>,
    BTreeMap<String, (u64, Vec<String>)>,
);

fn canon(a: &Analysis) -> Canon {
    let plain = |s: &str| s.replace("x.", "");
    let mut scen = BTreeMap::new();
    for r in &a.scenarios {
        let mut parts: Vec<String> = r.id.split('+').map(plain).collect();
        parts.sort();
        let st = a
            .components
            .iter()
            .map(|c| plain(c))
            .zip(r.status.iter().copied())
            .collect();
        scen.insert(parts.join("+"), st);
    }
    let goals = a
        .goals
        .iter()
        .map(|g| {
            let mut f: Vec<String> = g.failing.iter().map(|c| plain(c)).collect();
            f.sort();
            (g.scenario_class.clone(), (g.scenarios, f))
        })
        .collect();
    (scen, goals)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn analyze_agrees_with_brute_force(s in shape()) {
        check_against_brute(&build(&s))?;
    }

    #[test]
    fn invariant_under_renaming_and_reordering(s in shape()) {
        let l = build(&s);
        let opts = Options { depth: 2, max_listed: usize::MAX };
        let (a, b) = (analyze(&l, &opts), analyze(&rename(&l), &opts));
        prop_assert_eq!(canon(&a), canon(&b));
    }

    #[test]
    fn truncated_listing_keeps_exact_goals(s in shape(), max in 0usize..40) {
        let l = build(&s);
        let full = analyze(&l, &Options { depth: 2, max_listed: usize::MAX });
        let cut = analyze(&l, &Options { depth: 2, max_listed: max });
        let unlisted = |goals: &[quorumscope::engine::Goal]| {
            goals.iter().cloned().map(|mut g| { g.listed = 0; g }).collect::<Vec<_>>()
        };
        prop_assert_eq!(unlisted(&cut.goals), unlisted(&full.goals));
        prop_assert_eq!(cut.goals.iter().map(|g| g.listed).sum::<u64>(), cut.scenarios.len() as u64);
        prop_assert_eq!(cut.scenarios.len() as u64 + cut.omitted, full.scenarios.len() as u64);
        prop_assert_eq!(cut.truncated, cut.omitted > 0);
        prop_assert_eq!(&cut.scenarios[..], &full.scenarios[..cut.scenarios.len()]);
    }
}
