//! Reading and validating the TOML content files (feature `source`).
//!
//! Used by the widget's build script, which turns every content file into Rust constants, and by
//! the tests. Never part of the wasm. Every problem is reported with the file, the line and what
//! is wrong, in words a site owner can act on.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::lang::Lang;
use crate::links;
use crate::model::Site;
use crate::model::{
    AxisEnds, Band, BandText, Border, Centre, Dimension, Guide, GuideLink, Instrument, Item, Quadrant, QuadrantReading,
    Reading, ScaleOption, Text, TextList, VersionChange,
};

/// One problem in a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    nl: Spanned<String>,
    en: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTextList {
    nl: Spanned<Vec<String>>,
    en: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: Spanned<String>,
    version: Spanned<u32>,
    min_answered_percent: Spanned<u8>,
    title: RawText,
    intro: RawText,
    scale: Spanned<Vec<RawScaleOption>>,
    unknown: RawUnknown,
    band: Spanned<Vec<RawBand>>,
    dimension: Spanned<Vec<RawDimension>>,
    guide: Spanned<RawGuide>,
    #[serde(default)]
    changes: Vec<RawChange>,
    mirrors: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGuide {
    before: RawText,
    routine: RawTextList,
    link: Option<Spanned<String>>,
    link_reason: Option<RawText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawChange {
    from: Spanned<u32>,
    kept: Vec<Spanned<String>>,
    note: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScaleOption {
    value: Spanned<u8>,
    label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnknown {
    label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBand {
    id: Spanned<String>,
    name: RawText,
    min: Spanned<u8>,
    max: Spanned<u8>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    name: RawText,
    about: RawText,
    #[serde(default)]
    item: Vec<RawItem>,
    #[serde(default)]
    band: BTreeMap<String, Spanned<RawBandText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBandText {
    meaning: RawText,
    steps: RawTextList,
    question: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReflection {
    id: Spanned<String>,
    version: Spanned<u32>,
    min_answered_percent: Spanned<u8>,
    centre_margin: Spanned<u8>,
    title: RawText,
    intro: RawText,
    scale: Spanned<Vec<RawScaleOption>>,
    unknown: RawUnknown,
    axis: Spanned<Vec<RawAxis>>,
    quadrant: Spanned<Vec<RawQuadrant>>,
    centre: RawCentre,
    border: RawBorder,
    guide: Spanned<RawGuide>,
    #[serde(default)]
    changes: Vec<RawChange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBorder {
    meaning: RawText,
    steps: RawTextList,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAxis {
    id: Spanned<String>,
    name: RawText,
    about: RawText,
    low: RawText,
    high: RawText,
    middle: RawText,
    #[serde(default)]
    item: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuadrant {
    id: Spanned<String>,
    configuration: Spanned<String>,
    paradigm: Spanned<String>,
    name: RawText,
    short: RawText,
    meaning: RawText,
    asks: RawTextList,
    capacities: RawText,
    steps: RawTextList,
    checklist: Spanned<String>,
    checklist_reason: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentre {
    name: RawText,
    meaning: RawText,
    steps: RawTextList,
    checklist_reason: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    share_page: Option<Spanned<String>>,
    invitation: RawInvitation,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInvitation {
    title: RawText,
    text: RawText,
    contact: RawText,
}

/// Collects problems with their place; turns byte offsets into line numbers.
struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    errors: Vec<ContentError>,
    /// First line of each item id, to name both places of a duplicate.
    item_lines: BTreeMap<&'static str, usize>,
    /// Checklists this file refers to, with the line: checked against the other files.
    links: Vec<(&'static str, usize)>,
}

impl Checker<'_> {
    fn line(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.source.len());
        self.source[..end].matches('\n').count() + 1
    }

    fn error(&mut self, span: &Range<usize>, message: String) {
        let line = self.line(span);
        self.errors.push(ContentError { file: self.file.to_string(), line, message });
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) -> &'static str {
        let valid = !id.get_ref().is_empty()
            && id.get_ref().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.error(&id.span(), format!("{what} id ‘{}’ may only use a–z, 0–9 and ‘-’", id.get_ref()));
        }
        leak(id.get_ref().clone())
    }

    /// Reads the items of one dimension or axis; item ids are unique in the whole file.
    fn items(&mut self, raw: &[RawItem], owner_id: &Spanned<String>, owner: &str) -> &'static [Item] {
        if raw.is_empty() {
            self.error(&owner_id.span(), format!("{owner} has no items"));
        }
        let mut items = Vec::new();
        for item in raw {
            let item_id = self.id(&item.id, "item");
            let line = self.line(&item.id.span());
            if let Some(&first) = self.item_lines.get(item_id) {
                self.error(&item.id.span(), format!("duplicate item id ‘{item_id}’ (first used on line {first})"));
            } else {
                self.item_lines.insert(item_id, line);
            }
            let text = self.text(&item.text, &format!("item ‘{item_id}’"));
            items.push(Item { id: item_id, text });
        }
        items.leak()
    }

    fn text(&mut self, text: &RawText, what: &str) -> Text {
        Text { nl: self.one_text(&text.nl, what, "nl"), en: self.one_text(&text.en, what, "en") }
    }

    fn one_text(&mut self, text: &Spanned<String>, what: &str, lang: &str) -> &'static str {
        if text.get_ref().trim().is_empty() {
            self.error(&text.span(), format!("{what}: the {lang} text is empty"));
        }
        leak(text.get_ref().trim().to_string())
    }

    fn steps(&mut self, list: &RawTextList, what: &str) -> TextList {
        self.list(list, what, 2..=3)
    }

    /// A list of texts in every language, with a number of entries in `range`.
    fn list(&mut self, list: &RawTextList, what: &str, range: std::ops::RangeInclusive<usize>) -> TextList {
        TextList {
            nl: self.step_list(&list.nl, what, "nl", range.clone()),
            en: self.step_list(&list.en, what, "en", range),
        }
    }

    fn step_list(
        &mut self,
        list: &Spanned<Vec<String>>,
        what: &str,
        lang: &str,
        range: std::ops::RangeInclusive<usize>,
    ) -> &'static [&'static str] {
        let steps = list.get_ref();
        if !range.contains(&steps.len()) {
            let (min, max) = (range.start(), range.end());
            let allowed = if max - min == 1 { format!("{min} or {max}") } else { format!("{min} to {max}") };
            self.error(&list.span(), format!("{what}: {} {lang} steps; write {allowed}", steps.len()));
        }
        if steps.iter().any(|s| s.trim().is_empty()) {
            self.error(&list.span(), format!("{what}: an {lang} step is empty"));
        }
        let steps: Vec<&'static str> = steps.iter().map(|s| leak(s.trim().to_string())).collect();
        steps.leak()
    }
}

fn leak(text: String) -> &'static str {
    text.leak()
}

/// Reads one content file: a checklist (`[[dimension]]`s) or a reflection (`[[axis]]`es).
/// `file` names it in error messages. Links to other checklists are not checked here; see
/// [`parse_all`].
pub fn parse_instrument(file: &str, source: &str) -> Result<&'static Instrument, Vec<ContentError>> {
    parse_one(file, source).map(|(instrument, _)| instrument)
}

/// Reads every content file and checks them together: ids unique across files, and each
/// reflection's links pointing at a checklist that exists. `files` are (name, source) pairs.
pub fn parse_all(files: &[(String, String)]) -> Result<Vec<&'static Instrument>, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::new();
    for (file, source) in files {
        match parse_one(file, source) {
            Ok((instrument, links)) => parsed.push((file, instrument, links)),
            Err(mut file_errors) => errors.append(&mut file_errors),
        }
    }
    let checklists: Vec<&str> =
        parsed.iter().filter(|(_, i, _)| i.quadrant_reading().is_none()).map(|(_, i, _)| i.id).collect();
    for (index, (file, instrument, links)) in parsed.iter().enumerate() {
        if let Some((other, _, _)) = parsed[..index].iter().find(|(_, i, _)| i.id == instrument.id) {
            errors.push(ContentError {
                file: file.to_string(),
                line: 1,
                message: format!("id ‘{}’ is already used by {other}", instrument.id),
            });
        }
        // A mirror compares per dimension: the same dimension ids, in the same order.
        let mirrored = instrument.mirrors.and_then(|target| parsed.iter().find(|(_, i, _)| i.id == target));
        if let Some((_, target, _)) = mirrored {
            let ids = |i: &Instrument| i.dimensions.iter().map(|d| d.id).collect::<Vec<_>>();
            if ids(instrument) != ids(target) {
                errors.push(ContentError {
                    file: file.to_string(),
                    line: 1,
                    message: format!(
                        "mirrors = \"{}\": use the same dimension ids in the same order ({})",
                        target.id,
                        ids(target).join(", ")
                    ),
                });
            }
        }
        for &(target, line) in links {
            if !checklists.contains(&target) {
                errors.push(ContentError {
                    file: file.to_string(),
                    line,
                    message: format!("checklist ‘{target}’ does not exist; use one of: {}", checklists.join(", ")),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(parsed.into_iter().map(|(_, instrument, _)| instrument).collect())
    } else {
        Err(errors)
    }
}

/// Reads `content/site.toml`: the texts every checklist shares.
pub fn parse_site(file: &str, source: &str) -> Result<&'static Site, Vec<ContentError>> {
    let mut check = Checker { file, source, errors: Vec::new(), item_lines: BTreeMap::new(), links: Vec::new() };
    let Some(raw) = check.deserialize::<RawSite>() else { return Err(check.errors) };
    let site = Site {
        invitation_title: check.text(&raw.invitation.title, "invitation title"),
        invitation_text: check.text(&raw.invitation.text, "invitation text"),
        contact_label: check.text(&raw.invitation.contact, "invitation contact"),
        share_page: raw.share_page.and_then(|page| {
            let checked = links::web(page.get_ref()).map(leak);
            if checked.is_none() {
                check.error(&page.span(), "share_page: give a full http:// or https:// address".to_string());
            }
            checked
        }),
    };
    if check.errors.is_empty() {
        Ok(Box::leak(Box::new(site)))
    } else {
        Err(check.errors)
    }
}

/// The content's texts for the widget's build script: one string per language, which the
/// generated constants slice (`nl(start, end)`), instead of a literal per text. All Dutch texts
/// then lie together and all English ones, which gzip compresses about 4% better than the two
/// languages taking turns, and a text used twice is stored once.
#[derive(Default)]
pub struct LanguageBlobs {
    blobs: std::cell::RefCell<(String, String)>,
}

impl LanguageBlobs {
    /// `Text { nl: nl(…), en: en(…) }`.
    pub fn text(&self, t: &Text) -> String {
        format!("Text {{ nl: {}, en: {} }}", self.slice(Lang::Nl, t.nl), self.slice(Lang::En, t.en))
    }

    /// `TextList { nl: &[nl(…), …], en: &[en(…), …] }`.
    pub fn list(&self, l: &TextList) -> String {
        let slices = |lang, texts: &[&str]| texts.iter().map(|t| self.slice(lang, t)).collect::<Vec<_>>().join(", ");
        format!("TextList {{ nl: &[{}], en: &[{}] }}", slices(Lang::Nl, l.nl), slices(Lang::En, l.en))
    }

    fn slice(&self, lang: Lang, text: &str) -> String {
        let mut blobs = self.blobs.borrow_mut();
        let (blob, function) = match lang {
            Lang::Nl => (&mut blobs.0, "nl"),
            Lang::En => (&mut blobs.1, "en"),
        };
        let start = blob.find(text).unwrap_or_else(|| {
            blob.push_str(text);
            blob.len() - text.len()
        });
        format!("{function}({start}, {})", start + text.len())
    }

    /// The two strings and the `const fn`s that slice them (a slice off a character boundary
    /// stops the build).
    pub fn to_rust(&self) -> String {
        let blobs = self.blobs.borrow();
        format!(
            "const NL: &str = {:?};\nconst EN: &str = {:?};\n\
             const fn nl(start: usize, end: usize) -> &'static str {{ NL.split_at(start).1.split_at(end - start).0 }}\n\
             const fn en(start: usize, end: usize) -> &'static str {{ EN.split_at(start).1.split_at(end - start).0 }}\n",
            blobs.0, blobs.1
        )
    }
}

/// Rust source for a `static` holding `site`, for the widget's build script.
pub fn site_to_rust(name: &str, site: &Site, blobs: &LanguageBlobs) -> String {
    let text = |t: &Text| blobs.text(t);
    format!(
        "pub static {name}: Site = Site {{ invitation_title: {}, invitation_text: {}, contact_label: {}, share_page: {:?} }};\n",
        text(&site.invitation_title),
        text(&site.invitation_text),
        text(&site.contact_label),
        site.share_page
    )
}

type Parsed = (&'static Instrument, Vec<(&'static str, usize)>);

fn parse_one(file: &str, source: &str) -> Result<Parsed, Vec<ContentError>> {
    let mut check = Checker { file, source, errors: Vec::new(), item_lines: BTreeMap::new(), links: Vec::new() };
    let is_reflection = match source.parse::<toml::Table>() {
        Ok(table) => table.contains_key("axis"),
        Err(error) => {
            check.toml_error(&error);
            return Err(check.errors);
        }
    };
    let instrument = if is_reflection { read_reflection(&mut check) } else { read_checklist(&mut check) };
    match instrument {
        Some(instrument) if check.errors.is_empty() => Ok((instrument, check.links)),
        _ => Err(check.errors),
    }
}

impl Checker<'_> {
    fn toml_error(&mut self, error: &toml::de::Error) {
        let span = error.span().unwrap_or(0..0);
        self.error(&span, error.message().trim().to_string());
    }

    fn deserialize<T: serde::de::DeserializeOwned>(&mut self) -> Option<T> {
        toml::from_str(self.source).map_err(|error| self.toml_error(&error)).ok()
    }
}

/// The fields every instrument file has, whichever its kind.
struct RawHeader<'a> {
    id: &'a Spanned<String>,
    version: &'a Spanned<u32>,
    percent: &'a Spanned<u8>,
    title: &'a RawText,
    intro: &'a RawText,
    scale: &'a Spanned<Vec<RawScaleOption>>,
    unknown: &'a RawUnknown,
    guide: &'a Spanned<RawGuide>,
    changes: &'a [RawChange],
}

/// Checks the shared fields and puts the instrument together.
fn assemble(
    check: &mut Checker,
    header: RawHeader,
    bands: &'static [Band],
    dimensions: &'static [Dimension],
    reading: Reading,
    mirrors: Option<&'static str>,
) -> &'static Instrument {
    let id = check.id(header.id, "checklist");
    let (version, percent) = (*header.version.get_ref(), *header.percent.get_ref());
    if version == 0 {
        check.error(&header.version.span(), "version must be 1 or higher".to_string());
    }
    if !(1..=100).contains(&percent) {
        check.error(&header.percent.span(), format!("min_answered_percent is {percent}; use 1 to 100"));
    }
    let guide = read_guide(check, header.guide, reading == Reading::Bands);
    let changes = read_changes(check, header.changes, version);
    Box::leak(Box::new(Instrument {
        id,
        version,
        min_answered_percent: percent,
        title: check.text(header.title, "title"),
        intro: check.text(header.intro, "intro"),
        scale: read_scale(check, header.scale),
        unknown: check.text(&header.unknown.label, "unknown.label"),
        bands,
        dimensions,
        reading,
        guide,
        changes,
        mirrors,
    }))
}

fn read_guide(check: &mut Checker, raw: &Spanned<RawGuide>, is_checklist: bool) -> Guide {
    let guide = raw.get_ref();
    let link = match (&guide.link, &guide.link_reason) {
        (Some(checklist), Some(reason)) => {
            let id = leak(checklist.get_ref().clone());
            let line = check.line(&checklist.span());
            check.links.push((id, line));
            Some(GuideLink { checklist: id, reason: check.text(reason, "guide link_reason") })
        }
        (None, None) => None,
        _ => {
            check.error(&raw.span(), "guide: write both link and link_reason, or neither".to_string());
            None
        }
    };
    if !is_checklist && link.is_some() {
        check.error(&raw.span(), "guide: a reflection links per reading; leave out link and link_reason".to_string());
    }
    Guide {
        before: check.text(&guide.before, "guide before"),
        routine: check.list(&guide.routine, "guide routine", 2..=5),
        link,
    }
}

/// The `[[changes]]`: each names an older version (`from`), the items whose meaning stayed, and
/// what changed. Runs after the items are read, so that every kept id can be checked.
fn read_changes(check: &mut Checker, raw: &[RawChange], version: u32) -> &'static [VersionChange] {
    let mut changes: Vec<VersionChange> = Vec::new();
    for change in raw {
        let from = *change.from.get_ref();
        if from == 0 || from >= version {
            check.error(
                &change.from.span(),
                format!(
                    "changes: from = {from}, but it must be an older version (1 to {})",
                    version.saturating_sub(1).max(1)
                ),
            );
        }
        if changes.iter().any(|c| c.from == from) {
            check.error(&change.from.span(), format!("changes: version {from} is described twice"));
        }
        let mut kept = Vec::new();
        for id in &change.kept {
            if !check.item_lines.contains_key(id.get_ref().as_str()) {
                check.error(&id.span(), format!("changes: kept item ‘{}’ is not an item of this file", id.get_ref()));
            }
            kept.push(leak(id.get_ref().clone()));
        }
        changes.push(VersionChange { from, kept: kept.leak(), note: check.text(&change.note, "changes note") });
    }
    changes.leak()
}

