mod common;

use checklist_core::source::{parse_instrument, ContentError};
use common::MINI;

/// The fixture with `from` replaced by `to` (exactly once), parsed as `broken.toml`.
fn errors_after(from: &str, to: &str) -> Vec<ContentError> {
    assert_eq!(MINI.matches(from).count(), 1, "the fixture holds ‘{from}’ exactly once");
    let broken = MINI.replacen(from, to, 1);
    parse_instrument("content/broken.toml", &broken).expect_err("the broken file must be rejected")
}

fn line_of(needle: &str) -> usize {
    let offset = MINI.find(needle).expect("needle in fixture");
    MINI[..offset].matches('\n').count() + 1
}

fn assert_one_error(errors: &[ContentError], line: usize, words: &str) {
    assert!(
        errors.iter().any(|e| e.file == "content/broken.toml" && e.line == line && e.message.contains(words)),
        "expected an error on line {line} containing ‘{words}’, got:\n{}",
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn the_fixture_and_the_real_content_files_are_valid() {
    parse_instrument("mini.toml", MINI).expect("fixture");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    let all = common::all_content();
    assert_eq!(all.iter().map(|i| i.id).collect::<Vec<_>>(), ["change", "leadership-team", "leadership", "team"]);
    let mirror = all[1];
    assert_eq!(mirror.mirrors, Some("leadership"));
    let own = all[2];
    assert_eq!(mirror.item_count(), own.item_count(), "one team item for each self-rating item");
    for (team_item, (_, item)) in mirror.items().map(|(_, i)| i).zip(own.items()) {
        assert_eq!(team_item.id, format!("team-{}", item.id), "the team version mirrors item by item, in order");
    }
    for name in ["team.toml", "leadership.toml", "leadership-team.toml"] {
        let path = format!("{dir}/{name}");
        let source = std::fs::read_to_string(&path).expect("content file exists");
        let instrument = parse_instrument(name, &source)
            .unwrap_or_else(|errors| panic!("{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")));
        assert_eq!(instrument.dimensions.len(), 5, "{name}: five dimensions");
        assert!((18..=25).contains(&instrument.item_count()), "{name}: about 20 items, at most five a theme");
        assert!(instrument.dimensions.iter().all(|d| (4..=5).contains(&d.items.len())), "{name}: four or five a theme");
    }
}

#[test]
fn a_dimension_without_items_is_named_with_its_line() {
    let items = "[[dimension.item]]\nid = \"twee-a\"\ntext = { nl = \"Vraag 2a\", en = \"Question 2a\" }\n\
                 [[dimension.item]]\nid = \"twee-b\"\ntext = { nl = \"Vraag 2b\", en = \"Question 2b\" }\n\
                 [[dimension.item]]\nid = \"twee-c\"\ntext = { nl = \"Vraag 2c\", en = \"Question 2c\" }\n\
                 [[dimension.item]]\nid = \"twee-d\"\ntext = { nl = \"Vraag 2d\", en = \"Question 2d\" }\n";
    let errors = errors_after(items, "");
    assert_one_error(&errors, line_of("id = \"twee\""), "dimension ‘twee’ has no items");
}

#[test]
fn a_duplicate_item_id_names_both_lines() {
    let errors = errors_after("id = \"twee-b\"", "id = \"een-c\"");
    let first = line_of("id = \"een-c\"");
    assert_one_error(
        &errors,
        line_of("id = \"twee-b\""),
        &format!("duplicate item id ‘een-c’ (first used on line {first})"),
    );
}

#[test]
fn a_duplicate_dimension_id_is_rejected() {
    let errors = errors_after("id = \"drie\"", "id = \"een\"");
    assert_one_error(&errors, line_of("id = \"drie\""), "duplicate dimension id ‘een’");
}

#[test]
fn a_gap_between_bands_is_rejected() {
    let errors = errors_after("min = 40", "min = 41");
    assert_one_error(&errors, line_of("min = 40"), "gap in the bands: no band covers 40–40");
}

#[test]
fn overlapping_bands_are_rejected() {
    let errors = errors_after("min = 60", "min = 55");
    assert_one_error(&errors, line_of("min = 60"), "bands overlap: band ‘gevorderd’ starts at 55");
}

#[test]
fn bands_that_stop_short_of_100_are_rejected() {
    let errors = errors_after("max = 100", "max = 90");
    assert_one_error(&errors, line_of("max = 100"), "gap in the bands: no band covers 91–100");
}

#[test]
fn a_missing_translation_is_rejected() {
    let errors = errors_after("text = { nl = \"Vraag 2c\", en = \"Question 2c\" }", "text = { nl = \"Vraag 2c\" }");
    assert_one_error(&errors, line_of("text = { nl = \"Vraag 2c\""), "missing field `en`");
}

#[test]
fn an_empty_text_is_rejected() {
    let errors = errors_after("about = { nl = \"De derde.\"", "about = { nl = \"  \"");
    assert_one_error(&errors, line_of("about = { nl = \"De derde.\""), "dimension ‘drie’ about: the nl text is empty");
}

#[test]
fn a_missing_band_text_is_rejected() {
    let band_text = "[dimension.band.gevorderd]\nmeaning = { nl = \"Drie gevorderd.\", en = \"Three advanced.\" }\n\
                     steps = { nl = [\"Stap 1\", \"Stap 2\"], en = [\"Step 1\", \"Step 2\"] }\n\
                     question = { nl = \"Vraag drie gevorderd?\", en = \"Question three advanced?\" }\n";
    let errors = errors_after(band_text, "");
    assert_one_error(&errors, line_of("id = \"drie\""), "dimension ‘drie’ has no text for band ‘gevorderd’");
}

#[test]
fn too_many_steps_are_rejected() {
    let errors = errors_after(
        "steps = { nl = [\"Stap 1\", \"Stap 2\", \"Stap 3\"]",
        "steps = { nl = [\"Stap 1\", \"Stap 2\", \"Stap 3\", \"Stap 4\"]",
    );
    assert_one_error(
        &errors,
        line_of("steps = { nl = [\"Stap 1\", \"Stap 2\", \"Stap 3\"]"),
        "4 nl steps; write 2 or 3",
    );
}

#[test]
fn a_misspelt_key_is_named() {
    let errors = errors_after("[intro]", "[introductie]");
    assert_one_error(&errors, line_of("[intro]"), "unknown field `introductie`");
}

#[test]
fn a_toml_syntax_error_names_its_line() {
    let errors = errors_after("id = \"een-d\"", "id = \"een-d");
    assert_one_error(&errors, line_of("id = \"een-d\""), "");
}

#[test]
fn an_id_with_spaces_or_capitals_is_rejected() {
    let errors = errors_after("id = \"een-b\"", "id = \"Een b\"");
    assert_one_error(&errors, line_of("id = \"een-b\""), "item id ‘Een b’ may only use a–z, 0–9 and ‘-’");
}

#[test]
fn errors_read_as_file_line_message() {
    let errors = errors_after("min = 40", "min = 41");
    assert!(errors[0].to_string().starts_with(&format!("content/broken.toml:{}: ", line_of("min = 40"))));
}

#[test]
fn a_routine_of_one_step_is_rejected() {
    let errors = errors_after(
        "routine = { nl = [\"Vul apart in.\", \"Bespreek de verschillen.\"]",
        "routine = { nl = [\"Vul apart in.\"]",
    );
    assert_one_error(&errors, line_of("routine = "), "guide routine: 1 nl steps; write 2 to 5");
}

#[test]
fn half_a_guide_link_is_rejected() {
    let errors = errors_after("routine = { nl", "link = \"team\"\nroutine = { nl");
    assert_one_error(&errors, line_of("[guide]"), "guide: write both link and link_reason, or neither");
}

/// The fixture as version 2, with `changes` appended.
fn errors_with_changes(changes: &str) -> Vec<ContentError> {
    let source = MINI.replacen("version = 1", "version = 2", 1) + changes;
    parse_instrument("content/broken.toml", &source).expect_err("rejected")
}

#[test]
fn changes_must_name_an_older_version_and_existing_items() {
    let note = "note = { nl = \"Anders.\", en = \"Different.\" }\n";
    let end = MINI.matches('\n').count() + 1;
    let errors = errors_with_changes(&format!("\n[[changes]]\nfrom = 2\nkept = [\"een-a\"]\n{note}"));
    assert!(
        errors
            .iter()
            .any(|e| e.line == end + 2 && e.message.contains("changes: from = 2, but it must be an older version")),
        "{errors:?}"
    );
    let errors = errors_with_changes(&format!("\n[[changes]]\nfrom = 1\nkept = [\"een-a\", \"een-z\"]\n{note}"));
    assert!(
        errors
            .iter()
            .any(|e| e.line == end + 3 && e.message == "changes: kept item ‘een-z’ is not an item of this file"),
        "{errors:?}"
    );
    let source = MINI.replacen("version = 1", "version = 2", 1)
        + &format!("\n[[changes]]\nfrom = 1\nkept = [\"een-a\"]\n{note}");
    let valid = parse_instrument("content/ok.toml", &source).expect("valid");
    assert_eq!(valid.change_from(1).map(|c| c.kept), Some(&["een-a"][..]));
}
