//! Yew components: `app` steps the core's session and carries out its effects; the others
//! render small props (view models and texts from the core) and send actions.

pub mod app;
mod chart;
mod confirm;
mod el;
mod language_switch;
mod load_answers;
mod mail;
mod notices;
mod progress;
mod questions;
mod results;
mod start_over;
mod statements;
mod team_view;
