//! The results as the visitor reads them: one [`Report`] (the view model) that the results
//! screen, the HTML summary and the Markdown summary all render.
//!
//! Rendered from one model, the three always say the same. The HTML has no scripts
//! and no external resources: it opens, reads and prints anywhere. Every text placed in it goes
//! through [`escape_html`].

use std::fmt::Write as _;

use crate::answers::{Answer, Answers};
use crate::chart::{bars_chart, quadrant_chart, Node};
use crate::date::Date;
pub use crate::escape::escape_html;
use crate::history::{self, Attempt};
use crate::lang::Lang;
use crate::links;
use crate::model::{Instrument, QuadrantReading, Site};
use crate::reading::{axis_in_words, texts, ReadingTexts};
use crate::results_file;
use crate::scoring::{anchor, highlights, position, unknown_worth_saying, DimensionResult, Position, Results};
use crate::ui_text::{fill, ui, UiText};

/// `checklist-team-2026-11-22.html`
pub fn file_name(instrument: &Instrument, date: Date, extension: &str) -> String {
    format!("checklist-{}-{}.{}", instrument.id, date.iso(), extension)
}

/// What a summary needs besides the answers: the other instruments (a reflection names the
/// checklist to do next), the shared texts, and the contact link the page configured.
pub struct Context<'a> {
    pub all: &'a [&'a Instrument],
    pub site: &'a Site,
    pub contact: Option<&'a str>,
}

/// Everything the results screen and both summaries say, in the visitor's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub lang: Lang,
    /// The summary's title: "Samenvatting — Checklist teams".
    pub title: String,
    /// The results screen's heading: "Je resultaten — …", or whose they are for a share link.
    pub heading: String,
    /// "Je hebt deze checklist 3 keer volledig ingevuld; …", when there is an earlier attempt.
    pub history_note: Option<String>,
    pub completed_on: String,
    pub body: ReportBody,
    pub answers: Vec<AnswerGroup>,
    pub invitation: Invitation,
    /// "Hoe gebruik je dit": the routine, and the checklist that goes with this one.
    pub guide: GuideReport,
    /// The answers as a results file: the HTML summary carries it, so it can be imported again.
    pub results_json: String,
}