fn read_checklist(check: &mut Checker) -> Option<&'static Instrument> {
    let raw: RawInstrument = check.deserialize()?;
    let bands = read_bands(check, &raw.band);
    let dimensions = read_dimensions(check, &raw.dimension, bands);
    let header = RawHeader {
        id: &raw.id,
        version: &raw.version,
        percent: &raw.min_answered_percent,
        title: &raw.title,
        intro: &raw.intro,
        scale: &raw.scale,
        unknown: &raw.unknown,
        guide: &raw.guide,
        changes: &raw.changes,
    };
    let mirrors = raw.mirrors.as_ref().map(|mirrors| {
        let target = leak(mirrors.get_ref().clone());
        let line = check.line(&mirrors.span());
        check.links.push((target, line));
        target
    });
    Some(assemble(check, header, bands, dimensions, Reading::Bands, mirrors))
}

fn read_reflection(check: &mut Checker) -> Option<&'static Instrument> {
    let raw: RawReflection = check.deserialize()?;
    if raw.axis.get_ref().len() != 2 {
        check.error(
            &raw.axis.span(),
            format!("a reflection has exactly two axes ([[axis]]), not {}", raw.axis.get_ref().len()),
        );
    }
    let margin = *raw.centre_margin.get_ref();
    if margin >= 50 {
        check.error(&raw.centre_margin.span(), format!("centre_margin is {margin}; use 0 to 49"));
    }
    let mut axes = Vec::new();
    let mut axis_ends = Vec::new();
    for axis in raw.axis.get_ref() {
        let axis_id = check.id(&axis.id, "axis");
        let what = format!("axis ‘{axis_id}’");
        axes.push(Dimension {
            id: axis_id,
            name: check.text(&axis.name, &format!("{what} name")),
            about: check.text(&axis.about, &format!("{what} about")),
            items: check.items(&axis.item, &axis.id, &what),
            band_texts: &[],
        });
        axis_ends.push(AxisEnds {
            low: check.text(&axis.low, &format!("{what} low")),
            high: check.text(&axis.high, &format!("{what} high")),
            middle: check.text(&axis.middle, &format!("{what} middle")),
        });
    }
    let quadrants = read_quadrants(check, &raw.quadrant);
    let centre = Centre {
        name: check.text(&raw.centre.name, "centre name"),
        meaning: check.text(&raw.centre.meaning, "centre meaning"),
        steps: check.steps(&raw.centre.steps, "centre steps"),
        checklist_reason: check.text(&raw.centre.checklist_reason, "centre checklist_reason"),
    };
    let border = Border {
        meaning: check.text(&raw.border.meaning, "border meaning"),
        steps: check.steps(&raw.border.steps, "border steps"),
    };
    let reading = Box::leak(Box::new(QuadrantReading {
        axis_ends: axis_ends.leak(),
        quadrants,
        centre,
        border,
        centre_margin: margin,
    }));
    let header = RawHeader {
        id: &raw.id,
        version: &raw.version,
        percent: &raw.min_answered_percent,
        title: &raw.title,
        intro: &raw.intro,
        scale: &raw.scale,
        unknown: &raw.unknown,
        guide: &raw.guide,
        changes: &raw.changes,
    };
    Some(assemble(check, header, &[], axes.leak(), Reading::Quadrants(reading), None))
}

