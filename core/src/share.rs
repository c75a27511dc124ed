//! The share link: answers in the URL fragment (`#ckl=team.1.4435…`), which browsers never send
//! to a server. One character per item in checklist order: the scale value, `0` for "weet ik
//! niet", `-` for open.

use crate::answers::{Answer, Answers};
use crate::model::Instrument;

pub const PREFIX: &str = "ckl=";

/// `ckl=team.1.4435…`, to put after `#`.
pub fn encode(instrument: &Instrument, answers: &Answers) -> String {
    let marks: String = answers
        .as_slice()
        .iter()
        .map(|answer| match answer {
            Answer::Open => '-',
            Answer::Unknown => '0',
            Answer::Scale(v) => char::from_digit(u32::from(*v), 10).unwrap_or('-'),
        })
        .collect();
    format!("{PREFIX}{}.{}.{marks}", instrument.id, instrument.version)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link (of any checklist).
    NotShared,
    /// A share link of another checklist: not for this widget.
    OtherChecklist,
    /// For this checklist, but from another version of it, or damaged.
    Unreadable,
}

/// The answers in a URL fragment (with or without its `#`), if it shares this checklist.
pub fn decode(instrument: &Instrument, fragment: &str) -> Result<Answers, ShareError> {
    let shared = fragment.strip_prefix('#').unwrap_or(fragment).strip_prefix(PREFIX).ok_or(ShareError::NotShared)?;
    let mut parts = shared.splitn(3, '.');
    let (id, version, marks) = (parts.next().unwrap_or(""), parts.next(), parts.next());
    if id != instrument.id {
        return Err(ShareError::OtherChecklist);
    }
    if version != Some(&instrument.version.to_string()) {
        return Err(ShareError::Unreadable);
    }
    let marks = marks.ok_or(ShareError::Unreadable)?;
    if marks.chars().count() != instrument.item_count() {
        return Err(ShareError::Unreadable);
    }
    let mut answers = Answers::new(instrument);
    for (index, mark) in marks.chars().enumerate() {
        let answer = match mark {
            '-' => Answer::Open,
            '0' => Answer::Unknown,
            digit => {
                let value = digit.to_digit(10).ok_or(ShareError::Unreadable)? as u8;
                if !(instrument.scale_min()..=instrument.scale_max()).contains(&value) {
                    return Err(ShareError::Unreadable);
                }
                Answer::Scale(value)
            }
        };
        answers.set(index, answer);
    }
    Ok(answers)
}
