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
    /// Entries whose value is not an answer at all (`12345`, `"vier"`, `null`): their id and the
    /// value as written, so that [`place`] reports them instead of refusing the whole file.
    pub not_answers: Vec<(String, String)>,
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
    let (mut answers, mut not_answers) = (Vec::new(), Vec::new());
    for (id, v) in entries {
        match v {
            Value::String(s) if s == "?" => answers.push((id.clone(), Answer::Unknown)),
            Value::Int(n) if u8::try_from(*n).is_ok() => answers.push((id.clone(), Answer::Scale(*n as u8))),
            other => not_answers.push((id.clone(), other.to_json())),
        }
    }
    Ok(SavedAnswers { checklist, version, date, answers, not_answers })
}

/// The content of `<meta name="checklist-results" content="…">`, unescaped. Read as a browser
/// reads attributes, so a summary edited by hand or by another program still imports: the
/// attributes in any order, quoted with `"` or `'` or not at all, any case, other attributes
/// beside them.
fn from_html(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("<meta") {
        let start = from + found + "<meta".len();
        let (attributes, end) = read_attributes(&html[start..]);
        from = start + end;
        let value = |name: &str| attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        if value("name").is_some_and(|n| n.trim().eq_ignore_ascii_case(META_NAME)) {
            return value("content").map(unescape_html);
        }
    }
    None
}

/// The attributes of a tag that starts at `tag` (just after its name): lowercased names with
/// their raw values, and where the tag ends.
fn read_attributes(tag: &str) -> (Vec<(String, String)>, usize) {
    let bytes = tag.as_bytes();
    let mut attributes = Vec::new();
    let mut at = 0;
    loop {
        while at < bytes.len() && (bytes[at].is_ascii_whitespace() || bytes[at] == b'/') {
            at += 1;
        }
        if at >= bytes.len() || bytes[at] == b'>' {
            return (attributes, at);
        }
        let name_start = at;
        while at < bytes.len() && !matches!(bytes[at], b'=' | b'>' | b'/') && !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let name = tag[name_start..at].to_ascii_lowercase();
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let mut value = String::new();
        if at < bytes.len() && bytes[at] == b'=' {
            at += 1;
            while at < bytes.len() && bytes[at].is_ascii_whitespace() {
                at += 1;
            }
            let (value_start, value_end) = match bytes.get(at) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = tag[at + 1..].find(quote as char).map_or(bytes.len(), |e| at + 1 + e);
                    let range = (at + 1, end);
                    at = (end + 1).min(bytes.len());
                    range
                }
                _ => {
                    let start = at;
                    while at < bytes.len() && bytes[at] != b'>' && !bytes[at].is_ascii_whitespace() {
                        at += 1;
                    }
                    (start, at)
                }
            };
            value = tag[value_start..value_end].to_string();
        }
        attributes.push((name, value));
    }
}

/// The character references an attribute value may hold: the five named ones this widget writes
/// and numeric ones (`&#34;`, `&#x22;`), which other programs write. Anything else stays as it is.
fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "quot" => '"',
                "apos" => '\'',
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, length)) => {
                out.push(c);
                rest = &rest[length..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Why a saved answer was left out when placed on a checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOutReason {
    /// The checklist has no statement with this id, nor had one in an earlier version (a hand
    /// edit, say).
    UnknownItem,
    /// A value outside the checklist's scale.
    OutsideScale,
    /// Saved under an older version, for a statement that changed its meaning or is gone since.
    Changed,
}

/// A saved answer that does not count, and why: reported to the visitor, never dropped silently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub id: String,
    /// The value as the file wrote it (`9`, `"?"`).
    pub value: String,
    pub reason: LeftOutReason,
}

/// Saved answers placed on `instrument`'s items by id. Answers to items the checklist does not
/// have, and values outside its scale, are left out and listed. Answers saved under an older
/// version count only for the items that version's entry in [`Instrument::changes`] keeps (the
/// items whose meaning stayed); without an entry for that version, none are carried over.
/// "Weet ik niet" is not carried over from another version: it used to include "n.v.t.", and
/// what never happens is now answered on the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub answers: Answers,
    pub left_out: Vec<LeftOut>,
}

impl Placed {
    /// What the visitor should hear about: answers left out for a reason other than a change of
    /// version (that one has its own notice, with what changed).
    pub fn unexpected(&self) -> Vec<LeftOut> {
        self.left_out.iter().filter(|l| l.reason != LeftOutReason::Changed).cloned().collect()
    }
}

pub fn place(instrument: &Instrument, saved: &SavedAnswers) -> Placed {
    let kept: Option<&[&str]> = (saved.version < instrument.version)
        .then(|| instrument.change_from(saved.version).map_or(&[][..], |change| change.kept));
    let mut answers = Answers::new(instrument);
    let mut left_out = Vec::new();
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
        let reason = match index {
            // Gone from this version (in the changes), or never a statement here.
            None if kept.is_some() => LeftOutReason::Changed,
            None => LeftOutReason::UnknownItem,
            Some(_) if !valid => LeftOutReason::OutsideScale,
            Some(_) if !carried => LeftOutReason::Changed,
            Some(index) => {
                answers.set(index, *answer);
                continue;
            }
        };
        let value = match answer {
            Answer::Scale(v) => v.to_string(),
            _ => "\"?\"".to_string(),
        };
        left_out.push(LeftOut { id: id.clone(), value, reason });
    }
    left_out.extend(saved.not_answers.iter().map(|(id, value)| LeftOut {
        id: id.clone(),
        value: value.clone(),
        reason: if instrument.items().any(|(_, item)| item.id == id) {
            LeftOutReason::OutsideScale
        } else {
            LeftOutReason::UnknownItem
        },
    }));
    Placed { answers, left_out }
}
