//! Indexed components: member counts per domain, touch-list entries and
//! why a component may be down in every scenario.

use crate::model::{ComponentKind, Role};

/// Members of one component inside one domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cnt {
    /// Domain index at the level.
    pub dom: u32,
    /// Voters (quorum) or members (leader, replicated).
    pub v: u32,
    /// Members and observers.
    pub a: u32,
}

/// A component with members in one domain, and how many (for `Index::touch`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Component index.
    pub comp: u32,
    /// Its dependency rank (`Index::rank`).
    pub rank: u32,
    /// Voters (quorum) or members (leader, replicated) in the domain.
    pub v: u32,
    /// Members and observers in the domain.
    pub a: u32,
}

/// Why a component is down in every scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Broken {
    /// Depends on an id that is no component.
    Unknown(String),
    /// In a dependency cycle, or depends on one.
    Cycle,
    /// Depends on a component that is always down.
    Dep(u32),
}

/// One component, indexed.
#[derive(Debug, Clone)]
pub(crate) struct CompIx<'a> {
    /// Component id.
    pub id: &'a str,
    /// Kind.
    pub kind: ComponentKind,
    /// Effective role.
    pub role: Option<Role>,
    /// Moves a lot of data.
    pub io_heavy: bool,
    /// Configured voters / members (placed or not).
    pub total_v: u32,
    /// Live voters / members needed: majority, 1, or `min_available`.
    pub need: u32,
    /// Placed voters / members.
    pub placed_v: u32,
    /// Placed members and observers.
    pub placed_a: u32,
    /// Members and observers that are not placed nodes.
    pub missing_a: u32,
    /// Per level, member counts per domain, sorted by domain.
    pub counts: [Vec<Cnt>; 4],
    /// Resolved dependencies.
    pub deps: Vec<u32>,
    /// Dependencies of kind quorum.
    pub qdeps: Vec<u32>,
    /// Set when the component is down in every scenario.
    pub broken: Option<Broken>,
}

impl CompIx<'_> {
    /// (voters, all) inside a domain of a level.
    pub fn count(&self, level: usize, dom: u32) -> (u32, u32) {
        match self.counts[level].binary_search_by_key(&dom, |c| c.dom) {
            Ok(i) => (self.counts[level][i].v, self.counts[level][i].a),
            Err(_) => (0, 0),
        }
    }
}

/// Sort entries by domain and add up duplicates.
pub(crate) fn merge(mut list: Vec<Cnt>) -> Vec<Cnt> {
    list.sort_unstable_by_key(|c| c.dom);
    let mut out: Vec<Cnt> = Vec::with_capacity(list.len());
    for c in list {
        match out.last_mut() {
            Some(last) if last.dom == c.dom => {
                last.v += c.v;
                last.a += c.a;
            }
            _ => out.push(c),
        }
    }
    out
}
