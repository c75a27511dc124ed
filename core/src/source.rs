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

use crate::model::{Band, BandText, Dimension, Instrument, Item, ScaleOption, Text, TextList};

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

/// Collects problems with their place; turns byte offsets into line numbers.
struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    errors: Vec<ContentError>,
}

impl Checker<'_> {
    fn line(&self, span: &Range<usize>) -> usize {
        let end = span.start.min(self.source.len());
        self.source[..end].matches('\n').count() + 1
    }

    fn error(&mut self, span: &Range<usize>, message: String) {
        let line = self.line(span);
        self.errors.push(ContentError {
            file: self.file.to_string(),
            line,
            message,
        });
    }

    fn id(&mut self, id: &Spanned<String>, what: &str) -> &'static str {
        let valid = !id.get_ref().is_empty()
            && id
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            self.error(
                &id.span(),
                format!("{what} id ‘{}’ may only use a–z, 0–9 and ‘-’", id.get_ref()),
            );
        }
        leak(id.get_ref().clone())
    }

    fn text(&mut self, text: &RawText, what: &str) -> Text {
        Text {
            nl: self.one_text(&text.nl, what, "nl"),
            en: self.one_text(&text.en, what, "en"),
        }
    }

    fn one_text(&mut self, text: &Spanned<String>, what: &str, lang: &str) -> &'static str {
        if text.get_ref().trim().is_empty() {
            self.error(&text.span(), format!("{what}: the {lang} text is empty"));
        }
        leak(text.get_ref().trim().to_string())
    }

    fn steps(&mut self, list: &RawTextList, what: &str) -> TextList {
        TextList {
            nl: self.step_list(&list.nl, what, "nl"),
            en: self.step_list(&list.en, what, "en"),
        }
    }

    fn step_list(
        &mut self,
        list: &Spanned<Vec<String>>,
        what: &str,
        lang: &str,
    ) -> &'static [&'static str] {
        let steps = list.get_ref();
        if !(2..=3).contains(&steps.len()) {
            self.error(
                &list.span(),
                format!("{what}: {} {lang} steps; write 2 or 3", steps.len()),
            );
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

/// Reads one checklist content file. `file` names it in error messages.
pub fn parse_instrument(
    file: &str,
    source: &str,
) -> Result<&'static Instrument, Vec<ContentError>> {
    let mut check = Checker {
        file,
        source,
        errors: Vec::new(),
    };
    let raw: RawInstrument = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            check.error(&span, error.message().trim().to_string());
            return Err(check.errors);
        }
    };

    let id = check.id(&raw.id, "checklist");
    if *raw.version.get_ref() == 0 {
        check.error(
            &raw.version.span(),
            "version must be 1 or higher".to_string(),
        );
    }
    let percent = *raw.min_answered_percent.get_ref();
    if !(1..=100).contains(&percent) {
        check.error(
            &raw.min_answered_percent.span(),
            format!("min_answered_percent is {percent}; use 1 to 100"),
        );
    }
    let title = check.text(&raw.title, "title");
    let intro = check.text(&raw.intro, "intro");
    let unknown = check.text(&raw.unknown.label, "unknown.label");

    let scale = read_scale(&mut check, &raw.scale);
    let bands = read_bands(&mut check, &raw.band);
    let dimensions = read_dimensions(&mut check, &raw.dimension, bands);

    if !check.errors.is_empty() {
        return Err(check.errors);
    }
    Ok(Box::leak(Box::new(Instrument {
        id,
        version: *raw.version.get_ref(),
        min_answered_percent: percent,
        title,
        intro,
        scale,
        unknown,
        bands,
        dimensions,
    })))
}

