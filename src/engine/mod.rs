//! Failure scenarios and component statuses, derived from a layout.
