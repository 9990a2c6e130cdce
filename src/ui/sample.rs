//! The layout shown when the app opens with nothing saved.

use crate::model::Layout;

/// The guidance's recommended multi-zone layout, from `examples/`.
const SAMPLE: &str = include_str!("../../examples/masters-across-zones.json");

/// The sample layout (an empty one if the bundled file were ever unreadable).
pub fn sample_layout() -> Layout {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap_or_default();
    if let Some(object) = value.as_object_mut() {
        object.remove("format");
        object.remove("version");
    }
    serde_json::from_value(value).unwrap_or_default()
}
