//! The downloadable summaries: a self-contained HTML page and a Markdown text.
//!
//! Both are rendered from one [`Report`], so they always say the same. The HTML has no scripts
//! and no external resources: it opens, reads and prints anywhere. Every text placed in it goes
//! through [`escape_html`].

use crate::answers::{Answer, Answers};
use crate::date::Date;
use crate::lang::Lang;
use crate::model::{Dimension, Instrument};
use crate::scoring::{DimensionResult, Results};
use crate::ui_text::{fill, ui, UiText};

/// `checklist-team-2026-11-22.html`
pub fn file_name(instrument: &Instrument, date: Date, extension: &str) -> String {
    format!("checklist-{}-{}.{}", instrument.id, date.iso(), extension)
}

pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    escaped
}

/// What both summaries say, in the visitor's language.
pub struct Report {
    pub lang: Lang,
    pub title: String,
    pub completed_on: String,
    /// "Totaalscore: 63 van 100 — Gevorderd", or the note why there is none.
    pub overall: String,
    pub band_note: &'static str,
    pub rows: Vec<ReportRow>,
    pub highlights: Vec<Highlight>,
    pub answers: Vec<AnswerGroup>,
}

pub struct ReportRow {
    pub dimension: &'static str,
    pub score: String,
    pub band: String,
    /// The band text, or which answers are still missing.
    pub explanation: String,
}

/// "Bouw hierop" and "Begin hier".
pub struct Highlight {
    pub label: &'static str,
    pub dimension: &'static str,
    pub meaning: &'static str,
    pub steps: &'static [&'static str],
    pub question: &'static str,
}

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

fn highlight(dimension: &Dimension, band: usize, label: &'static str, lang: Lang) -> Highlight {
    let band_text = &dimension.band_texts[band];
    Highlight {
        label,
        dimension: dimension.name.get(lang),
        meaning: band_text.meaning.get(lang),
        steps: band_text.steps.get(lang),
        question: band_text.question.get(lang),
    }
}

impl Report {
    pub fn new(
        instrument: &Instrument,
        answers: &Answers,
        results: &Results,
        lang: Lang,
        date: Date,
    ) -> Report {
        let text = ui(lang);
        let band_name = |band: usize| instrument.bands[band].name.get(lang).to_string();
        let overall = match results.overall {
            Some(score) => format!(
                "{}: {} — {}",
                text.overall_score,
                text.score_out_of(score.value),
                band_name(score.band)
            ),
            None => text.overall_needs_all.to_string(),
        };
        let rows = instrument
            .dimensions
            .iter()
            .zip(&results.dimensions)
            .map(|(dimension, result)| match result {
                DimensionResult::Scored { score, .. } => ReportRow {
                    dimension: dimension.name.get(lang),
                    score: score.value.to_string(),
                    band: band_name(score.band),
                    explanation: dimension.band_texts[score.band]
                        .meaning
                        .get(lang)
                        .to_string(),
                },
                DimensionResult::TooFewAnswers {
                    answered, needed, ..
                } => ReportRow {
                    dimension: dimension.name.get(lang),
                    score: "–".to_string(),
                    band: text.not_scored.to_string(),
                    explanation: fill(
                        text.too_few_answers,
                        &[
                            ("n", &answered.to_string()),
                            ("needed", &needed.to_string()),
                        ],
                    ),
                },
            })
            .collect();
        let mut highlights = Vec::new();
        for (chosen, label) in [
            (results.strongest, text.build_on_this),
            (results.weakest, text.start_here),
        ] {
            if let Some(d) = chosen {
                if let Some(score) = results.dimensions[d].score() {
                    highlights.push(highlight(
                        &instrument.dimensions[d],
                        score.band,
                        label,
                        lang,
                    ));
                }
            }
        }
        let mut groups: Vec<AnswerGroup> = instrument
            .dimensions
            .iter()
            .map(|d| AnswerGroup {
                dimension: d.name.get(lang),
                answers: Vec::new(),
            })
            .collect();
        for (index, (d, item)) in instrument.items().enumerate() {
            groups[d].answers.push((
                item.text.get(lang),
                answer_label(instrument, answers.get(index), lang, text),
            ));
        }
        Report {
            lang,
            title: format!("{} — {}", text.summary_of, instrument.title.get(lang)),
            completed_on: fill(text.completed_on, &[("date", &date.long(lang))]),
            overall,
            band_note: text.band_note,
            rows,
            highlights,
            answers: groups,
        }
    }

