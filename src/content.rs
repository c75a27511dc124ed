//! The checklists, compiled in from `content/*.toml` by `build.rs`.

use checklist_core::model::{
    AxisEnds, Band, BandText, Border, Centre, Dimension, Guide, GuideLink, Instrument, Item, Quadrant, QuadrantReading,
    Reading, ScaleOption, Site, Text, TextList, VersionChange,
};
use checklist_core::state::Library;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// Every checklist and the shared texts, as each widget's session sees them.
pub static LIBRARY: Library = Library { all: CHECKLISTS, site: &SITE };

/// "team, leadership": for the message when an attribute names no checklist.
pub fn checklist_ids() -> String {
    CHECKLISTS.iter().map(|c| c.id).collect::<Vec<_>>().join(", ")
}
