//! Yew components: they display a [`checklist_core::state::Session`] and send actions.

pub mod app;
mod downloads;
mod item;
mod progress;
mod questions;
mod results;
mod start_over;
