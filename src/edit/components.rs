//! Components: adding one, replacing one, adding and removing members.

use super::ItemKind;
use super::ids::component_id;
use super::lookup::{item_kind, not_found};
use crate::model::{Component, ComponentKind, Layout, Role};

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