fn read_quadrants(check: &mut Checker, raw: &Spanned<Vec<RawQuadrant>>) -> &'static [Quadrant] {
    let mut quadrants: Vec<Quadrant> = Vec::new();
    for quadrant in raw.get_ref() {
        let id = check.id(&quadrant.id, "quadrant");
        let mut half = |value: &Spanned<String>, key: &str| match value.get_ref().as_str() {
            "high" => true,
            "low" => false,
            other => {
                check.error(&value.span(), format!("quadrant ‘{id}’: {key} is ‘{other}’; write \"low\" or \"high\""));
                false
            }
        };
        let (first_high, second_high) =
            (half(&quadrant.configuration, "configuration"), half(&quadrant.paradigm, "paradigm"));
        if let Some(twin) = quadrants.iter().find(|q| q.first_high == first_high && q.second_high == second_high) {
            check.error(&quadrant.id.span(), format!("quadrants ‘{}’ and ‘{id}’ cover the same corner", twin.id));
        }
        let checklist = leak(quadrant.checklist.get_ref().clone());
        let line = check.line(&quadrant.checklist.span());
        check.links.push((checklist, line));
        let what = format!("quadrant ‘{id}’");
        quadrants.push(Quadrant {
            id,
            first_high,
            second_high,
            name: check.text(&quadrant.name, &format!("{what} name")),
            short: check.text(&quadrant.short, &format!("{what} short")),
            meaning: check.text(&quadrant.meaning, &format!("{what} meaning")),
            asks: check.steps(&quadrant.asks, &format!("{what} asks")),
            capacities: check.text(&quadrant.capacities, &format!("{what} capacities")),
            steps: check.steps(&quadrant.steps, &format!("{what} steps")),
            checklist,
            checklist_reason: check.text(&quadrant.checklist_reason, &format!("{what} checklist_reason")),
        });
    }
    if quadrants.len() != 4 {
        check.error(
            &raw.span(),
            format!("a reflection has four quadrants ([[quadrant]]), one per corner, not {}", quadrants.len()),
        );
    }
    quadrants.leak()
}

