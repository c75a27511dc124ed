//! The content model: what a checklist asks and what its results say.
//!
//! All references are `'static`: the widget's build script turns the TOML content files into
//! constants of these types, so the wasm carries no parser. The TOML reader in [`crate::source`]
//! builds the same types for tests and for that build script.

use crate::lang::Lang;

/// One text in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub nl: &'static str,
    pub en: &'static str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// A list of texts in every language (next steps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextList {
    pub nl: &'static [&'static str],
    pub en: &'static [&'static str],
}

impl TextList {
    pub fn get(&self, lang: Lang) -> &'static [&'static str] {
        match lang {
            Lang::Nl => self.nl,
            Lang::En => self.en,
        }
    }
}

/// Texts shared by every checklist (`content/site.toml`).
#[derive(Debug, PartialEq, Eq)]
pub struct Site {
    /// Ends every result and summary: start small and close to home, or talk to the practice.
    pub invitation_title: Text,
    pub invitation_text: Text,
    /// The label of the contact link, shown only when the page configures one.
    pub contact_label: Text,
    /// Where the checklists are online (`share_page`, an `http`/`https` address): share links
    /// made on a copy opened from disk start with it. A widget's `data-share-page` comes first.
    pub share_page: Option<&'static str>,
}

impl Site {
    /// No shared texts: for tests of one instrument on its own.
    pub const EMPTY: Site = Site {
        invitation_title: Text { nl: "", en: "" },
        invitation_text: Text { nl: "", en: "" },
        contact_label: Text { nl: "", en: "" },
        share_page: None,
    };
}

/// A checklist: items grouped in dimensions, one answer scale, bands to read the scores by.
/// Two are equal when they are the same one (see the `PartialEq` below).
#[derive(Debug)]
pub struct Instrument {
    /// Matches `data-checklist="…"` on the host page and names the downloads.
    pub id: &'static str,
    /// Raised when items change meaning, so that saved answers of an older version are recognised.
    pub version: u32,
    /// A dimension is scored only when at least this share of its items has a scale answer.
    pub min_answered_percent: u8,
    pub title: Text,
    pub intro: Text,
    /// Ascending by value.
    pub scale: &'static [ScaleOption],
    /// The label of the "don't know / not applicable" answer, which is never scored.
    pub unknown: Text,
    /// Ascending, covering 0 to 100 without gaps or overlaps; empty for a reflection.
    pub bands: &'static [Band],
    /// The checklist's dimensions, or the reflection's two axes.
    pub dimensions: &'static [Dimension],
    pub reading: Reading,
    /// How to use the instrument: what to answer, who, the routine afterwards.
    pub guide: Guide,
    /// What changed since earlier versions, and which answers still count.
    pub changes: &'static [VersionChange],
    /// For a team's view of someone's self-rating ("Mijn leidinggevende …"): the checklist it
    /// mirrors, with the same dimension ids, so the two compare per dimension.
    pub mirrors: Option<&'static str>,
}

