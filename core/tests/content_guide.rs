//! Every TOML example in docs/content-format.md is valid content: a whole file on its own, and
//! each snippet added to the whole example before it.

use checklist_core::source::{parse_all, ContentError};

fn toml_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```toml") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

fn show(errors: &[ContentError]) -> String {
    errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_example_in_the_content_guide_validates() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/content-format.md"))
        .expect("the guide exists");
    let blocks = toml_blocks(&guide);
    assert!(blocks.len() >= 4, "the guide has whole examples and snippets");
    let mut whole_files: Vec<(String, String)> = Vec::new();
    let mut snippets = 0;
    for block in blocks {
        if block.starts_with("id = ") {
            whole_files.push((format!("guide-example-{}.toml", whole_files.len() + 1), block));
        } else {
            let (name, whole) = whole_files.last().expect("a snippet follows a whole example");
            let extended = format!("{whole}\n{block}");
            parse_all(&[(name.clone(), extended)])
                .unwrap_or_else(|errors| panic!("snippet after {name}:\n{block}\n{}", show(&errors)));
            snippets += 1;
        }
    }
    assert_eq!(whole_files.len(), 2, "a checklist and a reflection");
    assert_eq!(snippets, 2, "adding a statement, adding a dimension");
    let instruments = parse_all(&whole_files).unwrap_or_else(|errors| panic!("{}", show(&errors)));
    assert!(instruments[1].quadrant_reading().is_some());
}
