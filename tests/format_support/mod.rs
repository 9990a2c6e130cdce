//! Shared by the format error tests: a small valid layout to break in one
//! place, and assertions on the errors it then gets.

use quorumscope::io::{self, LoadError};
use serde_json::{Value, json};

/// A small valid layout to break in one place.
pub fn base() -> Value {
    json!({
        "format": "quorumscope-layout",
        "version": 1,
        "regions": [
            { "id": "r1", "zones": [
                { "id": "z1", "racks": [ { "id": "k1", "nodes": [ { "id": "m1" }, { "id": "m2" } ] } ],
                  "nodes": [ { "id": "m3", "cpus": 4 } ] },
                { "id": "z2", "nodes": [ { "id": "a1" }, { "id": "a2" } ] }
            ] },
            { "id": "r2", "zones": [] },
            { "id": "r3" }
        ],
        "unplaced": [ { "id": "spare" } ],
        "components": [
            { "id": "zk", "kind": "quorum", "members": ["m1", "m2", "m3"] },
            { "id": "marathon", "kind": "leader", "members": ["m1", "m2"], "depends_on": ["zk"] },
            { "id": "web", "kind": "replicated", "members": ["a1", "m3"], "min_available": 1 }
        ],
        "links": [ { "between": ["r1", "r2"], "latency_ms": 80 } ]
    })
}

/// `base()` with the value at a JSON pointer replaced (or added to its object).
pub fn with(pointer: &str, value: Value) -> String {
    let mut doc = base();
    if let Some(slot) = doc.pointer_mut(pointer) {
        *slot = value;
    } else {
        let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
        let parent = doc.pointer_mut(parent).and_then(Value::as_object_mut);
        parent
            .expect("parent object in base")
            .insert(key.to_string(), value);
    }
    doc.to_string()
}

pub fn errors(text: &str) -> Vec<LoadError> {
    io::load(text).expect_err("the layout should be refused")
}

/// Exactly one error, at `path`, with `message`.
pub fn only(text: &str, path: &str, message: &str) {
    let errors = errors(text);
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "expected one error, got {shown:#?}");
    assert_eq!(errors[0].path, path, "{shown:#?}");
    assert_eq!(errors[0].message, message, "{shown:#?}");
}
