//! Share links on any page: a link that no widget on the page takes gets a notice in one widget,
//! and a link made on a copy opened from disk points to the hosted page, or is not made at all.
mod common;

use checklist_core::answers::Answer;
use checklist_core::lang::Lang;
use checklist_core::share::{link_base, unclaimed, Unclaimed};
use checklist_core::state::{Action, Effect, Focus, Notice, Session};
use common::{all_content, mini, Apply};

fn team_title() -> checklist_core::model::Text {
    all_content().iter().find(|i| i.id == "team").unwrap().title
}

#[test]
fn a_share_link_for_a_checklist_not_on_the_page_is_unclaimed() {
    let all = all_content();
    assert_eq!(unclaimed("#ckl=team.2.4444", &["change"], all), Some(Unclaimed::NotOnPage(team_title())));
    assert_eq!(unclaimed("ckl=team.2.4444", &[], all), Some(Unclaimed::NotOnPage(team_title())));
    // Even a damaged link names its checklist: the notice still says where it belongs.
    assert_eq!(unclaimed("#ckl=team.9.", &["leadership"], all), Some(Unclaimed::NotOnPage(team_title())));
}

#[test]
fn a_malformed_share_link_for_no_checklist_there_is_is_unclaimed_as_unknown() {
    let all = all_content();
    for fragment in ["#ckl=", "#ckl=.2.44", "#ckl=teams.2.4444", "#ckl=<script>alert(1)</script>", "#ckl=TEAM.2.4444"] {
        assert_eq!(unclaimed(fragment, &["team", "change"], all), Some(Unclaimed::Unknown), "{fragment}");
    }
}

#[test]
fn a_link_a_widget_on_the_page_takes_or_no_share_link_at_all_is_left_alone() {
    let all = all_content();
    // The team widget reads it, or says itself that it cannot.
    assert_eq!(unclaimed("#ckl=team.2.4444", &["change", "team"], all), None);
    assert_eq!(unclaimed("#ckl=team.1.x", &["team"], all), None);
    // The host page's own anchors are no share links.
    for fragment in ["", "#", "#contact", "#checklist-team", "#ckl", "#ckl-team", "#section?ckl=team.2.4444"] {
        assert_eq!(unclaimed(fragment, &["change"], all), None, "{fragment}");
    }
}

#[test]
fn the_notice_names_the_checklist_in_both_languages_and_never_echoes_the_link() {
    let here = Notice::ShareNotHere(Unclaimed::NotOnPage(team_title()));
    assert_eq!(
        here.text(Lang::Nl),
        "Deze gedeelde link hoort bij ‘Checklist teams’, en die staat niet op deze pagina. Open hem op de pagina met ‘Checklist teams’."
    );
    assert_eq!(
        here.text(Lang::En),
        "This shared link belongs to ‘Team checklist’, which is not on this page. Open it on the page with ‘Team checklist’."
    );
    let unknown = Notice::ShareNotHere(Unclaimed::Unknown);
    assert!(unknown.text(Lang::Nl).starts_with("Deze gedeelde link kon niet worden gelezen"));
    assert!(unknown.text(Lang::En).starts_with("This shared link could not be read"));
    assert!(here.is_warning() && unknown.is_warning());
}

#[test]
fn the_speaking_widget_shows_the_notice_takes_focus_and_drops_it_when_the_link_goes() {
    let session = Session::new(mini(), Lang::Nl);
    let (session, effects) = session.step(Action::ShareLinkUnclaimed(Some(Unclaimed::Unknown)));
    assert_eq!(session.notices, vec![Notice::ShareNotHere(Unclaimed::Unknown)]);
    assert_eq!(effects, vec![Effect::Focus(Focus::Notices)], "in view and to the keyboard, also far down the page");
    // Another unclaimed link replaces it: one notice, about the link in the address now.
    let (session, _) = session.step(Action::ShareLinkUnclaimed(Some(Unclaimed::NotOnPage(team_title()))));
    assert_eq!(session.notices, vec![Notice::ShareNotHere(Unclaimed::NotOnPage(team_title()))]);
    // The address no longer holds it (another widget's link, or an ordinary anchor): it goes.
    let (cleared, effects) = session.clone().step(Action::ShareLinkUnclaimed(None));
    assert_eq!((cleared.notices.len(), effects.len()), (0, 0));
    // A link for this widget, or starting over, clears it too.
    assert!(session.apply(Action::StartOver).notices.is_empty());
}

#[test]
fn share_links_start_from_the_pages_own_web_address() {
    assert_eq!(link_base("https://example.nl/checklist/", None).as_deref(), Some("https://example.nl/checklist/"));
    assert_eq!(link_base("http://localhost:8080/a?b=1#x", None).as_deref(), Some("http://localhost:8080/a?b=1"));
    // A hosted address is for copies without one; a page on the web is its own best address.
    assert_eq!(
        link_base("https://example.nl/a", Some("https://elders.example/b")).as_deref(),
        Some("https://example.nl/a")
    );
}

