//! The designer's canvas as pure functions: [`scene`] lays the domain tree
//! out (regions > zones > racks > node chips, plus the unplaced tray) in SVG
//! user units; [`render_body`] draws it as an SVG fragment (user text
//! escaped, positions as attributes: no inline style, for the CSP);
//! [`render_overlay`] draws selection and highlights; [`Scene::drop_target`]
//! says where a dragged node or template would land. The same strings serve
//! the page and the exported picture ([`render_document`]).
//!
//! # Geometry
//!
//! Regions sit side by side, zones side by side in their region, racks are
//! columns in their zone (a rack's chips stack top to bottom, 20 to a
//! column); each level wraps into balanced rows, about 4:3, when one row
//! would be much wider than tall (zones and racks past about 4.5:1, regions
//! past 2.5:1). A zone's own nodes form a narrow grid below its racks,
//! filled column first (3 nodes one column, 12 two, 30 four, or as wide as
//! the racks), at least one chip high even when empty (the drop area for
//! "directly in this zone"). The tray (id `""`) is always last, below
//! everything. Node chips are [`NODE_W`] x [`NODE_H`]. `Scene::items` is in
//! tree order, containers before content: drawing order and keyboard order.
//!
//! # Markup and classes
//!
//! [`render_body`] starts with `<defs>` holding the hatch pattern
//! `#qs-hatch`, then nests one group per item as the tree does:
//!
//! ```text
//! <g class="item region|zone|rack|tray [failed] [isolated]" data-id=".." data-kind="region|zone|rack|tray">
//!   <title>..</title> <rect class="box"/> <rect class="band"/> <text class="label">..</text>
//!   [<rect class="drop"/> <text class="hint">..</text>]     empty container's drop area
//!   ..children..
//!   [<rect class="hatch"/> <text class="fail-text">✗ failed</text>]      when failed
//!   [<rect class="cut"/> <text class="cut-text">⇢ cut off</text>]        when isolated
//! </g>
//! <g class="item node node-KIND [status-ok|status-degraded|status-down] [failed] [isolated]"
//!    data-id=".." data-kind="node" data-node-kind="KIND" [data-status="ok|degraded|down"]
//!    transform="translate(x y)">
//!   <title>..</title> <rect class="chip"/> marker: .mark (and .ring for public agents; .mark.dot for generic)
//!   <text class="id"/> <text class="kind"/> [<text class="status-sym">✓|!|✗</text> <text class="status-text"/>]
//!   [<rect class="hatch"/>] [<rect class="cut"/>]
//! </g>
//! ```
//!
//! KIND is `master` (hexagon marker), `agent` (square), `public-agent` (dot
//! in a ring), `bootstrap` (triangle) or `generic` (small dot; also nodes
//! without a kind). [`render_overlay`] draws `<rect class="sel">` and
//! `<rect class="hl">` outlines (with `data-id`, `fill="none"`,
//! `pointer-events="none"`). The exported document adds
//! `class="quorumscope-canvas"` on `<svg>` and a `<rect class="background">`.
//!
//! Classes to style: `item region zone rack node tray box band label drop
//! hint chip mark ring dot id kind node-master node-agent node-public-agent
//! node-bootstrap node-generic status-ok status-degraded status-down
//! status-sym status-text failed hatch fail-text isolated cut cut-text sel
//! hl background hatch-pattern hatch-bg hatch-line`. [`CANVAS_CSS`] is the light theme (the page's own
//! stylesheet can start from it and override colours under
//! `@media (prefers-color-scheme: dark)`: the `fill` of `.box`, `.band`,
//! `.chip`, `.label`, `.id`, `.kind`, `.hint` and the `stroke` of `.box`,
//! `.chip`, `.mark`, `.drop`). Only hatch, cut and outline shapes carry
//! presentation attributes (`fill`, `stroke-dasharray`, `pointer-events`);
//! CSS overrides them.

mod chip;
mod document;
mod layout;
mod marks;
mod render;
mod scene;
mod style;
mod text;

pub use chip::kind_class;
pub use document::{METADATA_ID, extract_embedded, render_document};
pub use layout::{NODE_H, NODE_W, scene};
pub use render::{render_body, render_overlay};
pub use scene::{Box2, Item, ScenarioMarks, Scene, Shape};
pub use style::CANVAS_CSS;
pub use text::escape;
