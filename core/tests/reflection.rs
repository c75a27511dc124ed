mod common;

use checklist_core::date::Date;
use checklist_core::lang::Lang;
use checklist_core::model::{Instrument, QuadrantReading};
use checklist_core::reading::{read, side, texts, ChangeReading, Side};
use checklist_core::scoring::{position, score_instrument};
use checklist_core::source::{parse_all, parse_instrument, ContentError};
use checklist_core::summary::Report;
use common::{all_content, answers, content_file, context, TODAY};

fn change() -> &'static Instrument {
    all_content().iter().copied().find(|i| i.id == "change").expect("change.toml")
}

/// The reading's ids for the given answers: "verbeteren", "verbeteren|transitie" (a border,
/// low end first) or "centre"; `None` without a position.
fn reading_of(notation: &str) -> Option<(String, u8, u8)> {
    let change = change();
    let results = score_instrument(change, &answers(change, notation));
    let at = position(change, &results)?;
    Some((name(at.reading), at.first, at.second))
}

fn name(reading: ChangeReading) -> String {
    name_in(change().quadrant_reading().unwrap(), reading)
}

fn name_in(content: &QuadrantReading, reading: ChangeReading) -> String {
    let quadrants = content.quadrants;
    match reading {
        ChangeReading::Quadrant(q) => quadrants[q].id.to_string(),
        ChangeReading::Border { quadrants: [a, b], .. } => format!("{}|{}", quadrants[a].id, quadrants[b].id),
        ChangeReading::Centre => "centre".to_string(),
    }
}

#[test]
fn each_corner_of_the_two_axes_is_its_own_form_of_change() {
    assert_eq!(reading_of("1111 1111"), Some(("verbeteren".into(), 0, 0)));
    assert_eq!(reading_of("5555 1111"), Some(("vernieuwen".into(), 100, 0)));
    assert_eq!(reading_of("1111 5555"), Some(("transitie".into(), 0, 100)));
    assert_eq!(reading_of("5555 5555"), Some(("innovatie".into(), 100, 100)));
}

#[test]
fn each_axis_has_a_margin_around_its_middle() {
    let margin = change().quadrant_reading().unwrap().centre_margin;
    assert_eq!(margin, 10);
    assert_eq!(side(39, margin), Side::Low);
    assert_eq!(side(40, margin), Side::Middle, "the margin is inclusive");
    assert_eq!(side(50, margin), Side::Middle, "exactly 50 is neither half");
    assert_eq!(side(60, margin), Side::Middle);
    assert_eq!(side(61, margin), Side::High);
    // A margin of 0 still keeps exactly 50 out of both halves.
    assert_eq!((side(49, 0), side(50, 0), side(51, 0)), (Side::Low, Side::Middle, Side::High));
}

#[test]
fn every_combination_around_the_middle_gives_exactly_one_reading() {
    // Every pair of scores from 30 to 70: the reading follows the two sides, and is one value.
    let content = change().quadrant_reading().unwrap();
    for first in 30..=70u8 {
        for second in 30..=70u8 {
            let expected = match (side(first, 10), side(second, 10)) {
                (Side::Middle, Side::Middle) => "centre",
                (Side::Middle, Side::Low) => "verbeteren|vernieuwen",
                (Side::Middle, Side::High) => "transitie|innovatie",
                (Side::Low, Side::Middle) => "verbeteren|transitie",
                (Side::High, Side::Middle) => "vernieuwen|innovatie",
                (Side::Low, Side::Low) => "verbeteren",
                (Side::High, Side::Low) => "vernieuwen",
                (Side::Low, Side::High) => "transitie",
                (Side::High, Side::High) => "innovatie",
            };
            let reading = read(content, first, second).expect("four quadrants");
            assert_eq!(name_in(content, reading), expected, "at ({first}, {second})");
        }
    }
}

#[test]
fn the_review_runs_no_longer_contradict_themselves() {
    // Run F: all "deels" is 50/50: in motion on both axes, not "Innovatie" plus "Beide tegelijk".
    assert_eq!(reading_of("3333 3333"), Some(("centre".into(), 50, 50)));
    // Run G: a big redesign with a paradigm of exactly 50 is on the border, not Innovatie.
    assert_eq!(reading_of("5555 3333"), Some(("vernieuwen|innovatie".into(), 100, 50)));
    // Run H: 38/44: configuration stays, paradigm in motion; one reading, no centre text.
    assert_eq!(reading_of("2323 3233"), Some(("verbeteren|transitie".into(), 38, 44)));
    // Run E still reads as Transitie.
    assert_eq!(reading_of("2222 4444"), Some(("transitie".into(), 25, 75)));
}

#[test]
fn the_edges_of_the_margin_through_real_answers() {
    // 56 and 44 (one step either side of 50) are in the margin; 63 and 38 are not.
    assert_eq!(reading_of("3334 3332"), Some(("centre".into(), 56, 44)));
    assert_eq!(reading_of("3344 2233"), Some(("vernieuwen".into(), 63, 38)));
    assert_eq!(reading_of("3344 3332"), Some(("vernieuwen|innovatie".into(), 63, 44)));
    // With three answers on an axis the steps are 8 points: 42 and 58 are in the margin.
    assert_eq!(reading_of("?332 3333"), Some(("centre".into(), 42, 50)));
    assert_eq!(reading_of("?344 1111"), Some(("vernieuwen".into(), 67, 0)));
}

