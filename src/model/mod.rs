//! The deployment model: the tree of fault domains, the nodes in it and the
//! components whose availability is analysed. Plain data, no browser crate.
//!
//! These types mirror layout format v1 (see `docs/format.md`); `crate::io`
//! reads and writes them with full validation.

mod component;
mod number;
mod placement;
mod topology;

pub use component::{Component, ComponentKind, Role};
pub use placement::{Level, Placement, Placements};
pub use topology::{Layout, Link, Node, NodeKind, Rack, Region, Zone};
