//! Helpers shared by the rules: where members sit, counts per domain, roles,
//! dependencies and message formatting.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Component, ComponentKind, Layout, Level, Link, Placements, Role};

/// How many of `members` sit in each domain of `level` (placed members only).
pub fn count_by<'a>(
    placements: &Placements<'a>,
    members: &'a [String],
    level: Level,
) -> BTreeMap<&'a str, usize> {
    let mut counts = BTreeMap::new();
    for m in members {
        if let Some(d) = placements.domain_of(m, level) {
            *counts.entry(d).or_insert(0) += 1;
        }
    }
    counts
}

/// The distinct domains of `level` holding some of `members`.
pub fn domains_of<'a>(
    placements: &Placements<'a>,
    members: &'a [String],
    level: Level,
) -> BTreeSet<&'a str> {
    members
        .iter()
        .filter_map(|m| placements.domain_of(m, level))
        .collect()
}

/// The domain holding the most members, ties broken by the smallest id.
pub fn largest_group<'a>(counts: &BTreeMap<&'a str, usize>) -> Option<(&'a str, usize)> {
    counts.iter().fold(
        None,
        |best: Option<(&'a str, usize)>, (&d, &n)| match best {
            Some((_, bn)) if bn >= n => best,
            _ => Some((d, n)),
        },
    )
}

/// The domain of `level` holding a majority of the component's voters, if any,
/// with how many voters it holds.
pub fn majority_in<'a>(
    placements: &Placements<'a>,
    c: &'a Component,
    level: Level,
) -> Option<(&'a str, usize)> {
    largest_group(&count_by(placements, &c.members, level)).filter(|&(_, n)| n >= c.majority())
}

/// How many domains of `level` the layout declares (racks, zones or regions).
pub fn declared(layout: &Layout, level: Level) -> usize {
    match level {
        Level::Node => layout.nodes().count(),
        Level::Rack => layout.racks().count(),
        Level::Zone => layout.zones().count(),
        Level::Region => layout.regions.len(),
    }
}

/// The quorum components (kind `quorum`).
pub fn quorums(layout: &Layout) -> impl Iterator<Item = &Component> {
    layout
        .components
        .iter()
        .filter(|c| c.kind == ComponentKind::Quorum)
}

/// The components whose effective role is `role`.
pub fn with_role(layout: &Layout, role: Role) -> impl Iterator<Item = &Component> {
    layout
        .components
        .iter()
        .filter(move |c| c.effective_role() == Some(role))
}

/// Every member and observer of every control-plane component.
pub fn control_plane_nodes(layout: &Layout) -> Vec<String> {
    with_role(layout, Role::ControlPlane)
        .flat_map(|c| c.members.iter().chain(c.observers.iter()).cloned())
        .collect()
}

/// Whether `from` needs `target`, directly or through other components.
/// Unknown ids and cycles are tolerated.
pub fn depends_on(layout: &Layout, from: &str, target: &str) -> bool {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut stack: Vec<&str> = vec![from];
    while let Some(id) = stack.pop() {
        let Some(c) = layout.component(id) else {
            continue;
        };
        for dep in &c.depends_on {
            if dep == target {
                return true;
            }
            if seen.insert(dep.as_str()) {
                stack.push(dep.as_str());
            }
        }
    }
    false
}

/// Every component `from` needs, directly or transitively (unknown ids skipped).
pub fn dependencies<'a>(layout: &'a Layout, from: &str) -> Vec<&'a Component> {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut out = Vec::new();
    let mut stack: Vec<&str> = layout
        .component(from)
        .map(|c| vec![c.id.as_str()])
        .unwrap_or_default();
    while let Some(id) = stack.pop() {
        let Some(c) = layout.component(id) else {
            continue;
        };
        for dep in &c.depends_on {
            if let Some(d) = layout.component(dep)
                && seen.insert(d.id.as_str())
            {
                out.push(d);
                stack.push(d.id.as_str());
            }
        }
    }
    out
}

/// What a link joins, resolved against the domain tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind<'a> {
    /// Two different zones of one region.
    Zones(&'a str),
    /// Two different regions (given as regions, or as zones of different regions).
    Regions(&'a str, &'a str),
}

