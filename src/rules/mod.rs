//! The HA guidance as rules: one file per rule, listed by one registry.
