//! Reading the typed [`Layout`] out of a JSON value, collecting every
//! structural problem (wrong types, missing or unknown fields, bad enum values,
//! negative numbers) with its JSON path.

use serde_json::{Map, Value};

use super::error::{field, index};
use super::read::{
    Problems, choice, describe, flag, list, non_negative, object, optional_choice, optional_count,
    optional_non_negative, optional_string, required_string, string, string_list,
};
use crate::model::{
    Component, ComponentKind, Layout, Link, Node, NodeKind, Rack, Region, Role, Zone,
};

/// Fields of the top-level object (format and version are checked first).
const LAYOUT_FIELDS: &[&str] = &[
    "format",
    "version",
    "name",
    "regions",
    "unplaced",
    "components",
    "links",
];
const REGION_FIELDS: &[&str] = &["id", "label", "zones"];
const ZONE_FIELDS: &[&str] = &["id", "label", "racks", "nodes"];
const RACK_FIELDS: &[&str] = &["id", "label", "nodes"];
const NODE_FIELDS: &[&str] = &["id", "label", "ip", "cpus", "mem_gib", "kind"];
const COMPONENT_FIELDS: &[&str] = &[
    "id",
    "label",
    "kind",
    "members",
    "observers",
    "depends_on",
    "min_available",
    "role",
    "cpus",
    "mem_gib",
    "io_heavy",
];
const LINK_FIELDS: &[&str] = &["between", "latency_ms", "bandwidth_mbps"];

const NODE_KINDS: &[(&str, NodeKind)] = &[
    ("master", NodeKind::Master),
    ("agent", NodeKind::Agent),
    ("public-agent", NodeKind::PublicAgent),
    ("bootstrap", NodeKind::Bootstrap),
    ("generic", NodeKind::Generic),
];
const COMPONENT_KINDS: &[(&str, ComponentKind)] = &[
    ("quorum", ComponentKind::Quorum),
    ("leader", ComponentKind::Leader),
    ("replicated", ComponentKind::Replicated),
];
const ROLES: &[(&str, Role)] = &[
    ("coordination", Role::Coordination),
    ("control-plane", Role::ControlPlane),
    ("scheduler", Role::Scheduler),
    ("load-balancer", Role::LoadBalancer),
    ("database", Role::Database),
    ("service", Role::Service),
];

/// Read a whole layout from the document's root value.
pub(crate) fn read_layout(root: &Value, problems: &mut Problems) -> Layout {
    let path = "$";
    let Some(map) = object(root, path, "a layout", LAYOUT_FIELDS, problems) else {
        return Layout::default();
    };
    let name = match map.get("name") {
        None => String::new(),
        Some(value) => string(value, &field(path, "name"), problems),
    };
    Layout {
        name,
        regions: list(map, path, "regions", problems, read_region),
        unplaced: list(map, path, "unplaced", problems, read_node),
        components: list(map, path, "components", problems, read_component),
        links: list(map, path, "links", problems, read_link),
    }
}

fn read_region(value: &Value, path: &str, problems: &mut Problems) -> Region {
    let Some(map) = object(value, path, "a region", REGION_FIELDS, problems) else {
        return Region::default();
    };
    Region {
        id: required_string(map, path, "id", problems),
        label: optional_string(map, path, "label", problems),
        zones: list(map, path, "zones", problems, read_zone),
    }
}

fn read_zone(value: &Value, path: &str, problems: &mut Problems) -> Zone {
    let Some(map) = object(value, path, "a zone", ZONE_FIELDS, problems) else {
        return Zone::default();
    };
    Zone {
        id: required_string(map, path, "id", problems),
        label: optional_string(map, path, "label", problems),
        racks: list(map, path, "racks", problems, read_rack),
        nodes: list(map, path, "nodes", problems, read_node),
    }
}

fn read_rack(value: &Value, path: &str, problems: &mut Problems) -> Rack {
    let Some(map) = object(value, path, "a rack", RACK_FIELDS, problems) else {
        return Rack::default();
    };
    Rack {
        id: required_string(map, path, "id", problems),
        label: optional_string(map, path, "label", problems),
        nodes: list(map, path, "nodes", problems, read_node),
    }
}

fn read_node(value: &Value, path: &str, problems: &mut Problems) -> Node {
    let Some(map) = object(value, path, "a node", NODE_FIELDS, problems) else {
        return Node::default();
    };
    Node {
        id: required_string(map, path, "id", problems),
        label: optional_string(map, path, "label", problems),
        ip: optional_string(map, path, "ip", problems),
        cpus: optional_non_negative(map, path, "cpus", problems),
        mem_gib: optional_non_negative(map, path, "mem_gib", problems),
        kind: optional_choice(map, path, "kind", NODE_KINDS, problems),
    }
}

fn read_component(value: &Value, path: &str, problems: &mut Problems) -> Component {
    let Some(map) = object(value, path, "a component", COMPONENT_FIELDS, problems) else {
        return Component::new("", ComponentKind::Quorum, &[]);
    };
    let kind = component_kind(map, path, problems).unwrap_or(ComponentKind::Quorum);
    Component {
        id: required_string(map, path, "id", problems),
        label: optional_string(map, path, "label", problems),
        kind,
        members: string_list(map, path, "members", problems),
        observers: string_list(map, path, "observers", problems),
        depends_on: string_list(map, path, "depends_on", problems),
        min_available: optional_count(map, path, "min_available", problems),
        role: optional_choice(map, path, "role", ROLES, problems),
        cpus: optional_non_negative(map, path, "cpus", problems),
        mem_gib: optional_non_negative(map, path, "mem_gib", problems),
        io_heavy: flag(map, path, "io_heavy", problems),
    }
}

fn component_kind(
    map: &Map<String, Value>,
    path: &str,
    problems: &mut Problems,
) -> Option<ComponentKind> {
    let here = field(path, "kind");
    match map.get("kind") {
        None => {
            problems.push(
                &here,
                "missing required field \"kind\"; expected one of: quorum, leader, replicated",
            );
            None
        }
        Some(value) => choice(value, &here, "kind", COMPONENT_KINDS, problems),
    }
}

fn read_link(value: &Value, path: &str, problems: &mut Problems) -> Link {
    let Some(map) = object(value, path, "a link", LINK_FIELDS, problems) else {
        return Link::default();
    };
    let latency_ms = match map.get("latency_ms") {
        None => {
            problems.push(
                &field(path, "latency_ms"),
                "missing required field \"latency_ms\"",
            );
            0.0
        }
        Some(value) => non_negative(value, &field(path, "latency_ms"), problems),
    };
    Link {
        between: read_between(map, path, problems),
        latency_ms,
        bandwidth_mbps: optional_non_negative(map, path, "bandwidth_mbps", problems),
    }
}

fn read_between(map: &Map<String, Value>, path: &str, problems: &mut Problems) -> [String; 2] {
    let here = field(path, "between");
    match map.get("between") {
        None => {
            problems.push(&here, "missing required field \"between\"");
            Default::default()
        }
        Some(Value::Array(ends)) => match ends.as_slice() {
            [a, b] => [
                string(a, &index(&here, 0), problems),
                string(b, &index(&here, 1), problems),
            ],
            _ => {
                problems.push(&here, format!("expected two ids, found {}", ends.len()));
                Default::default()
            }
        },
        Some(other) => {
            problems.push(
                &here,
                format!("expected an array of two ids, found {}", describe(other)),
            );
            Default::default()
        }
    }
}