/// The region holding a zone or region id, or `None` when the id is neither.
fn region_of<'a>(layout: &'a Layout, id: &str) -> Option<(&'a str, bool)> {
    layout.regions.iter().find_map(|r| {
        if r.id == id {
            Some((r.id.as_str(), false))
        } else {
            r.zones
                .iter()
                .any(|z| z.id == id)
                .then_some((r.id.as_str(), true))
        }
    })
}

/// What a link joins; `None` for unknown ids or a domain joined to itself or its own region.
pub fn link_kind<'a>(layout: &'a Layout, link: &Link) -> Option<LinkKind<'a>> {
    let [a, b] = &link.between;
    let (ra, a_is_zone) = region_of(layout, a)?;
    let (rb, b_is_zone) = region_of(layout, b)?;
    if ra != rb {
        Some(LinkKind::Regions(ra.min(rb), ra.max(rb)))
    } else if a_is_zone && b_is_zone && a != b {
        Some(LinkKind::Zones(ra))
    } else {
        None
    }
}

/// The regions holding at least one placed node.
pub fn populated_regions(layout: &Layout) -> BTreeSet<&str> {
    layout
        .regions
        .iter()
        .filter(|r| {
            r.zones
                .iter()
                .any(|z| !z.nodes.is_empty() || z.racks.iter().any(|k| !k.nodes.is_empty()))
        })
        .map(|r| r.id.as_str())
        .collect()
}

/// Ids joined for a message: `a, b and c`; past ten, `and N more`.
pub fn names<S: AsRef<str>>(ids: &[S]) -> String {
    const SHOWN: usize = 10;
    let quoted: Vec<&str> = ids.iter().map(AsRef::as_ref).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].to_string(),
        n if n <= SHOWN => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        n => format!("{} and {} more", quoted[..SHOWN].join(", "), n - SHOWN),
    }
}

/// A number for a message: no trailing `.0`.
pub fn num(x: f64) -> String {
    let rounded = (x * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

/// The domains of `level` holding `members`, when there are two or more
/// (the component is spread over them), in id order.
pub fn spread_over<'a>(
    placements: &Placements<'a>,
    members: &'a [String],
    level: Level,
) -> Option<Vec<&'a str>> {
    let domains: Vec<&str> = domains_of(placements, members, level).into_iter().collect();
    (domains.len() > 1).then_some(domains)
}

/// A finding's subjects: the component, then the domains concerned.
pub fn with_domains(component: &str, domains: &[&str]) -> Vec<String> {
    std::iter::once(component)
        .chain(domains.iter().copied())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_reads_naturally_and_truncates() {
        assert_eq!(names::<&str>(&[]), "");
        assert_eq!(names(&["a"]), "a");
        assert_eq!(names(&["a", "b", "c"]), "a, b and c");
        let many: Vec<String> = (0..12).map(|i| format!("n{i}")).collect();
        assert!(names(&many).ends_with("n9 and 2 more"));
    }

    #[test]
    fn largest_group_prefers_smallest_id_on_ties() {
        let counts: BTreeMap<&str, usize> = [("b", 2), ("a", 2), ("c", 1)].into_iter().collect();
        assert_eq!(largest_group(&counts), Some(("a", 2)));
        assert_eq!(largest_group(&BTreeMap::new()), None);
    }

    #[test]
    fn depends_on_follows_chains_and_survives_cycles() {
        let mut a = Component::new("a", ComponentKind::Replicated, &[]);
        a.depends_on = vec!["b".into()];
        let mut b = Component::new("b", ComponentKind::Replicated, &[]);
        b.depends_on = vec!["a".into(), "c".into(), "ghost".into()];
        let c = Component::new("c", ComponentKind::Quorum, &[]);
        let layout = Layout {
            components: vec![a, b, c],
            ..Layout::default()
        };
        assert!(depends_on(&layout, "a", "c"));
        assert!(!depends_on(&layout, "c", "a"));
        assert!(!depends_on(&layout, "a", "zz"));
        let deps: Vec<&str> = dependencies(&layout, "a")
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(deps.len(), 3);
    }

    #[test]
    fn num_drops_trailing_zero() {
        assert_eq!(num(4.0), "4");
        assert_eq!(num(2.5), "2.5");
    }
}
