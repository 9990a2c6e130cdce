//! The precomputed index of a layout: dense domain indices, member counts per
//! domain, which components each domain touches, and the dependency order.

use std::collections::HashMap;

use super::comp_ix::merge;
pub(crate) use super::comp_ix::{Broken, Cnt, CompIx, Hit};
use crate::model::{ComponentKind, Layout};

/// "No such index" (a rackless node's rack, a missing dependency...).
pub(crate) const NONE: u32 = u32::MAX;
/// Level indices: node, rack, zone, region.
pub(crate) const NODE: usize = 0;
/// Rack level index.
pub(crate) const RACK: usize = 1;
/// Zone level index.
pub(crate) const ZONE: usize = 2;
/// Region level index.
pub(crate) const REGION: usize = 3;
/// Level names as in scenario ids.
pub(crate) const LEVEL_NAMES: [&str; 4] = ["node", "rack", "zone", "region"];

/// The whole index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index<'a> {
    /// Domain ids per level, in tree order (index = dense domain index).
    pub ids: [Vec<&'a str>; 4],
    lookup: [HashMap<&'a str, u32>; 4],
    /// Per node: its [node, rack or NONE, zone, region] indices.
    pub node_dom: Vec<[u32; 4]>,
    /// Zone of each rack.
    pub rack_zone: Vec<u32>,
    /// Region of each zone.
    pub zone_region: Vec<u32>,
    /// Components in layout order.
    pub comps: Vec<CompIx<'a>>,
    /// Per level, per domain: sound components with members in it, with their
    /// counts, in dependency order (by `rank`).
    pub touch: [Vec<Vec<Hit>>; 4],
    /// Sound components, dependencies first.
    pub topo: Vec<u32>,
    /// Position of each component in `topo`, NONE when broken.
    pub rank: Vec<u32>,
    /// Sound components that depend directly on each component.
    pub dependents: Vec<Vec<u32>>,
}

impl<'a> Index<'a> {
    /// Index a layout. Never panics, whatever the layout holds.
    pub fn build(layout: &'a Layout) -> Self {
        let mut ix = Index::default();
        ix.reserve(layout);
        for region in &layout.regions {
            let r = ix.intern(REGION, &region.id);
            for zone in &region.zones {
                let z = ix.intern(ZONE, &zone.id);
                if z as usize == ix.zone_region.len() {
                    ix.zone_region.push(r);
                }
                for rack in &zone.racks {
                    let k = ix.intern(RACK, &rack.id);
                    if k as usize == ix.rack_zone.len() {
                        ix.rack_zone.push(z);
                    }
                    for node in &rack.nodes {
                        ix.add_node(&node.id, [0, k, z, r]);
                    }
                }
                for node in &zone.nodes {
                    ix.add_node(&node.id, [0, NONE, z, r]);
                }
            }
        }
        ix.index_components(layout);
        ix.order();
        ix
    }

    /// The dense index of a domain id at a level.
    pub fn dom(&self, level: usize, id: &str) -> Option<u32> {
        self.lookup[level].get(id).copied()
    }

    /// The zone holding a domain of the node or rack level.
    pub fn zone_of(&self, level: usize, dom: u32) -> u32 {
        match level {
            NODE => self.node_dom.get(dom as usize).map_or(NONE, |d| d[ZONE]),
            RACK => self.rack_zone.get(dom as usize).copied().unwrap_or(NONE),
            ZONE => dom,
            _ => NONE,
        }
    }

    /// Size the lookups for every domain at once: no rehashing while interning.
    fn reserve(&mut self, layout: &Layout) {
        let mut n = [0usize, 0, 0, layout.regions.len()];
        for zone in layout.regions.iter().flat_map(|r| &r.zones) {
            n[ZONE] += 1;
            n[RACK] += zone.racks.len();
            n[NODE] += zone.nodes.len() + zone.racks.iter().map(|k| k.nodes.len()).sum::<usize>();
        }
        for (level, &count) in n.iter().enumerate() {
            self.lookup[level].reserve(count);
            self.ids[level].reserve(count);
        }
        self.node_dom.reserve(n[NODE]);
    }

    fn intern(&mut self, level: usize, id: &'a str) -> u32 {
        if let Some(&i) = self.lookup[level].get(id) {
            return i;
        }
        let i = self.ids[level].len() as u32;
        self.ids[level].push(id);
        self.lookup[level].insert(id, i);
        i
    }

    fn add_node(&mut self, id: &'a str, mut doms: [u32; 4]) {
        if self.lookup[NODE].contains_key(id) {
            return; // placed twice: the first placement wins
        }
        doms[NODE] = self.intern(NODE, id);
        self.node_dom.push(doms);
    }

    fn index_components(&mut self, layout: &'a Layout) {
        let mut by_id: HashMap<&str, u32> = HashMap::new();
        for (i, c) in layout.components.iter().enumerate() {
            by_id.entry(c.id.as_str()).or_insert(i as u32);
        }
        for c in &layout.components {
            let mut entries: [Vec<Cnt>; 4] = Default::default();
            let (mut placed_v, mut placed_a, mut missing_a) = (0, 0, 0);
            let all = c.members.iter().map(|m| (m, true));
            for (m, voter) in all.chain(c.observers.iter().map(|m| (m, false))) {
                let Some(&n) = self.lookup[NODE].get(m.as_str()) else {
                    missing_a += 1;
                    continue;
                };
                placed_a += 1;
                placed_v += u32::from(voter);
                let doms = self.node_dom[n as usize];
                for (level, list) in entries.iter_mut().enumerate() {
                    if doms[level] != NONE {
                        list.push(Cnt {
                            dom: doms[level],
                            v: u32::from(voter),
                            a: 1,
                        });
                    }
                }
            }
            let counts = entries.map(merge);
            let mut deps = Vec::new();
            let mut broken = None;
            for d in &c.depends_on {
                match by_id.get(d.as_str()) {
                    Some(&j) => deps.push(j),
                    None => broken = broken.or(Some(Broken::Unknown(d.clone()))),
                }
            }
            let qdeps = deps
                .iter()
                .copied()
                .filter(|&j| layout.components[j as usize].kind == ComponentKind::Quorum)
                .collect();
            let total_v = c.members.len() as u32;
            let need = match c.kind {
                ComponentKind::Quorum => total_v / 2 + 1,
                ComponentKind::Leader => 1,
                ComponentKind::Replicated => c.min_available(),
            };
            self.comps.push(CompIx {
                id: &c.id,
                kind: c.kind,
                role: c.effective_role(),
                io_heavy: c.io_heavy,
                total_v,
                need,
                placed_v,
                placed_a,
                missing_a,
                counts,
                deps,
                qdeps,
                broken,
            });
        }
    }

    /// Topological order (Kahn), broken components, dependents and touch lists.
    fn order(&mut self) {
        let n = self.comps.len();
        let mut indeg = vec![0u32; n];
        let mut users: Vec<Vec<u32>> = vec![Vec::new(); n];
        for (i, c) in self.comps.iter().enumerate() {
            for &d in &c.deps {
                indeg[i] += 1;
                users[d as usize].push(i as u32);
            }
        }
        let mut queue: Vec<u32> = (0..n as u32).filter(|&i| indeg[i as usize] == 0).collect();
        let mut head = 0;
        while head < queue.len() {
            let i = queue[head] as usize;
            head += 1;
            for &u in &users[i] {
                indeg[u as usize] -= 1;
                if indeg[u as usize] == 0 {
                    queue.push(u);
                }
            }
        }
        let mut in_order = vec![false; n];
        for &i in &queue {
            in_order[i as usize] = true;
        }
        for (i, c) in self.comps.iter_mut().enumerate() {
            if !in_order[i] {
                c.broken = Some(Broken::Cycle);
            }
        }
        self.rank = vec![NONE; n];
        self.dependents = vec![Vec::new(); n];
        for &i in &queue {
            let c = &self.comps[i as usize];
            let bad_dep = c
                .deps
                .iter()
                .copied()
                .find(|&d| self.comps[d as usize].broken.is_some());
            if c.broken.is_none() {
                if let Some(d) = bad_dep {
                    self.comps[i as usize].broken = Some(Broken::Dep(d));
                    continue;
                }
                self.rank[i as usize] = self.topo.len() as u32;
                self.topo.push(i);
                for &d in &self.comps[i as usize].deps {
                    self.dependents[d as usize].push(i);
                }
            }
        }
        for level in 0..4 {
            self.touch[level] = vec![Vec::new(); self.ids[level].len()];
        }
        // In dependency order, so that each touch list is sorted by rank.
        for &i in &self.topo {
            let c = &self.comps[i as usize];
            for level in 0..4 {
                for e in &c.counts[level] {
                    let hit = Hit {
                        comp: i,
                        rank: self.rank[i as usize],
                        v: e.v,
                        a: e.a,
                    };
                    self.touch[level][e.dom as usize].push(hit);
                }
            }
        }
    }
}
