//! The leader seen by the team: a self-rating beside the team's answers to its mirror.
mod common;

use checklist_core::lang::Lang;
use checklist_core::mirror::{compare, MirrorReport, MIN_MEMBERS};
use checklist_core::model::{Instrument, Site};
use checklist_core::share;
use checklist_core::source::parse_all;
use checklist_core::state::{Action, DownloadKind, Effect, Library, Session};
use common::{answers, Apply, MINI, TODAY};

/// The mini checklist and its team version ("mini-team", the same dimensions).
fn pair() -> (&'static Instrument, &'static Instrument, &'static Library) {
    let mirror = MINI.replacen("id = \"mini\"", "id = \"mini-team\"\nmirrors = \"mini\"", 1);
    let files = [("mini.toml".to_string(), MINI.to_string()), ("mini-team.toml".to_string(), mirror)];
    let all = parse_all(&files).unwrap_or_else(|e| panic!("{e:?}")).leak();
    let library = Box::leak(Box::new(Library { all, site: Box::leak(Box::new(Site::EMPTY)) }));
    (all[0], all[1], library)
}

fn member_link(mirror: &Instrument, notation: &str) -> String {
    format!("https://praktijk.example/leiderschap#{}", share::encode(mirror, &answers(mirror, notation)))
}

#[test]
fn a_mirror_must_have_the_same_dimensions() {
    let broken = MINI.replacen("id = \"mini\"", "id = \"mini-team\"\nmirrors = \"mini\"", 1).replacen(
        "id = \"twee\"",
        "id = \"anders\"",
        1,
    );
    let files = [("mini.toml".to_string(), MINI.to_string()), ("mini-team.toml".to_string(), broken)];
    let errors = parse_all(&files).expect_err("other dimension ids");
    assert!(
        errors.iter().any(|e| e.to_string().contains("use the same dimension ids in the same order (een, twee, drie)")),
        "{errors:?}"
    );
    let nowhere = MINI.replacen("id = \"mini\"", "id = \"mini-team\"\nmirrors = \"bestaat-niet\"", 1);
    assert!(parse_all(&[("mini-team.toml".to_string(), nowhere)]).is_err());
}

#[test]
fn the_link_a_leader_sends_opens_the_team_version() {
    let (own, mirror, library) = pair();
    let session = Session::new(own, Lang::Nl).with_library(library);
    let link = session.invite_link("https://praktijk.example/leiderschap", None).expect("mini has a team version");
    assert_eq!(link, "https://praktijk.example/leiderschap#ckl-open=mini-team");
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap();
    assert_eq!(library.instrument_for("mini", fragment).map(|i| i.id), Some("mini-team"));
    // A member's shared result opens there too; anything else leaves the leader's own checklist.
    let shared = member_link(mirror, "5555 5555 5555");
    assert_eq!(library.instrument_for("mini", shared.split_once('#').unwrap().1).map(|i| i.id), Some("mini-team"));
    for other in ["", "#over-ons", "#ckl-open=team", "#ckl=mini.1.5555"] {
        assert_eq!(library.instrument_for("mini", other).map(|i| i.id), Some("mini"), "{other}");
    }
    assert_eq!(library.instrument_for("mini-team", "").map(|i| i.id), Some("mini-team"));
    assert_eq!(
        Session::new(mirror, Lang::Nl).with_library(library).invite_link("https://x.example/", None),
        None,
        "no mirror of a mirror"
    );
    assert_eq!(session.invite_link("file:///home/anna/checklist.html", None), None, "never a path on this computer");
    assert_eq!(
        session
            .invite_link("file:///home/anna/checklist.html", Some("https://praktijk.example/leiderschap"))
            .as_deref(),
        Some("https://praktijk.example/leiderschap#ckl-open=mini-team")
    );
}

#[test]
fn no_team_figures_until_three_members_have_answered() {
    let (own, mirror, library) = pair();
    let leader = Session::new(own, Lang::Nl).with_library(library);
    let mut leader = leader;
    for (item, answer) in answers(own, "5555 4444 2222").as_slice().iter().enumerate() {
        leader = leader.apply(Action::Answer { item, answer: *answer });
    }
    // The overview takes the team version's links, and not the leader's own checklist's.
    let pasted = format!(
        "{}\n{}\n{}",
        member_link(mirror, "3333 3333 3333"),
        member_link(mirror, "2222 4444 4444"),
        member_link(own, "1111 1111 1111")
    );
    let leader = leader.apply(Action::AddTeamLinks(pasted));
    assert_eq!(leader.team.members.len(), 2);
    assert!(leader.team.notes[0].text(Lang::Nl).contains("andere checklist (mini)"), "{:?}", leader.team.notes);

    let report = leader.mirror_report(TODAY).expect("mini has a team version");
    assert_eq!(report.waiting.as_deref(), Some("Nog 1 teamlid nodig: de teamscores verschijnen vanaf 3 teamleden."));
    assert!(
        report.rows.iter().all(|row| row[2..].iter().all(|cell| cell == "–")),
        "no team figure yet: {:?}",
        report.rows
    );
    assert_eq!(report.rows[0][1], "100", "the leader's own score shows");
    assert!(report.gaps.is_empty() && report.differ_most.is_none());

    let leader = leader.apply(Action::AddTeamLinks(member_link(mirror, "4444 2222 3333")));
    let comparison = compare(own, &leader.answers, mirror, &leader.team);
    assert_eq!(comparison.members, MIN_MEMBERS);
    let report = MirrorReport::new(own, &comparison, Lang::Nl, TODAY);
    assert_eq!(report.waiting, None);
    // Own 100, 75, 25; team means of (50, 25, 75) = 50, of (50, 75, 25) = 50, of (50, 75, 50) = 58.
    assert_eq!(report.rows[0], ["Eén", "100", "50 (25–75)", "+50"].map(String::from));
    assert_eq!(report.rows[2][3], "−33");
    assert_eq!(report.differ_most.as_deref(), Some("Hier verschillen jij en je team het meest: Eén"));
    let explained: Vec<&str> = report.gaps.iter().map(|g| g.explain.as_str()).collect();
    assert_eq!(
        explained,
        [
            "Je ziet jezelf hier 50 punten hoger dan je team je ziet.",
            "Je ziet jezelf hier 25 punten hoger dan je team je ziet.",
            "Je team ziet je hier 33 punten hoger dan jij jezelf ziet."
        ]
    );
    assert!(report.gaps.iter().all(|g| !g.question.is_empty()), "a question for each big gap");

    let (_, effects) = leader.step(Action::Download { kind: DownloadKind::TeamHtml, today: TODAY });
    let Some(Effect::Download { contents, .. }) = effects.first() else { panic!("{effects:?}") };
    assert!(contents.contains("<td>100</td><td>50 (25–75)</td><td>+50</td>"), "{contents}");
    assert!(!contents.contains("Link 1") && !contents.contains("praktijk.example"), "nothing that names a member");
}