fn read_scale(check: &mut Checker, raw: &Spanned<Vec<RawScaleOption>>) -> &'static [ScaleOption] {
    if raw.get_ref().len() < 2 {
        check.error(&raw.span(), "the scale needs at least two answers ([[scale]])".to_string());
    }
    let mut options = Vec::new();
    for (i, option) in raw.get_ref().iter().enumerate() {
        let value = *option.value.get_ref();
        if let Some(previous) = raw.get_ref().get(i.wrapping_sub(1)) {
            if value != previous.value.get_ref() + 1 {
                check.error(
                    &option.value.span(),
                    format!("scale value {value} should be {}: values count up by one", previous.value.get_ref() + 1),
                );
            }
        }
        let label = check.text(&option.label, &format!("scale {value}"));
        options.push(ScaleOption { value, label });
    }
    options.leak()
}

fn read_bands(check: &mut Checker, raw: &Spanned<Vec<RawBand>>) -> &'static [Band] {
    let mut bands = Vec::new();
    let mut ids = HashSet::new();
    let mut expected_min: u16 = 0;
    for band in raw.get_ref() {
        let id = check.id(&band.id, "band");
        if !ids.insert(id) {
            check.error(&band.id.span(), format!("duplicate band id ‘{id}’"));
        }
        let (min, max) = (*band.min.get_ref(), *band.max.get_ref());
        if u16::from(min) > expected_min {
            check.error(&band.min.span(), format!("gap in the bands: no band covers {expected_min}–{}", min - 1));
        } else if u16::from(min) < expected_min {
            check.error(
                &band.min.span(),
                format!("bands overlap: band ‘{id}’ starts at {min}, the band before ends at {}", expected_min - 1),
            );
        }
        if max < min || max > 100 {
            check.error(&band.max.span(), format!("band ‘{id}’ ends at {max}; it must end between {min} and 100"));
        }
        expected_min = u16::from(max) + 1;
        let name = check.text(&band.name, &format!("band ‘{id}’ name"));
        bands.push(Band { id, name, min, max });
    }
    match raw.get_ref().last() {
        None => check.error(&raw.span(), "no bands ([[band]])".to_string()),
        Some(last) if expected_min < 101 => {
            check.error(&last.max.span(), format!("gap in the bands: no band covers {expected_min}–100"))
        }
        Some(_) => {}
    }
    bands.leak()
}

