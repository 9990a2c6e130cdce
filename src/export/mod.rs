//! What a design becomes outside the app: share links, the canvas picture
//! with the layout embedded, the design-review report (Markdown, HTML), DC/OS
//! artifacts, and the presets from the guidance.

mod artifacts;
mod open;
mod presets;
mod review;
mod review_html;
mod review_md;
mod share;

pub use artifacts::{AppConstraints, Artifacts, NodeDomain, artifacts, fault_domain_json};
pub use open::{NO_LAYOUT_IN_SVG, NOT_A_LAYOUT_PNG, is_png, is_svg, open};
pub use presets::{Preset, preset, presets};
pub use review::{MAX_REVIEW_COLUMNS, MAX_REVIEW_ROWS, status_cell};
pub use review_html::review_html;
pub use review_md::review_markdown;
pub use share::{LINK_PREFIX, MAX_LINK_BYTES, decode, encode, link_fits};
