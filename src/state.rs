//! Adapts the core's [`Session`] to Yew's reducer hook: the one place state changes.

use std::rc::Rc;

use checklist_core::state::{Action, Session};
use yew::Reducible;

#[derive(Clone, PartialEq)]
pub struct WidgetState(pub Session);

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(WidgetState(self.0.apply(action)))
    }
}
