//! "Stuur mijn resultaten naar de praktijk": the mail's text, its `mailto:` link, the bound on
//! that link's length and the order in which things are left out, and the preview's state.

mod common;

use checklist_core::answers::Answers;
use checklist_core::lang::Lang;
use checklist_core::mail::{MailDraft, MAX_HREF};
use checklist_core::model::Instrument;
use checklist_core::source::parse_instrument;
use checklist_core::state::{Action, Effect, Focus, Session, View};
use common::{all_content, answers, mini, Apply, MINI, TODAY};

fn team() -> &'static Instrument {
    all_content().iter().copied().find(|i| i.id == "team").expect("the team checklist")
}

fn change() -> &'static Instrument {
    all_content().iter().copied().find(|i| i.id == "change").expect("the reflection")
}

/// A session with every item answered `value`, showing its results, mailing to `to`.
fn finished(instrument: &'static Instrument, lang: Lang, value: u8, to: &str) -> Session {
    let notation = value.to_string().repeat(instrument.item_count());
    Session::new(instrument, lang)
        .with_mail(Some(to))
        .with_answers(answers(instrument, &notation))
        .apply(Action::ShowResults { today: TODAY })
}

trait WithAnswers {
    fn with_answers(self, answers: Answers) -> Session;
}

impl WithAnswers for Session {
    fn with_answers(mut self, answers: Answers) -> Session {
        self.answers = answers;
        self
    }
}

fn draft(session: &Session, share_link: &str) -> MailDraft {
    session.mail_draft(&session.report(TODAY), Some(share_link), TODAY).expect("an address was given")
}

/// Decodes a percent-encoded part, failing on a broken escape or a character that should have
/// been escaped.
fn decode(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = part.get(i + 1..i + 3).expect("an escape is never cut in half");
                out.push(u8::from_str_radix(hex, 16).expect("two hex digits"));
                i += 3;
            }
            b if b.is_ascii_alphanumeric() || b"-._~".contains(&b) => {
                out.push(b);
                i += 1;
            }
            b => panic!("unescaped {:?} in {part}", b as char),
        }
    }
    String::from_utf8(out).expect("whole UTF-8 characters")
}

/// The link says exactly what the preview shows: address, subject, body (line breaks as CR LF).
fn assert_link_matches(draft: &MailDraft) {
    assert!(draft.href.len() <= MAX_HREF, "{} characters", draft.href.len());
    let rest = draft.href.strip_prefix(&format!("mailto:{}?subject=", draft.to)).expect("mailto, address, subject");
    let (subject, body) = rest.split_once("&body=").expect("one body");
    assert_eq!(decode(subject), draft.subject);
    assert_eq!(decode(body), draft.body.replace('\n', "\r\n"));
}

#[test]
fn the_body_has_each_dimension_with_score_and_level_and_the_share_link() {
    let session = finished(team(), Lang::Nl, 4, "naam@praktijk.nl");
    let link = "https://example.nl/checklist?a=1&b=2#team-1-4444";
    let draft = draft(&session, link);
    assert_eq!(draft.to, "naam@praktijk.nl");
    assert_eq!(draft.subject, "Mijn resultaten: Checklist teams (22 november 2026)");
    assert!(
        draft.body.starts_with("Hallo,\n\nIk heb ‘Checklist teams’ ingevuld op 22 november 2026."),
        "{}",
        draft.body
    );
    for dimension in team().dimensions {
        let line = format!("- {}: 75 (Gevorderd)\n", dimension.name.nl);
        assert!(draft.body.contains(&line), "{line} in {}", draft.body);
    }
    assert!(draft.body.contains(&format!("\n{link}\n")));
    assert!(!draft.shortened);
    assert_link_matches(&draft);
    // `&` in a theme's name and `?`, `&`, `#` in the link are escaped, never read as link syntax.
    assert!(draft.href.contains("Veiligheid%20%26%20vertrouwen"));
    assert!(draft.href.contains("checklist%3Fa%3D1%26b%3D2%23team-1-4444"));
    assert_eq!(draft.href.matches('?').count(), 1);
    assert_eq!(draft.href.matches('&').count(), 1);
    assert!(!draft.href.contains('#'));
}

#[test]
fn english_too_and_a_theme_without_a_score_says_so() {
    let instrument = mini();
    let session = Session::new(instrument, Lang::En)
        .with_mail(Some("naam@praktijk.nl"))
        .with_answers(answers(instrument, "5555 ??.. 1111"))
        .apply(Action::ShowResults { today: TODAY });
    let draft = draft(&session, "https://example.nl/#x");
    assert_eq!(draft.subject, "My results: Mini checklist (22 November 2026)");
    assert!(draft.body.contains("- One: 100 (Embedded)\n- Two: no score\n- Three: 0 (Beginning)\n"), "{}", draft.body);
    assert!(draft.body.ends_with("I would like to hear when we could talk about this."));
    assert_link_matches(&draft);
}

