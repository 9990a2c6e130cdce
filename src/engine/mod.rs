//! The HA analysis engine: which components survive each failure scenario.
//!
//! [`analyze`] lists the scenarios of a layout (`none`, every single domain
//! failure, every partition and, at depth 2, pairs of failures), gives each
//! component a [`Status`] in each, says what the DC/OS guidance expects to
//! happen ([`Fact`]) and sums it up per scenario class ([`Goal`]), exactly,
//! even when the pair listing is cut short. [`status_in`] evaluates one
//! scenario by id. Semantics: `shared/spec/layout-v1.md`.
//!
//! The work is incremental: an index of the layout is built once,
//! the baseline (`none`) is evaluated once, and each failure scenario only
//! re-evaluates the components with members in the failed domains and their
//! dependents. Pair goals are derived from per-domain member counts without
//! enumerating pairs.

mod analyze;
mod comp_ix;
mod eval;
mod explain;
mod facts;
mod goals;
mod headline;
mod incremental;
mod index;
#[cfg(test)]
mod index_tests;
mod result;
mod scenario;
mod status;

pub use analyze::{analyze, status_in};
pub use result::{Analysis, Fact, FactKind, Goal, GoalExample, ScenarioResult};
pub use status::{Options, Status};