#[test]
fn without_enough_answers_on_an_axis_there_is_no_position() {
    assert_eq!(reading_of("55?? 5555"), None);
    assert_eq!(reading_of("5555 ...."), None);
    assert_eq!(reading_of("???? ????"), None, "all ‘weet ik niet’: no reading at all");
    assert_eq!(reading_of("???? 5555"), None);
}

#[test]
fn a_reflection_names_no_strongest_or_weakest() {
    let change = change();
    let results = score_instrument(change, &answers(change, "5555 1111"));
    // The highlight rule works on any results; the reflection's screen and summary never use it.
    let html = Report::new(change, &answers(change, "5555 1111"), &results, Lang::Nl, TODAY, &context(all_content()))
        .to_html();
    assert!(!html.contains("Bouw hierop") && !html.contains("Begin hier"));
}

#[test]
fn each_reading_shows_one_text_its_steps_and_where_to_go_next() {
    let reading = change().quadrant_reading().unwrap();
    let at = |first, second| texts(reading, read(reading, first, second).unwrap(), Lang::Nl);

    let corner = at(100, 0);
    assert_eq!(corner.heading, "Je verandering: Vernieuwen");
    assert!(corner.neighbours.is_empty() && !corner.asks.is_empty() && corner.capacities.is_some());
    assert!(corner.steps.iter().any(|s| s.contains("MT")), "compare with the management team");
    assert_eq!(corner.next.iter().map(|n| n.0).collect::<Vec<_>>(), ["team"]);

    let border = at(100, 50);
    assert_eq!(border.heading, "Op de grens tussen Vernieuwen en Innovatie");
    assert_eq!(border.neighbours.iter().map(|n| n.0).collect::<Vec<_>>(), ["Vernieuwen", "Innovatie"]);
    assert!(border.asks.is_empty() && border.capacities.is_none(), "no quadrant's full text on a border");
    assert!(border.steps.iter().any(|s| s.contains("MT")));
    assert_eq!(border.next.iter().map(|n| n.0).collect::<Vec<_>>(), ["team", "leadership"]);

    let same_checklist = at(20, 50);
    assert_eq!(same_checklist.heading, "Op de grens tussen Verbeteren en Transitie");
    assert_eq!(same_checklist.next.iter().map(|n| n.0).collect::<Vec<_>>(), ["team", "leadership"]);
    let low_border = at(50, 0);
    assert_eq!(low_border.next.iter().map(|n| n.0).collect::<Vec<_>>(), ["team"], "each checklist once");

    let centre = at(50, 50);
    assert_eq!(centre.heading, "In beweging op beide assen");
    assert!(centre.neighbours.is_empty() && centre.asks.is_empty());
    assert!((2..=3).contains(&centre.steps.len()));
    assert_eq!(centre.next.iter().map(|n| n.0).collect::<Vec<_>>(), ["team", "leadership"]);

    // The English is there too.
    let english = texts(reading, read(reading, 50, 100).unwrap(), Lang::En);
    assert_eq!(english.heading, "On the border between Transition and Innovation");
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
    assert!(html.contains("<li>Configuratie verandert (100 van 100)</li>"));
    assert!(html.contains("<h2>Je verandering: Vernieuwen</h2>"));
    assert!(html.contains("<h3>Doe hierna: Checklist teams</h3>"));
    assert!(html.contains("<h2>Hoe gebruik je dit?</h2>"));
    assert!(!html.contains("<script"));

    let english = Report::new(change, &given, &results, Lang::En, date, &context(all)).to_markdown();
    assert!(english.contains("## Your change: Renewing"));
    assert!(english.contains("### Next: Team checklist"));

    let near = answers(change, "3333 3333");
    let results = score_instrument(change, &near);
    let md = Report::new(change, &near, &results, Lang::Nl, date, &context(all)).to_markdown();
    assert!(md.contains("## In beweging op beide assen"));
    assert!(md.contains("- Configuratie in beweging (50 van 100)"));
    assert!(!md.contains("Je verandering:"), "never a quadrant next to the centre");
    assert!(md.contains("### Doe hierna: Checklist teams") && md.contains("### Doe hierna: Checklist leiderschap"));

    let border = answers(change, "2323 3233");
    let results = score_instrument(change, &border);
    let md = Report::new(change, &border, &results, Lang::Nl, date, &context(all)).to_markdown();
    assert!(md.contains("## Op de grens tussen Verbeteren en Transitie"));
    assert!(!md.contains("Je verandering:") && !md.contains("In beweging op beide assen"));
}

#[test]
fn a_new_reading_field_is_required_and_named() {
    let errors = reflection_errors("middle = { nl = \"paradigma in beweging\", en = \"paradigm in motion\" }\n", "");
    assert!(errors.iter().any(|e| e.message.contains("missing field `middle`")), "{errors:?}");
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
