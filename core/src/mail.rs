//! "Stuur mijn resultaten naar de praktijk": a mail the visitor's own mail program opens from a
//! `mailto:` link, shown in full before it opens. The widget itself sends nothing.
//!
//! The practice's address comes from the page ([`address`]): `data-mail`, or else the address of
//! a `mailto:` `data-contact`. Without one there is no mail action. The link is RFC 6068: the
//! subject and body percent-encoded as UTF-8, every byte but the unreserved characters escaped,
//! line breaks as `%0D%0A`. Mail programs refuse or cut long `mailto:` links (Outlook on Windows
//! at about 2,000 characters), so the whole link stays within [`MAX_HREF`]; what is left out to
//! get there, in this order: the level words, then the share link, then the end of the text
//! (whole characters, marked "…"; the subject too, if it alone is too long).

use crate::date::Date;
use crate::lang::Lang;
use crate::links;
use crate::summary::{Report, ReportBody};
use crate::ui_text::{fill, ui};

/// The longest `mailto:` link the widget makes, escapes included: under the ~2,000 characters
/// Outlook and Windows' URL handler take, with room to spare.
pub const MAX_HREF: usize = 1800;

/// The longest address accepted (RFC 5321's limit for a whole address).
pub const MAX_ADDRESS: usize = 254;

/// The mail exactly as the preview shows it and the link carries it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailDraft {
    /// The practice's plain address.
    pub to: String,
    pub subject: String,
    /// Lines separated by `\n` (the link carries each as CR LF).
    pub body: String,
    /// `mailto:` + `to` + the encoded subject and body; at most [`MAX_HREF`] characters.
    pub href: String,
    /// Something was left out to stay within [`MAX_HREF`]: the preview says so.
    pub shortened: bool,
}

/// The practice's address, if the page gave a usable one. `data_mail` decides when present:
/// a plain address, with or without `mailto:` (an empty or unusable value turns the action off).
/// Without it, the address of a `mailto:` `contact` link (its own `?subject=…` is not used).
/// Either must pass the page's link rule ([`links::absolute`]) and be one plain address: no
/// second address, no headers, no escapes, at most [`MAX_ADDRESS`] ASCII characters.
pub fn address(data_mail: Option<&str>, contact: Option<&str>) -> Option<String> {
    match data_mail {
        Some(raw) => {
            let link = links::absolute(raw).filter(|link| mailto_rest(link).is_some());
            let link = link.or_else(|| links::absolute(&format!("mailto:{}", raw.trim())))?;
            plain_address(mailto_rest(&link)?)
        }
        None => {
            let rest = mailto_rest(&links::absolute(contact?)?)?.to_string();
            plain_address(rest.split('?').next()?)
        }
    }
}

/// What follows `mailto:` (in any case), for a `mailto:` link.
fn mailto_rest(link: &str) -> Option<&str> {
    let (scheme, rest) = link.split_at_checked(7)?;
    scheme.eq_ignore_ascii_case("mailto:").then_some(rest)
}

/// `naam@praktijk.nl`: one `@`, a local part of letters, digits and `.!$'*+-=_~`, a domain of
/// dot-separated letters, digits and hyphens. Anything that could add a recipient (`,`, `;`),
/// a header (`?`, `&`), a fragment (`#`) or an escape (`%`) is refused, not cleaned.
fn plain_address(text: &str) -> Option<String> {
    let (local, domain) = text.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.chars().all(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '!' | '$' | '\'' | '*' | '+' | '-' | '=' | '_' | '~')
        });
    let labels_ok = domain.contains('.')
        && domain.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    (local_ok && labels_ok && text.len() <= MAX_ADDRESS).then(|| text.to_string())
}

/// RFC 6068 percent-encoding for a subject or body: unreserved characters stay, a line break
/// becomes `%0D%0A`, a lone CR is dropped, every other byte of the UTF-8 is escaped.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for c in text.chars() {
        encode_char(c, &mut out);
    }
    out
}