#[test]
fn a_copy_opened_from_disk_uses_the_hosted_address_or_none_never_a_local_path() {
    let local = "file:///home/anna/Downloads/checklist.html";
    assert_eq!(
        link_base(local, Some("https://example.nl/checklist/")).as_deref(),
        Some("https://example.nl/checklist/")
    );
    assert_eq!(link_base(local, Some(" https://example.nl/c\t#old")).as_deref(), Some("https://example.nl/c"));
    for hosted in [
        None,
        Some(""),
        Some("javascript:alert(1)"),
        Some("file:///srv/c.html"),
        Some("mailto:a@b.nl"),
        Some("checklist.html"),
        Some("//example.nl/c"),
    ] {
        assert_eq!(link_base(local, hosted), None, "{hosted:?}");
    }
    for page in ["about:srcdoc", "blob:https://example.nl/1", "data:text/html,x", ""] {
        assert_eq!(link_base(page, None), None, "{page}");
    }
}

#[test]
fn copying_on_a_copy_from_disk_copies_the_hosted_link_or_nothing() {
    let session = Session::new(mini(), Lang::Nl).apply(Action::Answer { item: 0, answer: Answer::Scale(2) });
    let local = "file:///C:/Users/anna/checklist.html".to_string();
    let (_, effects) = session.clone().step(Action::CopyShareLink { page: local.clone(), hosted: None });
    assert_eq!(effects, vec![], "nothing on the clipboard");
    assert_eq!(session.share_link_from(&local, None), None);
    let hosted = Some("https://example.nl/checklist".to_string());
    let (_, effects) = session.clone().step(Action::CopyShareLink { page: local.clone(), hosted: hosted.clone() });
    assert_eq!(effects, vec![Effect::CopyText("https://example.nl/checklist#ckl=mini.1.2-----------".into())]);
    assert_eq!(
        session.share_link_from(&local, hosted.as_deref()).as_deref(),
        Some("https://example.nl/checklist#ckl=mini.1.2-----------")
    );
}

#[test]
fn the_texts_say_why_no_link_can_be_made_in_both_languages() {
    let nl = checklist_core::ui_text::ui(Lang::Nl).share_unavailable;
    let en = checklist_core::ui_text::ui(Lang::En).share_unavailable;
    assert!(nl.starts_with("Vanuit deze kopie kan de checklist geen link maken die bij een ander werkt"));
    assert!(en.starts_with("From this copy the checklist cannot make a link that works for someone else"));
}

#[test]
fn the_site_may_give_the_hosted_page_in_site_toml_only_as_a_web_address() {
    let (name, source) = common::content_file("site.toml");
    let site = checklist_core::source::parse_site(&name, &source).expect("site.toml is valid");
    assert_eq!(site.share_page, None, "no address unless the site gives one");
    let given = format!("share_page = \" https://www.example.nl/checklists/\"\n{source}");
    let site = checklist_core::source::parse_site(&name, &given).expect("an https address is fine");
    assert_eq!(site.share_page, Some("https://www.example.nl/checklists/"));
    for bad in ["file:///home/anna/checklist.html", "javascript:alert(1)", "checklists.html", "mailto:a@b.nl"] {
        let given = format!("share_page = \"{bad}\"\n{source}");
        let errors = checklist_core::source::parse_site(&name, &given).expect_err(bad);
        assert_eq!(errors.len(), 1);
        let message = errors[0].to_string();
        assert!(
            message.starts_with("content/site.toml:1: share_page: give a full http:// or https:// address"),
            "{message}"
        );
    }
}

/// A team version (a checklist that mirrors another) is opened by the widget of the checklist
/// it mirrors: its links are that widget's, not unclaimed.
#[test]
fn a_team_versions_links_belong_to_the_widget_of_the_checklist_it_mirrors() {
    let mirror = common::MINI.replacen("id = \"mini\"", "id = \"mini-team\"\nmirrors = \"mini\"", 1);
    let files = [("mini.toml".to_string(), common::MINI.to_string()), ("mini-team.toml".to_string(), mirror)];
    let all: &'static [&'static checklist_core::model::Instrument] =
        checklist_core::source::parse_all(&files).expect("valid").leak();
    let team_version = all.iter().find(|i| i.id == "mini-team").unwrap().title;
    for fragment in ["#ckl=mini-team.1.5555", "#ckl-open=mini-team", "#ckl=mini.1.5"] {
        assert_eq!(unclaimed(fragment, &["mini"], all), None, "{fragment}");
        assert!(unclaimed(fragment, &["other"], all).is_some(), "{fragment}");
    }
    assert_eq!(unclaimed("#ckl-open=mini-team", &["other"], all), Some(Unclaimed::NotOnPage(team_version)));
    assert_eq!(unclaimed("#ckl-open=", &["mini"], all), Some(Unclaimed::Unknown));
    assert_eq!(unclaimed("#ckl-open=nothing", &["mini"], all), Some(Unclaimed::Unknown));
}
