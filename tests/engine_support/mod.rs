//! Shared by the engine's integration tests: small layouts from JSON.

use quorumscope::model::Layout;
use serde_json::{Value, json};

/// A layout from JSON (no format header).
pub fn layout(v: Value) -> Layout {
    serde_json::from_value(v).expect("test layout")
}

/// Region r1 (zones a: a1 a2, b: b1 b2 in rack kb) and region r2 (zone c: c1), plus `components`.
pub fn base(components: Value) -> Layout {
    layout(json!({
        "regions": [
            { "id": "r1", "zones": [
                { "id": "a", "nodes": [{ "id": "a1" }, { "id": "a2" }] },
                { "id": "b", "racks": [{ "id": "kb", "nodes": [{ "id": "b1" }, { "id": "b2" }] }] }
            ]},
            { "id": "r2", "zones": [{ "id": "c", "nodes": [{ "id": "c1" }] }] }
        ],
        "unplaced": [{ "id": "u1" }],
        "components": components
    }))
}
