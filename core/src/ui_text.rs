//! Every text of the widget's own interface, in every language.
//!
//! One struct, one constant per language: a text missing in one language is a compile error.
//! Placeholders in braces (`{n}`) are filled by [`fill`]. Texts about the checklists themselves
//! live in the content files, not here.

use crate::lang::Lang;
use crate::results_file::{LeftOut, LeftOutReason};

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
    pub what_it_asks: &'static str,
    pub leadership_now: &'static str,
    pub next_checklist: &'static str,
    pub go_to_checklist: &'static str,
    pub chart_position_title: &'static str,
    pub offline_copy: &'static str,
    pub offline_copy_why: &'static str,
    pub notice_resumed: &'static str,
    pub notice_updated: &'static str,
    pub notice_storage_unavailable: &'static str,
    pub notice_backed_up: &'static str,
    pub notice_not_saved: &'static str,
    pub notice_imported: &'static str,
    pub notice_import_unreadable: &'static str,
    pub notice_import_newer: &'static str,
    pub notice_import_other: &'static str,
    pub notice_share_unreadable: &'static str,
    pub notice_history_deleted: &'static str,
    pub notice_history_backed_up: &'static str,
    pub notice_team_backed_up: &'static str,
    pub notice_unreadable_kept: &'static str,
    pub shared_results_heading: &'static str,
    pub notice_newer_version: &'static str,
    pub continue_here: &'static str,
    pub notice_newer_set_aside: &'static str,
    pub confirm_team_clear: &'static str,
    pub confirm_team_clear_yes: &'static str,
    pub dismiss: &'static str,
    pub more_options: &'static str,
    pub load_answers: &'static str,
    pub load_answers_hint: &'static str,
    pub confirm_replace: &'static str,
    pub confirm_replace_yes: &'static str,
    pub open_team: &'static str,
    pub change_since: &'static str,
    pub attempts_kept: &'static str,
    pub delete_history: &'static str,
    pub confirm_delete_history: &'static str,
    pub confirm_delete_yes: &'static str,
    pub download_results: &'static str,
    pub share_heading: &'static str,
    pub share_explain: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_copy_failed: &'static str,
    pub shared_banner: &'static str,
    pub take_over: &'static str,
    pub confirm_take_over: &'static str,
    pub close_shared: &'static str,
    pub team_heading: &'static str,
    pub team_intro: &'static str,
    pub team_choose_files: &'static str,
    pub team_drop: &'static str,
    pub team_members_one: &'static str,
    pub team_members_other: &'static str,
    pub team_mean: &'static str,
    pub team_lowest: &'static str,
    pub team_highest: &'static str,
    pub team_disagree: &'static str,
    pub team_disagree_explain: &'static str,
    pub team_file_added: &'static str,
    pub team_file_unreadable: &'static str,
    pub team_file_newer: &'static str,
    pub team_file_other: &'static str,
    pub team_file_version: &'static str,
    pub team_file_older: &'static str,
    pub team_file_too_old: &'static str,
    pub team_file_partly: &'static str,
    pub team_kept_here: &'static str,
    pub left_out_one: &'static str,
    pub left_out_other: &'static str,
    pub left_out_unknown_item: &'static str,
    pub left_out_outside_scale: &'static str,
    pub team_file_duplicate: &'static str,
    pub team_file_empty: &'static str,
    pub team_clear: &'static str,
    pub back_to_checklist: &'static str,
    pub team_summary_title: &'static str,
    pub print: &'static str,
    pub unknown_checklist: &'static str,
    pub widget_failed: &'static str,
    // issue 14: results to the practice
    /// The button after the results that opens the preview of the mail.
    pub mail_action: &'static str,
    /// Under that button: nothing happens before the visitor has seen the mail.
    pub mail_action_hint: &'static str,
    pub mail_preview_heading: &'static str,
    /// The widget sends nothing: the visitor's own mail program does, if they want.
    pub mail_preview_explain: &'static str,
    pub mail_to: &'static str,
    pub mail_subject_label: &'static str,
    pub mail_body_label: &'static str,
    pub mail_open: &'static str,
    /// Not every device has a mail program set up: then the link does nothing.
    pub mail_no_program: &'static str,
    /// Something was left out to keep the link within what mail programs accept.
    pub mail_shortened: &'static str,
    /// The mail's subject: {title} of the checklist and {date}.
    pub mail_subject: &'static str,
    /// The body's first lines, before the scores: {title} and {date}.
    pub mail_intro: &'static str,
    /// Before the share link in the body.
    pub mail_share_link: &'static str,
    pub mail_closing: &'static str,
    // issue 11
    pub downloads_blocked: &'static str,
    pub summary_as_text: &'static str,
    // issue 13
    /// "Je antwoorden liggen rond ‘{label}’": a theme's score as the answer it stands for.
    pub answers_around: &'static str,
    /// Table header for that answer.
    pub answers_around_short: &'static str,
    /// A theme's number, shown after its level and answer: "score {n} van 100".
    pub score_secondary: &'static str,
    /// Highest and lowest theme less than 13 points apart: no theme stands out.
    pub themes_close: &'static str,
    /// At the top or bottom several themes are (nearly) level: that side is not named.
    pub themes_tied: &'static str,
    /// Links "bouw hierop" and "begin hier": {strong} and {weak} are theme names.
    pub bridge_question: &'static str,
    /// The reflection with one axis near its middle: {a} and {b} are the neighbouring forms.
    pub on_the_border: &'static str,
    /// Heading of the two neighbouring forms on a border.
    pub the_two_forms: &'static str,
    /// Heading of "hoe gebruik je dit".
    pub how_to_use: &'static str,
    /// "Past hierbij: {title}": the checklist that goes with this one.
    pub goes_with: &'static str,
    /// Heading of the guide above the questions.
    pub before_you_start: &'static str,
    /// Three or more "weet ik niet": {n} is how many.
    pub many_unknown: &'static str,
}

