//! Fresh ids for new items and the checks a new id must pass.

use super::lookup::{all_ids, quote};
use super::{ItemKind, Template};
use crate::model::{ComponentKind, Layout, Role};

/// The smallest free id `<prefix><n>` (n >= 1), unique across the whole layout.
pub fn fresh_id(layout: &Layout, prefix: &str) -> String {
    let ids = all_ids(layout);
    (1..=ids.len() + 1)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| !ids.contains_key(id.as_str()))
        .unwrap_or_else(|| format!("{prefix}{}", ids.len() + 1))
}

/// `name` if it is free, else the smallest free `name-2`, `name-3`...
pub(super) fn fresh_name(layout: &Layout, name: &str) -> String {
    let ids = all_ids(layout);
    if !ids.contains_key(name) {
        return name.to_string();
    }
    (2..=ids.len() + 2)
        .map(|n| format!("{name}-{n}"))
        .find(|id| !ids.contains_key(id.as_str()))
        .unwrap_or_else(|| format!("{name}-{}", ids.len() + 2))
}

/// The id prefix of nodes made from a template (`m` gives `m1`, `m2`...).
pub fn node_prefix(template: Template) -> &'static str {
    match template {
        Template::Master => "m",
        Template::PrivateAgent => "agent-",
        Template::PublicAgent => "public-",
        Template::Database => "db-",
        Template::LoadBalancer => "lb-",
        Template::Generic => "node-",
    }
}

/// A fresh id for a new component: the well-known name of its role
/// (`zookeeper`, `marathon`...) when free, else numbered (`service-1`, `quorum-1`).
pub(super) fn component_id(layout: &Layout, kind: ComponentKind, role: Option<Role>) -> String {
    match role {
        Some(Role::Coordination) => fresh_name(layout, "zookeeper"),
        Some(Role::ControlPlane) => fresh_name(layout, "mesos-masters"),
        Some(Role::Scheduler) => fresh_name(layout, "marathon"),
        Some(Role::LoadBalancer) => fresh_name(layout, "marathon-lb"),
        Some(Role::Database) => fresh_name(layout, "database"),
        Some(Role::Service) => fresh_id(layout, "service-"),
        None => fresh_id(layout, &format!("{}-", kind.as_str())),
    }
}

/// Refuse an id that cannot name a new item of `kind`: empty, blank, taken,
/// or holding the pair joiner of its level (`+zone:` in a zone id).
pub(super) fn check_new_id(layout: &Layout, id: &str, kind: ItemKind) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err(format!("the {} id cannot be empty", kind.name()));
    }
    if let Some(other) = all_ids(layout).get(id) {
        return Err(format!(
            "the id {} is taken by {}",
            quote(id),
            other.article()
        ));
    }
    if kind != ItemKind::Component {
        let joiner = format!("+{}:", kind.name());
        if id.contains(&joiner) {
            return Err(format!(
                "a {} id cannot contain {}: it joins the two {}s of a pair in scenario ids",
                kind.name(),
                quote(&joiner),
                kind.name()
            ));
        }
    }
    Ok(())
}
