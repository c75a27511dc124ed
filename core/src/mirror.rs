//! The leader seen by the team: a leader's self-rating beside the team's answers to the mirror
//! checklist ("Mijn leidinggevende …", [`Instrument::mirrors`]), per dimension.
//!
//! Members stay anonymous: no names in the view or the summary, and no team figures at all until
//! [`MIN_MEMBERS`] have answered, because with one or two members the lowest and highest scores
//! are their own answers.

use std::fmt::Write as _;

use crate::answers::Answers;
use crate::date::Date;
use crate::escape::escape_html;
use crate::lang::Lang;
use crate::model::Instrument;
use crate::scoring::score_instrument;
use crate::team::{summarise, summary_page_end, summary_page_start, summary_table, Team, TeamDimension};
use crate::ui_text::{fill, ui, UiText};

/// Team figures appear from this many members on.
pub const MIN_MEMBERS: usize = 3;

/// A difference between self and team of at least this many points gets a question to discuss:
/// about one band's width of the four (0–39, 40–59, 60–79, 80–100), less than the widest.
pub const BIG_GAP: u8 = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MirrorDimension {
    /// The leader's own score, when the self-rating scores this dimension.
    pub own: Option<u8>,
    /// The team's figures; `None` until [`MIN_MEMBERS`] have answered.
    pub team: Option<TeamDimension>,
}

impl MirrorDimension {
    /// Own score minus the team's mean: positive when the leader sees themself higher.
    pub fn gap(&self) -> Option<i16> {
        Some(i16::from(self.own?) - i16::from(self.team?.mean?))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub members: usize,
    pub dimensions: Vec<MirrorDimension>,
    /// The dimension where self and team differ most, once there is a difference to show.
    pub differ_most: Option<usize>,
}

/// `own` answers of the leader's checklist beside the `team`'s answers to its mirror.
pub fn compare(own: &Instrument, own_answers: &Answers, mirror: &Instrument, team: &Team) -> Comparison {
    let own_results = score_instrument(own, own_answers);
    let summary = summarise(mirror, team);
    let enough = summary.members >= MIN_MEMBERS;
    let dimensions: Vec<MirrorDimension> = (0..own.dimensions.len())
        .map(|d| MirrorDimension {
            own: own_results.dimensions[d].score().map(|s| s.value),
            team: summary.dimensions.get(d).copied().filter(|_| enough),
        })
        .collect();
    let differ_most = dimensions
        .iter()
        .enumerate()
        .filter_map(|(d, m)| Some((d, m.gap()?.unsigned_abs())))
        .filter(|&(_, gap)| gap > 0)
        .fold(None, |best: Option<(usize, u16)>, (d, gap)| match best {
            Some((_, widest)) if widest >= gap => best,
            _ => Some((d, gap)),
        })
        .map(|(d, _)| d);
    Comparison { members: summary.members, dimensions, differ_most }
}

/// A big difference, with what it means and the question to talk about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapReport {
    pub dimension: String,
    pub explain: String,
    pub question: &'static str,
}

/// The comparison as the view and the downloaded summary show it, in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MirrorReport {
    pub lang: Lang,
    pub title: String,
    pub date_line: String,
    pub members: String,
    /// "Nog 2 teamleden nodig …" until there are enough.
    pub waiting: Option<String>,
    /// The leader has not rated themself enough to compare.
    pub own_missing: bool,
    /// Dimension, own score, the team's mean with its range ("67 (25–100)"), difference ("–"
    /// where there is none). Four columns, so that the table fits a 320 px phone.
    pub rows: Vec<[String; 4]>,
    pub differ_most: Option<String>,
    pub gaps: Vec<GapReport>,
}