fn encode_char(c: char, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    match c {
        '\n' => out.push_str("%0D%0A"),
        '\r' => {}
        c if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') => out.push(c),
        c => {
            for byte in c.encode_utf8(&mut [0; 4]).bytes() {
                out.extend(['%', char::from(HEX[usize::from(byte >> 4)]), char::from(HEX[usize::from(byte & 15)])]);
            }
        }
    }
}

/// `text` as it fits in `room` encoded characters: whole, or cut at a whole character with "…"
/// (so an escape is never cut in half). (text, its encoding).
fn within(text: &str, room: usize) -> (String, String) {
    let encoded = encode(text);
    if encoded.len() <= room {
        return (text.to_string(), encoded);
    }
    let ellipsis = encode("…");
    let (mut kept, mut out) = (String::new(), String::new());
    for c in text.chars() {
        let mut one = String::new();
        encode_char(c, &mut one);
        if out.len() + one.len() + ellipsis.len() > room {
            break;
        }
        kept.push(c);
        out.push_str(&one);
    }
    // A cut ends on "…", not on a dangling space or half a line.
    while kept.ends_with([' ', '\n']) {
        let c = kept.pop().unwrap_or_default();
        let mut one = String::new();
        encode_char(c, &mut one);
        out.truncate(out.len() - one.len());
    }
    kept.push('…');
    out.push_str(&ellipsis);
    (kept, out)
}

impl MailDraft {
    /// The mail for `report` (the visitor's own results), sent to `to` (from [`address`]).
    pub fn new(to: &str, title: &str, date: Date, report: &Report, share_link: Option<&str>) -> MailDraft {
        let lang = report.lang;
        // A subject is one header line: no line breaks or other controls in it.
        let subject: String = fill(ui(lang).mail_subject, &[("title", title), ("date", &date.long(lang))])
            .chars()
            .map(|c| if matches!(c, '\0'..='\x1f' | '\x7f'..='\u{9f}') { ' ' } else { c })
            .collect();
        let head = format!("mailto:{to}?subject=");
        let link = |subject: &str, body: &str| format!("{head}{subject}&body={body}");
        for (levels, share) in [(true, true), (false, true), (false, false)] {
            let body = body(report, title, date, levels, share_link.filter(|_| share));
            let href = link(&encode(&subject), &encode(&body));
            if href.len() <= MAX_HREF {
                return MailDraft { to: to.to_string(), subject, body, href, shortened: !(levels && share) };
            }
        }
        // Only a very long text (or address) gets here: cut the subject to a quarter of the room
        // at most, the body to the rest.
        let room = MAX_HREF.saturating_sub(link("", "").len());
        let (subject, subject_encoded) = within(&subject, room / 4);
        let (body, body_encoded) = within(&body(report, title, date, false, None), room - subject_encoded.len());
        let href = link(&subject_encoded, &body_encoded);
        MailDraft { to: to.to_string(), subject, body, href, shortened: true }
    }
}

