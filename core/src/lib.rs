//! The checklist widget's core: everything that can be decided without a browser.
//!
//! Content model and validation, scoring, the answering state machine and the summary files are
//! plain Rust so that they are tested natively (`cargo test`) and stay small in the wasm build.
//! The Yew UI in the widget crate only displays what this crate computes.

pub mod answers;
pub mod chart;
#[cfg(feature = "source")]
pub mod css;
pub mod date;
pub mod escape;
pub mod history;
pub mod json;
pub mod lang;
pub mod links;
pub mod mail;
pub mod mirror;
pub mod model;
pub mod reading;
pub mod results_file;
pub mod scoring;
pub mod share;
#[cfg(feature = "source")]
pub mod source;
pub mod state;
pub mod statements;
pub mod storage;
pub mod summary;
pub mod team;
pub mod ui_text;