    pub fn to_html(&self) -> String {
        let text = ui(self.lang);
        let e = escape_html;
        let mut html = String::new();
        html.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
            self.lang.tag(),
            e(&self.title),
            SUMMARY_CSS
        ));
        html.push_str(&format!(
            "<h1>{}</h1>\n<p class=\"date\">{}</p>\n",
            e(&self.title),
            e(&self.completed_on)
        ));
        html.push_str(&format!(
            "<p class=\"overall\">{}</p>\n<p class=\"note\">{}</p>\n",
            e(&self.overall),
            e(self.band_note)
        ));

        html.push_str(&format!(
            "<h2>{}</h2>\n<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            e(text.per_dimension),
            e(text.dimension),
            e(text.score),
            e(text.level)
        ));
        for row in &self.rows {
            html.push_str(&format!(
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                e(row.dimension),
                e(&row.score),
                e(&row.band)
            ));
        }
        html.push_str("</tbody>\n</table>\n");

        for highlight in &self.highlights {
            html.push_str(&format!(
                "<section class=\"highlight\">\n<h2>{}: {}</h2>\n<p>{}</p>\n<h3>{}</h3>\n<ul>\n",
                e(highlight.label),
                e(highlight.dimension),
                e(highlight.meaning),
                e(text.next_steps)
            ));
            for step in highlight.steps {
                html.push_str(&format!("<li>{}</li>\n", e(step)));
            }
            html.push_str(&format!(
                "</ul>\n<h3>{}</h3>\n<p>{}</p>\n</section>\n",
                e(text.to_discuss),
                e(highlight.question)
            ));
        }

        html.push_str(&format!("<h2>{}</h2>\n", e(text.what_it_means)));
        for row in &self.rows {
            html.push_str(&format!(
                "<h3>{} <span class=\"score\">{} · {}</span></h3>\n<p>{}</p>\n",
                e(row.dimension),
                e(&row.score),
                e(&row.band),
                e(&row.explanation)
            ));
        }

        html.push_str(&format!("<h2>{}</h2>\n", e(text.your_answers)));
        for group in &self.answers {
            html.push_str(&format!("<h3>{}</h3>\n<dl>\n", e(group.dimension)));
            for (item, answer) in &group.answers {
                html.push_str(&format!("<dt>{}</dt><dd>{}</dd>\n", e(item), e(answer)));
            }
            html.push_str("</dl>\n");
        }
        html.push_str(&format!(
            "<p class=\"note\">{}</p>\n</main>\n</body>\n</html>\n",
            e(text.summary_privacy)
        ));
        html
    }

    pub fn to_markdown(&self) -> String {
        let text = ui(self.lang);
        let mut md = format!(
            "# {}\n\n{}\n\n**{}**\n\n_{}_\n\n",
            self.title, self.completed_on, self.overall, self.band_note
        );
        md.push_str(&format!(
            "## {}\n\n| {} | {} | {} |\n|---|---:|---|\n",
            text.per_dimension, text.dimension, text.score, text.level
        ));
        for row in &self.rows {
            md.push_str(&format!(
                "| {} | {} | {} |\n",
                row.dimension, row.score, row.band
            ));
        }
        for highlight in &self.highlights {
            md.push_str(&format!(
                "\n## {}: {}\n\n{}\n\n### {}\n\n",
                highlight.label, highlight.dimension, highlight.meaning, text.next_steps
            ));
            for step in highlight.steps {
                md.push_str(&format!("- {step}\n"));
            }
            md.push_str(&format!(
                "\n### {}\n\n{}\n",
                text.to_discuss, highlight.question
            ));
        }
        md.push_str(&format!("\n## {}\n", text.what_it_means));
        for row in &self.rows {
            md.push_str(&format!(
                "\n### {} ({} · {})\n\n{}\n",
                row.dimension, row.score, row.band, row.explanation
            ));
        }
        md.push_str(&format!("\n## {}\n", text.your_answers));
        for group in &self.answers {
            md.push_str(&format!("\n### {}\n\n", group.dimension));
            for (item, answer) in &group.answers {
                md.push_str(&format!("- {item} — **{answer}**\n"));
            }
        }
        md.push_str(&format!("\n_{}_\n", text.summary_privacy));
        md
    }
}

/// Print-friendly and readable on a phone; no external fonts or images.
const SUMMARY_CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;color:#1d2327;margin:0;padding:1.5rem}\
main{max-width:44rem;margin:0 auto}h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin-top:2rem}\
h3{font-size:1.05rem;margin-bottom:.25rem}.date,.note{color:#50575e}.overall{font-size:1.2rem;font-weight:600}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #c3c4c7}\
td:nth-child(2){text-align:right}.score{font-weight:400;color:#50575e}.highlight{border-left:4px solid #2e6b57;padding-left:1rem}\
dt{margin-top:.5rem}dd{margin-left:1rem;font-weight:600}@media print{body{padding:0}h2{break-after:avoid}section,tr{break-inside:avoid}}";
