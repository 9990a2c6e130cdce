//! The commands of the designer and the palette's node templates.

use crate::model::{Component, ComponentKind, Layout, NodeKind, Role};

/// Where a node goes: the unplaced tray, a zone (no rack) or a rack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The "unplaced" tray.
    Tray,
    /// Directly in this zone.
    Zone(String),
    /// In this rack.
    Rack(String),
}

/// A node template of the palette (a DC/OS role).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Template {
    /// A master: joins the Mesos masters quorum, the ZooKeeper ensemble and the Marathon leader group (creating them when missing).
    Master,
    /// A private agent.
    PrivateAgent,
    /// A public agent.
    PublicAgent,
    /// A database node (joins or creates the database component).
    Database,
    /// A load balancer node (joins or creates the load-balancer component).
    LoadBalancer,
    /// A generic node.
    Generic,
}

impl Template {
    /// Every template, in palette order.
    pub const ALL: [Template; 6] = [
        Template::Master,
        Template::PrivateAgent,
        Template::PublicAgent,
        Template::Database,
        Template::LoadBalancer,
        Template::Generic,
    ];

    /// Stable name used in the UI and tests (`master`, `private-agent`...).
    pub fn as_str(self) -> &'static str {
        match self {
            Template::Master => "master",
            Template::PrivateAgent => "private-agent",
            Template::PublicAgent => "public-agent",
            Template::Database => "database",
            Template::LoadBalancer => "load-balancer",
            Template::Generic => "generic",
        }
    }

    /// The template with this name.
    pub fn parse(name: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.as_str() == name)
    }

    /// Human label for the palette.
    pub fn label(self) -> &'static str {
        match self {
            Template::Master => "Master",
            Template::PrivateAgent => "Private agent",
            Template::PublicAgent => "Public agent",
            Template::Database => "Database",
            Template::LoadBalancer => "Load balancer",
            Template::Generic => "Generic",
        }
    }

    /// The node kind the template creates.
    pub fn kind(self) -> NodeKind {
        match self {
            Template::Master => NodeKind::Master,
            Template::PrivateAgent | Template::Database => NodeKind::Agent,
            Template::PublicAgent | Template::LoadBalancer => NodeKind::PublicAgent,
            Template::Generic => NodeKind::Generic,
        }
    }
}

/// The editable fields of a node (the inspector's form); `None` clears a field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NodeFields {
    /// Free-text label.
    pub label: Option<String>,
    /// IP address.
    pub ip: Option<String>,
    /// CPUs offered.
    pub cpus: Option<f64>,
    /// Memory offered in GiB.
    pub mem_gib: Option<f64>,
    /// Role hint.
    pub kind: Option<NodeKind>,
}

/// One undoable edit of the layout.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Set the design's name.
    SetName(String),
    /// Add a region with a fresh id.
    AddRegion,
    /// Add a zone with a fresh id to a region.
    AddZone {
        /// Region id.
        region: String,
    },
    /// Add a rack with a fresh id to a zone.
    AddRack {
        /// Zone id.
        zone: String,
    },
    /// Create a node from a template at a target, with its memberships.
    AddNode {
        /// What to create.
        template: Template,
        /// Where.
        to: Target,
    },
    /// Move a node to a target (position `index` among the target's nodes, or last).
    MoveNode {
        /// Node id.
        node: String,
        /// Where.
        to: Target,
        /// Position among the target's nodes.
        index: Option<usize>,
    },
    /// Move a zone, with its content, to another region.
    MoveZone {
        /// Zone id.
        zone: String,
        /// Region id.
        to: String,
    },
    /// Move a rack, with its nodes, to another zone.
    MoveRack {
        /// Rack id.
        rack: String,
        /// Zone id.
        to: String,
    },
    /// Delete items (any ids: regions, zones, racks, nodes, components) with
    /// everything inside them; references to deleted nodes are removed from
    /// components, to deleted components from `depends_on`, to deleted
    /// domains from links.
    Delete(Vec<String>),
    /// Change an id everywhere it is referenced.
    Rename {
        /// Current id.
        id: String,
        /// New id.
        to: String,
    },
    /// Set the label of a region, zone, rack, node or component.
    SetLabel {
        /// Item id.
        id: String,
        /// New label (`None` or empty clears it).
        label: Option<String>,
    },
    /// Set a node's fields.
    SetNode {
        /// Node id.
        id: String,
        /// The new fields.
        fields: NodeFields,
    },
    /// Add a component with a fresh id.
    AddComponent {
        /// Its kind.
        kind: ComponentKind,
        /// Its role, if known.
        role: Option<Role>,
        /// Initial members (node ids).
        members: Vec<String>,
    },
    /// Replace a component (same id) with new field values.
    SetComponent(Component),
    /// Add a node to a component's members.
    AddMember {
        /// Component id.
        component: String,
        /// Node id.
        node: String,
    },
    /// Remove a node from a component's members and observers.
    RemoveMember {
        /// Component id.
        component: String,
        /// Node id.
        node: String,
    },
    /// Replace the whole layout (new, open, preset, share link).
    Replace(Layout),
    /// Several commands as one edit (one undo step); the first refusal refuses all.
    Batch(Vec<Command>),
}
