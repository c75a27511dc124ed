mod common;

use checklist_core::date::Date;
use checklist_core::lang::Lang;
use checklist_core::scoring::score_instrument;
use checklist_core::source::parse_instrument;
use checklist_core::summary::{capitalised, escape_html, file_name, Report};
use common::{answers, context, mini, site, MINI};

const DATE: Date = Date { year: 2026, month: 11, day: 22 };

#[test]
fn file_names_carry_the_checklist_and_the_date() {
    assert_eq!(file_name(mini(), DATE, "html"), "checklist-mini-2026-11-22.html");
    assert_eq!(file_name(mini(), DATE, "md"), "checklist-mini-2026-11-22.md");
}

#[test]
fn capitalised_raises_ascii_and_latin_1_first_letters_only() {
    assert_eq!(capitalised("configuratie verandert"), "Configuratie verandert");
    assert_eq!(capitalised("één stap"), "Één stap");
    assert_eq!(capitalised("über"), "Über");
    assert_eq!(capitalised("÷ x"), "÷ x");
    assert_eq!(capitalised("(bijna) nooit"), "(bijna) nooit");
    assert_eq!(capitalised(""), "");
}

#[test]
fn escape_html_escapes_every_markup_character() {
    assert_eq!(
        escape_html(r#"<a href="x" onclick='y'>&</a>"#),
        "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    );
}

#[test]
fn the_html_summary_shows_scores_bands_and_texts_in_the_chosen_language() {
    let mini = mini();
    let given = answers(mini, "3333 5555 1?11");
    let results = score_instrument(mini, &given);
    let html = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[])).to_html();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"nl\">"));
    assert!(html.contains("Samenvatting — Mini-checklist"));
    assert!(html.contains("Ingevuld op 22 november 2026"));
    assert!(!html.contains("Totaalscore"), "no overall score: an average of different themes says little");
    assert!(html.contains("<tr><th scope=\"row\">Twee</th><td>Verankerd</td><td>(bijna) altijd</td><td>100</td></tr>"));
    assert!(html.contains("Je antwoorden liggen rond ‘(bijna) altijd’ Twee verankerd."));
    assert!(html.contains("Bouw hierop: Twee"));
    assert!(html.contains("Begin hier: Drie"));
    assert!(html.contains("Vraag drie beginnend?"));
    assert!(html.contains("Wat gaat er goed bij ‘Twee’, en hoe kan dat helpen bij ‘Drie’?"));
    assert!(html.contains("<dt>Vraag 3b</dt><dd>weet ik niet</dd>"));
    assert!(html.contains("<h2>Hoe gebruik je dit?</h2>\n<ol>\n<li>Vul apart in.</li>"));
    assert!(!html.contains("<script"), "no scripts in the summary");
    assert!(!html.contains("http"), "no external resources in the summary");

    let english = Report::new(mini, &given, &results, Lang::En, DATE, &context(&[])).to_html();
    assert!(english.contains("Build on this: Two"));
    assert!(english.contains("Completed on 22 November 2026"));
}

#[test]
fn the_markdown_summary_says_the_same() {
    let mini = mini();
    let given = answers(mini, "3333 5555 1111");
    let results = score_instrument(mini, &given);
    let md = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[])).to_markdown();
    assert!(md.starts_with("# Samenvatting — Mini-checklist\n"));
    assert!(md.contains("| Twee | Verankerd | (bijna) altijd | 100 |"));
    assert!(md.contains("## Hoe gebruik je dit?\n\n1. Vul apart in.\n2. Bespreek de verschillen.\n"));
    assert!(md.contains("- Vraag 1a — **3 – soms**"));
}

#[test]
fn unscored_dimensions_say_why_instead_of_a_score() {
    let mini = mini();
    let given = answers(mini, "3333 55.. 1111");
    let results = score_instrument(mini, &given);
    let html = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[])).to_html();
    assert!(html.contains("<tr><th scope=\"row\">Twee</th><td>geen score</td><td>–</td><td>–</td></tr>"));
    assert!(html.contains("Nog geen score: daarvoor zijn minstens 3 antwoorden op de schaal nodig, en je gaf er 2."));
    assert!(html.contains("<dt>Vraag 2c</dt><dd>niet beantwoord</dd>"));
}

