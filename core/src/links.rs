//! The one rule for links taken from the host page (`data-contact`, `data-offline-href`,
//! `data-href-<id>`): only `http`, `https` and `mailto`, decided the way a browser's URL parser
//! (WHATWG URL) reads the text, so that `java&#x09;script:` and friends cannot slip through.
//!
//! The parser first strips leading and trailing C0 controls and spaces and removes every ASCII
//! tab, newline and carriage return anywhere; only then does it look for a scheme, case-insensitively.
//! [`check`] does the same. A link without a scheme is relative: the widget resolves it against
//! the page's own address (not `<base href>`) and checks the result again with [`absolute`].
//! The summaries accept only [`absolute`] links.

/// A link that may be used, cleaned as the URL parser would clean it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// `http:`, `https:` or `mailto:`.
    Absolute(String),
    /// No scheme: a path, `//host/…`, `?query` or `#fragment`, to resolve against the page.
    Relative(String),
}

const ALLOWED: [&str; 3] = ["http", "https", "mailto"];

/// `Some` for a link the widget may use, `None` for anything else (another scheme such as
/// `javascript:`, `data:`, `vbscript:`, `file:`, or an empty link).
pub fn check(raw: &str) -> Option<Checked> {
    let cleaned = clean(raw);
    if cleaned.is_empty() {
        return None;
    }
    match scheme(&cleaned) {
        None => Some(Checked::Relative(cleaned)),
        Some(scheme) => {
            let scheme = scheme.to_ascii_lowercase();
            if !ALLOWED.contains(&scheme.as_str()) {
                return None;
            }
            let rest = &cleaned[scheme.len() + 1..];
            let has_target = match scheme.as_str() {
                "mailto" => !rest.is_empty(),
                _ => !rest.trim_start_matches(['/', '\\']).is_empty(),
            };
            has_target.then_some(Checked::Absolute(cleaned))
        }
    }
}

/// Only an absolute `http`, `https` or `mailto` link, cleaned; what a downloaded summary may carry.
pub fn absolute(raw: &str) -> Option<String> {
    match check(raw)? {
        Checked::Absolute(link) => Some(link),
        Checked::Relative(_) => None,
    }
}

/// Only an absolute `http` or `https` address, cleaned: a page a link can point to (the hosted
/// page of share links, `data-share-page`).
pub fn web(raw: &str) -> Option<String> {
    let link = absolute(raw)?;
    let scheme = scheme(&link)?.to_ascii_lowercase();
    (scheme == "http" || scheme == "https").then_some(link)
}

/// What the URL parser does before it reads anything: strip C0 controls and spaces at both ends,
/// drop ASCII tab, LF and CR everywhere. What is left that could break out of an attribute or a
/// Markdown link (other controls, space, `"`, `<`, `>`, `` ` ``) is percent-encoded, as the
/// parser would in a path.
fn clean(raw: &str) -> String {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    let mut cleaned = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        match c {
            '\t' | '\n' | '\r' => {}
            c if c < ' ' || matches!(c, ' ' | '"' | '<' | '>' | '`' | '\u{7f}') => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                let byte = c as usize;
                cleaned.extend(['%', char::from(HEX[byte >> 4]), char::from(HEX[byte & 15])]);
            }
            c => cleaned.push(c),
        }
    }
    cleaned
}

/// The scheme, if the text starts with one: an ASCII letter, then letters, digits, `+`, `-` or
/// `.`, then `:`.
fn scheme(link: &str) -> Option<&str> {
    let end = link.find(':')?;
    let candidate = &link[..end];
    let mut chars = candidate.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then_some(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_http_https_and_mailto_in_any_case() {
        for link in [
            "https://example.nl/contact",
            "http://example.nl",
            "mailto:hallo@example.nl",
            "HTTPS://EXAMPLE.NL",
            "MailTo:a@b.nl",
        ] {
            assert_eq!(check(link), Some(Checked::Absolute(link.to_string())), "{link}");
            assert_eq!(absolute(link).as_deref(), Some(link));
        }
    }

    #[test]
    fn cleans_like_the_url_parser() {
        assert_eq!(absolute("  https://example.nl/a \n").as_deref(), Some("https://example.nl/a"));
        assert_eq!(absolute("ht\ttp\ns://exa\rmple.nl").as_deref(), Some("https://example.nl"));
        assert_eq!(absolute("\u{1}\u{1f} mailto:a@b.nl\u{0}").as_deref(), Some("mailto:a@b.nl"));
        assert_eq!(absolute("https://example.nl/a b\"<c>`").as_deref(), Some("https://example.nl/a%20b%22%3Cc%3E%60"));
    }

    /// Every way round the old filter that the issue lists, and a few more.
    #[test]
    fn refuses_script_and_other_schemes_however_they_are_disguised() {
        let bypasses = [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "java\rscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "\u{0}javascript:alert(1)",
            "\u{1f}\u{8}javascript:alert(1)",
            " \t\n javascript:alert(1)",
            "javascript\t:alert(1)",
            "j\na\rv\ta\nscript:alert(1)",
            "javascript:alert(1)\u{0}",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=",
            "file:///etc/passwd",
            "tel:+31201234567",
            "blob:https://example.nl/x",
            "c:\\windows",
            "ftp://example.nl",
            "https:",
            "https://",
            "http:\\\\",
            "mailto:",
            "",
            "   ",
            "\t\n\r",
        ];
        for link in bypasses {
            assert_eq!(check(link), None, "{link:?}");
            assert_eq!(absolute(link), None, "{link:?}");
        }
    }

    #[test]
    fn relative_links_stay_relative_and_are_not_absolute() {
        for (link, cleaned) in [
            ("checklist.html", "checklist.html"),
            ("/files/checklist.html", "/files/checklist.html"),
            ("//example.nl/x", "//example.nl/x"),
            ("#checklist-team", "#checklist-team"),
            ("?a=1", "?a=1"),
            ("./a:b", "./a:b"),
            ("java script:alert(1)", "java%20script:alert(1)"),
            ("1javascript:alert(1)", "1javascript:alert(1)"),
            ("ｊavascript:alert(1)", "ｊavascript:alert(1)"),
        ] {
            assert_eq!(check(link), Some(Checked::Relative(cleaned.to_string())), "{link:?}");
            assert_eq!(absolute(link), None, "{link:?}");
        }
    }

    #[test]
    fn a_web_address_is_http_or_https_only() {
        assert_eq!(web("https://example.nl/c").as_deref(), Some("https://example.nl/c"));
        assert_eq!(web(" HTTP://example.nl\t/c ").as_deref(), Some("HTTP://example.nl/c"));
        for link in [
            "mailto:a@b.nl",
            "file:///home/anna/c.html",
            "java\tscript:alert(1)",
            "c.html",
            "//example.nl",
            "https://",
            "",
        ] {
            assert_eq!(web(link), None, "{link:?}");
        }
    }
}
