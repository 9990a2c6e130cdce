//! Which semantic errors only repeat a structural one, so `load` leaves them out.
//!
//! Reading a broken value leaves a placeholder (an empty id, an empty list, a
//! default kind) so the rest of the file can still be checked; semantic
//! errors about those placeholders would be noise.

use std::collections::HashSet;

use super::error::{LoadError, is_within};

/// Component fields whose damage makes every other check of the component moot.
const DRIVING_FIELDS: [&str; 4] = ["kind", "members", "observers", "min_available"];

/// Starts of the messages of unknown-reference errors.
const UNKNOWN_REFERENCE: [&str; 3] = [
    "unknown node ",
    "unknown component ",
    "unknown region or zone ",
];

/// The structural errors of a load, indexed to filter semantic errors quickly.
pub(crate) struct Shadow {
    /// Paths of values reported as wrong.
    paths: HashSet<String>,
    /// `$.components[N]` of components whose kind or members could not be read.
    components: HashSet<String>,
    /// Whether part of the tree or an id was lost, so references may look unknown.
    lost_ids: bool,
}

impl Shadow {
    /// Index the structural errors.
    pub fn new(structural: &[LoadError], lost_ids: bool) -> Self {
        let mut components = HashSet::new();
        for s in structural {
            if let Some(c) = component_of(&s.path) {
                let drives = s.path == c
                    || DRIVING_FIELDS
                        .iter()
                        .any(|f| is_within(&s.path, &format!("{c}.{f}")));
                if drives {
                    components.insert(c.to_string());
                }
            }
        }
        Shadow {
            paths: structural.iter().map(|s| s.path.clone()).collect(),
            components,
            lost_ids,
        }
    }

    /// Whether a semantic error only repeats a structural one.
    pub fn hides(&self, error: &LoadError) -> bool {
        let path = error.path.as_str();
        let in_broken_value = ancestors(path).any(|a| self.paths.contains(a));
        let in_broken_component = !path.ends_with(".id")
            && component_of(path).is_some_and(|c| self.components.contains(c));
        let maybe_lost = self.lost_ids
            && UNKNOWN_REFERENCE
                .iter()
                .any(|p| error.message.starts_with(p));
        in_broken_value || in_broken_component || maybe_lost
    }
}

/// `path` and every path it lies inside (`$.a[1].b`, `$.a[1]`, `$.a`).
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let cuts = path
        .char_indices()
        .filter(|&(i, c)| i > 0 && (c == '.' || c == '['));
    cuts.filter_map(|(i, _)| path.get(..i))
        .chain(std::iter::once(path))
}

/// `$.components[N]` when `path` lies inside a component.
fn component_of(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("$.components[")?;
    let close = rest.find(']')?;
    path.get(..("$.components[".len() + close + 1))
}
