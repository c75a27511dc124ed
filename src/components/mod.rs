//! Yew components: they display a [`checklist_core::state::Session`] and send actions.

pub mod app;
mod downloads;
mod item;
mod language_switch;
mod progress;
mod questions;
pub mod results;
mod start_over;