fn read_dimensions(check: &mut Checker, raw: &Spanned<Vec<RawDimension>>, bands: &[Band]) -> &'static [Dimension] {
    if raw.get_ref().is_empty() {
        check.error(&raw.span(), "no dimensions ([[dimension]])".to_string());
    }
    let mut dimension_ids = HashSet::new();
    let mut dimensions = Vec::new();
    for dimension in raw.get_ref() {
        let id = check.id(&dimension.id, "dimension");
        if !dimension_ids.insert(id) {
            check.error(&dimension.id.span(), format!("duplicate dimension id ‘{id}’"));
        }
        let name = check.text(&dimension.name, &format!("dimension ‘{id}’ name"));
        let about = check.text(&dimension.about, &format!("dimension ‘{id}’ about"));
        let items = check.items(&dimension.item, &dimension.id, &format!("dimension ‘{id}’"));
        for (band_id, text) in &dimension.band {
            if !bands.iter().any(|b| b.id == band_id) {
                check.error(
                    &text.span(),
                    format!("dimension ‘{id}’ has a text for band ‘{band_id}’, which is not one of the [[band]] ids"),
                );
            }
        }
        let mut band_texts = Vec::new();
        for band in bands {
            match dimension.band.get(band.id) {
                Some(text) => {
                    let what = format!("dimension ‘{id}’, band ‘{}’", band.id);
                    let text = text.get_ref();
                    band_texts.push(BandText {
                        meaning: check.text(&text.meaning, &format!("{what}, meaning")),
                        steps: check.steps(&text.steps, &format!("{what}, steps")),
                        question: check.text(&text.question, &format!("{what}, question")),
                    });
                }
                None => check.error(
                    &dimension.id.span(),
                    format!("dimension ‘{id}’ has no text for band ‘{}’ ([dimension.band.{}])", band.id, band.id),
                ),
            }
        }
        dimensions.push(Dimension { id, name, about, items, band_texts: band_texts.leak() });
    }
    dimensions.leak()
}

