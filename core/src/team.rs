//! The team view: several members' results files side by side, without names.
//!
//! Per dimension the team mean, the lowest and the highest score, and where the team disagrees
//! most: the conversation starters the articles ask for. Every file that cannot count gets its
//! own reason; the good files still count.

use crate::answers::{stored_stamp, Answers};
use crate::date::Date;
use crate::escape::escape_html;
use crate::json::{self, Value};
use crate::lang::Lang;
use crate::model::Instrument;
use crate::results_file::{self, place, LeftOut, ReadError};
use crate::scoring::score_instrument;
use crate::share;
use crate::summary::SUMMARY_CSS;
use crate::ui_text::{fill, ui};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// The file's name, or "Link 3" for the third pasted link.
    pub file: String,
    pub answers: Answers,
    /// Of the file's whole text: with the name, tells the same file added twice.
    pub fingerprint: u64,
    pub from_link: bool,
    /// When it was added, on the clock tabs share through storage (see
    /// [`crate::answers::Stamps`]).
    pub stamp: u32,
}

/// The same word in Dutch and English.
const LINK_LABEL: &str = "Link {n}";

/// FNV-1a: enough to tell two texts apart here, and a few bytes of code instead of a hasher.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// Neither a results file nor a summary with results.
    Unreadable,
    /// Written by a newer widget.
    Newer,
    /// Results of another checklist (its id).
    OtherChecklist(String),
    /// Results of a newer version of this checklist than this page has.
    OtherVersion,
    /// The same file (name and contents) as one already added. Two members who gave the same
    /// answers are two members: straight answers are common.
    Duplicate(String),
    /// Too few answers for any dimension score.
    NothingScored,
    /// A pasted share link that is cut short or damaged.
    LinkUnreadable,
    /// The same share link as the one already counted under this label. Two members with the
    /// same answers share the same link: the second can be added as a file.
    SameLink(String),
    /// Pasted text without any share link in it.
    NoLinkFound,
    /// Completed in this older version of the checklist, and too little of it kept its meaning
    /// for a score.
    TooOld(u32),
    /// Counted, but completed in this older version of the checklist: only answers to the
    /// statements that kept their meaning count.
    Older(u32),
    /// Counted, but these answers do not (unknown statements, values off the scale): said, so
    /// that a hand-edited file is not quietly reduced.
    Partly(Vec<LeftOut>),
}

/// What the team lead reads about one file that did not count, or counted only in part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileNote {
    pub file: String,
    pub problem: FileProblem,
}

impl FileNote {
    /// The file or link counted, in part or from an older version: news, not a warning.
    pub fn counted(&self) -> bool {
        matches!(self.problem, FileProblem::Older(_) | FileProblem::Partly(_))
    }

