//! Yew components: they display a [`checklist_core::state::Session`] and send actions.

pub mod app;
mod confirm;
mod downloads;
mod item;
mod language_switch;
mod load_answers;
mod notices;
mod progress;
mod questions;
pub mod results;
mod share;
mod start_over;
mod team_view;
