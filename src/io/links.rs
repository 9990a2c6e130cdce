//! Checks of latency links: two distinct regions or two distinct zones, once.

use std::collections::HashMap;

use super::error::{LoadError, field, index, quote};
use super::ids::{Ids, Kind};
use super::validate::check_amount;
use crate::model::Layout;

/// Report bad ends, mixed levels, self links, duplicates and bad numbers.
pub(crate) fn check_links(layout: &Layout, ids: &Ids<'_>, errors: &mut Vec<LoadError>) {
    let mut seen: HashMap<(&str, &str), String> = HashMap::new();
    for (l, link) in layout.links.iter().enumerate() {
        let lp = index("$.links", l);
        let bp = field(&lp, "between");
        check_amount(Some(link.latency_ms), field(&lp, "latency_ms"), errors);
        check_amount(link.bandwidth_mbps, field(&lp, "bandwidth_mbps"), errors);
        let [a, b] = &link.between;
        let ka = end_kind(a, &index(&bp, 0), ids, errors);
        let kb = end_kind(b, &index(&bp, 1), ids, errors);
        let (Some(ka), Some(kb)) = (ka, kb) else {
            continue;
        };
        if a == b {
            errors.push(LoadError::at(
                bp,
                format!(
                    "a link joins two distinct domains; both ends are {}",
                    quote(a)
                ),
            ));
            continue;
        }
        if ka != kb {
            errors.push(LoadError::at(
                bp,
                format!(
                    "a link joins two regions or two zones, not {} ({}) and {} ({})",
                    ka.article(),
                    quote(a),
                    kb.article(),
                    quote(b)
                ),
            ));
            continue;
        }
        let key = if a <= b {
            (a.as_str(), b.as_str())
        } else {
            (b.as_str(), a.as_str())
        };
        if let Some(first) = seen.get(&key) {
            errors.push(LoadError::at(
                bp,
                format!(
                    "duplicate link between {} and {} (first at {first})",
                    quote(a),
                    quote(b)
                ),
            ));
        } else {
            seen.insert(key, bp);
        }
    }
}

/// The kind of a link end when it is a region or a zone; reports anything else.
fn end_kind(id: &str, path: &str, ids: &Ids<'_>, errors: &mut Vec<LoadError>) -> Option<Kind> {
    match ids.kind(id) {
        Some(kind @ (Kind::Region | Kind::Zone)) => Some(kind),
        Some(other) => {
            errors.push(LoadError::at(
                path,
                format!(
                    "{} is {}; a link joins two regions or two zones",
                    quote(id),
                    other.article()
                ),
            ));
            None
        }
        None => {
            errors.push(LoadError::at(
                path,
                format!("unknown region or zone {}", quote(id)),
            ));
            None
        }
    }
}
