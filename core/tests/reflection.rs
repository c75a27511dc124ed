mod common;

use checklist_core::date::Date;
use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::scoring::{position, score_instrument};
use checklist_core::source::{parse_all, parse_instrument, ContentError};
use checklist_core::summary::Report;
use common::{all_content, answers, content_file, context};

fn change() -> &'static Instrument {
    all_content().iter().copied().find(|i| i.id == "change").expect("change.toml")
}

/// (quadrant id, near the centre) for the given answers, or None without a position.
fn reading_of(notation: &str) -> Option<(&'static str, bool, u8, u8)> {
    let change = change();
    let results = score_instrument(change, &answers(change, notation));
    let at = position(change, &results)?;
    let quadrant = change.quadrant_reading().unwrap().quadrants[at.quadrant].id;
    Some((quadrant, at.near_centre, at.first, at.second))
}

#[test]
fn each_corner_of_the_two_axes_is_its_own_form_of_change() {
    assert_eq!(reading_of("1111 1111"), Some(("verbeteren", false, 0, 0)));
    assert_eq!(reading_of("5555 1111"), Some(("vernieuwen", false, 100, 0)));
    assert_eq!(reading_of("1111 5555"), Some(("transitie", false, 0, 100)));
    assert_eq!(reading_of("5555 5555"), Some(("innovatie", false, 100, 100)));
}

#[test]
fn near_the_middle_on_both_axes_reads_as_both_at_once() {
    // 50 counts as the high half, and is within the centre margin (15) of course.
    assert_eq!(reading_of("3333 3333"), Some(("innovatie", true, 50, 50)));
    // 44 is within 15 of 50 on both axes: near; 31 is not, even with the other axis at 50.
    assert_eq!(reading_of("3332 3332"), Some(("verbeteren", true, 44, 44)));
    assert_eq!(reading_of("3222 3333"), Some(("transitie", false, 31, 50)));
    assert_eq!(reading_of("3322 4333"), Some(("transitie", true, 38, 56)));
}

#[test]
fn without_enough_answers_on_an_axis_there_is_no_position() {
    assert_eq!(reading_of("55?? 5555"), None);
    assert_eq!(reading_of("5555 ...."), None);
}

#[test]
fn a_reflection_has_no_overall_score_and_no_strongest_or_weakest() {
    let change = change();
    let results = score_instrument(change, &answers(change, "5555 1111"));
    assert_eq!(results.overall, None);
    assert_eq!((results.strongest, results.weakest), (None, None));
}

#[test]
fn the_summary_shows_the_chart_the_reading_and_the_checklist_to_do_next() {
    let all = all_content();
    let change = change();
    let given = answers(change, "5555 1111");
    let results = score_instrument(change, &given);
    let date = Date { year: 2026, month: 11, day: 22 };
    let html = Report::new(change, &given, &results, Lang::Nl, date, &context(all)).to_html();
    assert!(html.contains("<svg"), "the 2×2 is drawn inline");
    assert!(html.contains("<circle class=\"ckl-position\" cx=\"340\" cy=\"300\""), "the dot at (100, 0)");
    assert!(html.contains("<li>Configuratie: 100 van 100</li>"));
    assert!(html.contains("<h2>Je verandering: Vernieuwen</h2>"));
    assert!(html.contains("<h3>Doe hierna: Checklist teams</h3>"));
    assert!(!html.contains("<script"));

    let english = Report::new(change, &given, &results, Lang::En, date, &context(all)).to_markdown();
    assert!(english.contains("## Your change: Renewing"));
    assert!(english.contains("### Next: Team checklist"));

    let near = answers(change, "3333 3333");
    let results = score_instrument(change, &near);
    let md = Report::new(change, &near, &results, Lang::Nl, date, &context(all)).to_markdown();
    assert!(md.contains("**Beide tegelijk.**"));
}

fn reflection_errors(from: &str, to: &str) -> Vec<ContentError> {
    let (_, source) = content_file("change.toml");
    assert_eq!(source.matches(from).count(), 1, "‘{from}’ once in change.toml");
    parse_instrument("content/change.toml", &source.replacen(from, to, 1)).expect_err("rejected")
}

fn has_error(errors: &[ContentError], words: &str) -> bool {
    errors.iter().any(|e| e.file == "content/change.toml" && e.line > 1 && e.message.contains(words))
}

#[test]
fn a_quadrant_must_say_low_or_high_and_each_corner_needs_exactly_one() {
    let errors = reflection_errors(
        "configuration = \"high\"\nparadigm = \"low\"",
        "configuration = \"midden\"\nparadigm = \"low\"",
    );
    assert!(
        has_error(&errors, "quadrant ‘vernieuwen’: configuration is ‘midden’; write \"low\" or \"high\""),
        "{errors:?}"
    );
    let errors = reflection_errors(
        "configuration = \"high\"\nparadigm = \"high\"",
        "configuration = \"low\"\nparadigm = \"high\"",
    );
    assert!(has_error(&errors, "quadrants ‘transitie’ and ‘innovatie’ cover the same corner"), "{errors:?}");
}

#[test]
fn a_link_to_a_checklist_that_does_not_exist_is_named_with_its_line() {
    let (name, source) = content_file("change.toml");
    let broken = source.replacen("checklist = \"leadership\"", "checklist = \"leiderschap\"", 1);
    let line = broken[..broken.find("checklist = \"leiderschap\"").unwrap()].matches('\n').count() + 1;
    let files = vec![(name, broken), content_file("leadership.toml"), content_file("team.toml")];
    let errors = parse_all(&files).expect_err("rejected");
    assert!(
        errors.iter().any(|e| e.to_string()
            == format!(
                "content/change.toml:{line}: checklist ‘leiderschap’ does not exist; use one of: leadership, team"
            )),
        "{errors:?}"
    );
}

#[test]
fn two_files_with_the_same_id_are_rejected() {
    let (_, team) = content_file("team.toml");
    let files = vec![("content/team.toml".to_string(), team.clone()), ("content/team-copy.toml".to_string(), team)];
    let errors = parse_all(&files).expect_err("rejected");
    assert!(errors
        .iter()
        .any(|e| e.file == "content/team-copy.toml"
            && e.message.contains("id ‘team’ is already used by content/team.toml")));
}
