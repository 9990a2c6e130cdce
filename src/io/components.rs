//! Checks of components: member and observer references, `min_available`,
//! dependencies and dependency cycles.

use std::collections::{HashMap, HashSet};

use super::error::{LoadError, field, index, quote};
use super::ids::{Ids, Kind};
use crate::model::{Component, ComponentKind, Layout};

/// Report every problem of every component.
pub(crate) fn check_components(layout: &Layout, ids: &Ids<'_>, errors: &mut Vec<LoadError>) {
    for (c, component) in layout.components.iter().enumerate() {
        let cp = index("$.components", c);
        check_nodes(component, &cp, ids, errors);
        check_min_available(component, &cp, errors);
        check_dependencies(component, &cp, ids, errors);
    }
    check_cycles(layout, errors);
}

/// Members and observers must be distinct node ids; observers only on quorums.
fn check_nodes(component: &Component, cp: &str, ids: &Ids<'_>, errors: &mut Vec<LoadError>) {
    let mut first: HashMap<&str, (&str, String)> = HashMap::new();
    for (list, name) in [
        (&component.members, "members"),
        (&component.observers, "observers"),
    ] {
        let lp = field(cp, name);
        for (i, id) in list.iter().enumerate() {
            let here = index(&lp, i);
            match ids.kind(id) {
                Some(Kind::Node) => {}
                Some(other) => errors.push(LoadError::at(
                    &here,
                    format!("{} is {}, not a node", quote(id), other.article()),
                )),
                None => errors.push(LoadError::at(&here, format!("unknown node {}", quote(id)))),
            }
            if id.is_empty() {
                continue;
            }
            match first.get(id.as_str()) {
                Some((list, at)) if *list != name => errors.push(LoadError::at(
                    here,
                    format!(
                        "node {} is both a member and an observer (member at {at})",
                        quote(id)
                    ),
                )),
                Some((_, at)) => errors.push(LoadError::at(
                    here,
                    format!(
                        "node {} is listed twice in {name} (first at {at})",
                        quote(id)
                    ),
                )),
                None => {
                    first.insert(id, (name, here));
                }
            }
        }
    }
    if !component.observers.is_empty() && component.kind != ComponentKind::Quorum {
        errors.push(LoadError::at(
            field(cp, "observers"),
            format!(
                "observers apply to quorum components only; this one is {}",
                component.kind.as_str()
            ),
        ));
    }
}

/// `min_available`: replicated only, at least 1, at most the member count.
fn check_min_available(component: &Component, cp: &str, errors: &mut Vec<LoadError>) {
    let Some(min) = component.min_available else {
        return;
    };
    let here = field(cp, "min_available");
    if component.kind != ComponentKind::Replicated {
        errors.push(LoadError::at(
            here,
            format!(
                "min_available applies to replicated components only; this one is {}",
                component.kind.as_str()
            ),
        ));
    } else if min == 0 {
        errors.push(LoadError::at(here, "min_available must be at least 1"));
    } else if min as usize > component.members.len() {
        errors.push(LoadError::at(
            here,
            format!(
                "min_available is {min} but the component has only {} member(s)",
                component.members.len()
            ),
        ));
    }
}

/// Dependencies must name other components, each once.
fn check_dependencies(component: &Component, cp: &str, ids: &Ids<'_>, errors: &mut Vec<LoadError>) {
    let dp = field(cp, "depends_on");
    let mut first: HashMap<&str, String> = HashMap::new();
    for (j, dep) in component.depends_on.iter().enumerate() {
        let here = index(&dp, j);
        if *dep == component.id {
            errors.push(LoadError::at(
                &here,
                format!("component {} depends on itself", quote(dep)),
            ));
        } else {
            match ids.kind(dep) {
                Some(Kind::Component) => {}
                Some(other) => errors.push(LoadError::at(
                    &here,
                    format!("{} is {}, not a component", quote(dep), other.article()),
                )),
                None => errors.push(LoadError::at(
                    &here,
                    format!("unknown component {}", quote(dep)),
                )),
            }
        }
        match first.get(dep.as_str()) {
            Some(at) => errors.push(LoadError::at(
                here,
                format!("dependency {} is listed twice (first at {at})", quote(dep)),
            )),
            None => {
                first.insert(dep, here);
            }
        }
    }
}

/// Report each dependency cycle once, at the dependency that closes it.
fn check_cycles(layout: &Layout, errors: &mut Vec<LoadError>) {
    let components = &layout.components;
    let mut by_id: HashMap<&str, usize> = HashMap::new();
    for (c, component) in components.iter().enumerate() {
        by_id.entry(component.id.as_str()).or_insert(c);
    }
    // Edges c -> (dependency index, position in depends_on), self loops excluded.
    let edges: Vec<Vec<(usize, usize)>> = components
        .iter()
        .enumerate()
        .map(|(c, component)| {
            let deps = component.depends_on.iter().enumerate();
            deps.filter_map(|(j, d)| by_id.get(d.as_str()).map(|&t| (t, j)))
                .filter(|&(t, _)| t != c)
                .collect()
        })
        .collect();
    let mut done = vec![false; components.len()];
    let mut on_stack: Vec<Option<usize>> = vec![None; components.len()];
    let mut reported: HashSet<Vec<usize>> = HashSet::new();
    for start in 0..components.len() {
        if done[start] {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        on_stack[start] = Some(0);
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            let Some(&(target, j)) = edges[node].get(*next) else {
                done[node] = true;
                on_stack[node] = None;
                stack.pop();
                continue;
            };
            *next += 1;
            if let Some(pos) = on_stack[target] {
                let cycle: Vec<usize> = stack[pos..].iter().map(|&(n, _)| n).collect();
                if reported.insert(canonical(&cycle)) {
                    errors.push(cycle_error(components, &cycle, node, j));
                }
            } else if !done[target] {
                on_stack[target] = Some(stack.len());
                stack.push((target, 0));
            }
        }
    }
}

/// A cycle rotated to start at its smallest index, to report it once.
fn canonical(cycle: &[usize]) -> Vec<usize> {
    let start = (0..cycle.len()).min_by_key(|&i| cycle[i]).unwrap_or(0);
    cycle[start..]
        .iter()
        .chain(&cycle[..start])
        .copied()
        .collect()
}

fn cycle_error(components: &[Component], cycle: &[usize], from: usize, j: usize) -> LoadError {
    let mut names: Vec<&str> = cycle.iter().map(|&c| components[c].id.as_str()).collect();
    if let Some(&first) = names.first() {
        names.push(first);
    }
    LoadError::at(
        index(&field(&index("$.components", from), "depends_on"), j),
        format!("dependency cycle: {}", names.join(" -> ")),
    )
}