pub const NL: UiText = UiText {
    lang_name: "Nederlands",
    switch_language: "Taal",
    progress: "{n} van {total} beantwoord",
    questions_left_one: "Nog {n} uitspraak open",
    questions_left_other: "Nog {n} uitspraken open",
    all_answered: "Alle uitspraken beantwoord",
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
    band_note: "De niveaus zijn een richtingaanwijzer, geen norm: ze helpen om het gesprek op gang te brengen. Vier uitspraken per thema geven een indruk, geen meting; een verschil van minder dan zo’n 13 punten zegt weinig.",
    per_dimension: "Per thema",
    per_axis: "Per as",
    dimension: "Thema",
    score: "Score",
    level: "Niveau",
    not_scored: "geen score",
    too_few_answers: "Nog geen score: daarvoor zijn minstens {needed} antwoorden op de schaal nodig, en je gaf er {n}.",
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
    what_it_asks: "Wat dit vraagt van de organisatie",
    leadership_now: "Leiderschap dat nu telt",
    next_checklist: "Doe hierna: {title}",
    go_to_checklist: "Naar de {title}",
    chart_position_title: "Positie op de twee assen",
    offline_copy: "Download voor offline gebruik",
    offline_copy_why: "(één bestand dat ook zonder internet werkt, bijvoorbeeld in een workshop)",
    notice_resumed: "Welkom terug: je eerdere antwoorden staan er nog ({n} van {total}).",
    notice_updated: "Deze checklist is bijgewerkt: je antwoorden zijn overgenomen waar dat kon.",
    notice_storage_unavailable: "Deze browser bewaart hier niets: je antwoorden blijven alleen staan zolang deze pagina open is. Download je resultaten om ze te bewaren.",
    notice_backed_up: "Je opgeslagen antwoorden konden niet worden gelezen. Je begint opnieuw; de oude gegevens zijn in deze browser apart bewaard onder ‘{key}’.",
    notice_not_saved: "Je antwoorden kunnen nu niet worden bewaard (de opslag van de browser is vol of geblokkeerd). Ze staan nog op het scherm, en bewaren gebeurt vanzelf weer zodra het kan; download je resultaten om zeker te zijn.",
    notice_imported: "Antwoorden geladen uit {file}.",
    notice_import_unreadable: "{file} kon niet worden geladen: het is geen resultatenbestand of samenvatting van deze widget.",
    notice_import_newer: "{file} kon niet worden geladen: het is gemaakt met een nieuwere versie van de widget.",
    notice_import_other: "{file} kon niet worden geladen: het bevat resultaten van een andere checklist ({id}).",
    notice_share_unreadable: "Deze gedeelde link kon niet worden gelezen: misschien is hij niet compleet, of hoort hij bij een andere versie van de checklist.",
    notice_history_deleted: "Je eerdere pogingen zijn gewist.",
    notice_team_backed_up: "Het bewaarde teamoverzicht kon niet worden gelezen. Het is in deze browser apart bewaard onder ‘{key}’; voeg de bestanden opnieuw toe.",
    notice_history_backed_up: "Je eerdere pogingen konden niet worden gelezen. Ze zijn in deze browser apart bewaard onder ‘{key}’; vanaf nu begint een nieuwe reeks.",
    notice_unreadable_kept: "Wat deze browser van deze checklist bewaarde, kon niet worden gelezen en ook niet apart worden gezet. Het blijft onaangeroerd staan, en er wordt niets overheen bewaard: download je resultaten om ze te bewaren.",
    shared_results_heading: "Gedeelde resultaten",
    notice_newer_version: "Deze antwoorden zijn bewaard door een nieuwere versie van deze checklist. Ze blijven in deze browser ongewijzigd staan: zolang je niet kiest, wordt er niets overheen bewaard. Ga je hier verder, dan worden de nieuwere gegevens eerst apart bewaard.",
    continue_here: "Hier verder, in deze versie",
    notice_newer_set_aside: "De antwoorden van de nieuwere versie zijn in deze browser apart bewaard onder ‘{key}’.",
    confirm_team_clear: "Alle bestanden uit dit teamoverzicht halen? De bestanden zelf blijven waar ze zijn.",
    confirm_team_clear_yes: "Ja, maak het overzicht leeg",
    dismiss: "Sluiten",
    more_options: "Meer: antwoorden uit een bestand, teamoverzicht",
    load_answers: "Antwoorden laden uit een bestand",
    load_answers_hint: "Een resultatenbestand (.json) of een gedownloade samenvatting (.html) van deze checklist.",
    confirm_replace: "Je huidige antwoorden worden vervangen door die uit {file}. Doorgaan?",
    confirm_replace_yes: "Ja, vervang mijn antwoorden",
    open_team: "Teamoverzicht maken (voor teamleiders)",
    change_since: "{change} sinds {date}",
    attempts_kept: "Je hebt deze checklist {n} keer volledig ingevuld; je vorige keer was op {date}.",
    delete_history: "Geschiedenis wissen",
    confirm_delete_history: "Alle eerdere pogingen op dit apparaat wissen? Je huidige antwoorden blijven staan.",
    confirm_delete_yes: "Ja, wis de geschiedenis",
    download_results: "Download resultatenbestand (JSON, om later te laden of aan je teamleider te geven)",
    share_heading: "Deel via een link",
    share_explain: "Deze link bevat je antwoorden, na het #-teken: dat deel gaat nooit naar een server. Wie de link opent, ziet je resultaten.",
    copy_link: "Kopieer link",
    link_copied: "Link gekopieerd.",
    link_copy_failed: "Kopiëren lukte niet in deze browser. De link is geselecteerd: kopieer hem met Ctrl+C (op een Mac ⌘C).",
    shared_banner: "Je bekijkt gedeelde resultaten (alleen lezen). Je eigen antwoorden blijven ongewijzigd.",
    take_over: "Neem deze antwoorden over",
    confirm_take_over: "Je eigen antwoorden worden vervangen door de gedeelde. Doorgaan?",
    close_shared: "Sluiten en terug naar mijn antwoorden",
    team_heading: "Teamoverzicht",
    team_intro: "Laat je teamleden de checklist invullen en hun resultatenbestand of samenvatting naar je sturen. Voeg de bestanden hier samen: namen zijn niet nodig en alles blijft op dit apparaat.",
    team_choose_files: "Kies bestanden",
    team_drop: "Of sleep bestanden hierheen.",
    team_members_one: "1 teamlid",
    team_members_other: "{n} teamleden",
    team_mean: "Gemiddeld",
    team_lowest: "Laagste",
    team_highest: "Hoogste",
    team_disagree: "Hier verschillen jullie het meest: {name}",
    team_disagree_explain: "De scores lopen {n} punten uiteen. Begin met dat verschil: wat ziet de een dat de ander niet ziet, en waar komt het verschil vandaan? Daarna deze vraag:",
    team_file_added: "{file}: meegeteld.",
    team_file_unreadable: "{file}: niet meegeteld, want het is geen resultatenbestand of samenvatting van deze widget.",
    team_file_newer: "{file}: niet meegeteld, want het is gemaakt met een nieuwere versie van de widget.",
    team_file_other: "{file}: niet meegeteld, want het zijn resultaten van een andere checklist ({id}).",
    team_file_version: "{file}: niet meegeteld, want het hoort bij een nieuwere versie van deze checklist dan deze pagina. Laad de pagina opnieuw, of vraag om een bestand van deze versie.",
    team_file_older: "{file}: meegeteld, ingevuld in versie {from} van deze checklist. Alleen antwoorden op uitspraken die sindsdien niet veranderd zijn tellen mee.",
    team_file_partly: "{file}: meegeteld. {left_out}",
    team_file_too_old: "{file}: niet meegeteld, want het is ingevuld in versie {from} van deze checklist en de uitspraken zijn sindsdien te veel veranderd. Vraag om een nieuw bestand.",
    team_kept_here: "Het overzicht blijft op dit apparaat bewaard tot je het leegmaakt.",
    left_out_one: "1 antwoord telt niet mee: {list}.",
    left_out_other: "{n} antwoorden tellen niet mee: {list}.",
    left_out_unknown_item: "‘{id}’ is geen uitspraak van deze checklist",
    left_out_outside_scale: "‘{id}’: {value} is geen waarde op de schaal",
    team_file_duplicate: "{file}: niet nogmaals meegeteld, want het is hetzelfde als {other}.",
    team_file_empty: "{file}: niet meegeteld, want er zijn te weinig antwoorden voor een score.",
    team_clear: "Teamoverzicht leegmaken",
    back_to_checklist: "Terug naar de checklist",
    team_summary_title: "Teamoverzicht",
    print: "Afdrukken of opslaan als pdf",
    unknown_checklist: "Deze checklist bestaat niet: ‘{id}’. Kies een van: {ids}.",
    widget_failed: "Er ging iets mis in de checklist. Herlaad de pagina om het opnieuw te proberen.",
    mail_action: "Stuur mijn resultaten naar de praktijk",
    mail_action_hint: "Je ziet eerst precies wat er in de mail komt. Versturen doe je zelf, vanuit je eigen mailprogramma.",
    mail_preview_heading: "Je mail aan de praktijk",
    mail_preview_explain: "Dit komt er in de mail. De checklist verstuurt zelf niets: de knop hieronder opent je eigen mailprogramma met deze mail klaar. Daar kun je hem nog aanpassen, versturen of laten liggen.",
    mail_to: "Aan",
    mail_subject_label: "Onderwerp",
    mail_body_label: "Tekst",
    mail_open: "Open in mijn mailprogramma",
    mail_no_program: "Opent er niets? Dan is er op dit apparaat geen mailprogramma ingesteld. Neem het adres en de tekst hierboven dan over in een mail van jezelf.",
    mail_shortened: "Een mail vanuit een link mag niet te lang zijn, daarom is deze tekst ingekort.",
    mail_subject: "Mijn resultaten: {title} ({date})",
    mail_intro: "Hallo,\n\nIk heb ‘{title}’ ingevuld op {date}. Dit zijn mijn scores (van 0 tot 100):",
    mail_share_link: "Al mijn antwoorden zie je via deze link:",
    mail_closing: "Ik hoor graag wanneer we hierover kunnen praten.",
    // issue 11
    downloads_blocked: "Downloaden werkt op deze pagina waarschijnlijk niet (de checklist staat in een afgeschermd kader). Kopieer hieronder je samenvatting als tekst, of bewaar je antwoorden met de link onder ‘Deel via een link’.",
    summary_as_text: "Je samenvatting als tekst (selecteer en kopieer)",
    // issue 13
    answers_around: "je antwoorden liggen rond ‘{label}’",
    answers_around_short: "Antwoorden rond",
    score_secondary: "score {n} van 100",
    themes_close: "Je thema’s liggen dicht bij elkaar: het verschil tussen het hoogste en het laagste is kleiner dan twee antwoordstappen. Geen enkel thema springt er dus uit. Kies zelf het thema dat nu het meest speelt.",
    themes_tied: "Bovenaan of onderaan liggen een paar thema’s (bijna) gelijk. Daar noemen we er dus geen enkel; kies zelf welk thema je het eerst oppakt.",
    bridge_question: "Wat gaat er goed bij ‘{strong}’, en hoe kan dat helpen bij ‘{weak}’?",
    on_the_border: "Op de grens tussen {a} en {b}",
    the_two_forms: "De twee vormen waartussen je verandering zich beweegt",
    how_to_use: "Hoe gebruik je dit?",
    goes_with: "Past hierbij: {title}",
    before_you_start: "Voor je begint",
    many_unknown: "Je koos {n} keer ‘weet ik niet’. Ook dat zegt iets: misschien wordt over die onderwerpen weinig gesproken. Ze zijn een goed begin voor een gesprek in je team.",
};

