//! A brute-force evaluator written straight from the spec (sets of dead
//! nodes, two sides of a partition), slow and obvious, for the property tests.

use std::collections::{HashMap, HashSet};

use quorumscope::engine::Status;
use quorumscope::model::{ComponentKind, Layout};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Side {
    All,
    In,
    Out,
}

/// Node id -> [node, rack (maybe ""), zone, region].
pub fn placements(l: &Layout) -> HashMap<String, [String; 4]> {
    let mut out = HashMap::new();
    for r in &l.regions {
        for z in &r.zones {
            for k in &z.racks {
                for n in &k.nodes {
                    out.insert(
                        n.id.clone(),
                        [n.id.clone(), k.id.clone(), z.id.clone(), r.id.clone()],
                    );
                }
            }
            for n in &z.nodes {
                out.insert(
                    n.id.clone(),
                    [n.id.clone(), String::new(), z.id.clone(), r.id.clone()],
                );
            }
        }
    }
    out
}

pub const LEVELS: [&str; 4] = ["node", "rack", "zone", "region"];

/// Brute-force statuses in a scenario id.
pub fn brute(l: &Layout, place: &HashMap<String, [String; 4]>, id: &str) -> Vec<Status> {
    let mut dead: HashSet<&str> = HashSet::new();
    let mut inside: Option<HashSet<&str>> = None;
    if let Some(rest) = id.strip_prefix("isolate:") {
        let (lv, d) = rest.split_once(':').expect("isolate id");
        let li = LEVELS.iter().position(|x| *x == lv).expect("level");
        inside = Some(
            place
                .iter()
                .filter(|(_, p)| p[li] == d)
                .map(|(n, _)| n.as_str())
                .collect(),
        );
    } else if id != "none" {
        for part in id.split('+') {
            let (lv, d) = part.split_once(':').expect("failure id");
            let li = LEVELS.iter().position(|x| *x == lv).expect("level");
            dead.extend(
                place
                    .iter()
                    .filter(|(_, p)| p[li] == d)
                    .map(|(n, _)| n.as_str()),
            );
        }
    }
    let live = |n: &String| place.contains_key(n) && !dead.contains(n.as_str());
    let side_of = |n: &String| match &inside {
        Some(set) if set.contains(n.as_str()) => Side::In,
        Some(_) => Side::Out,
        None => Side::All,
    };
    let on = |n: &String, s: Side| live(n) && (s == Side::All || side_of(n) == s);
    let comps = &l.components;
    let mut result: Vec<Option<(Status, Option<Side>)>> = vec![None; comps.len()];
    while result.iter().any(Option::is_none) {
        for (i, c) in comps.iter().enumerate() {
            if result[i].is_some() {
                continue;
            }
            let deps: Vec<usize> = c
                .depends_on
                .iter()
                .map(|d| comps.iter().position(|x| &x.id == d).expect("dep"))
                .collect();
            if deps.iter().any(|&d| result[d].is_none()) {
                continue;
            }
            let all: Vec<&String> = c.members.iter().chain(&c.observers).collect();
            let all_live = all.iter().all(|n| live(n));
            let grade = |ok: bool| if ok { Status::Ok } else { Status::Degraded };
            let down = (Status::Down, None);
            result[i] = Some(
                if deps
                    .iter()
                    .any(|&d| result[d].is_some_and(|r| r.0 == Status::Down))
                {
                    down
                } else {
                    match c.kind {
                        ComponentKind::Quorum => {
                            let m = c.members.len() / 2 + 1;
                            let sides = if inside.is_some() {
                                vec![Side::In, Side::Out]
                            } else {
                                vec![Side::All]
                            };
                            match sides
                                .into_iter()
                                .find(|&s| c.members.iter().filter(|n| on(n, s)).count() >= m)
                            {
                                Some(s) => (grade(all.iter().all(|n| on(n, s))), Some(s)),
                                None => down,
                            }
                        }
                        ComponentKind::Leader => {
                            let qsides: Vec<Side> = deps
                                .iter()
                                .filter(|&&d| comps[d].kind == ComponentKind::Quorum)
                                .map(|&d| result[d].and_then(|r| r.1).expect("quorum side"))
                                .collect();
                            let up = if qsides.is_empty() {
                                c.members.iter().any(live)
                            } else {
                                qsides.iter().all(|&s| c.members.iter().any(|n| on(n, s)))
                            };
                            let ok =
                                all_live && qsides.iter().all(|&s| all.iter().all(|n| on(n, s)));
                            if up { (grade(ok), None) } else { down }
                        }
                        ComponentKind::Replicated => {
                            let n = c.members.iter().filter(|n| live(n)).count() as u32;
                            if n >= c.min_available.unwrap_or(1) {
                                (grade(all_live), None)
                            } else {
                                down
                            }
                        }
                    }
                },
            );
        }
    }
    result
        .into_iter()
        .map(|r| r.map_or(Status::Down, |r| r.0))
        .collect()
}

/// Every scenario id of every class, in spec order, with its class.
pub fn all_scenarios(l: &Layout) -> Vec<(String, String)> {
    let mut ids: [Vec<String>; 4] = Default::default();
    for r in &l.regions {
        ids[3].push(r.id.clone());
        for z in &r.zones {
            ids[2].push(z.id.clone());
            for k in &z.racks {
                ids[1].push(k.id.clone());
                ids[0].extend(k.nodes.iter().map(|n| n.id.clone()));
            }
            ids[0].extend(z.nodes.iter().map(|n| n.id.clone()));
        }
    }
    let mut out = vec![("none".to_string(), "none".to_string())];
    for (li, list) in ids.iter().enumerate() {
        out.extend(
            list.iter()
                .map(|d| (format!("{}:{d}", LEVELS[li]), LEVELS[li].to_string())),
        );
    }
    for li in [2, 3] {
        out.extend(ids[li].iter().map(|d| {
            (
                format!("isolate:{}:{d}", LEVELS[li]),
                format!("isolate:{}", LEVELS[li]),
            )
        }));
    }
    // Pairs come from the smallest class (regions) to the largest (nodes).
    for (li, list) in ids.iter().enumerate().rev() {
        for (a, x) in list.iter().enumerate() {
            for y in &list[a + 1..] {
                let lv = LEVELS[li];
                out.push((format!("{lv}:{x}+{lv}:{y}"), format!("{lv}+{lv}")));
            }
        }
    }
    out
}
