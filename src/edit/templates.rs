//! Adding regions, zones, racks, and nodes from templates with their
//! memberships.

use super::ids::{component_id, fresh_id, node_prefix};
use super::lookup::{nodes_mut, region_mut, zone_mut};
use super::{Target, Template};
use crate::model::{Component, ComponentKind, Layout, Node, Rack, Region, Role, Zone};

/// Add a region with a fresh id; returns the id.
pub(super) fn add_region(layout: &mut Layout) -> String {
    let id = fresh_id(layout, "region-");
    layout.regions.push(Region {
        id: id.clone(),
        ..Region::default()
    });
    id
}

/// Add a zone with a fresh id to a region; returns the id.
pub(super) fn add_zone(layout: &mut Layout, region: &str) -> Result<String, String> {
    let id = fresh_id(layout, "zone-");
    region_mut(layout, region)?.zones.push(Zone {
        id: id.clone(),
        ..Zone::default()
    });
    Ok(id)
}

/// Add a rack with a fresh id to a zone; returns the id.
pub(super) fn add_rack(layout: &mut Layout, zone: &str) -> Result<String, String> {
    let id = fresh_id(layout, "rack-");
    zone_mut(layout, zone)?.racks.push(Rack {
        id: id.clone(),
        ..Rack::default()
    });
    Ok(id)
}

/// Add a node made from a template at a target, with its memberships; returns its id.
pub(super) fn add_node(
    layout: &mut Layout,
    template: Template,
    to: &Target,
) -> Result<String, String> {
    let id = fresh_id(layout, node_prefix(template));
    let node = Node {
        kind: Some(template.kind()),
        ..Node::new(id.clone())
    };
    nodes_mut(layout, to)?.push(node);
    match template {
        Template::Master => {
            // Mesos masters and Marathon elect their leader through ZooKeeper.
            let coordination = join(layout, &id, Role::Coordination, ComponentKind::Quorum);
            let (masters, created) =
                join_or_create(layout, &id, Role::ControlPlane, ComponentKind::Quorum);
            if created && let Some(c) = layout.components.get_mut(masters) {
                c.depends_on = vec![coordination.clone()];
            }
            let (scheduler, created) =
                join_or_create(layout, &id, Role::Scheduler, ComponentKind::Leader);
            if created && let Some(c) = layout.components.get_mut(scheduler) {
                c.depends_on = vec![coordination];
            }
        }
        Template::Database => {
            join(layout, &id, Role::Database, ComponentKind::Replicated);
        }
        Template::LoadBalancer => {
            join(layout, &id, Role::LoadBalancer, ComponentKind::Replicated);
        }
        Template::PrivateAgent | Template::PublicAgent | Template::Generic => {}
    }
    Ok(id)
}

/// Add `node` to the component with this role; returns the component's id.
fn join(layout: &mut Layout, node: &str, role: Role, kind: ComponentKind) -> String {
    let (at, _) = join_or_create(layout, node, role, kind);
    layout
        .components
        .get(at)
        .map(|c| c.id.clone())
        .unwrap_or_default()
}

/// Add `node` to the first component whose effective role is `role`
/// (preferring one of `kind`), creating it when there is none; returns its
/// index and whether it was created.
fn join_or_create(
    layout: &mut Layout,
    node: &str,
    role: Role,
    kind: ComponentKind,
) -> (usize, bool) {
    let with_role = |c: &&Component| c.effective_role() == Some(role);
    let found = layout
        .components
        .iter()
        .position(|c| c.kind == kind && with_role(&c))
        .or_else(|| layout.components.iter().position(|c| with_role(&c)));
    if let Some(at) = found
        && let Some(c) = layout.components.get_mut(at)
    {
        if !c.members.iter().any(|m| m == node) {
            c.observers.retain(|o| o != node);
            c.members.push(node.to_string());
        }
        return (at, false);
    }
    let mut component = Component::new(component_id(layout, kind, Some(role)), kind, &[node]);
    component.role = Some(role);
    if role == Role::Database {
        component.min_available = Some(1);
    }
    layout.components.push(component);
    (layout.components.len() - 1, true)
}
