//! Where each checklist can be found from a widget: (checklist id, href). Read from the page by
//! `mount`, used by the reflection's "next checklist" link.

use std::rc::Rc;

pub type ChecklistLinks = Rc<[(&'static str, String)]>;