/// Greeting, what was filled in and when, a line per dimension (with its level word when
/// `levels`), the reflection's outcome, the share link when given, and a closing line.
fn body(report: &Report, title: &str, date: Date, levels: bool, share_link: Option<&str>) -> String {
    let lang: Lang = report.lang;
    let text = ui(lang);
    let mut body = fill(text.mail_intro, &[("title", title), ("date", &date.long(lang))]);
    let (rows, outcome) = match &report.body {
        ReportBody::Checklist(checklist) => (&checklist.rows, None),
        ReportBody::Reflection(reflection) => (&reflection.rows, reflection.reading.as_ref()),
    };
    body.push('\n');
    for row in rows {
        let line = if !row.missing.is_empty() {
            format!("- {}: {}", row.dimension, text.not_scored)
        } else if levels && !row.band.is_empty() {
            format!("- {}: {} ({})", row.dimension, row.score, row.band)
        } else {
            format!("- {}: {}", row.dimension, row.score)
        };
        body.push_str(&line);
        body.push('\n');
    }
    if let Some(reading) = outcome {
        body.push_str(&format!("\n{}\n", reading.texts.heading));
    }
    if let Some(share_link) = share_link {
        body.push_str(&format!("\n{}\n{share_link}\n", text.mail_share_link));
    }
    body.push('\n');
    body.push_str(text.mail_closing);
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_from_data_mail_or_a_mailto_contact() {
        let a = |mail: Option<&str>, contact: Option<&str>| address(mail, contact);
        assert_eq!(a(Some("naam@praktijk.nl"), None).as_deref(), Some("naam@praktijk.nl"));
        assert_eq!(a(Some(" mailto:naam@praktijk.nl "), None).as_deref(), Some("naam@praktijk.nl"));
        assert_eq!(
            a(Some("MAILTO:o'brien+checklist@mail.praktijk.nl"), None).as_deref(),
            Some("o'brien+checklist@mail.praktijk.nl")
        );
        assert_eq!(a(None, Some("mailto:hallo@example.nl")).as_deref(), Some("hallo@example.nl"));
        // The contact link's own subject is its own business: only the address is taken.
        assert_eq!(a(None, Some("mailto:hallo@example.nl?subject=Contact")).as_deref(), Some("hallo@example.nl"));
        // data-mail decides when present, also to turn the action off.
        assert_eq!(a(Some("ander@praktijk.nl"), Some("mailto:hallo@example.nl")).as_deref(), Some("ander@praktijk.nl"));
        assert_eq!(a(Some(""), Some("mailto:hallo@example.nl")), None);
        assert_eq!(a(None, Some("https://example.nl/contact")), None);
        assert_eq!(a(None, None), None);
    }

    #[test]
    fn refuses_anything_but_one_plain_address() {
        for hostile in [
            "naam@praktijk.nl?cc=iemand@elders.nl",
            "naam@praktijk.nl?bcc=iemand@elders.nl",
            "naam@praktijk.nl&body=hoi",
            "naam@praktijk.nl,iemand@elders.nl",
            "naam@praktijk.nl;iemand@elders.nl",
            "naam@praktijk.nl#x",
            "naam%40praktijk.nl",
            "naam@praktijk.nl%0D%0ABcc:iemand@elders.nl",
            "naam@praktijk.nl\r\nBcc: iemand@elders.nl",
            "naam @praktijk.nl",
            "<naam@praktijk.nl>",
            "\"naam\"@praktijk.nl",
            "naam@@praktijk.nl",
            "naam@praktijk",
            "naam@-praktijk.nl",
            "naam@praktijk..nl",
            "@praktijk.nl",
            "naam@",
            "javascript:alert(1)//@praktijk.nl",
            "https://praktijk.nl",
            "jöran@praktijk.nl",
            "naam@prâktijk.nl",
        ] {
            assert_eq!(address(Some(hostile), None), None, "{hostile:?}");
            // From a contact link only the plain address before its `?` is ever taken.
            let from_contact = address(None, Some(&format!("mailto:{hostile}")));
            assert!(from_contact.is_none() || from_contact.as_deref() == Some("naam@praktijk.nl"), "{hostile:?}");
        }
        let long = format!("{}@{}.nl", "a".repeat(64), "b".repeat(200));
        assert_eq!(address(Some(&long), None), None);
    }

    #[test]
    fn encodes_as_rfc_6068_asks() {
        assert_eq!(encode("a b&c?d#e%f+g/h"), "a%20b%26c%3Fd%23e%25f%2Bg%2Fh");
        assert_eq!(encode("één\nregel\r\n"), "%C3%A9%C3%A9n%0D%0Aregel%0D%0A");
        assert_eq!(encode("Az09-._~"), "Az09-._~");
    }

    #[test]
    fn a_cut_never_splits_an_escape() {
        let (text, encoded) = within("ééééé", 21);
        assert_eq!((text.as_str(), encoded.as_str()), ("éé…", "%C3%A9%C3%A9%E2%80%A6"));
        let (text, encoded) = within("ééééé", 20);
        assert_eq!((text.as_str(), encoded.as_str()), ("é…", "%C3%A9%E2%80%A6"));
        assert_eq!(within("kort", 20), ("kort".to_string(), "kort".to_string()));
    }
}
