//! Regions, zones, racks and nodes: the containment tree of a layout.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Component;

/// A whole deployment design: the domain tree, unplaced nodes, components, links.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Free-text name of the design.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Regions, the outermost fault domains.
    #[serde(default)]
    pub regions: Vec<Region>,
    /// Nodes designed but not placed in any zone: missing in every scenario.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<Node>,
    /// Components whose availability is analysed.
    #[serde(default)]
    pub components: Vec<Component>,
    /// Latency overrides between two regions or two zones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// A geographical region: one or more zones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// Unique id.
    pub id: String,
    /// Free-text label for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Zones of this region.
    #[serde(default)]
    pub zones: Vec<Zone>,
}

/// A zone: a failure domain with isolated power, networking and connectivity.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    /// Unique id.
    pub id: String,
    /// Free-text label for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Racks of this zone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub racks: Vec<Rack>,
    /// Nodes placed directly in the zone (public clouds have no racks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nodes: Vec<Node>,
}

/// A rack: servers sharing a power supply and switches.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rack {
    /// Unique id.
    pub id: String,
    /// Free-text label for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Nodes in this rack.
    #[serde(default)]
    pub nodes: Vec<Node>,
}

/// What a node is for; a hint for the palette and the capacity rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NodeKind {
    /// A DC/OS master (Mesos master, ZooKeeper, Marathon).
    Master,
    /// A private agent that runs tasks.
    Agent,
    /// A public agent, reachable from outside (load balancers).
    PublicAgent,
    /// The bootstrap node used to install the cluster.
    Bootstrap,
    /// Any other machine.
    Generic,
}

impl NodeKind {
    /// Every kind, in the order the format lists them.
    pub const ALL: [NodeKind; 5] = [
        NodeKind::Master,
        NodeKind::Agent,
        NodeKind::PublicAgent,
        NodeKind::Bootstrap,
        NodeKind::Generic,
    ];

    /// The kind as written in the layout file.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Master => "master",
            NodeKind::Agent => "agent",
            NodeKind::PublicAgent => "public-agent",
            NodeKind::Bootstrap => "bootstrap",
            NodeKind::Generic => "generic",
        }
    }

    /// Whether the node offers its resources to tasks.
    pub fn is_agent(self) -> bool {
        matches!(self, NodeKind::Agent | NodeKind::PublicAgent)
    }
}

/// A machine.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Unique id.
    pub id: String,
    /// Free-text label for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// IP address; should be unique and routable within the cluster.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<String>,
    /// CPUs offered (agents).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::opt_f64"
    )]
    pub cpus: Option<f64>,
    /// Memory offered in GiB (agents).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::opt_f64"
    )]
    pub mem_gib: Option<f64>,
    /// Role hint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<NodeKind>,
}

impl Node {
    /// A node with just an id.
    pub fn new(id: impl Into<String>) -> Self {
        Node {
            id: id.into(),
            ..Node::default()
        }
    }
}

/// A latency override between two regions or two zones.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The two region ids, or the two zone ids, this link joins.
    pub between: [String; 2],
    /// One-way latency in milliseconds.
    #[serde(serialize_with = "super::number::f64_compact")]
    pub latency_ms: f64,
    /// Bandwidth in Mbit/s, when known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::opt_f64"
    )]
    pub bandwidth_mbps: Option<f64>,
}

impl Layout {
    /// Every node, placed ones in tree order then unplaced ones.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.zones()
            .flat_map(|z| {
                z.racks
                    .iter()
                    .flat_map(|r| r.nodes.iter())
                    .chain(z.nodes.iter())
            })
            .chain(self.unplaced.iter())
    }

    /// Every zone, in tree order.
    pub fn zones(&self) -> impl Iterator<Item = &Zone> {
        self.regions.iter().flat_map(|r| r.zones.iter())
    }

    /// Every rack, in tree order.
    pub fn racks(&self) -> impl Iterator<Item = &Rack> {
        self.zones().flat_map(|z| z.racks.iter())
    }

    /// The component with this id.
    pub fn component(&self, id: &str) -> Option<&Component> {
        self.components.iter().find(|c| c.id == id)
    }

    /// The node with this id, placed or not.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes().find(|n| n.id == id)
    }
}