/// The same instrument, not one with the same texts: every instrument is a `'static` constant (or
/// one parsed in a test), so identity is what a session or a component's props mean by it. A
/// field-by-field comparison walked all its texts on every step of the session and every item's
/// props check, and cost about 1.6 KB of wasm.
impl PartialEq for Instrument {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Instrument {}

/// "Hoe gebruik je dit": shown above the questions (`before`) and with the results.
#[derive(Debug, PartialEq, Eq)]
pub struct Guide {
    /// Who answers, about what, over which period, and what to answer when something never
    /// happens. Shown above the questions.
    pub before: Text,
    /// The routine after answering (individually → together → one step → again), 2–5 steps.
    pub routine: TextList,
    /// Another checklist that goes with this one, and why; the reflection links per reading.
    pub link: Option<GuideLink>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct GuideLink {
    /// The id of the other checklist.
    pub checklist: &'static str,
    pub reason: Text,
}

/// What changed from an older version to this one.
#[derive(Debug, PartialEq, Eq)]
pub struct VersionChange {
    /// The older version these answers were saved under.
    pub from: u32,
    /// Items whose meaning stayed: answers saved under `from` still count for them.
    pub kept: &'static [&'static str],
    /// What changed, told to a visitor whose answers were saved under `from`.
    pub note: Text,
}

/// How the scores are read.
#[derive(Debug, PartialEq, Eq)]
pub enum Reading {
    /// A checklist: each dimension's score falls in a band with its own texts.
    Bands,
    /// A reflection: the two axis scores are a position on a 2×2, not a grade.
    Quadrants(&'static QuadrantReading),
}

#[derive(Debug, PartialEq, Eq)]
pub struct QuadrantReading {
    /// The ends of each axis, in the order of the dimensions (first axis: horizontal).
    pub axis_ends: &'static [AxisEnds],
    pub quadrants: &'static [Quadrant],
    /// Both axes in the margin around the middle.
    pub centre: Centre,
    /// One axis in the margin: on the border between two quadrants.
    pub border: Border,
    /// Within this distance of 50 (inclusive) an axis is read as "in beweging", neither end.
    pub centre_margin: u8,
}

#[derive(Debug, PartialEq, Eq)]
pub struct AxisEnds {
    pub low: Text,
    pub high: Text,
    /// The axis in the margin around its middle: "in beweging".
    pub middle: Text,
}

/// One form of change: which end of each axis it covers and what it asks.
#[derive(Debug, PartialEq, Eq)]
pub struct Quadrant {
    pub id: &'static str,
    /// On the first (horizontal) axis: the high half?
    pub first_high: bool,
    /// On the second (vertical) axis: the high half?
    pub second_high: bool,
    pub name: Text,
    /// One sentence, shown when the change is on the border of this quadrant.
    pub short: Text,
    pub meaning: Text,
    pub asks: TextList,
    pub capacities: Text,
    /// 2–3 small next steps.
    pub steps: TextList,
    /// The id of the checklist that fits this form of change best.
    pub checklist: &'static str,
    pub checklist_reason: Text,
}

/// Both axes near the middle: the organisation likely needs both ways of changing at once.
#[derive(Debug, PartialEq, Eq)]
pub struct Centre {
    pub name: Text,
    pub meaning: Text,
    pub steps: TextList,
    /// Why both checklists are worth doing.
    pub checklist_reason: Text,
}

/// One axis near the middle: the change sits between two quadrants.
#[derive(Debug, PartialEq, Eq)]
pub struct Border {
    pub meaning: Text,
    pub steps: TextList,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ScaleOption {
    pub value: u8,
    pub label: Text,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Band {
    pub id: &'static str,
    pub name: Text,
    pub min: u8,
    pub max: u8,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Dimension {
    pub id: &'static str,
    pub name: Text,
    pub about: Text,
    pub items: &'static [Item],
    /// One per band of the instrument, in the same order.
    pub band_texts: &'static [BandText],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub text: Text,
}

/// What a score in one band of one dimension means, and what to do next.
#[derive(Debug, PartialEq, Eq)]
pub struct BandText {
    pub meaning: Text,
    pub steps: TextList,
    pub question: Text,
}

impl Instrument {
    /// Every item in answering order, with the index of its dimension.
    pub fn items(&self) -> impl Iterator<Item = (usize, &'static Item)> + '_ {
        self.dimensions.iter().enumerate().flat_map(|(d, dimension)| dimension.items.iter().map(move |item| (d, item)))
    }

    pub fn item_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.items.len()).sum()
    }

    pub fn quadrant_reading(&self) -> Option<&'static QuadrantReading> {
        match self.reading {
            Reading::Bands => None,
            Reading::Quadrants(reading) => Some(reading),
        }
    }

    /// The position of the first item of each dimension in [`Instrument::items`] order.
    pub fn first_item_index(&self, dimension: usize) -> usize {
        self.dimensions[..dimension].iter().map(|d| d.items.len()).sum()
    }

    pub fn scale_min(&self) -> u8 {
        self.scale.first().map_or(1, |o| o.value)
    }

    pub fn scale_max(&self) -> u8 {
        self.scale.last().map_or(5, |o| o.value)
    }

    pub fn scale_label(&self, value: u8) -> Option<Text> {
        self.scale.iter().find(|o| o.value == value).map(|o| o.label)
    }

    /// What changed since version `from`, if the content says.
    pub fn change_from(&self, from: u32) -> Option<&'static VersionChange> {
        self.changes.iter().find(|c| c.from == from)
    }

    /// The band `score` falls in; 0 for a reflection, which has no bands.
    pub fn band_index(&self, score: u8) -> usize {
        self.bands.iter().position(|b| (b.min..=b.max).contains(&score)).unwrap_or(self.bands.len().saturating_sub(1))
    }
}
