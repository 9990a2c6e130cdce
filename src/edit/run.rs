//! Carrying out one command on a layout (a copy the editor may throw away).

use super::{Command, components, delete, fields, moves, rename, templates};
use crate::model::Layout;

/// Apply `command` to `layout`; returns the id of what it created, if anything.
/// On `Err` the layout may be half changed: callers work on a copy.
pub(super) fn run(layout: &mut Layout, command: Command) -> Result<Option<String>, String> {
    let created = match command {
        Command::SetName(name) => {
            layout.name = name;
            None
        }
        Command::Batch(commands) => {
            // One edit: every command applies, or none does.
            let mut created = None;
            for c in commands {
                created = run(layout, c)?.or(created);
            }
            created
        }
        Command::AddRegion => Some(templates::add_region(layout)),
        Command::AddZone { region } => Some(templates::add_zone(layout, &region)?),
        Command::AddRack { zone } => Some(templates::add_rack(layout, &zone)?),
        Command::AddNode { template, to } => Some(templates::add_node(layout, template, &to)?),
        Command::MoveNode { node, to, index } => {
            moves::move_node(layout, &node, &to, index)?;
            None
        }
        Command::MoveZone { zone, to } => {
            moves::move_zone(layout, &zone, &to)?;
            None
        }
        Command::MoveRack { rack, to } => {
            moves::move_rack(layout, &rack, &to)?;
            None
        }
        Command::Delete(ids) => {
            delete::delete(layout, &ids)?;
            None
        }
        Command::Rename { id, to } => {
            rename::rename(layout, &id, &to)?;
            None
        }
        Command::SetLabel { id, label } => {
            fields::set_label(layout, &id, label)?;
            None
        }
        Command::SetNode { id, fields } => {
            fields::set_node(layout, &id, fields)?;
            None
        }
        Command::AddComponent {
            kind,
            role,
            members,
        } => Some(components::add_component(layout, kind, role, &members)?),
        Command::SetComponent(component) => {
            components::set_component(layout, component)?;
            None
        }
        Command::AddMember { component, node } => {
            components::add_member(layout, &component, &node)?;
            None
        }
        Command::RemoveMember { component, node } => {
            components::remove_member(layout, &component, &node)?;
            None
        }
        Command::Replace(new) => {
            *layout = new;
            None
        }
    };
    Ok(created)
}
