//! Setting fields: labels, a node's form, and typed numbers.

use super::ItemKind;
use super::NodeFields;
use super::components::component_mut;
use super::lookup::{item_kind, node_mut, not_found, quote, rack_mut, region_mut, zone_mut};
use crate::model::Layout;

/// Parse a typed number field: empty (or blank) gives `None`; anything but a
/// finite number >= 0 is refused with a message naming the field and value.
pub fn parse_amount(field: &str, text: &str) -> Result<Option<f64>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    match trimmed.parse::<f64>() {
        Ok(x) if x.is_finite() && x >= 0.0 => Ok(Some(x + 0.0)),
        _ => Err(format!(
            "{field} must be a number >= 0, not {}",
            quote(text)
        )),
    }
}

/// Refuse a negative or non-finite value of a number field.
pub(super) fn check_amount(field: &str, value: Option<f64>) -> Result<(), String> {
    match value {
        Some(x) if !(x.is_finite() && x >= 0.0) => {
            Err(format!("{field} must be a number >= 0, not {x}"))
        }
        _ => Ok(()),
    }
}

/// Text with nothing but whitespace counts as no text.
fn non_empty(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// Set (or clear, with `None` or an empty string) the label of any item.
pub(super) fn set_label(
    layout: &mut Layout,
    id: &str,
    label: Option<String>,
) -> Result<(), String> {
    let label = non_empty(label);
    let slot = match item_kind(layout, id) {
        Some(ItemKind::Region) => &mut region_mut(layout, id)?.label,
        Some(ItemKind::Zone) => &mut zone_mut(layout, id)?.label,
        Some(ItemKind::Rack) => &mut rack_mut(layout, id)?.label,
        Some(ItemKind::Node) => &mut node_mut(layout, id)?.label,
        Some(ItemKind::Component) => match component_mut(layout, id) {
            Some(c) => &mut c.label,
            None => return Err(not_found(layout, id, ItemKind::Component)),
        },
        None => return Err(format!("there is no item {}", quote(id))),
    };
    *slot = label;
    Ok(())
}

/// Set every field of a node's form.
pub(super) fn set_node(layout: &mut Layout, id: &str, fields: NodeFields) -> Result<(), String> {
    check_amount("cpus", fields.cpus)?;
    check_amount("mem_gib", fields.mem_gib)?;
    let node = node_mut(layout, id)?;
    node.label = non_empty(fields.label);
    node.ip = non_empty(fields.ip);
    node.cpus = fields.cpus.map(|x| x + 0.0);
    node.mem_gib = fields.mem_gib.map(|x| x + 0.0);
    node.kind = fields.kind;
    Ok(())
}