#[test]
fn close_or_tied_themes_are_said_to_be_so_instead_of_picked_by_order() {
    let mini = mini();
    let given = answers(mini, "3333 3333 3334");
    let results = score_instrument(mini, &given);
    let html = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[])).to_html();
    assert!(html.contains("Je thema’s liggen dicht bij elkaar"));
    assert!(!html.contains("Bouw hierop") && !html.contains("Begin hier"));
    let given = answers(mini, "5555 5555 1111");
    let results = score_instrument(mini, &given);
    let md = Report::new(mini, &given, &results, Lang::En, DATE, &context(&[])).to_markdown();
    assert!(md.contains("## Start here: Three") && !md.contains("Build on this"));
    assert!(md.contains("a few themes are (almost) level"));
}

#[test]
fn every_content_text_in_the_html_summary_is_escaped() {
    let hostile = MINI
        .replacen("Vraag 1a", "<script>alert(1)</script>", 1)
        .replacen("name = { nl = \"Twee\"", "name = { nl = \"Twee & <b>drie</b>\"", 1)
        .replacen("Twee verankerd.", "Zie \\\"<img src=x onerror=alert(2)>\\\"", 1)
        .replacen("title]\nnl = \"Mini-checklist\"", "title]\nnl = \"Mini <i>'checklist'</i>\"", 1);
    let instrument = parse_instrument("hostile.toml", &hostile).expect("still valid content");
    let given = answers(instrument, "3333 5555 1111");
    let results = score_instrument(instrument, &given);
    let html = Report::new(instrument, &given, &results, Lang::Nl, DATE, &context(&[])).to_html();
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<b>") && !html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Twee &amp; &lt;b&gt;drie&lt;/b&gt;"));
    assert!(html.contains("Zie &quot;&lt;img src=x onerror=alert(2)&gt;&quot;"));
    assert!(html.contains("<title>Samenvatting — Mini &lt;i&gt;&#39;checklist&#39;&lt;/i&gt;</title>"));
}

#[test]
fn the_summaries_end_with_the_invitation_and_the_contact_link_only_when_configured() {
    let mini = mini();
    let given = answers(mini, "3333 5555 1111");
    let results = score_instrument(mini, &given);
    let without = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[]));
    let html = without.to_html();
    assert!(html.contains(&format!("<h2>{}</h2>", site().invitation_title.nl)));
    assert!(!html.contains("<a "), "no contact link, no empty link");
    let with = checklist_core::summary::Context {
        all: &[],
        site: site(),
        contact: Some("mailto:hallo@example.nl?subject=\"x\""),
    };
    let report = Report::new(mini, &given, &results, Lang::En, DATE, &with);
    assert!(report.to_html().contains("<p><a href=\"mailto:hallo@example.nl?subject=%22x%22\">Get in touch</a></p>"));
    assert!(report.to_markdown().contains("[Get in touch](<mailto:hallo@example.nl?subject=%22x%22>)"));
}

#[test]
fn the_summaries_refuse_a_contact_link_that_could_run_script() {
    let mini = mini();
    let given = answers(mini, "3333 5555 1111");
    let results = score_instrument(mini, &given);
    for contact in [
        "java\tscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "data:text/html,x",
        "/relative/contact",
        "java\nscript:alert(1)",
    ] {
        let context = checklist_core::summary::Context { all: &[], site: site(), contact: Some(contact) };
        let report = Report::new(mini, &given, &results, Lang::En, DATE, &context);
        assert!(!report.to_html().contains("<a "), "{contact:?}");
        assert!(!report.to_markdown().contains("Get in touch"), "{contact:?}");
    }
}

#[test]
fn three_or_more_weet_ik_niet_are_mentioned_as_information() {
    let mini = mini();
    let given = answers(mini, "333? 5?55 1?11");
    let results = score_instrument(mini, &given);
    let html = Report::new(mini, &given, &results, Lang::Nl, DATE, &context(&[])).to_html();
    assert!(html.contains("Je koos 3 keer ‘weet ik niet’."));
    let given = answers(mini, "333? 5?55 1111");
    let results = score_instrument(mini, &given);
    let md = Report::new(mini, &given, &results, Lang::En, DATE, &context(&[])).to_markdown();
    assert!(!md.contains("don't know’"), "two are not worth a remark");
}
