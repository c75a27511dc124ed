mod common;

use checklist_core::lang::Lang;
use checklist_core::results_file;
use checklist_core::team::{summarise, FileProblem, Team, TeamReport};
use common::{answers, mini};

fn file(notation: &str) -> String {
    results_file::to_json(mini(), &answers(mini(), notation), None)
}

#[test]
fn three_members_and_one_broken_file() {
    let mini = mini();
    let mut team = Team::default();
    team.add_file(mini, "a.json", &file("5555 3333 1111"));
    team.add_file(mini, "b.json", &file("4444 3333 5555"));
    team.add_file(mini, "kapot.json", "{\"format\":");
    team.add_file(mini, "c.html", &file("3333 3333 3333"));
    assert_eq!(team.members.len(), 3);
    assert_eq!(team.notes.len(), 1);
    assert_eq!((team.notes[0].file.as_str(), &team.notes[0].problem), ("kapot.json", &FileProblem::Unreadable));

    let summary = summarise(mini, &team);
    assert_eq!(summary.members, 3);
    let first = summary.dimensions[0];
    // 100, 75, 50 → mean 75, lowest 50, highest 100.
    assert_eq!((first.scored, first.mean, first.lowest, first.highest), (3, Some(75), Some(50), Some(100)));
    assert_eq!(summary.dimensions[1].spread(), Some(0));
    // 0, 100, 50: the widest spread.
    assert_eq!(summary.disagree_most, Some(2));
}

#[test]
fn each_file_that_cannot_count_gets_its_own_reason() {
    let mini = mini();
    let mut team = Team::default();
    team.add_file(mini, "a.json", &file("5555 3333 1111"));
    team.add_file(mini, "a.json", &file("5555 3333 1111"));
    team.add_file(mini, "team.json", &file("5555 3333 1111").replace("\"mini\"", "\"team\""));
    team.add_file(mini, "old.json", &file("5555 3333 1111").replace("\"version\":1", "\"version\":0"));
    team.add_file(mini, "empty.json", &file(".... .... ...."));
    team.add_file(mini, "newer.json", &file("5555 3333 1111").replace("\"version\":1", "\"version\":2"));
    team.add_file(mini, "future.json", &file("5555 3333 1111").replace("\"schema\":1", "\"schema\":7"));
    let problems: Vec<_> = team.notes.iter().map(|n| (n.file.as_str(), n.problem.clone())).collect();
    assert_eq!(
        problems,
        vec![
            ("a.json", FileProblem::Duplicate("a.json".into())),
            ("team.json", FileProblem::OtherChecklist("team".into())),
            ("old.json", FileProblem::TooOld(0)),
            ("empty.json", FileProblem::NothingScored),
            ("newer.json", FileProblem::OtherVersion),
            ("future.json", FileProblem::Newer),
        ]
    );
    assert_eq!(team.members.len(), 1);
    assert_eq!(summarise(mini, &team).disagree_most, None, "one member cannot disagree");
}

#[test]
fn members_with_the_same_answers_each_count() {
    let mini = mini();
    let mut team = Team::default();
    // Straight answers are common: two members, two files, the same answers.
    team.add_file(mini, "checklist-mini-2026-12-03.json", &file("3333 3333 3333"));
    team.add_file(mini, "checklist-mini-2026-12-03 (1).json", &file("3333 3333 3333"));
    team.add_file(mini, "van-sam.json", &file("3333 3333 3333"));
    assert_eq!(team.members.len(), 3);
    assert!(team.notes.is_empty());
    assert_eq!(summarise(mini, &team).members, 3);
}

#[test]
fn the_team_summary_shows_the_figures_and_where_to_start_talking() {
    let mini = mini();
    let mut team = Team::default();
    team.add_file(mini, "anna.json", &file("5555 3333 1111"));
    team.add_file(mini, "bram.json", &file("4444 3333 5555"));
    let report = TeamReport::new(mini, &summarise(mini, &team), Lang::Nl, common::TODAY);
    let html = report.to_html();
    assert!(html.contains("<h1>Teamoverzicht — Mini-checklist</h1>"));
    assert!(html.contains("2 teamleden"));
    assert!(html.contains("<tr><th scope=\"row\">Eén</th><td>88</td><td>75</td><td>100</td></tr>"));
    assert!(html.contains("Hier verschillen jullie het meest: Drie"));
    assert!(html.contains("De scores lopen 100 punten uiteen."));
    assert!(html.contains("Vraag drie ontwikkelend?"), "the question for the team's mean band (50)");
    assert!(!html.contains("anna") && !html.contains("bram"), "no file names, which may be people's names");
    let md = TeamReport::new(mini, &summarise(mini, &team), Lang::En, common::TODAY).to_markdown();
    assert!(md.contains("| One | 88 | 75 | 100 |"));
    assert!(md.contains("2 team members"));
}

