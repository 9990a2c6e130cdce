//! Adding items: regions, zones, racks, nodes from templates (with their
//! memberships) and components.

use super::ids::{component_id, fresh_id, node_prefix};
use super::lookup::{item_kind, not_found, region_mut, zone_mut};
use super::{ItemKind, Target, Template};
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
    super::lookup::nodes_mut(layout, to)?.push(node);
    match template {
        Template::Master => {
            join(layout, &id, Role::ControlPlane, ComponentKind::Quorum);
            let coordination = join(layout, &id, Role::Coordination, ComponentKind::Quorum);
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

/// Add a component with a fresh id named after its role; returns the id.
pub(super) fn add_component(
    layout: &mut Layout,
    kind: ComponentKind,
    role: Option<Role>,
    members: &[String],
) -> Result<String, String> {
    let mut unique: Vec<String> = Vec::new();
    for m in members {
        if item_kind(layout, m) != Some(ItemKind::Node) {
            return Err(not_found(layout, m, ItemKind::Node));
        }
        if !unique.contains(m) {
            unique.push(m.clone());
        }
    }
    let id = component_id(layout, kind, role);
    let mut component = Component::new(id.clone(), kind, &[]);
    component.members = unique;
    component.role = role;
    layout.components.push(component);
    Ok(id)
}

/// Add a node to a component's members (an observer becomes a member).
pub(super) fn add_member(layout: &mut Layout, component: &str, node: &str) -> Result<(), String> {
    if item_kind(layout, node) != Some(ItemKind::Node) {
        return Err(not_found(layout, node, ItemKind::Node));
    }
    let missing = not_found(layout, component, ItemKind::Component);
    let c = component_mut(layout, component).ok_or(missing)?;
    if !c.members.iter().any(|m| m == node) {
        c.observers.retain(|o| o != node);
        c.members.push(node.to_string());
    }
    Ok(())
}

/// Remove a node from a component's members and observers, lowering
/// `min_available` to the members left.
pub(super) fn remove_member(
    layout: &mut Layout,
    component: &str,
    node: &str,
) -> Result<(), String> {
    let missing = not_found(layout, component, ItemKind::Component);
    let c = component_mut(layout, component).ok_or(missing)?;
    c.members.retain(|m| m != node);
    c.observers.retain(|o| o != node);
    clamp_min_available(c);
    Ok(())
}

/// Lower `min_available` to the member count (clear it when there are none).
pub(super) fn clamp_min_available(c: &mut Component) {
    if let Some(min) = c.min_available
        && min as usize > c.members.len()
    {
        c.min_available = u32::try_from(c.members.len()).ok().filter(|&n| n > 0);
    }
}

/// The component with this id, to change.
pub(super) fn component_mut<'a>(layout: &'a mut Layout, id: &str) -> Option<&'a mut Component> {
    layout.components.iter_mut().find(|c| c.id == id)
}

/// Replace a component by one with the same id.
pub(super) fn set_component(layout: &mut Layout, new: Component) -> Result<(), String> {
    for (field, value) in [("cpus", new.cpus), ("mem_gib", new.mem_gib)] {
        super::fields::check_amount(field, value)?;
    }
    let missing = not_found(layout, &new.id, ItemKind::Component);
    let c = component_mut(layout, &new.id).ok_or(missing)?;
    *c = new;
    Ok(())
}
