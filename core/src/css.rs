//! The widget's stylesheet as the wasm carries it: `style.css` without its comments, blank lines
//! and indentation. The comments explain the theming properties and the reasons for the rules to
//! whoever edits the file; in the wasm they were a third of the stylesheet (about 1.4 KB
//! gzipped). Used by the widget's build script and by `cargo xtask dist`, whose CSP hash must be
//! that of exactly this text.

/// `css` without comments (never inside a quoted string), blank lines and the spaces that start
/// and end a line. Nothing inside a line changes, so every selector and value stays as written.
pub fn compact(css: &str) -> String {
    let mut bare = String::with_capacity(css.len());
    let mut rest = css;
    let mut quote: Option<char> = None;
    while let Some(c) = rest.chars().next() {
        if quote.is_none() && rest.starts_with("/*") {
            rest = rest[2..].find("*/").map_or("", |end| &rest[2 + end + 2..]);
            continue;
        }
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (Some(_), '\\') => {
                // An escaped character in a string (`"\""`) does not end it.
                bare.push(c);
                rest = &rest[1..];
                if let Some(next) = rest.chars().next() {
                    bare.push(next);
                    rest = &rest[next.len_utf8()..];
                }
                continue;
            }
            _ => {}
        }
        bare.push(c);
        rest = &rest[c.len_utf8()..];
    }
    let lines: Vec<&str> = bare.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::compact;

    #[test]
    fn comments_blank_lines_and_indentation_go_strings_stay() {
        let css = "/* Theme:\n   --x */\n.a {\n  color: red; /* why */\n}\n\n.b::after { content: \"/* not a comment */\"; }\n";
        assert_eq!(compact(css), ".a {\ncolor: red;\n}\n.b::after { content: \"/* not a comment */\"; }");
        assert_eq!(compact(".c { content: \"\\\"/*\"; }"), ".c { content: \"\\\"/*\"; }");
        assert_eq!(compact("a { b: c } /* never closed"), "a { b: c }");
    }

    #[test]
    fn the_widget_stylesheet_keeps_every_rule() {
        let css = include_str!("../../style.css");
        let compacted = compact(css);
        assert!(compacted.len() < css.len() * 9 / 10);
        assert!(!compacted.contains("/*"));
        assert_eq!(compacted.matches('{').count(), compacted.matches('}').count());
        for line in compacted.lines() {
            assert!(css.contains(line), "{line}");
        }
    }
}
