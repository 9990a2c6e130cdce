//! The layout shown when the app opens with nothing saved.

use crate::model::Layout;

/// The guidance's recommended multi-zone layout, from `examples/`.
const SAMPLE: &str = include_str!("../../examples/masters-across-zones.json");

/// The sample layout (empty if the bundled file were ever unreadable; a
/// native test checks that it loads).
pub fn sample_layout() -> Layout {
    crate::io::load(SAMPLE).unwrap_or_default()
}
