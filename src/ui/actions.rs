//! Actions shared by buttons, keys and menus: each ends in commands.

use leptos::prelude::*;

use super::state::{AppState, Confirm};
use crate::edit::{self, Command, ItemKind, Target};

/// Delete items, asking first when a container still holds something.
pub fn delete(state: &AppState, ids: Vec<String>) {
    if ids.is_empty() {
        return;
    }
    let question = state.layout.with_untracked(|l| {
        let held: usize = ids.iter().map(|id| edit::contents(l, id)).sum();
        (held > 0).then(|| {
            let names = ids.join(", ");
            let items = if held == 1 { "item" } else { "items" };
            format!("Delete {names} and the {held} {items} inside? You can undo this.")
        })
    });
    let command = Command::Delete(ids);
    match question {
        Some(text) => state.confirm.set(Some(Confirm {
            text,
            yes: "Delete".into(),
            command,
        })),
        None => {
            let _ = state.apply(command);
        }
    }
}

/// Run the pending confirmed command.
pub fn confirm_yes(state: &AppState) {
    if let Some(c) = state.confirm.get_untracked() {
        state.confirm.set(None);
        let replacing = matches!(c.command, Command::Replace(_));
        if state.apply(c.command).is_ok() && replacing {
            state.dirty.set(false);
        }
    }
}

/// Add a child container to the selected item (a zone to a region, a rack to
/// a zone) or a region when nothing fitting is selected; selects the new item.
pub fn add_container(state: &AppState, parent: Option<String>) {
    let command = state.layout.with_untracked(|l| {
        match parent
            .as_deref()
            .and_then(|p| edit::item_kind(l, p).map(|k| (p, k)))
        {
            Some((p, ItemKind::Region)) => Command::AddZone { region: p.into() },
            Some((p, ItemKind::Zone)) => Command::AddRack { zone: p.into() },
            Some((p, ItemKind::Rack)) => edit::parent(l, p)
                .map(|zone| Command::AddRack { zone })
                .unwrap_or(Command::AddRegion),
            _ => Command::AddRegion,
        }
    });
    select_created(state, command);
}

/// Apply a command and select what it created, panning to show it.
pub fn select_created(state: &AppState, command: Command) {
    if let Ok(applied) = state.apply(command)
        && let Some(id) = applied.created
    {
        reveal(state, &id);
        state.selection.set(vec![id]);
    }
}

/// Pan (keeping the zoom) so the item is on screen, if it is not.
pub fn reveal(state: &AppState, id: &str) {
    let Some(r) = state.scene.with_untracked(|s| s.item(id).map(|i| i.rect)) else {
        return;
    };
    let (cw, ch) = super::toolbar::canvas_size();
    let v = state.view.get_untracked();
    let (x0, y0) = (r.x * v.scale + v.tx, r.y * v.scale + v.ty);
    let (x1, y1) = (x0 + r.w * v.scale, y0 + r.h * v.scale);
    let margin = 24.0;
    let dx = if x0 < margin {
        margin - x0
    } else if x1 > cw - margin {
        (cw - margin - x1).max(margin - x0)
    } else {
        0.0
    };
    let dy = if y0 < margin {
        margin - y0
    } else if y1 > ch - margin {
        (ch - margin - y1).max(margin - y0)
    } else {
        0.0
    };
    if dx != 0.0 || dy != 0.0 {
        state.view.set(super::state::View {
            tx: v.tx + dx,
            ty: v.ty + dy,
            ..v
        });
    }
}

/// Where a new node goes for a selected item: the rack or zone itself, the
/// node's own container, else the tray.
pub fn target_for(state: &AppState, selected: Option<&str>) -> Target {
    state.layout.with_untracked(|l| {
        let Some(id) = selected else {
            return Target::Tray;
        };
        match edit::item_kind(l, id) {
            Some(ItemKind::Rack) => Target::Rack(id.into()),
            Some(ItemKind::Zone) => Target::Zone(id.into()),
            Some(ItemKind::Node) => match edit::parent(l, id) {
                Some(p) if edit::item_kind(l, &p) == Some(ItemKind::Rack) => Target::Rack(p),
                Some(p) if edit::item_kind(l, &p) == Some(ItemKind::Zone) => Target::Zone(p),
                _ => Target::Tray,
            },
            _ => Target::Tray,
        }
    })
}

/// The scenario id failing (or isolating) a domain, if the engine knows one.
pub fn scenario_for(state: &AppState, id: &str, isolate: bool) -> Option<String> {
    let level = state
        .layout
        .with_untracked(|l| match edit::item_kind(l, id)? {
            ItemKind::Region => Some("region"),
            ItemKind::Zone => Some("zone"),
            ItemKind::Rack if !isolate => Some("rack"),
            ItemKind::Node if !isolate => Some("node"),
            _ => None,
        })?;
    let scenario = if isolate {
        format!("isolate:{level}:{id}")
    } else {
        format!("{level}:{id}")
    };
    state
        .layout
        .with_untracked(|l| crate::engine::status_in(l, &scenario).is_ok())
        .then_some(scenario)
}

/// Put the canvas in scenario mode for a domain's failure or isolation.
pub fn show_scenario(state: &AppState, id: &str, isolate: bool) {
    match scenario_for(state, id, isolate) {
        Some(s) => {
            state.scenario.set(Some(s));
            state.tab.set("scenarios");
        }
        None => {
            let kind = state.layout.with_untracked(|l| edit::item_kind(l, id));
            let message = if isolate && !matches!(kind, Some(ItemKind::Zone | ItemKind::Region)) {
                format!("Only a zone or a region can be cut off by a partition, not {id}.")
            } else {
                format!("No scenario fails {id}: place nodes in it first.")
            };
            state.error(message, Vec::new());
        }
    }
}
