//! The results file: answers as JSON, keyed by item id, with the schema and checklist version.
//!
//! The same text is what the widget keeps in the browser's storage, what "download results"
//! saves, what a team lead imports, and what the HTML summary carries in a `<meta>` element so
//! that a downloaded summary can be imported again.

use crate::answers::{Answer, Answers};
use crate::date::Date;
use crate::json::{self, Value};
use crate::model::Instrument;

pub const FORMAT: &str = "checklist-results";
/// Raised when the file's shape changes; older schemas are read, newer ones refused.
pub const SCHEMA: i64 = 1;
/// The `<meta name>` under which an HTML summary carries its results.
pub const META_NAME: &str = "checklist-results";

/// Answers as they were saved: by item id, for a checklist and version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedAnswers {
    pub checklist: String,
    pub version: u32,
    pub date: Option<Date>,
    pub answers: Vec<(String, Answer)>,
}

/// Why a text is not a results file the widget can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Neither JSON nor an HTML summary with results in it.
    Unreadable,
    /// JSON, but not a results file (or a damaged one).
    NotResults,
    /// Written by a newer widget.
    NewerSchema,
}

/// The answers of `instrument` as a results file. Open items are left out.
pub fn to_json(instrument: &Instrument, answers: &Answers, date: Option<Date>) -> String {
    to_value(instrument, answers, date).to_json()
}

pub fn to_value(instrument: &Instrument, answers: &Answers, date: Option<Date>) -> Value {
    let mut entries = vec![
        ("format".to_string(), Value::String(FORMAT.to_string())),
        ("schema".to_string(), Value::Int(SCHEMA)),
        ("checklist".to_string(), Value::String(instrument.id.to_string())),
        ("version".to_string(), Value::Int(i64::from(instrument.version))),
    ];
    if let Some(date) = date {
        entries.push(("date".to_string(), Value::String(date.iso())));
    }
    entries.push(("answers".to_string(), answers_value(instrument, answers)));
    Value::Object(entries)
}

fn answers_value(instrument: &Instrument, answers: &Answers) -> Value {
    let given = instrument.items().enumerate().filter_map(|(index, (_, item))| {
        let value = match answers.get(index) {
            Answer::Open => return None,
            Answer::Unknown => Value::String("?".to_string()),
            Answer::Scale(v) => Value::Int(i64::from(v)),
        };
        Some((item.id.to_string(), value))
    });
    Value::Object(given.collect())
}

/// Reads a results file, or the results inside a downloaded HTML summary.
pub fn read(text: &str) -> Result<SavedAnswers, ReadError> {
    let text = text.trim_start_matches('\u{feff}').trim();
    let json = if text.starts_with('<') { from_html(text).ok_or(ReadError::Unreadable)? } else { text.to_string() };
    let value = json::parse(&json).map_err(|_| ReadError::Unreadable)?;
    from_value(&value)
}

pub fn from_value(value: &Value) -> Result<SavedAnswers, ReadError> {
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadError::NotResults);
    }
    match value.get("schema").and_then(Value::as_int) {
        Some(SCHEMA) => {}
        Some(n) if n > SCHEMA => return Err(ReadError::NewerSchema),
        _ => return Err(ReadError::NotResults),
    }
    let checklist = value.get("checklist").and_then(Value::as_str).ok_or(ReadError::NotResults)?.to_string();
    let version = value
        .get("version")
        .and_then(Value::as_int)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or(ReadError::NotResults)?;
    let date = match value.get("date") {
        None => None,
        Some(date) => Some(date.as_str().and_then(Date::parse_iso).ok_or(ReadError::NotResults)?),
    };
    let Some(Value::Object(entries)) = value.get("answers") else { return Err(ReadError::NotResults) };
    let answers = entries
        .iter()
        .map(|(id, v)| {
            let answer = match v {
                Value::String(s) if s == "?" => Answer::Unknown,
                Value::Int(n) => Answer::Scale(u8::try_from(*n).map_err(|_| ReadError::NotResults)?),
                _ => return Err(ReadError::NotResults),
            };
            Ok((id.clone(), answer))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(SavedAnswers { checklist, version, date, answers })
}

/// The content of `<meta name="checklist-results" content="…">`, unescaped.
fn from_html(html: &str) -> Option<String> {
    let marker = format!("<meta name=\"{META_NAME}\" content=\"");
    let start = html.find(&marker)? + marker.len();
    let end = start + html[start..].find('"')?;
    Some(unescape_html(&html[start..end]))
}

fn unescape_html(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// Saved answers placed on `instrument`'s items by id. Answers to items the checklist no longer
/// has, and values outside its scale, are left out and counted. Answers saved under an older
/// version count only for the items that version's entry in [`Instrument::changes`] keeps (the
/// items whose meaning stayed); without an entry for that version, none are carried over.
/// "Weet ik niet" is not carried over from another version: it used to include "n.v.t.", and
/// what never happens is now answered on the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub answers: Answers,
    pub left_out: usize,
}

pub fn place(instrument: &Instrument, saved: &SavedAnswers) -> Placed {
    let kept: Option<&[&str]> = (saved.version < instrument.version)
        .then(|| instrument.change_from(saved.version).map_or(&[][..], |change| change.kept));
    let mut answers = Answers::new(instrument);
    let mut left_out = 0;
    for (id, answer) in &saved.answers {
        let index = instrument.items().position(|(_, item)| item.id == id);
        let valid = match answer {
            Answer::Scale(v) => (instrument.scale_min()..=instrument.scale_max()).contains(v),
            _ => true,
        };
        let carried = match kept {
            None => true,
            Some(kept) => kept.contains(&id.as_str()) && *answer != Answer::Unknown,
        };
        match index {
            Some(index) if valid && carried => answers.set(index, *answer),
            _ => left_out += 1,
        }
    }
    Placed { answers, left_out }
}
