//! Every text of the widget's own interface, in every language.
//!
//! One struct, one constant per language: a text missing in one language is a compile error.
//! Placeholders in braces (`{n}`) are filled by [`fill`]. Texts about the checklists themselves
//! live in the content files, not here.

use crate::lang::Lang;

pub struct UiText {
    pub lang_name: &'static str,
    pub switch_language: &'static str,
    pub progress: &'static str,
    pub questions_left_one: &'static str,
    pub questions_left_other: &'static str,
    pub all_answered: &'static str,
    pub show_results: &'static str,
    pub change_answers: &'static str,
    pub start_over: &'static str,
    pub confirm_start_over: &'static str,
    pub confirm_yes: &'static str,
    pub cancel: &'static str,
    pub answers_stay_here: &'static str,
    pub results_heading: &'static str,
    pub overall_score: &'static str,
    pub overall_needs_all: &'static str,
    pub score_out_of: &'static str,
    pub out_of_hundred: &'static str,
    pub band_note: &'static str,
    pub per_dimension: &'static str,
    pub per_axis: &'static str,
    pub dimension: &'static str,
    pub score: &'static str,
    pub level: &'static str,
    pub not_scored: &'static str,
    pub too_few_answers: &'static str,
    pub still_to_answer: &'static str,
    pub answered_unknown: &'static str,
    pub build_on_this: &'static str,
    pub start_here: &'static str,
    pub what_it_means: &'static str,
    pub next_steps: &'static str,
    pub to_discuss: &'static str,
    pub downloads: &'static str,
    pub download_html: &'static str,
    pub download_text: &'static str,
    pub download_failed: &'static str,
    pub summary_of: &'static str,
    pub completed_on: &'static str,
    pub your_answers: &'static str,
    pub not_answered: &'static str,
    pub summary_privacy: &'static str,
    pub position: &'static str,
    pub position_needs_both: &'static str,
    pub your_change: &'static str,
    pub near_centre: &'static str,
    pub what_it_asks: &'static str,
    pub leadership_now: &'static str,
    pub next_checklist: &'static str,
    pub go_to_checklist: &'static str,
    pub chart_position_title: &'static str,
    pub offline_copy: &'static str,
    pub offline_copy_why: &'static str,
    pub unknown_checklist: &'static str,
    pub widget_failed: &'static str,
}

pub const NL: UiText = UiText {
    lang_name: "Nederlands",
    switch_language: "Taal",
    progress: "{n} van {total} beantwoord",
    questions_left_one: "Nog {n} vraag open",
    questions_left_other: "Nog {n} vragen open",
    all_answered: "Alle vragen beantwoord",
    show_results: "Toon mijn resultaten",
    change_answers: "Antwoorden aanpassen",
    start_over: "Opnieuw beginnen",
    confirm_start_over: "Al je antwoorden op deze checklist wissen en opnieuw beginnen?",
    confirm_yes: "Ja, wis mijn antwoorden",
    cancel: "Annuleren",
    answers_stay_here: "Je antwoorden blijven op dit apparaat: er wordt niets verstuurd.",
    results_heading: "Je resultaten",
    overall_score: "Totaalscore",
    overall_needs_all: "Een totaalscore volgt zodra elke dimensie genoeg antwoorden heeft.",
    score_out_of: "{n} van 100",
    out_of_hundred: "van 100",
    band_note: "De niveaus zijn een richtingaanwijzer, geen norm: ze helpen het gesprek op gang.",
    per_dimension: "Per dimensie",
    per_axis: "Per as",
    dimension: "Dimensie",
    score: "Score",
    level: "Niveau",
    not_scored: "geen score",
    too_few_answers: "Nog geen score: {n} van de minstens {needed} nodige antwoorden gegeven.",
    still_to_answer: "Nog te beantwoorden:",
    answered_unknown: "beantwoord met ‘weet ik niet’",
    build_on_this: "Bouw hierop",
    start_here: "Begin hier",
    what_it_means: "Wat dit betekent",
    next_steps: "Volgende stappen",
    to_discuss: "Om samen te bespreken",
    downloads: "Bewaar je resultaten",
    download_html: "Download samenvatting (HTML)",
    download_text: "Download als tekst (Markdown)",
    download_failed: "Downloaden lukte niet in deze browser. Je kunt de pagina ook afdrukken of als pdf bewaren.",
    summary_of: "Samenvatting",
    completed_on: "Ingevuld op {date}",
    your_answers: "Je antwoorden",
    not_answered: "niet beantwoord",
    summary_privacy: "Dit bestand is op je eigen apparaat gemaakt; niemand anders heeft je antwoorden gezien.",
    position: "Positie",
    position_needs_both: "Een positie volgt zodra beide assen genoeg antwoorden hebben.",
    your_change: "Je verandering: {name}",
    near_centre: "Je punt ligt dicht bij het midden:",
    what_it_asks: "Wat dit vraagt van de organisatie",
    leadership_now: "Leiderschap dat nu telt",
    next_checklist: "Doe hierna: {title}",
    go_to_checklist: "Naar de {title}",
    chart_position_title: "Positie op de twee assen",
    offline_copy: "Download voor offline gebruik",
    offline_copy_why: "(één bestand dat ook zonder internet werkt, bijvoorbeeld in een workshop)",
    unknown_checklist: "Deze checklist bestaat niet: ‘{id}’. Kies een van: {ids}.",
    widget_failed: "Er ging iets mis in de checklist. Herlaad de pagina om het opnieuw te proberen.",
};

