//! Components: quorums, elected leaders and replicated services.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How a component stays available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentKind {
    /// Majority consensus among voting members.
    Quorum,
    /// One elected leader among members, the others standby.
    Leader,
    /// N instances, of which `min_available` must run.
    Replicated,
}

impl ComponentKind {
    /// Every kind, in the order the format lists them.
    pub const ALL: [ComponentKind; 3] = [
        ComponentKind::Quorum,
        ComponentKind::Leader,
        ComponentKind::Replicated,
    ];

    /// The kind as written in the layout file.
    pub fn as_str(self) -> &'static str {
        match self {
            ComponentKind::Quorum => "quorum",
            ComponentKind::Leader => "leader",
            ComponentKind::Replicated => "replicated",
        }
    }
}

/// What a component is, for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A coordination service: ZooKeeper, etcd, Consul.
    Coordination,
    /// The cluster control plane: Mesos masters.
    ControlPlane,
    /// A scheduler: Marathon, a framework scheduler.
    Scheduler,
    /// A load balancer.
    LoadBalancer,
    /// A database.
    Database,
    /// Any other service.
    Service,
}

impl Role {
    /// Every role, in the order the format lists them.
    pub const ALL: [Role; 6] = [
        Role::Coordination,
        Role::ControlPlane,
        Role::Scheduler,
        Role::LoadBalancer,
        Role::Database,
        Role::Service,
    ];

    /// The role as written in the layout file.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Coordination => "coordination",
            Role::ControlPlane => "control-plane",
            Role::Scheduler => "scheduler",
            Role::LoadBalancer => "load-balancer",
            Role::Database => "database",
            Role::Service => "service",
        }
    }
}

/// A thing whose availability is analysed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Component {
    /// Unique id.
    pub id: String,
    /// Free-text label for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// How the component stays available.
    pub kind: ComponentKind,
    /// Node ids: voters of a quorum, candidates of a leader, instances of a service.
    #[serde(default)]
    pub members: Vec<String>,
    /// Non-voting node ids of a quorum: they replicate but never count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observers: Vec<String>,
    /// Ids of components this one needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<String>,
    /// Instances that must run (replicated; default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_available: Option<u32>,
    /// What the component is, for the rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// CPUs each instance needs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::opt_f64"
    )]
    pub cpus: Option<f64>,
    /// Memory each instance needs, in GiB.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "super::number::opt_f64"
    )]
    pub mem_gib: Option<f64>,
    /// The component moves a lot of data between its instances.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub io_heavy: bool,
}

impl Component {
    /// A component with an id, a kind and members.
    pub fn new(id: impl Into<String>, kind: ComponentKind, members: &[&str]) -> Self {
        Component {
            id: id.into(),
            label: None,
            kind,
            members: members.iter().map(|m| m.to_string()).collect(),
            observers: Vec::new(),
            depends_on: Vec::new(),
            min_available: None,
            role: None,
            cpus: None,
            mem_gib: None,
            io_heavy: false,
        }
    }

    /// Instances that must run: `min_available`, default 1 (replicated only).
    pub fn min_available(&self) -> u32 {
        self.min_available.unwrap_or(1)
    }

    /// Voters needed for a majority: floor(V/2)+1 with V the configured voters.
    pub fn majority(&self) -> usize {
        self.members.len() / 2 + 1
    }

    /// The role, given or inferred from the id and label.
    ///
    /// The spec's own example names components without roles
    /// (`mesos-masters`, `zookeeper`, `marathon`), so well-known names count.
    pub fn effective_role(&self) -> Option<Role> {
        if self.role.is_some() {
            return self.role;
        }
        let text = format!("{} {}", self.id, self.label.as_deref().unwrap_or("")).to_lowercase();
        let tokens: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).collect();
        // Short names must be whole words ("lb", "db"); long ones may be part of one.
        let has = |words: &[&str]| {
            words.iter().any(|w| {
                tokens
                    .iter()
                    .any(|t| t == w || (w.len() > 3 && t.contains(w)))
            })
        };
        if has(&["zookeeper", "zk", "etcd", "consul", "exhibitor"]) {
            Some(Role::Coordination)
        } else if has(&["lb", "balancer", "haproxy", "nginx", "edgelb", "ingress"]) {
            Some(Role::LoadBalancer)
        } else if has(&["mesos", "master", "masters"]) {
            Some(Role::ControlPlane)
        } else if has(&["marathon", "scheduler", "metronome"]) {
            Some(Role::Scheduler)
        } else if has(&[
            "db",
            "database",
            "mysql",
            "postgres",
            "mongo",
            "cassandra",
            "redis",
        ]) {
            Some(Role::Database)
        } else {
            None
        }
    }
}
