//! The share link: answers in the URL fragment (`#ckl=team.1.4435…`), which browsers never send
//! to a server. One character per item in checklist order: the scale value, `0` for "weet ik
//! niet", `-` for open.

use crate::answers::{Answer, Answers};
use crate::links;
use crate::model::{Instrument, Text};

pub const PREFIX: &str = "ckl=";

/// `#ckl-open=leadership-team`: a link that opens a checklist to complete, not a result. A
/// leader sends it to the team so that the leadership widget opens as its team version.
pub const OPEN_PREFIX: &str = "ckl-open=";

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

/// A share link in the address that no widget on the page takes (each widget reads only links
/// for its own checklist), so that one widget can say so instead of nothing happening.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unclaimed {
    /// For a checklist that exists but has no widget on this page: its title.
    NotOnPage(Text),
    /// Starts like a share link but names no checklist there is: damaged, or made up.
    Unknown,
}

/// What to say about the share link in `fragment` when no widget on the page takes it.
/// `on_page`: the checklist ids of the page's widgets; `all`: every checklist there is. `None`
/// when `fragment` is not a share link at all (an ordinary `#section` of the host page), or a
/// widget on the page takes it (that widget says what it finds, also when it cannot read it).
pub fn unclaimed(fragment: &str, on_page: &[&str], all: &[&Instrument]) -> Option<Unclaimed> {
    let bare = fragment.strip_prefix('#').unwrap_or(fragment);
    if !bare.starts_with(PREFIX) && !bare.starts_with(OPEN_PREFIX) {
        return None;
    }
    // A result (`#ckl=…`) or the link that opens a team version (`#ckl-open=…`).
    let id = named_checklist(bare).unwrap_or("");
    let instrument = all.iter().find(|instrument| instrument.id == id);
    // A team version is opened by the widget of the checklist it mirrors.
    let taken_by = |on: &str| on == id || instrument.is_some_and(|i| i.mirrors == Some(on));
    if on_page.iter().any(|on| taken_by(on)) {
        return None;
    }
    // Only the name of a checklist there is is ever shown: the fragment is anyone's text.
    Some(instrument.map_or(Unclaimed::Unknown, |i| Unclaimed::NotOnPage(i.title)))
}

/// The address a share link starts with: the page's own (`page`, without its fragment) when
/// the page is on the web; else, on a copy opened from disk (`file:`) or any other page without
/// a web address, the `hosted` address the site configured (`data-share-page`, or
/// `share_page` in `content/site.toml`), if it is an `http` or `https` address. `None`: no link
/// from here would work elsewhere, and a `file:` path would show the recipient, and anyone they
/// forward it to, a path on this computer (often with a user name in it).
pub fn link_base(page: &str, hosted: Option<&str>) -> Option<String> {
    let without_fragment = |address: &str| address.split('#').next().unwrap_or("").to_string();
    if links::web(page).is_some() {
        return Some(without_fragment(page));
    }
    links::web(hosted?).map(|address| without_fragment(&address))
}

/// Every share link in a pasted text (links one per line, or inside chat messages with other
/// words around them): the `ckl=…` part of each, in order. Punctuation a chat adds after a link
/// (a full stop) is not part of it; a link cut short stays short, and reads as unreadable.
pub fn find_in_text(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(PREFIX) {
        let after_hash = rest[..at].ends_with('#');
        let token_length = rest[at..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '=' | '_')))
            .unwrap_or(rest.len() - at);
        let token = rest[at..at + token_length].trim_end_matches('.');
        if after_hash {
            found.push(token);
        }
        rest = &rest[at + token_length.max(PREFIX.len())..];
    }
    found
}

/// The checklist id and version a share link names, when it names them.
pub fn names(token: &str) -> Option<(&str, Option<u32>)> {
    let shared = token.strip_prefix('#').unwrap_or(token).strip_prefix(PREFIX)?;
    let mut parts = shared.splitn(3, '.');
    let id = parts.next().filter(|id| !id.is_empty())?;
    Some((id, parts.next().and_then(|v| v.parse().ok())))
}

/// The checklist a URL fragment names: to open (`#ckl-open=…`) or with shared results (`#ckl=…`).
pub fn named_checklist(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    match fragment.strip_prefix(OPEN_PREFIX) {
        Some(id) => Some(id).filter(|id| !id.is_empty()),
        None => names(fragment).map(|(id, _)| id),
    }
}
