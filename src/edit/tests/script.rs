//! Random scripts of commands, undos and redos, resolved against the layout
//! of the moment (ids are mostly picked among items of the wanted kind).

use proptest::prelude::*;
use proptest::sample::Index;

use super::random::{KINDS, NODE_KINDS, ROLES, layout};
use super::{Command, Target, Template};
use crate::edit::{ItemKind, NodeFields, lookup::all_ids};
use crate::model::{Component, ComponentKind, Layout};

/// Ids that name nothing or cannot name a domain.
const ODD: [&str; 5] = ["", "ghost", "a+zone:b", "x+region:y", "k+rack:1"];

/// One step of a script: a command kind and the random choices it needs,
/// turned into a command against the layout of the moment.
#[derive(Debug, Clone)]
pub(super) struct Step {
    op: u8,
    a: Index,
    b: Index,
    picks: Vec<Index>,
    n: Option<usize>,
    x: f64,
    text: String,
    other: Layout,
    odd: bool,
}

/// A random step.
pub(super) fn step() -> impl Strategy<Value = Step> {
    let x = prop_oneof![
        Just(-1.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        0.0..64.0f64
    ];
    let picks = prop::collection::vec(any::<Index>(), 0..3);
    let text = "[a-z0-9+:-]{0,6}";
    let odd = prop::bool::weighted(0.1);
    (
        0u8..20,
        any::<Index>(),
        any::<Index>(),
        picks,
        prop::option::of(0..5usize),
        x,
        text,
        (layout(), odd),
    )
        .prop_map(|(op, a, b, picks, n, x, text, (other, odd))| Step {
            op,
            a,
            b,
            picks,
            n,
            x,
            text,
            other,
            odd,
        })
}

/// What a step does: a command, or undo, or redo.
#[derive(Debug, Clone)]
pub(super) enum Action {
    /// Apply a command.
    Apply(Command),
    /// Undo.
    Undo,
    /// Redo.
    Redo,
}

impl Step {
    /// The step's action against `layout`.
    pub(super) fn action(&self, layout: &Layout) -> Action {
        let ids = |want: Option<ItemKind>| -> Vec<String> {
            let mut ids: Vec<String> = all_ids(layout)
                .into_iter()
                .filter(|(_, kind)| want.is_none_or(|w| w == *kind) && !self.odd)
                .map(|(id, _)| id.to_string())
                .collect();
            ids.sort();
            if ids.is_empty() || self.odd {
                ids.extend(ODD.iter().map(|s| s.to_string()));
            }
            ids
        };
        let (region, zone, rack, node, component) = (
            Some(ItemKind::Region),
            Some(ItemKind::Zone),
            Some(ItemKind::Rack),
            Some(ItemKind::Node),
            Some(ItemKind::Component),
        );
        let a = |want| self.a.get(&ids(want)).clone();
        let b = |want| self.b.get(&ids(want)).clone();
        let target = match self.b.index(3) {
            0 => Target::Tray,
            1 => Target::Zone(b(zone)),
            _ => Target::Rack(b(rack)),
        };
        let picks = |want| -> Vec<String> {
            self.picks
                .iter()
                .map(|p| p.get(&ids(want)).clone())
                .collect()
        };
        let kind = KINDS[self.a.index(3)];
        let command = match self.op {
            0 => Command::SetName(self.text.clone()),
            1 => Command::AddRegion,
            2 => Command::AddZone { region: a(region) },
            3 => Command::AddRack { zone: a(zone) },
            4 => Command::AddNode {
                template: Template::ALL[self.a.index(6)],
                to: target,
            },
            5 => Command::MoveNode {
                node: a(node),
                to: target,
                index: self.n,
            },
            6 => Command::MoveZone {
                zone: a(zone),
                to: b(region),
            },
            7 => Command::MoveRack {
                rack: a(rack),
                to: b(zone),
            },
            8 => Command::Delete(picks(None)),
            9 => Command::Rename {
                id: a(None),
                to: if self.n.is_some() {
                    b(None)
                } else {
                    self.text.clone()
                },
            },
            10 => Command::SetLabel {
                id: a(None),
                label: self.n.map(|_| self.text.clone()),
            },
            11 => Command::SetNode {
                id: a(node),
                fields: self.fields(),
            },
            12 => Command::AddComponent {
                kind,
                role: self.n.map(|r| ROLES[r]),
                members: picks(node),
            },
            13 => Command::SetComponent(self.component(
                layout,
                picks(if self.b.index(4) == 1 {
                    component
                } else {
                    node
                }),
            )),
            14 => Command::AddMember {
                component: a(component),
                node: b(node),
            },
            15 => Command::RemoveMember {
                component: a(component),
                node: b(node),
            },
            16 => Command::Replace(self.other.clone()),
            17 | 18 => return Action::Undo,
            _ => return Action::Redo,
        };
        Action::Apply(command)
    }

    fn fields(&self) -> NodeFields {
        NodeFields {
            label: Some(self.text.clone()),
            ip: None,
            cpus: Some(self.x),
            mem_gib: self.n.map(|n| n as f64),
            kind: self.n.map(|n| NODE_KINDS[n]),
        }
    }

    /// An existing component (or a new one) with random members, dependencies and minimum.
    fn component(&self, layout: &Layout, picked: Vec<String>) -> Component {
        let existing =
            (!layout.components.is_empty()).then(|| self.a.get(&layout.components).clone());
        let mut c = existing
            .unwrap_or_else(|| Component::new(self.text.clone(), ComponentKind::Quorum, &[]));
        match self.b.index(4) {
            0 => c.members = picked,
            1 => c.depends_on = picked,
            2 => c.min_available = self.n.map(|n| n as u32),
            _ => c.kind = KINDS[self.b.index(3)],
        }
        c
    }
}
