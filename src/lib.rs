//! Quorumscope: design highly available deployments and see which failures
//! they survive.
//!
//! `model`, `io`, `engine` and `rules` are plain Rust, built and tested
//! natively; `ui` is the Leptos web app, compiled for wasm32 only.

pub mod canvas;
pub mod edit;
pub mod engine;
pub mod explore;
pub mod export;
pub mod heatmap;
pub mod io;
pub mod model;
pub mod report;
pub mod rules;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