/// Rust source for a `static` holding `instrument`, for the widget's build script.
pub fn instrument_to_rust(name: &str, instrument: &Instrument, blobs: &LanguageBlobs) -> String {
    let text = |t: &Text| blobs.text(t);
    let list = |l: &TextList| blobs.list(l);
    let scale: Vec<String> = instrument
        .scale
        .iter()
        .map(|o| format!("ScaleOption {{ value: {}, label: {} }}", o.value, text(&o.label)))
        .collect();
    let bands: Vec<String> = instrument
        .bands
        .iter()
        .map(|b| format!("Band {{ id: {:?}, name: {}, min: {}, max: {} }}", b.id, text(&b.name), b.min, b.max))
        .collect();
    let dimensions: Vec<String> = instrument
        .dimensions
        .iter()
        .map(|d| {
            let items: Vec<String> =
                d.items.iter().map(|i| format!("Item {{ id: {:?}, text: {} }}", i.id, text(&i.text))).collect();
            let band_texts: Vec<String> = d
                .band_texts
                .iter()
                .map(|b| {
                    format!(
                        "BandText {{ meaning: {}, steps: {}, question: {} }}",
                        text(&b.meaning),
                        list(&b.steps),
                        text(&b.question)
                    )
                })
                .collect();
            format!(
                "Dimension {{ id: {:?}, name: {}, about: {}, items: &[{}], band_texts: &[{}] }}",
                d.id,
                text(&d.name),
                text(&d.about),
                items.join(", "),
                band_texts.join(", ")
            )
        })
        .collect();
    let guide = &instrument.guide;
    let link = match &guide.link {
        Some(link) => format!("Some(GuideLink {{ checklist: {:?}, reason: {} }})", link.checklist, text(&link.reason)),
        None => "None".to_string(),
    };
    let changes: Vec<String> = instrument
        .changes
        .iter()
        .map(|c| format!("VersionChange {{ from: {}, kept: &{:?}, note: {} }}", c.from, c.kept, text(&c.note)))
        .collect();
    format!(
        "pub static {name}: Instrument = Instrument {{ id: {:?}, version: {}, min_answered_percent: {}, \
         title: {}, intro: {}, scale: &[{}], unknown: {}, bands: &[{}], dimensions: &[{}], reading: {}, \
         guide: Guide {{ before: {}, routine: {}, link: {} }}, changes: &[{}], mirrors: {:?} }};\n",
        instrument.id,
        instrument.version,
        instrument.min_answered_percent,
        text(&instrument.title),
        text(&instrument.intro),
        scale.join(", "),
        text(&instrument.unknown),
        bands.join(", "),
        dimensions.join(", "),
        reading_to_rust(&instrument.reading, blobs),
        text(&guide.before),
        list(&guide.routine),
        link,
        changes.join(", "),
        instrument.mirrors
    )
}