    pub fn text(&self, lang: Lang) -> String {
        let text = ui(lang);
        let file = self.file.as_str();
        match &self.problem {
            FileProblem::Unreadable => fill(text.team_file_unreadable, &[("file", file)]),
            FileProblem::Newer => fill(text.team_file_newer, &[("file", file)]),
            FileProblem::OtherChecklist(id) => fill(text.team_file_other, &[("file", file), ("id", id)]),
            FileProblem::OtherVersion => fill(text.team_file_version, &[("file", file)]),
            FileProblem::Duplicate(other) => fill(text.team_file_duplicate, &[("file", file), ("other", other)]),
            FileProblem::NothingScored => fill(text.team_file_empty, &[("file", file)]),
            FileProblem::LinkUnreadable => fill(text.team_link_unreadable, &[("file", file)]),
            FileProblem::SameLink(other) => fill(text.team_link_same, &[("file", file), ("other", other)]),
            FileProblem::NoLinkFound => text.team_no_links.to_string(),
            FileProblem::TooOld(from) => fill(text.team_file_too_old, &[("file", file), ("from", &from.to_string())]),
            FileProblem::Older(from) => fill(text.team_file_older, &[("file", file), ("from", &from.to_string())]),
            FileProblem::Partly(left_out) => fill(
                text.team_file_partly,
                &[("file", file), ("left_out", &text.left_out(left_out).unwrap_or_default())],
            ),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Team {
    pub members: Vec<Member>,
    pub notes: Vec<FileNote>,
    /// When the overview was last cleared: members added before it are gone, here and in any
    /// tab that hears of it.
    pub cleared: u32,
}

impl Team {
    /// "Teamoverzicht leegmaken": every member and note goes, here and in tabs that hear of it.
    pub fn clear(&mut self) {
        self.cleared = self.next_stamp();
        self.members.clear();
        self.notes.clear();
    }

    /// The highest stamp seen.
    pub fn clock(&self) -> u32 {
        self.members.iter().map(|m| m.stamp).fold(self.cleared, u32::max)
    }

    /// The stamp for a member added now, or for a clearing: after everything this team has seen.
    fn next_stamp(&self) -> u32 {
        self.clock().saturating_add(1)
    }

    /// Adds every share link in a pasted text: each as a member ("Link 3"), or as a note that
    /// quotes the start of the link and says why it does not count.
    pub fn add_links(&mut self, instrument: &Instrument, pasted: &str) {
        let links = share::find_in_text(pasted);
        if links.is_empty() {
            return self.notes.push(FileNote { file: String::new(), problem: FileProblem::NoLinkFound });
        }
        for link in links {
            let quoted = || {
                let short: String = link.chars().take(24).collect();
                if short.len() < link.len() {
                    format!("#{short}…")
                } else {
                    format!("#{short}")
                }
            };
            let mut note = |problem| self.notes.push(FileNote { file: quoted(), problem });
            let answers = match share::decode(instrument, link) {
                Ok(answers) => answers,
                Err(_) => match share::names(link) {
                    Some((id, _)) if id != instrument.id => {
                        note(FileProblem::OtherChecklist(id.to_string()));
                        continue;
                    }
                    Some((_, Some(version))) if version > instrument.version => {
                        note(FileProblem::OtherVersion);
                        continue;
                    }
                    Some((_, Some(version))) if version < instrument.version => {
                        note(FileProblem::TooOld(version));
                        continue;
                    }
                    _ => {
                        note(FileProblem::LinkUnreadable);
                        continue;
                    }
                },
            };
            let print = fingerprint(link);
            if let Some(twin) = self.members.iter().find(|m| m.fingerprint == print) {
                let twin = twin.file.clone();
                note(FileProblem::SameLink(twin));
            } else if score_instrument(instrument, &answers).dimensions.iter().all(|d| d.score().is_none()) {
                note(FileProblem::NothingScored);
            } else {
                let number = 1 + self.members.iter().filter(|m| m.from_link).count();
                let file = fill(LINK_LABEL, &[("n", &number.to_string())]);
                let stamp = self.next_stamp();
                self.members.push(Member { file, answers, fingerprint: print, from_link: true, stamp });
            }
        }
    }

    /// Adds one imported file: as a member, or as a note saying why it does not count.
    pub fn add_file(&mut self, instrument: &Instrument, file: &str, text: &str) {
        let mut note = |problem| self.notes.push(FileNote { file: file.to_string(), problem });
        let saved = match results_file::read(text) {
            Err(ReadError::Unreadable | ReadError::NotResults) => return note(FileProblem::Unreadable),
            Err(ReadError::NewerSchema) => return note(FileProblem::Newer),
            Ok(saved) if saved.checklist != instrument.id => return note(FileProblem::OtherChecklist(saved.checklist)),
            Ok(saved) if saved.version > instrument.version => return note(FileProblem::OtherVersion),
            Ok(saved) => saved,
        };
        let placed = place(instrument, &saved);
        let print = fingerprint(text);
        if let Some(twin) = self.members.iter().find(|m| m.file == file && m.fingerprint == print) {
            let twin = twin.file.clone();
            return self.notes.push(FileNote { file: file.to_string(), problem: FileProblem::Duplicate(twin) });
        }
        if score_instrument(instrument, &placed.answers).dimensions.iter().all(|d| d.score().is_none()) {
            let problem = if saved.version < instrument.version {
                FileProblem::TooOld(saved.version)
            } else {
                FileProblem::NothingScored
            };
            return self.notes.push(FileNote { file: file.to_string(), problem });
        }
        self.members.push(Member {
            file: file.to_string(),
            answers: placed.answers.clone(),
            fingerprint: print,
            from_link: false,
            stamp: self.next_stamp(),
        });
        if saved.version < instrument.version {
            self.notes.push(FileNote { file: file.to_string(), problem: FileProblem::Older(saved.version) });
        }
        let unexpected = placed.unexpected();
        if !unexpected.is_empty() {
            self.notes.push(FileNote { file: file.to_string(), problem: FileProblem::Partly(unexpected) });
        }
    }
}

/// The team as the widget keeps it in storage: the members, each with its file name (shown
/// only to the team lead, on this device), the fingerprint that tells the same file added twice,
/// and its answers as a results file. The notes are about the last files added, not kept.
pub fn to_json(instrument: &Instrument, team: &Team) -> String {
    let members = team.members.iter().map(|m| {
        Value::Object(vec![
            (if m.from_link { "link" } else { "file" }.to_string(), Value::String(m.file.clone())),
            ("fingerprint".to_string(), Value::String(format!("{:016x}", m.fingerprint))),
            ("results".to_string(), results_file::to_value(instrument, &m.answers, None)),
            ("stamp".to_string(), Value::Int(i64::from(m.stamp))),
        ])
    });
    Value::Object(vec![
        ("format".to_string(), Value::String(FORMAT.to_string())),
        ("schema".to_string(), Value::Int(results_file::SCHEMA)),
        ("members".to_string(), Value::Array(members.collect())),
        ("cleared".to_string(), Value::Int(i64::from(team.cleared))),
    ])
    .to_json()
}

const FORMAT: &str = "checklist-team";

/// A stored team; `None` when the text cannot be read as one (the storage rules then keep it
/// under a backup key).
pub fn from_json(instrument: &Instrument, text: &str) -> Option<Team> {
    let value = json::parse(text).ok()?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT)
        || value.get("schema").and_then(Value::as_int) != Some(results_file::SCHEMA)
    {
        return None;
    }
    let Some(Value::Array(members)) = value.get("members") else { return None };
    let members = members
        .iter()
        .map(|member| {
            let saved = results_file::from_value(member.get("results")?).ok()?;
            (saved.checklist == instrument.id).then_some(())?;
            let (file, from_link) = match (member.get("file"), member.get("link")) {
                (Some(file), None) => (file, false),
                (None, Some(link)) => (link, true),
                _ => return None,
            };
            Some(Member {
                file: file.as_str()?.to_string(),
                from_link,
                answers: place(instrument, &saved).answers,
                fingerprint: u64::from_str_radix(member.get("fingerprint")?.as_str()?, 16).ok()?,
                stamp: stored_stamp(member, "stamp")?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Team { members, notes: Vec::new(), cleared: stored_stamp(&value, "cleared")? })
}

/// What this widget has after another tab stored its team: every member of either (the same
/// file or link once) not added before the later clearing, in the order they were added, so
/// both tabs end the same. What one side lacks is not taken as removed: a tab may not have heard
/// of the other's additions yet. Nobody's addition is lost.
pub fn merge(mine: &Team, theirs: &Team) -> Team {
    let cleared = mine.cleared.max(theirs.cleared);
    // Kept in order by insertion, not `sort()`: the standard sort adds kilobytes to the wasm.
    fn order(m: &Member) -> (u32, &str, u64) {
        (m.stamp, &m.file, m.fingerprint)
    }
    let mut members: Vec<Member> = Vec::new();
    for member in mine.members.iter().chain(&theirs.members).filter(|m| m.stamp >= cleared) {
        if let Some(same) = members.iter().position(|m| m.file == member.file && m.fingerprint == member.fingerprint) {
            if member.stamp <= members[same].stamp {
                continue;
            }
            members.remove(same);
        }
        let at = members.partition_point(|m| order(m) < order(member));
        members.insert(at, member.clone());
    }
    Team { members, notes: mine.notes.clone(), cleared }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TeamDimension {
    /// Members with a score on this dimension.
    pub scored: usize,
    pub mean: Option<u8>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
}

impl TeamDimension {
    pub fn spread(&self) -> Option<u8> {
        Some(self.highest? - self.lowest?)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    pub members: usize,
    pub dimensions: Vec<TeamDimension>,
    /// The dimension with the widest spread, once two members have scores on it.
    pub disagree_most: Option<usize>,
}

pub fn summarise(instrument: &Instrument, team: &Team) -> TeamSummary {
    let results: Vec<_> = team.members.iter().map(|m| score_instrument(instrument, &m.answers)).collect();
    let dimensions: Vec<TeamDimension> = (0..instrument.dimensions.len())
        .map(|d| {
            let scores: Vec<u32> =
                results.iter().filter_map(|r| r.dimensions[d].score()).map(|s| u32::from(s.value)).collect();
            let count = scores.len() as u32;
            TeamDimension {
                scored: scores.len(),
                mean: (count > 0).then(|| ((2 * scores.iter().sum::<u32>() + count) / (2 * count)) as u8),
                lowest: scores.iter().min().map(|&v| v as u8),
                highest: scores.iter().max().map(|&v| v as u8),
            }
        })
        .collect();
    let disagree_most = dimensions
        .iter()
        .enumerate()
        .filter(|(_, d)| d.scored >= 2)
        .fold(None, |best: Option<(usize, u8)>, (i, d)| {
            let spread = d.spread().unwrap_or(0);
            match best {
                Some((_, s)) if s >= spread => best,
                _ => Some((i, spread)),
            }
        })
        .map(|(i, _)| i);
    TeamSummary { members: team.members.len(), dimensions, disagree_most }
}

/// The team overview as a file, in HTML or Markdown. Names of files are left out: they may be
/// people's names.
pub struct TeamReport {
    pub lang: Lang,
    pub title: String,
    pub date_line: String,
    pub members: String,
    /// Dimension, mean, lowest, highest ("–" where no one has a score).
    pub rows: Vec<[String; 4]>,
    /// "Here you differ most: …", the spread explained, and the question to discuss.
    pub disagreement: Option<(String, String, &'static str)>,
}

impl TeamReport {
    pub fn new(instrument: &Instrument, summary: &TeamSummary, lang: Lang, date: Date) -> TeamReport {
        let text = ui(lang);
        let number = |n: Option<u8>| n.map_or("–".to_string(), |n| n.to_string());
        let rows = instrument
            .dimensions
            .iter()
            .zip(&summary.dimensions)
            .map(|(d, t)| [d.name.get(lang).to_string(), number(t.mean), number(t.lowest), number(t.highest)])
            .collect();
        let disagreement = summary.disagree_most.map(|d| {
            let dimension = &instrument.dimensions[d];
            let team = summary.dimensions[d];
            let band = instrument.band_index(team.mean.unwrap_or(0));
            let question = dimension.band_texts.get(band).map_or("", |t| t.question.get(lang));
            (
                fill(text.team_disagree, &[("name", dimension.name.get(lang))]),
                fill(text.team_disagree_explain, &[("n", &team.spread().unwrap_or(0).to_string())]),
                question,
            )
        });
        TeamReport {
            lang,
            title: format!("{} — {}", text.team_summary_title, instrument.title.get(lang)),
            date_line: fill(text.completed_on, &[("date", &date.long(lang))]),
            members: text.team_members(summary.members),
            rows,
            disagreement,
        }
    }

    fn headers(&self) -> [&'static str; 4] {
        let text = ui(self.lang);
        [text.dimension, text.team_mean, text.team_lowest, text.team_highest]
    }

    pub fn to_html(&self) -> String {
        let e = escape_html;
        let mut html = summary_page_start(self.lang, &self.title, &self.date_line, &self.members);
        html.push_str(&summary_table(&self.headers(), &self.rows));
        if let Some((heading, explain, question)) = &self.disagreement {
            html.push_str(&format!(
                "<section class=\"highlight\">\n<h2>{}</h2>\n<p>{}</p>\n<p><em>{}</em></p>\n</section>\n",
                e(heading),
                e(explain),
                e(question)
            ));
        }
        html.push_str(&summary_page_end(self.lang));
        html
    }

    pub fn to_markdown(&self) -> String {
        let [a, b, c, d] = self.headers();
        let mut md = format!(
            "# {}\n\n{} · {}\n\n| {a} | {b} | {c} | {d} |\n|---|---:|---:|---:|\n",
            self.title, self.date_line, self.members
        );
        for [name, mean, lowest, highest] in &self.rows {
            md.push_str(&format!("| {name} | {mean} | {lowest} | {highest} |\n"));
        }
        if let Some((heading, explain, question)) = &self.disagreement {
            md.push_str(&format!("\n## {heading}\n\n{explain}\n\n_{question}_\n"));
        }
        md
    }
}

/// The start of a team summary page (the team overview's, the leader's view of the team): the
/// document head, the title and the date and member line, escaped.
pub(crate) fn summary_page_start(lang: Lang, title: &str, date_line: &str, members: &str) -> String {
    let e = escape_html;
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <style>{SUMMARY_CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n<p class=\"date\">{} · {}</p>\n",
        lang.tag(),
        e(title),
        e(title),
        e(date_line),
        e(members)
    )
}

/// A team summary's table: a header row, then per row its first cell as the row's heading.
pub(crate) fn summary_table<const N: usize>(headers: &[&str; N], rows: &[[String; N]]) -> String {
    let e = escape_html;
    let mut html = String::from("<table>\n<thead><tr>");
    for header in headers {
        html.push_str(&format!("<th scope=\"col\">{}</th>", e(header)));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        let (name, cells) = row.split_first().expect("a row has its name");
        html.push_str(&format!("<tr><th scope=\"row\">{}</th>", e(name)));
        for cell in cells {
            html.push_str(&format!("<td>{}</td>", e(cell)));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n");
    html
}

/// The end of a team summary page: what stays private, and the closing tags.
pub(crate) fn summary_page_end(lang: Lang) -> String {
    format!("<p class=\"note\">{}</p>\n</main>\n</body>\n</html>\n", escape_html(ui(lang).summary_privacy))
}