pub const EN: UiText = UiText {
    lang_name: "English",
    switch_language: "Language",
    progress: "{n} of {total} answered",
    questions_left_one: "{n} statement left",
    questions_left_other: "{n} statements left",
    all_answered: "All statements answered",
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
    band_note: "The levels are a signpost, not a norm: they help start the conversation. Four statements per theme give an impression, not a measurement; a difference of less than about 13 points says little.",
    per_dimension: "Per theme",
    per_axis: "Per axis",
    dimension: "Theme",
    score: "Score",
    level: "Level",
    not_scored: "no score",
    too_few_answers: "No score yet: that needs at least {needed} answers on the scale, and you gave {n}.",
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
    what_it_asks: "What this asks of the organisation",
    leadership_now: "Leadership that matters now",
    next_checklist: "Next: {title}",
    go_to_checklist: "Go to the {title}",
    chart_position_title: "Position on the two axes",
    offline_copy: "Download for offline use",
    offline_copy_why: "(one file that also works without internet, in a workshop for example)",
    notice_resumed: "Welcome back: your earlier answers are still here ({n} of {total}).",
    notice_updated: "This checklist has been updated: your answers were kept where possible.",
    notice_storage_unavailable: "This browser keeps nothing here: your answers last only while this page is open. Download your results to keep them.",
    notice_backed_up: "Your saved answers could not be read. You are starting afresh; the old data is kept separately in this browser under ‘{key}’.",
    notice_not_saved: "Your answers cannot be saved right now (the browser's storage is full or blocked). They are still on screen, and saving resumes by itself as soon as it can; download your results to be sure.",
    notice_imported: "Answers loaded from {file}.",
    notice_import_unreadable: "{file} could not be loaded: it is not a results file or summary of this widget.",
    notice_import_newer: "{file} could not be loaded: it was made with a newer version of the widget.",
    notice_import_other: "{file} could not be loaded: it holds results of another checklist ({id}).",
    notice_share_unreadable: "This shared link could not be read: it may be incomplete, or belong to another version of the checklist.",
    notice_history_deleted: "Your earlier attempts have been deleted.",
    notice_team_backed_up: "The saved team overview could not be read. It is kept separately in this browser under ‘{key}’; add the files again.",
    notice_history_backed_up: "Your earlier attempts could not be read. They are kept separately in this browser under ‘{key}’; a new series starts now.",
    notice_unreadable_kept: "What this browser kept of this checklist could not be read, nor set aside. It stays untouched and nothing is saved over it: download your results to keep them.",
    shared_results_heading: "Shared results",
    notice_newer_version: "These answers were saved by a newer version of this checklist. They stay unchanged in this browser: until you choose, nothing is saved over them. If you continue here, the newer data is first kept separately.",
    continue_here: "Continue here, in this version",
    notice_newer_set_aside: "The newer version's answers are kept separately in this browser under ‘{key}’.",
    confirm_team_clear: "Remove every file from this team overview? The files themselves stay where they are.",
    confirm_team_clear_yes: "Yes, clear the overview",
    dismiss: "Close",
    more_options: "More: answers from a file, team overview",
    load_answers: "Load answers from a file",
    load_answers_hint: "A results file (.json) or a downloaded summary (.html) of this checklist.",
    confirm_replace: "Your current answers will be replaced by those from {file}. Continue?",
    confirm_replace_yes: "Yes, replace my answers",
    open_team: "Make a team overview (for team leads)",
    change_since: "{change} since {date}",
    attempts_kept: "You have completed this checklist {n} times; your previous time was on {date}.",
    delete_history: "Delete history",
    confirm_delete_history: "Delete all earlier attempts on this device? Your current answers stay.",
    confirm_delete_yes: "Yes, delete the history",
    download_results: "Download results file (JSON, to load later or give to your team lead)",
    share_heading: "Share with a link",
    share_explain: "This link holds your answers, after the # sign: that part is never sent to a server. Whoever opens the link sees your results.",
    copy_link: "Copy link",
    link_copied: "Link copied.",
    link_copy_failed: "Copying did not work in this browser. The link is selected: copy it with Ctrl+C (on a Mac ⌘C).",
    shared_banner: "You are looking at shared results (read-only). Your own answers are unchanged.",
    take_over: "Take over these answers",
    confirm_take_over: "Your own answers will be replaced by the shared ones. Continue?",
    close_shared: "Close and return to my answers",
    team_heading: "Team overview",
    team_intro: "Ask your team members to complete the checklist and send you their results file or summary. Combine the files here: no names are needed and everything stays on this device.",
    team_choose_files: "Choose files",
    team_drop: "Or drag files here.",
    team_members_one: "1 team member",
    team_members_other: "{n} team members",
    team_mean: "Mean",
    team_lowest: "Lowest",
    team_highest: "Highest",
    team_disagree: "This is where you differ most: {name}",
    team_disagree_explain: "The scores are {n} points apart. Start with that difference: what does one of you see that another does not, and where does the difference come from? Then this question:",
    team_file_added: "{file}: counted.",
    team_file_unreadable: "{file}: not counted, because it is not a results file or summary of this widget.",
    team_file_newer: "{file}: not counted, because it was made with a newer version of the widget.",
    team_file_other: "{file}: not counted, because it holds results of another checklist ({id}).",
    team_file_version: "{file}: not counted, because it belongs to a newer version of this checklist than this page. Reload the page, or ask for a file of this version.",
    team_file_older: "{file}: counted, completed in version {from} of this checklist. Only answers to statements that have not changed since then count.",
    team_file_partly: "{file}: counted. {left_out}",
    team_file_too_old: "{file}: not counted, because it was completed in version {from} of this checklist and the statements have changed too much since. Ask for a new file.",
    team_kept_here: "The overview is kept on this device until you clear it.",
    left_out_one: "1 answer does not count: {list}.",
    left_out_other: "{n} answers do not count: {list}.",
    left_out_unknown_item: "‘{id}’ is not a statement of this checklist",
    left_out_outside_scale: "‘{id}’: {value} is not a value on the scale",
    team_file_duplicate: "{file}: not counted again, because it is the same as {other}.",
    team_file_empty: "{file}: not counted, because it has too few answers for a score.",
    team_clear: "Clear the team overview",
    back_to_checklist: "Back to the checklist",
    team_summary_title: "Team overview",
    print: "Print or save as PDF",
    unknown_checklist: "This checklist does not exist: ‘{id}’. Choose one of: {ids}.",
    widget_failed: "Something went wrong in the checklist. Reload the page to try again.",
    mail_action: "Send my results to the practice",
    mail_action_hint: "You first see exactly what the mail will say. You send it yourself, from your own mail program.",
    mail_preview_heading: "Your mail to the practice",
    mail_preview_explain: "This is what the mail will say. The checklist sends nothing itself: the button below opens your own mail program with this mail ready. There you can still change it, send it or leave it.",
    mail_to: "To",
    mail_subject_label: "Subject",
    mail_body_label: "Message",
    mail_open: "Open in my mail program",
    mail_no_program: "Nothing opens? Then no mail program is set up on this device. Copy the address and the text above into a mail of your own.",
    mail_shortened: "A mail opened from a link must not be too long, so this text has been shortened.",
    mail_subject: "My results: {title} ({date})",
    mail_intro: "Hello,\n\nI filled in ‘{title}’ on {date}. These are my scores (from 0 to 100):",
    mail_share_link: "You can see all my answers through this link:",
    mail_closing: "I would like to hear when we could talk about this.",
    // issue 11
    downloads_blocked: "Downloads probably do not work on this page (the checklist is inside a restricted frame). Copy your summary as text below, or keep your answers with the link under ‘Share with a link’.",
    summary_as_text: "Your summary as text (select and copy)",
    // issue 13
    answers_around: "your answers are around ‘{label}’",
    answers_around_short: "Answers around",
    score_secondary: "score {n} out of 100",
    themes_close: "Your themes are close together: the gap between the highest and the lowest is smaller than two answer steps, so no single theme stands out. Choose the theme that matters most to you right now.",
    themes_tied: "At the top or the bottom, a few themes are (almost) level, so we don’t single one out there; choose for yourself which theme to take up first.",
    bridge_question: "What is going well in ‘{strong}’, and how could that help with ‘{weak}’?",
    on_the_border: "On the border between {a} and {b}",
    the_two_forms: "The two forms your change is moving between",
    how_to_use: "How to use this",
    goes_with: "Goes with this: {title}",
    before_you_start: "Before you start",
    many_unknown: "You chose ‘don't know’ {n} times. That says something too: perhaps these topics are rarely talked about. They make a good start for a conversation in your team.",
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

    /// "Nog 1 uitspraak open" / "Nog 3 uitspraken open"; "Alle uitspraken beantwoord" at zero.
    pub fn questions_left(&self, left: usize) -> String {
        let template = match left {
            0 => return self.all_answered.to_string(),
            1 => self.questions_left_one,
            _ => self.questions_left_other,
        };
        fill(template, &[("n", &left.to_string())])
    }

    /// "2 antwoorden tellen niet mee: ‘t9’ is geen uitspraak …; ‘t3’: 7 is geen waarde …", or
    /// nothing when every answer counted. Ids and values come from a file: escape when rendering.
    pub fn left_out(&self, left_out: &[LeftOut]) -> Option<String> {
        let list: Vec<String> = left_out
            .iter()
            .map(|l| match l.reason {
                LeftOutReason::UnknownItem => fill(self.left_out_unknown_item, &[("id", &l.id)]),
                _ => fill(self.left_out_outside_scale, &[("id", &l.id), ("value", &l.value)]),
            })
            .collect();
        let template = match list.len() {
            0 => return None,
            1 => self.left_out_one,
            _ => self.left_out_other,
        };
        Some(fill(template, &[("n", &list.len().to_string()), ("list", &list.join("; "))]))
    }

    pub fn team_members(&self, n: usize) -> String {
        let template = if n == 1 { self.team_members_one } else { self.team_members_other };
        fill(template, &[("n", &n.to_string())])
    }

    /// "+12", "−5" or "±0": a change in score points.
    pub fn signed(change: i16) -> String {
        match change {
            0 => "±0".to_string(),
            c if c > 0 => format!("+{c}"),
            c => format!("−{}", -c),
        }
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
        assert_eq!(NL.questions_left(1), "Nog 1 uitspraak open");
        assert_eq!(NL.questions_left(3), "Nog 3 uitspraken open");
        assert_eq!(NL.questions_left(0), "Alle uitspraken beantwoord");
        assert_eq!(EN.questions_left(1), "1 statement left");
        assert_eq!(EN.questions_left(2), "2 statements left");
    }

    #[test]
    fn fills_progress() {
        assert_eq!(NL.progress(12, 20), "12 van 20 beantwoord");
        assert_eq!(EN.progress(0, 20), "0 of 20 answered");
    }
}