fn reading_to_rust(reading: &Reading, blobs: &LanguageBlobs) -> String {
    let text = |t: &Text| blobs.text(t);
    let list = |l: &TextList| blobs.list(l);
    let Reading::Quadrants(reading) = reading else {
        return "Reading::Bands".to_string();
    };
    let ends: Vec<String> = reading
        .axis_ends
        .iter()
        .map(|e| format!("AxisEnds {{ low: {}, high: {}, middle: {} }}", text(&e.low), text(&e.high), text(&e.middle)))
        .collect();
    let quadrants: Vec<String> = reading
        .quadrants
        .iter()
        .map(|q| {
            format!(
                "Quadrant {{ id: {:?}, first_high: {}, second_high: {}, name: {}, short: {}, meaning: {}, \
                 asks: {}, capacities: {}, steps: {}, checklist: {:?}, checklist_reason: {} }}",
                q.id,
                q.first_high,
                q.second_high,
                text(&q.name),
                text(&q.short),
                text(&q.meaning),
                list(&q.asks),
                text(&q.capacities),
                list(&q.steps),
                q.checklist,
                text(&q.checklist_reason)
            )
        })
        .collect();
    format!(
        "Reading::Quadrants(&QuadrantReading {{ axis_ends: &[{}], quadrants: &[{}], \
         centre: Centre {{ name: {}, meaning: {}, steps: {}, checklist_reason: {} }}, \
         border: Border {{ meaning: {}, steps: {} }}, centre_margin: {} }})",
        ends.join(", "),
        quadrants.join(", "),
        text(&reading.centre.name),
        text(&reading.centre.meaning),
        list(&reading.centre.steps),
        text(&reading.centre.checklist_reason),
        text(&reading.border.meaning),
        list(&reading.border.steps),
        reading.centre_margin
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_blobs_keep_each_language_together_and_each_text_once() {
        let blobs = LanguageBlobs::default();
        let first = blobs.text(&Text { nl: "één stap", en: "one step" });
        let again = blobs.text(&Text { nl: "één stap", en: "one step" });
        let part = blobs.text(&Text { nl: "stap", en: "step" });
        let list = blobs.list(&TextList { nl: &["twee"], en: &["two", "one"] });
        assert_eq!(first, "Text { nl: nl(0, 10), en: en(0, 8) }");
        assert_eq!(again, first);
        assert_eq!(part, "Text { nl: nl(6, 10), en: en(4, 8) }");
        assert_eq!(list, "TextList { nl: &[nl(10, 14)], en: &[en(8, 11), en(0, 3)] }");
        let rust = blobs.to_rust();
        assert!(rust.starts_with("const NL: &str = \"één staptwee\";\nconst EN: &str = \"one steptwo\";\n"));
    }
}