fn read_scale(check: &mut Checker, raw: &Spanned<Vec<RawScaleOption>>) -> &'static [ScaleOption] {
    if raw.get_ref().len() < 2 {
        check.error(
            &raw.span(),
            "the scale needs at least two answers ([[scale]])".to_string(),
        );
    }
    let mut options = Vec::new();
    for (i, option) in raw.get_ref().iter().enumerate() {
        let value = *option.value.get_ref();
        if let Some(previous) = raw.get_ref().get(i.wrapping_sub(1)) {
            if value != previous.value.get_ref() + 1 {
                check.error(
                    &option.value.span(),
                    format!(
                        "scale value {value} should be {}: values count up by one",
                        previous.value.get_ref() + 1
                    ),
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
            check.error(
                &band.min.span(),
                format!(
                    "gap in the bands: no band covers {expected_min}–{}",
                    min - 1
                ),
            );
        } else if u16::from(min) < expected_min {
            check.error(
                &band.min.span(),
                format!(
                    "bands overlap: band ‘{id}’ starts at {min}, the band before ends at {}",
                    expected_min - 1
                ),
            );
        }
        if max < min || max > 100 {
            check.error(
                &band.max.span(),
                format!("band ‘{id}’ ends at {max}; it must end between {min} and 100"),
            );
        }
        expected_min = u16::from(max) + 1;
        let name = check.text(&band.name, &format!("band ‘{id}’ name"));
        bands.push(Band { id, name, min, max });
    }
    match raw.get_ref().last() {
        None => check.error(&raw.span(), "no bands ([[band]])".to_string()),
        Some(last) if expected_min < 101 => check.error(
            &last.max.span(),
            format!("gap in the bands: no band covers {expected_min}–100"),
        ),
        Some(_) => {}
    }
    bands.leak()
}

fn read_dimensions(
    check: &mut Checker,
    raw: &Spanned<Vec<RawDimension>>,
    bands: &[Band],
) -> &'static [Dimension] {
    if raw.get_ref().is_empty() {
        check.error(&raw.span(), "no dimensions ([[dimension]])".to_string());
    }
    let mut dimension_ids = HashSet::new();
    let mut item_lines: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut dimensions = Vec::new();
    for dimension in raw.get_ref() {
        let id = check.id(&dimension.id, "dimension");
        if !dimension_ids.insert(id) {
            check.error(
                &dimension.id.span(),
                format!("duplicate dimension id ‘{id}’"),
            );
        }
        let name = check.text(&dimension.name, &format!("dimension ‘{id}’ name"));
        let about = check.text(&dimension.about, &format!("dimension ‘{id}’ about"));
        if dimension.item.is_empty() {
            check.error(
                &dimension.id.span(),
                format!("dimension ‘{id}’ has no items ([[dimension.item]])"),
            );
        }
        let mut items = Vec::new();
        for item in &dimension.item {
            let item_id = check.id(&item.id, "item");
            let line = check.line(&item.id.span());
            if let Some(first) = item_lines.insert(item_id, line) {
                item_lines.insert(item_id, first);
                check.error(
                    &item.id.span(),
                    format!("duplicate item id ‘{item_id}’ (first used on line {first})"),
                );
            }
            let text = check.text(&item.text, &format!("item ‘{item_id}’"));
            items.push(Item { id: item_id, text });
        }
        for (band_id, text) in &dimension.band {
            if !bands.iter().any(|b| b.id == band_id) {
                check.error(&text.span(), format!("dimension ‘{id}’ has a text for band ‘{band_id}’, which is not one of the [[band]] ids"));
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
                    format!(
                        "dimension ‘{id}’ has no text for band ‘{}’ ([dimension.band.{}])",
                        band.id, band.id
                    ),
                ),
            }
        }
        dimensions.push(Dimension {
            id,
            name,
            about,
            items: items.leak(),
            band_texts: band_texts.leak(),
        });
    }
    dimensions.leak()
}

/// Rust source for a `static` holding `instrument`, for the widget's build script.
pub fn instrument_to_rust(name: &str, instrument: &Instrument) -> String {
    fn text(t: &Text) -> String {
        format!("Text {{ nl: {:?}, en: {:?} }}", t.nl, t.en)
    }
    fn list(l: &TextList) -> String {
        format!("TextList {{ nl: &{:?}, en: &{:?} }}", l.nl, l.en)
    }
    let scale: Vec<String> = instrument
        .scale
        .iter()
        .map(|o| {
            format!(
                "ScaleOption {{ value: {}, label: {} }}",
                o.value,
                text(&o.label)
            )
        })
        .collect();
    let bands: Vec<String> = instrument
        .bands
        .iter()
        .map(|b| {
            format!(
                "Band {{ id: {:?}, name: {}, min: {}, max: {} }}",
                b.id,
                text(&b.name),
                b.min,
                b.max
            )
        })
        .collect();
    let dimensions: Vec<String> = instrument
        .dimensions
        .iter()
        .map(|d| {
            let items: Vec<String> = d
                .items
                .iter()
                .map(|i| format!("Item {{ id: {:?}, text: {} }}", i.id, text(&i.text)))
                .collect();
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
    format!(
        "pub static {name}: Instrument = Instrument {{ id: {:?}, version: {}, min_answered_percent: {}, \
         title: {}, intro: {}, scale: &[{}], unknown: {}, bands: &[{}], dimensions: &[{}] }};\n",
        instrument.id,
        instrument.version,
        instrument.min_answered_percent,
        text(&instrument.title),
        text(&instrument.intro),
        scale.join(", "),
        text(&instrument.unknown),
        bands.join(", "),
        dimensions.join(", ")
    )
}
