//! The example layouts in `examples/`, for tests.
#![allow(dead_code)]

use quorumscope::model::Layout;

/// Every example layout, by file stem.
pub const EXAMPLES: [&str; 5] = [
    "single-zone",
    "masters-one-zone",
    "masters-across-zones",
    "masters-one-region",
    "masters-across-regions",
];

/// The example `examples/<name>.json`, loaded.
pub fn example(name: &str) -> Layout {
    let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("example exists");
    quorumscope::io::load(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}