#[test]
fn the_reflection_names_its_outcome() {
    let session = finished(change(), Lang::Nl, 5, "naam@praktijk.nl");
    let report = session.report(TODAY);
    let heading = match &report.body {
        checklist_core::summary::ReportBody::Reflection(r) => {
            r.reading.as_ref().expect("a reading").texts.heading.clone()
        }
        _ => panic!("a reflection"),
    };
    let draft = draft(&session, "https://example.nl/#x");
    assert!(draft.body.contains(&format!("\n{heading}\n")), "{}", draft.body);
    assert_link_matches(&draft);
}

/// However long the page's address, the link stays within the bound; level words go first,
/// then the share link, and the share link is never dropped while level words stay.
#[test]
fn a_long_share_link_shortens_in_the_documented_order() {
    let session = finished(team(), Lang::Nl, 3, "naam@praktijk.nl");
    let (mut without_levels, mut without_link) = (false, false);
    for length in (0..2400).step_by(37) {
        let link = format!("https://example.nl/{}#team", "a".repeat(length));
        let draft = draft(&session, &link);
        assert_link_matches(&draft);
        let levels = draft.body.contains("(Ontwikkelend)");
        let has_link = draft.body.contains(&link);
        assert!(has_link || !levels, "the share link went before the level words at {length}");
        assert_eq!(draft.shortened, !(levels && has_link));
        without_levels |= has_link && !levels;
        without_link |= !has_link;
        if !has_link {
            // Without the link, nothing else needs to go: every theme keeps its score.
            for dimension in team().dimensions {
                assert!(draft.body.contains(&format!("- {}: 50\n", dimension.name.nl)));
            }
        }
    }
    assert!(without_levels && without_link, "both steps were reached");
}

/// Content with absurdly long names full of characters that need escaping (the content is
/// validated, but the bound must not depend on that): a link within the bound, no escape cut
/// in half, the cut marked.
#[test]
fn hostile_long_names_still_give_a_link_within_the_bound() {
    let hostile = "&?#%+= é\\n\\\"".repeat(300);
    let source = MINI
        .replace("nl = \"Mini-checklist\"", &format!("nl = \"{hostile}\""))
        .replace("nl = \"Eén\"", &format!("nl = \"{hostile}\""));
    let instrument = parse_instrument("hostile.toml", &source).expect("still valid content");
    let notation = "4".repeat(instrument.item_count());
    for to in ["naam@praktijk.nl", &format!("{}@{}.nl", "a".repeat(64), "b".repeat(186))] {
        let session = Session::new(instrument, Lang::Nl)
            .with_mail(Some(to))
            .with_answers(answers(instrument, &notation))
            .apply(Action::ShowResults { today: TODAY });
        let draft = draft(&session, "https://example.nl/#x");
        assert_link_matches(&draft);
        assert!(draft.shortened);
        assert!(draft.subject.ends_with('…') && draft.body.ends_with('…'));
        assert!(!draft.subject.contains('\n'), "a subject is one line");
        assert!(draft.href.len() > MAX_HREF - 20, "the room is used: {}", draft.href.len());
    }
}

#[test]
fn a_hostile_address_gives_no_action() {
    for hostile in
        ["naam@praktijk.nl?bcc=x@y.nl", "naam@praktijk.nl\nBcc: x@y.nl", "a@b.nl,c@d.nl", "javascript:alert(1)"]
    {
        let session = Session::new(mini(), Lang::Nl).with_mail(Some(hostile));
        assert_eq!(session.mail_to, None, "{hostile:?}");
    }
}

#[test]
fn no_address_no_action() {
    let session = Session::new(mini(), Lang::Nl)
        .with_contact(Some("https://example.nl/contact".into()))
        .with_mail(None)
        .apply(Action::ShowResults { today: TODAY });
    assert_eq!(session.mail_to, None);
    assert_eq!(session.mail_draft(&session.report(TODAY), Some("https://example.nl/#x"), TODAY), None);
    let (next, effects) = session.clone().step(Action::OpenMailPreview);
    assert!(!next.mail_preview);
    assert!(effects.is_empty());
}

#[test]
fn a_mailto_contact_gives_the_address() {
    let session =
        Session::new(mini(), Lang::Nl).with_contact(Some("mailto:hallo@example.nl?subject=Hoi".into())).with_mail(None);
    assert_eq!(session.mail_to.as_deref(), Some("hallo@example.nl"));
}

#[test]
fn the_preview_opens_and_closes_with_the_focus_where_the_visitor_is() {
    let session = finished(team(), Lang::Nl, 4, "naam@praktijk.nl");
    let (open, effects) = session.step(Action::OpenMailPreview);
    assert!(open.mail_preview);
    assert_eq!(effects, vec![Effect::Focus(Focus::MailPreview)]);
    let (closed, effects) = open.clone().step(Action::CloseMailPreview);
    assert!(!closed.mail_preview);
    assert_eq!(effects, vec![Effect::Focus(Focus::MailAction)]);
    // Leaving the results closes it; it does not open anywhere else.
    let back = open.apply(Action::BackToQuestions);
    assert!(!back.mail_preview);
    assert_eq!(back.view, View::Questions);
    assert!(!back.apply(Action::OpenMailPreview).mail_preview);
}