/// "Start small and close to home, or talk to the practice": ends every summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub title: &'static str,
    pub text: &'static str,
    /// (label, href), only when the page configured a contact link.
    pub contact: Option<(&'static str, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuideReport {
    pub routine: &'static [&'static str],
    /// "Past hierbij: Checklist leiderschap", and why.
    pub link: Option<NextChecklist>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReportBody {
    Checklist(ChecklistReport),
    Reflection(ReflectionReport),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChecklistReport {
    /// Why no theme (or not both) is named as strongest or weakest, when that is so. There is
    /// no overall score: an average of different themes says little.
    pub spread_note: Option<&'static str>,
    /// "Wat gaat er goed bij X, en hoe kan dat helpen bij Y?", when both are named.
    pub bridge: Option<String>,
    /// "Je koos 4 keer ‘weet ik niet’…", when that is worth saying.
    pub unknown_note: Option<String>,
    /// The scores as bars (SVG elements, see [`crate::chart`]); the table beside it carries the
    /// same figures for screen readers.
    pub chart: Node,
    pub band_note: &'static str,
    pub rows: Vec<ReportRow>,
    pub highlights: Vec<Highlight>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportRow {
    pub dimension: &'static str,
    pub score: String,
    /// "63 van 100", or the note why there is no score yet.
    pub score_text: String,
    pub band: String,
    /// The scale answer the score stands for ("vaak"), or "–".
    pub anchor: String,
    /// "je antwoorden liggen rond ‘vaak’" and "score 63 van 100", for the results screen.
    pub around: String,
    pub score_secondary: String,
    /// The band's text alone (the screen shows the anchor beside the level).
    pub meaning: &'static str,
    /// The band text, or which answers are still missing.
    pub explanation: String,
    /// Items still without a scale answer when there is no score: (text, answered "weet ik niet").
    pub missing: Vec<(&'static str, bool)>,
    /// "+6 sinds 1 februari 2026", when an earlier attempt is known.
    pub change: Option<String>,
}

/// "Bouw hierop" and "Begin hier".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    /// "Bouw hierop" (the strongest dimension) rather than "Begin hier".
    pub build_on: bool,
    pub label: &'static str,
    pub dimension: &'static str,
    pub meaning: &'static str,
    pub steps: &'static [&'static str],
    pub question: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReflectionReport {
    /// Per axis: "Configuratie: 63 van 100", or why there is no score yet.
    pub axes: Vec<String>,
    /// The same per axis, as rows for the results screen.
    pub rows: Vec<ReportRow>,
    /// `None` until both axes have enough answers.
    pub reading: Option<QuadrantReport>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuadrantReport {
    /// The 2×2 (SVG elements, see [`crate::chart`]).
    pub chart: Node,
    /// The position in words: the chart's caption.
    pub words: String,
    /// The one reading: a quadrant, a border or the centre.
    pub texts: ReadingTexts,
    /// The checklists to do next, each once.
    pub next: Vec<NextChecklist>,
}

/// "Doe hierna: Checklist teams", why, and the words of a link to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextChecklist {
    pub id: &'static str,
    pub heading: String,
    pub reason: &'static str,
    /// "Naar de checklist teams"
    pub go_to: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerGroup {
    pub dimension: &'static str,
    pub answers: Vec<(&'static str, String)>,
}

fn answer_label(instrument: &Instrument, answer: Answer, lang: Lang, text: &UiText) -> String {
    match answer {
        Answer::Open => text.not_answered.to_string(),
        Answer::Unknown => instrument.unknown.get(lang).to_string(),
        Answer::Scale(value) => match instrument.scale_label(value) {
            Some(label) => format!("{value} – {}", label.get(lang)),
            None => value.to_string(),
        },
    }
}

/// "Nog geen score: 1 van de minstens 3 nodige antwoorden gegeven."
pub fn too_few_answers(lang: Lang, answered: usize, needed: usize) -> String {
    fill(ui(lang).too_few_answers, &[("n", &answered.to_string()), ("needed", &needed.to_string())])
}

impl Report {
    pub fn new(
        instrument: &Instrument,
        answers: &Answers,
        results: &Results,
        lang: Lang,
        date: Date,
        context: &Context,
    ) -> Report {
        let all = context.all;
        let text = ui(lang);
        let body = match instrument.quadrant_reading() {
            None => ReportBody::Checklist(checklist_report(instrument, answers, results, lang)),
            Some(reading) => {
                ReportBody::Reflection(reflection_report(instrument, reading, answers, results, lang, all))
            }
        };
        let mut groups: Vec<AnswerGroup> = instrument
            .dimensions
            .iter()
            .map(|d| AnswerGroup { dimension: d.name.get(lang), answers: Vec::new() })
            .collect();
        for (index, (d, item)) in instrument.items().enumerate() {
            groups[d].answers.push((item.text.get(lang), answer_label(instrument, answers.get(index), lang, text)));
        }
        let title_of = |id: &'static str| all.iter().find(|i| i.id == id).map_or(id, |i| i.title.get(lang));
        let guide = GuideReport {
            routine: instrument.guide.routine.get(lang),
            link: instrument.guide.link.as_ref().map(|link| {
                let title = title_of(link.checklist);
                NextChecklist {
                    id: link.checklist,
                    heading: fill(text.goes_with, &[("title", title)]),
                    reason: link.reason.get(lang),
                    go_to: fill(text.go_to_checklist, &[("title", &title.to_ascii_lowercase())]),
                }
            }),
        };
        Report {
            lang,
            guide,
            title: format!("{} — {}", text.summary_of, instrument.title.get(lang)),
            heading: format!("{} — {}", text.results_heading, instrument.title.get(lang)),
            history_note: None,
            completed_on: fill(text.completed_on, &[("date", &date.long(lang))]),
            body,
            answers: groups,
            results_json: results_file::to_json(instrument, answers, Some(date)),
            invitation: Invitation {
                title: context.site.invitation_title.get(lang),
                text: context.site.invitation_text.get(lang),
                // Only a safe absolute link, whatever the caller passes: the file is opened elsewhere.
                contact: context
                    .contact
                    .and_then(links::absolute)
                    .map(|href| (context.site.contact_label.get(lang), href)),
            },
        }
    }
}

impl Report {
    /// Adds the change per dimension since the most recent attempt of an earlier day, and how
    /// many attempts there are.
    pub fn with_history(
        mut self,
        instrument: &Instrument,
        answers: &Answers,
        history: &[Attempt],
        today: Date,
    ) -> Self {
        let Some(earlier) = history::previous(history, answers, today) else { return self };
        let text = ui(self.lang);
        let since = earlier.date.long(self.lang);
        let changes = history::changes(instrument, &earlier.answers, answers);
        let rows = match &mut self.body {
            ReportBody::Checklist(report) => &mut report.rows,
            ReportBody::Reflection(report) => &mut report.rows,
        };
        for (row, change) in rows.iter_mut().zip(changes) {
            row.change =
                change.map(|change| fill(text.change_since, &[("change", &UiText::signed(change)), ("date", &since)]));
        }
        self.history_note = Some(fill(text.attempts_kept, &[("n", &history.len().to_string()), ("date", &since)]));
        self
    }

    /// For someone else's answers from a share link: the heading says so.
    pub fn shared(mut self, instrument: &Instrument) -> Self {
        self.heading = format!("{} — {}", ui(self.lang).shared_results_heading, instrument.title.get(self.lang));
        self
    }
}

/// One row per dimension (or axis): its score and band text, or what is still missing.
fn report_rows(instrument: &Instrument, answers: &Answers, results: &Results, lang: Lang) -> Vec<ReportRow> {
    let text = ui(lang);
    let band_name = |band: usize| instrument.bands.get(band).map_or("", |b| b.name.get(lang)).to_string();
    let item_texts: Vec<&'static str> = instrument.items().map(|(_, item)| item.text.get(lang)).collect();
    instrument
        .dimensions
        .iter()
        .zip(&results.dimensions)
        .map(|(dimension, result)| match result {
            DimensionResult::Scored { score, .. } => {
                let label = instrument.scale[anchor(instrument, score.value)].label.get(lang);
                ReportRow {
                    dimension: dimension.name.get(lang),
                    score: score.value.to_string(),
                    score_text: text.score_out_of(score.value),
                    band: band_name(score.band),
                    anchor: label.to_string(),
                    around: fill(text.answers_around, &[("label", label)]),
                    score_secondary: fill(text.score_secondary, &[("n", &score.value.to_string())]),
                    meaning: dimension.band_texts.get(score.band).map_or("", |t| t.meaning.get(lang)),
                    explanation: format!(
                        "{} {}",
                        capitalised(&fill(text.answers_around, &[("label", label)])),
                        dimension.band_texts.get(score.band).map_or("", |t| t.meaning.get(lang))
                    ),
                    missing: Vec::new(),
                    change: None,
                }
            }
            DimensionResult::TooFewAnswers { answered, needed, unscored_items } => ReportRow {
                dimension: dimension.name.get(lang),
                score: "–".to_string(),
                score_text: too_few_answers(lang, *answered, *needed),
                band: text.not_scored.to_string(),
                anchor: "–".to_string(),
                around: String::new(),
                score_secondary: String::new(),
                meaning: "",
                explanation: too_few_answers(lang, *answered, *needed),
                missing: unscored_items
                    .iter()
                    .filter_map(|&item| Some((*item_texts.get(item)?, answers.get(item) == Answer::Unknown)))
                    .collect(),
                change: None,
            },
        })
        .collect()
}

fn checklist_report(instrument: &Instrument, answers: &Answers, results: &Results, lang: Lang) -> ChecklistReport {
    let text = ui(lang);
    let rows = report_rows(instrument, answers, results, lang);
    let picked = highlights(results);
    let spread_note = if picked.close {
        Some(text.themes_close)
    } else if (picked.build_on.is_none() || picked.start_here.is_none())
        && results.dimensions.iter().filter(|d| d.score().is_some()).count() >= 2
    {
        Some(text.themes_tied)
    } else {
        None
    };
    let mut highlights = Vec::new();
    for (chosen, label) in [(picked.build_on, text.build_on_this), (picked.start_here, text.start_here)] {
        if let Some(d) = chosen {
            if let Some(score) = results.dimensions[d].score() {
                let dimension = &instrument.dimensions[d];
                let band_text = &dimension.band_texts[score.band];
                highlights.push(Highlight {
                    build_on: label == text.build_on_this,
                    label,
                    dimension: dimension.name.get(lang),
                    meaning: band_text.meaning.get(lang),
                    steps: band_text.steps.get(lang),
                    question: band_text.question.get(lang),
                });
            }
        }
    }
    let bridge = picked.build_on.zip(picked.start_here).map(|(strong, weak)| {
        let name = |d: usize| instrument.dimensions[d].name.get(lang);
        fill(text.bridge_question, &[("strong", name(strong)), ("weak", name(weak))])
    });
    ChecklistReport {
        spread_note,
        bridge,
        unknown_note: unknown_worth_saying(answers).map(|n| fill(text.many_unknown, &[("n", &n.to_string())])),
        chart: bars_chart(instrument, results, lang).to_node(),
        band_note: text.band_note,
        rows,
        highlights,
    }
}

/// The first letter in upper case. Latin letters only (ASCII and Latin-1, which has the accented
/// letters of Dutch): Unicode's case tables (`char::to_uppercase`) cost about 6 KB of gzipped wasm.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return String::new() };
    let upper = match first {
        // Latin-1's lower-case letters sit 0x20 above their capitals, as in ASCII; ÷ and ÿ do not.
        'à'..='þ' if first != '÷' => char::from_u32(first as u32 - 0x20).unwrap_or(first),
        _ => first.to_ascii_uppercase(),
    };
    let mut out = String::with_capacity(text.len() + 1);
    out.push(upper);
    out.push_str(chars.as_str());
    out
}

/// "Configuratie verandert (63 van 100); Paradigma in beweging (50 van 100)": the position in words.
pub fn position_in_words(instrument: &Instrument, position: Position, lang: Lang) -> String {
    let Some(reading) = instrument.quadrant_reading() else { return String::new() };
    format!("{}; {}", axis_in_words(reading, 0, position.first, lang), axis_in_words(reading, 1, position.second, lang))
}

fn reflection_report(
    instrument: &Instrument,
    reading: &QuadrantReading,
    answers: &Answers,
    results: &Results,
    lang: Lang,
    all: &[&Instrument],
) -> ReflectionReport {
    let text = ui(lang);
    let axes = instrument
        .dimensions
        .iter()
        .zip(&results.dimensions)
        .enumerate()
        .map(|(i, (axis, result))| match result {
            DimensionResult::Scored { score, .. } => axis_in_words(reading, i, score.value, lang),
            DimensionResult::TooFewAnswers { answered, needed, .. } => {
                format!("{}: {}", axis.name.get(lang), too_few_answers(lang, *answered, *needed))
            }
        })
        .collect();
    let reading = position(instrument, results).map(|position| {
        let texts = texts(reading, position.reading, lang);
        let next = texts
            .next
            .iter()
            .map(|&(id, reason)| {
                let title = all.iter().find(|i| i.id == id).map_or(id, |i| i.title.get(lang));
                NextChecklist {
                    id,
                    heading: fill(text.next_checklist, &[("title", title)]),
                    reason,
                    go_to: fill(text.go_to_checklist, &[("title", &title.to_ascii_lowercase())]),
                }
            })
            .collect();
        let words = position_in_words(instrument, position, lang);
        QuadrantReport {
            chart: quadrant_chart(instrument, reading, position, lang, &words).to_node(),
            words,
            texts,
            next,
        }
    });
    ReflectionReport { axes, rows: report_rows(instrument, answers, results, lang), reading }
}

impl Report {
    pub fn to_html(&self) -> String {
        let text = ui(self.lang);
        let e = escape_html;
        let mut html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"{}\" content=\"{}\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n\
             <h1>{}</h1>\n<p class=\"date\">{}</p>\n",
            self.lang.tag(),
            results_file::META_NAME,
            e(&self.results_json),
            e(&self.title),
            SUMMARY_CSS,
            e(&self.title),
            e(&self.completed_on)
        );
        match &self.body {
            ReportBody::Checklist(report) => checklist_html(&mut html, report, text),
            ReportBody::Reflection(report) => reflection_html(&mut html, report, text),
        }
        // Every answer, for the record: on screen, not in the one- or two-page printed report.
        let _ = writeln!(html, "<section class=\"answers\">\n<h2>{}</h2>", e(text.your_answers));
        for group in &self.answers {
            let _ = writeln!(html, "<h3>{}</h3>\n<dl>", e(group.dimension));
            for (item, answer) in &group.answers {
                let _ = writeln!(html, "<dt>{}</dt><dd>{}</dd>", e(item), e(answer));
            }
            html.push_str("</dl>\n");
        }
        html.push_str("</section>\n");
        guide_html(&mut html, &self.guide, text);
        let invitation = &self.invitation;
        let _ = writeln!(
            html,
            "<section class=\"invitation\">\n<h2>{}</h2>\n<p>{}</p>",
            e(invitation.title),
            e(invitation.text)
        );
        if let Some((label, href)) = &invitation.contact {
            let _ = writeln!(html, "<p><a href=\"{}\">{}</a></p>", e(href), e(label));
        }
        let _ =
            write!(html, "</section>\n<p class=\"note\">{}</p>\n</main>\n</body>\n</html>\n", e(text.summary_privacy));
        html
    }

    pub fn to_markdown(&self) -> String {
        let text = ui(self.lang);
        let mut md = format!("# {}\n\n{}\n", self.title, self.completed_on);
        match &self.body {
            ReportBody::Checklist(report) => checklist_markdown(&mut md, report, text),
            ReportBody::Reflection(report) => reflection_markdown(&mut md, report, text),
        }
        let _ = writeln!(md, "\n## {}", text.your_answers);
        for group in &self.answers {
            let _ = write!(md, "\n### {}\n\n", group.dimension);
            for (item, answer) in &group.answers {
                let _ = writeln!(md, "- {item} — **{answer}**");
            }
        }
        guide_markdown(&mut md, &self.guide, text);
        let _ = writeln!(md, "\n## {}\n\n{}", self.invitation.title, self.invitation.text);
        if let Some((label, href)) = &self.invitation.contact {
            // Angle brackets: a link with `(` or `)` stays one link (the check encoded `<`, `>`, spaces).
            let _ = writeln!(md, "\n[{label}](<{href}>)");
        }
        let _ = writeln!(md, "\n_{}_", text.summary_privacy);
        md
    }
}

fn html_list(html: &mut String, items: &[&str]) {
    html.push_str("<ul>\n");
    for item in items {
        let _ = writeln!(html, "<li>{}</li>", escape_html(item));
    }
    html.push_str("</ul>\n");
}

fn checklist_html(html: &mut String, report: &ChecklistReport, text: &UiText) {
    let e = escape_html;
    let _ = writeln!(html, "<p class=\"note\">{}</p>", e(report.band_note));
    let _ = writeln!(html,
        "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        e(text.per_dimension),
        e(text.dimension),
        e(text.level),
        e(text.answers_around_short),
        e(text.score)
    );
    for row in &report.rows {
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            e(row.dimension),
            e(&row.band),
            e(&row.anchor),
            e(&row.score)
        );
    }
    html.push_str("</tbody>\n</table>\n");
    // `Node::write` escapes every text and attribute in it.
    html.push_str("<figure class=\"chart\">");
    report.chart.write(html);
    html.push_str("</figure>\n");
    if let Some(note) = report.spread_note {
        let _ = writeln!(html, "<p class=\"spread\">{}</p>", e(note));
    }
    if let Some(note) = &report.unknown_note {
        let _ = writeln!(html, "<p class=\"unknown\">{}</p>", e(note));
    }
    for highlight in &report.highlights {
        let _ = writeln!(
            html,
            "<section class=\"highlight\">\n<h2>{}: {}</h2>\n<p>{}</p>\n<h3>{}</h3>",
            e(highlight.label),
            e(highlight.dimension),
            e(highlight.meaning),
            e(text.next_steps)
        );
        html_list(html, highlight.steps);
        let _ = writeln!(html, "<h3>{}</h3>\n<p>{}</p>\n</section>", e(text.to_discuss), e(highlight.question));
    }
    if let Some(bridge) = &report.bridge {
        let _ = writeln!(html, "<p class=\"bridge\">{}</p>", e(bridge));
    }
    let _ = writeln!(html, "<h2>{}</h2>", e(text.what_it_means));
    for row in &report.rows {
        let _ = writeln!(
            html,
            "<h3>{} <span class=\"score\">{} · {}</span></h3>\n<p>{}</p>",
            e(row.dimension),
            e(&row.band),
            e(&row.score),
            e(&row.explanation)
        );
    }
}

fn reflection_html(html: &mut String, report: &ReflectionReport, text: &UiText) {
    let e = escape_html;
    let _ = writeln!(html, "<h2>{}</h2>", e(text.position));
    let axes: Vec<&str> = report.axes.iter().map(String::as_str).collect();
    html_list(html, &axes);
    let Some(reading) = &report.reading else {
        let _ = writeln!(html, "<p class=\"overall\">{}</p>", e(text.position_needs_both));
        return;
    };
    let t = &reading.texts;
    // `Node::write` escapes every text and attribute in it.
    html.push_str("<figure>");
    reading.chart.write(html);
    let _ = writeln!(html, "</figure>\n<h2>{}</h2>\n<p>{}</p>", e(&t.heading), e(t.meaning));
    if !t.neighbours.is_empty() {
        let _ = writeln!(html, "<h3>{}</h3>\n<ul>", e(text.the_two_forms));
        for (name, short) in &t.neighbours {
            let _ = writeln!(html, "<li><strong>{}</strong>: {}</li>", e(name), e(short));
        }
        html.push_str("</ul>\n");
    }
    if !t.asks.is_empty() {
        let _ = writeln!(html, "<h3>{}</h3>", e(text.what_it_asks));
        html_list(html, t.asks);
    }
    if let Some(capacities) = t.capacities {
        let _ = writeln!(html, "<h3>{}</h3>\n<p>{}</p>", e(text.leadership_now), e(capacities));
    }
    let _ = writeln!(html, "<h3>{}</h3>", e(text.next_steps));
    html_list(html, t.steps);
    for NextChecklist { heading: next, reason: why, .. } in &reading.next {
        let _ = writeln!(html, "<h3>{}</h3>\n<p>{}</p>", e(next), e(why));
    }
}

fn guide_html(html: &mut String, guide: &GuideReport, text: &UiText) {
    let e = escape_html;
    let _ = writeln!(html, "<section class=\"guide\">\n<h2>{}</h2>\n<ol>", e(text.how_to_use));
    for step in guide.routine {
        let _ = writeln!(html, "<li>{}</li>", e(step));
    }
    html.push_str("</ol>\n");
    if let Some(link) = &guide.link {
        let _ = writeln!(html, "<h3>{}</h3>\n<p>{}</p>", e(&link.heading), e(link.reason));
    }
    html.push_str("</section>\n");
}

fn guide_markdown(md: &mut String, guide: &GuideReport, text: &UiText) {
    let _ = write!(md, "\n## {}\n\n", text.how_to_use);
    for (i, step) in guide.routine.iter().enumerate() {
        let _ = writeln!(md, "{}. {step}", i + 1);
    }
    if let Some(link) = &guide.link {
        let _ = writeln!(md, "\n### {}\n\n{}", link.heading, link.reason);
    }
}

fn checklist_markdown(md: &mut String, report: &ChecklistReport, text: &UiText) {
    let _ = write!(md, "\n_{}_\n\n", report.band_note);
    let _ = writeln!(
        md,
        "## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---:|",
        text.per_dimension, text.dimension, text.level, text.answers_around_short, text.score
    );
    for row in &report.rows {
        let _ = writeln!(md, "| {} | {} | {} | {} |", row.dimension, row.band, row.anchor, row.score);
    }
    if let Some(note) = report.spread_note {
        let _ = writeln!(md, "\n{note}");
    }
    if let Some(note) = &report.unknown_note {
        let _ = writeln!(md, "\n{note}");
    }
    for highlight in &report.highlights {
        let _ = write!(
            md,
            "\n## {}: {}\n\n{}\n\n### {}\n\n",
            highlight.label, highlight.dimension, highlight.meaning, text.next_steps
        );
        for step in highlight.steps {
            let _ = writeln!(md, "- {step}");
        }
        let _ = writeln!(md, "\n### {}\n\n{}", text.to_discuss, highlight.question);
    }
    if let Some(bridge) = &report.bridge {
        let _ = writeln!(md, "\n**{bridge}**");
    }
    let _ = writeln!(md, "\n## {}", text.what_it_means);
    for row in &report.rows {
        let _ = writeln!(md, "\n### {} ({} · {})\n\n{}", row.dimension, row.band, row.score, row.explanation);
    }
}

fn reflection_markdown(md: &mut String, report: &ReflectionReport, text: &UiText) {
    let _ = write!(md, "\n## {}\n\n", text.position);
    for axis in &report.axes {
        let _ = writeln!(md, "- {axis}");
    }
    let Some(reading) = &report.reading else {
        let _ = writeln!(md, "\n**{}**", text.position_needs_both);
        return;
    };
    let t = &reading.texts;
    let _ = writeln!(md, "\n## {}\n\n{}", t.heading, t.meaning);
    if !t.neighbours.is_empty() {
        let _ = write!(md, "\n### {}\n\n", text.the_two_forms);
        for (name, short) in &t.neighbours {
            let _ = writeln!(md, "- **{name}**: {short}");
        }
    }
    if !t.asks.is_empty() {
        let _ = write!(md, "\n### {}\n\n", text.what_it_asks);
        for ask in t.asks {
            let _ = writeln!(md, "- {ask}");
        }
    }
    if let Some(capacities) = t.capacities {
        let _ = writeln!(md, "\n### {}\n\n{capacities}", text.leadership_now);
    }
    let _ = write!(md, "\n### {}\n\n", text.next_steps);
    for step in t.steps {
        let _ = writeln!(md, "- {step}");
    }
    for NextChecklist { heading: next, reason: why, .. } in &reading.next {
        let _ = writeln!(md, "\n### {next}\n\n{why}");
    }
}

/// Print-friendly and readable on a phone; no external fonts or images.
pub(crate) const SUMMARY_CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1d2327;margin:0;padding:1.5rem}\
main{max-width:44rem;margin:0 auto}h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin-top:2rem}\
h3{font-size:1.05rem;margin-bottom:.25rem}.date,.note{color:#50575e}.overall{font-size:1.2rem;font-weight:600}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #c3c4c7}\
td:nth-child(2){text-align:right}figure{margin:1rem 0}figure svg{display:block;width:100%;max-width:30rem;height:auto}.score{font-weight:400;color:#50575e}.highlight{border-left:4px solid #2e6b57;padding-left:1rem}\
dt{margin-top:.5rem}dd{margin-left:1rem;font-weight:600}@media print{@page{size:A4;margin:12mm 14mm}body{padding:0;font-size:9pt;line-height:1.3}\
h1{font-size:15pt}h2{font-size:11.5pt;margin:.9rem 0 .3rem;break-after:avoid}h3{font-size:10pt;margin:.5rem 0 .15rem;break-after:avoid}\
p,ul{margin:.2rem 0}th,td{padding:.15rem .4rem}section,tr,figure{break-inside:avoid}figure svg{max-width:8.5cm}.answers{display:none}\
}";