pub const EN: UiText = UiText {
    lang_name: "English",
    switch_language: "Language",
    progress: "{n} of {total} answered",
    questions_left_one: "{n} question left",
    questions_left_other: "{n} questions left",
    all_answered: "All questions answered",
    show_results: "Show my results",
    change_answers: "Change answers",
    start_over: "Start over",
    confirm_start_over: "Clear all your answers to this checklist and start over?",
    confirm_yes: "Yes, clear my answers",
    cancel: "Cancel",
    answers_stay_here: "Your answers stay on this device: nothing is sent.",
    results_heading: "Your results",
    overall_score: "Overall score",
    overall_needs_all: "An overall score follows once every dimension has enough answers.",
    score_out_of: "{n} out of 100",
    out_of_hundred: "out of 100",
    band_note: "The levels are a signpost, not a norm: they help start the conversation.",
    per_dimension: "Per dimension",
    per_axis: "Per axis",
    dimension: "Dimension",
    score: "Score",
    level: "Level",
    not_scored: "no score",
    too_few_answers: "No score yet: {n} of the at least {needed} answers needed.",
    still_to_answer: "Still to answer:",
    answered_unknown: "answered ‘don't know’",
    build_on_this: "Build on this",
    start_here: "Start here",
    what_it_means: "What this means",
    next_steps: "Next steps",
    to_discuss: "To discuss together",
    downloads: "Keep your results",
    download_html: "Download summary (HTML)",
    download_text: "Download as text (Markdown)",
    download_failed: "The download did not work in this browser. You can also print the page or save it as PDF.",
    summary_of: "Summary",
    completed_on: "Completed on {date}",
    your_answers: "Your answers",
    not_answered: "not answered",
    summary_privacy: "This file was made on your own device; nobody else has seen your answers.",
    position: "Position",
    position_needs_both: "A position follows once both axes have enough answers.",
    your_change: "Your change: {name}",
    near_centre: "Your point lies close to the middle:",
    what_it_asks: "What this asks of the organisation",
    leadership_now: "Leadership that matters now",
    next_checklist: "Next: {title}",
    go_to_checklist: "Go to the {title}",
    chart_position_title: "Position on the two axes",
    offline_copy: "Download for offline use",
    offline_copy_why: "(one file that also works without internet, in a workshop for example)",
    unknown_checklist: "This checklist does not exist: ‘{id}’. Choose one of: {ids}.",
    widget_failed: "Something went wrong in the checklist. Reload the page to try again.",
};

pub fn ui(lang: Lang) -> &'static UiText {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Replaces each `{name}` in `template` by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

impl UiText {
    pub fn progress(&self, answered: usize, total: usize) -> String {
        fill(self.progress, &[("n", &answered.to_string()), ("total", &total.to_string())])
    }

    /// "Nog 1 vraag open" / "Nog 3 vragen open"; "Alle vragen beantwoord" at zero.
    pub fn questions_left(&self, left: usize) -> String {
        let template = match left {
            0 => return self.all_answered.to_string(),
            1 => self.questions_left_one,
            _ => self.questions_left_other,
        };
        fill(template, &[("n", &left.to_string())])
    }

    pub fn score_out_of(&self, score: u8) -> String {
        fill(self.score_out_of, &[("n", &score.to_string())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_questions_left_with_dutch_and_english_plurals() {
        assert_eq!(NL.questions_left(1), "Nog 1 vraag open");
        assert_eq!(NL.questions_left(3), "Nog 3 vragen open");
        assert_eq!(NL.questions_left(0), "Alle vragen beantwoord");
        assert_eq!(EN.questions_left(1), "1 question left");
        assert_eq!(EN.questions_left(2), "2 questions left");
    }

    #[test]
    fn fills_progress() {
        assert_eq!(NL.progress(12, 20), "12 van 20 beantwoord");
        assert_eq!(EN.progress(0, 20), "0 of 20 answered");
    }
}