#[test]
fn a_file_that_counts_in_part_says_which_answers_do_not() {
    let mini = mini();
    let mut team = Team::default();
    let edited = file("5555 3333 1111").replacen("\"een-a\":5", "\"een-a\":8,\"een-z\":3", 1);
    team.add_file(mini, "met-de-hand.json", &edited);
    assert_eq!(team.members.len(), 1, "the rest of the file counts");
    let [note] = &team.notes[..] else { panic!("one note: {:?}", team.notes) };
    assert_eq!(
        note.text(Lang::Nl),
        "met-de-hand.json: meegeteld. 2 antwoorden tellen niet mee: ‘een-a’: 8 is geen waarde op de schaal; ‘een-z’ is geen uitspraak van deze checklist."
    );

    // Version 1 on a version 2 page: counted where the statements kept their meaning.
    let v2_source = common::MINI.replacen("version = 1", "version = 2", 1)
        + "\n[[changes]]\nfrom = 1\nkept = [\"een-a\", \"een-b\", \"een-c\", \"twee-a\", \"twee-b\", \"twee-c\"]\nnote = { nl = \"x\", en = \"x\" }\n";
    let v2 = checklist_core::source::parse_instrument("mini-v2.toml", &v2_source).expect("valid");
    let mut team = Team::default();
    team.add_file(v2, "oud.json", &file("5555 3333 1111"));
    assert_eq!(team.members.len(), 1);
    assert_eq!(team.members[0].answers.given_count(), 6);
    assert_eq!(team.notes[0].text(Lang::En).split(',').next(), Some("oud.json: counted"));
    assert_eq!(team.notes[0].problem, FileProblem::Older(1));
}

fn link(notation: &str) -> String {
    format!("https://praktijk.example/checklist#{}", checklist_core::share::encode(mini(), &answers(mini(), notation)))
}

#[test]
fn share_links_are_found_in_pasted_chat_messages() {
    let (a, b) = (link("5555 3333 1111"), link("1111 3333 5555"));
    let pasted =
        format!("Anna 09:12\nHier is de mijne: {a}.\nBram: {b}, succes!\n#geenlink ckl=mini.1.5555 {a}#ckl=mini.1.55");
    let found = checklist_core::share::find_in_text(&pasted);
    let token = |l: &str| l.split_once('#').unwrap().1.to_string();
    assert_eq!(
        found,
        vec![token(&a), token(&b), token(&a), "ckl=mini.1.55".to_string()],
        "the bare ckl= without # is prose"
    );
}

#[test]
fn a_team_from_five_pasted_links_says_why_each_that_cannot_count_does_not() {
    let mini = mini();
    let mut team = Team::default();
    let other = link("3333 3333 3333").replace("ckl=mini.1.", "ckl=team.2.");
    let pasted = [
        link("5555 3333 1111"),
        link("1111 3333 5555"),
        format!("en de mijne {}", link("3333 3333 3333")),
        link("5555 3333 1111"),
        link("4444 4444 4444").trim_end_matches("4444").to_string(),
        other,
    ]
    .join("\n");
    team.add_links(mini, &pasted);
    assert_eq!(team.members.iter().map(|m| m.file.as_str()).collect::<Vec<_>>(), ["Link 1", "Link 2", "Link 3"]);
    let notes: Vec<String> = team.notes.iter().map(|n| n.text(Lang::Nl)).collect();
    assert_eq!(notes.len(), 3, "{notes:?}");
    assert!(
        notes[0]
            .starts_with("#ckl=mini.1.555533331111: niet nogmaals meegeteld, want het is dezelfde link als Link 1."),
        "{}",
        notes[0]
    );
    assert!(
        notes[1].ends_with("niet meegeteld, want de link is niet compleet of beschadigd. Vraag om de hele link."),
        "{}",
        notes[1]
    );
    assert!(notes[2].contains("resultaten van een andere checklist (team)"), "{}", notes[2]);
    assert_eq!(summarise(mini, &team).members, 3);

    let mut nothing = Team::default();
    nothing.add_links(mini, "hoi allemaal, zie de bijlage");
    assert_eq!(nothing.notes[0].text(Lang::En), "There is no shared checklist link in the pasted text.");

    // Kept with the rest: a reload knows them as links, and the next link is Link 4.
    let reloaded =
        checklist_core::team::from_json(mini, &checklist_core::team::to_json(mini, &team)).expect("readable");
    assert_eq!(reloaded.members, team.members);
    let mut reloaded = reloaded;
    reloaded.add_links(mini, &link("2222 2222 2222"));
    assert_eq!(reloaded.members.last().map(|m| m.file.as_str()), Some("Link 4"));
}