impl MirrorReport {
    pub fn new(own: &Instrument, comparison: &Comparison, lang: Lang, date: Date) -> MirrorReport {
        let text = ui(lang);
        let number = |n: Option<u8>| n.map_or("–".to_string(), |n| n.to_string());
        let rows = own
            .dimensions
            .iter()
            .zip(&comparison.dimensions)
            .map(|(d, m)| {
                let team = m.team;
                [
                    d.name.get(lang).to_string(),
                    number(m.own),
                    team.and_then(|t| Some(format!("{} ({}–{})", t.mean?, t.lowest?, t.highest?)))
                        .unwrap_or("–".to_string()),
                    m.gap().map_or("–".to_string(), UiText::signed),
                ]
            })
            .collect();
        let gaps = own
            .dimensions
            .iter()
            .zip(&comparison.dimensions)
            .filter_map(|(d, m)| {
                let gap = m.gap()?;
                if gap.unsigned_abs() < u16::from(BIG_GAP) {
                    return None;
                }
                let template = if gap > 0 { text.mirror_gap_higher } else { text.mirror_gap_lower };
                // The question for the band the team sees the leader in: where the talk starts.
                let band = own.band_index(m.team?.mean?);
                Some(GapReport {
                    dimension: d.name.get(lang).to_string(),
                    explain: fill(template, &[("n", &gap.unsigned_abs().to_string())]),
                    question: d.band_texts.get(band).map_or("", |t| t.question.get(lang)),
                })
            })
            .collect();
        let missing = MIN_MEMBERS.saturating_sub(comparison.members);
        let waiting = (missing > 0).then(|| {
            let template = if missing == 1 { text.mirror_waiting_one } else { text.mirror_waiting_other };
            fill(template, &[("n", &missing.to_string()), ("min", &MIN_MEMBERS.to_string())])
        });
        MirrorReport {
            lang,
            title: format!("{} — {}", text.mirror_heading, own.title.get(lang)),
            date_line: fill(text.completed_on, &[("date", &date.long(lang))]),
            members: text.team_members(comparison.members),
            waiting,
            own_missing: comparison.dimensions.iter().all(|m| m.own.is_none()),
            rows,
            differ_most: comparison
                .differ_most
                .map(|d| fill(text.mirror_differ_most, &[("name", own.dimensions[d].name.get(lang))])),
            gaps,
        }
    }

    pub fn headers(&self) -> [&'static str; 4] {
        let text = ui(self.lang);
        [text.dimension, text.mirror_own, text.mirror_team, text.mirror_gap]
    }

    pub fn to_html(&self) -> String {
        let e = escape_html;
        let mut html = summary_page_start(self.lang, &self.title, &self.date_line, &self.members);
        if let Some(waiting) = &self.waiting {
            let _ = writeln!(html, "<p>{}</p>", e(waiting));
        }
        html.push_str(&summary_table(&self.headers(), &self.rows));
        if let Some(heading) = &self.differ_most {
            let _ = writeln!(html, "<h2>{}</h2>", e(heading));
        }
        for gap in &self.gaps {
            let _ = writeln!(
                html,
                "<section class=\"highlight\">\n<h3>{}</h3>\n<p>{}</p>\n<p><em>{}</em></p>\n</section>",
                e(&gap.dimension),
                e(&gap.explain),
                e(gap.question)
            );
        }
        html.push_str(&summary_page_end(self.lang));
        html
    }

    pub fn to_markdown(&self) -> String {
        let [a, b, c, d] = self.headers();
        let mut md = format!("# {}\n\n{} · {}\n\n", self.title, self.date_line, self.members);
        if let Some(waiting) = &self.waiting {
            let _ = write!(md, "{waiting}\n\n");
        }
        let _ = writeln!(md, "| {a} | {b} | {c} | {d} |\n|---|---:|---:|---:|");
        for row in &self.rows {
            let _ = writeln!(md, "| {} |", row.join(" | "));
        }
        if let Some(heading) = &self.differ_most {
            let _ = writeln!(md, "\n## {heading}");
        }
        for gap in &self.gaps {
            let _ = writeln!(md, "\n### {}\n\n{}\n\n_{}_", gap.dimension, gap.explain, gap.question);
        }
        md
    }
}
