//! Renaming an item and every reference to it.

use super::ItemKind;
use super::components::component_mut;
use super::ids::check_new_id;
use super::lookup::{item_kind, node_mut, quote, rack_mut, region_mut, zone_mut};
use crate::model::Layout;

/// Change an id, and the members, observers, dependencies and links naming it.
pub(super) fn rename(layout: &mut Layout, id: &str, to: &str) -> Result<(), String> {
    let Some(kind) = item_kind(layout, id) else {
        return Err(format!("there is no item {} to rename", quote(id)));
    };
    if id == to {
        return Ok(());
    }
    check_new_id(layout, to, kind)?;
    let slot = match kind {
        ItemKind::Region => &mut region_mut(layout, id)?.id,
        ItemKind::Zone => &mut zone_mut(layout, id)?.id,
        ItemKind::Rack => &mut rack_mut(layout, id)?.id,
        ItemKind::Node => &mut node_mut(layout, id)?.id,
        ItemKind::Component => match component_mut(layout, id) {
            Some(c) => &mut c.id,
            None => return Err(format!("there is no component {}", quote(id))),
        },
    };
    *slot = to.to_string();
    let swap = |s: &mut String| {
        if s == id {
            *s = to.to_string();
        }
    };
    match kind {
        ItemKind::Node => {
            for c in &mut layout.components {
                c.members
                    .iter_mut()
                    .chain(c.observers.iter_mut())
                    .for_each(swap);
            }
        }
        ItemKind::Component => {
            for c in &mut layout.components {
                c.depends_on.iter_mut().for_each(swap);
            }
        }
        ItemKind::Region | ItemKind::Zone => {
            for link in &mut layout.links {
                link.between.iter_mut().for_each(swap);
            }
        }
        ItemKind::Rack => {}
    }
    Ok(())
}
