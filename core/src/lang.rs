//! The languages the widget speaks.

/// A language of the widget. Every text in the content files and in [`crate::ui_text`] exists in
/// each of these; the content validator and the compiler enforce that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, as used in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `nl`, `nl-BE` or `EN-gb`; `None` for a language we lack.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_region_tags_and_rejects_unknown_languages() {
        assert_eq!(Lang::from_tag("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
