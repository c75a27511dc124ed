mod common;

use checklist_core::scoring::{
    anchor, highlights, needed_answers, score_dimension, score_instrument, DimensionResult, Highlights, Results, Score,
};
use common::{answers, mini};

fn band_id(score: Score) -> &'static str {
    mini().bands[score.band].id
}

#[test]
fn nothing_answered_scores_nothing() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "....  ....  ...."));
    assert!(results.dimensions.iter().all(|d| d.score().is_none()));
    assert_eq!(highlights(&results), Highlights::default());
    match &results.dimensions[0] {
        DimensionResult::TooFewAnswers { answered, needed, unscored_items } => {
            assert_eq!((*answered, *needed), (0, 3));
            assert_eq!(unscored_items, &vec![0, 1, 2, 3]);
        }
        other => panic!("expected too few answers, got {other:?}"),
    }
}

#[test]
fn weet_ik_niet_is_never_scored() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "????  ????  ????"));
    assert!(results.dimensions.iter().all(|d| d.score().is_none()));
    assert_eq!(highlights(&results), Highlights::default(), "all ‘weet ik niet’: nothing to name");
}

#[test]
fn below_the_minimum_share_names_the_missing_items() {
    let mini = mini();
    // Dimension one: two of four answered on the scale (50% < 75%).
    let result = score_dimension(mini, 0, &answers(mini, "55?.  5555  5555"));
    assert_eq!(result, DimensionResult::TooFewAnswers { answered: 2, needed: 3, unscored_items: vec![2, 3] });
    // The other dimensions still count.
    let results = score_instrument(mini, &answers(mini, "55?.  5555  1111"));
    assert_eq!(results.dimensions[1].score().map(|s| s.value), Some(100));
    assert_eq!(results.dimensions[2].score().map(|s| s.value), Some(0));
}

#[test]
fn three_of_four_is_enough_and_weet_ik_niet_is_left_out_of_the_mean() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "555?  555.  5551"));
    assert_eq!(results.dimensions[0].score().map(|s| s.value), Some(100));
    assert_eq!(results.dimensions[1].score().map(|s| s.value), Some(100));
    // (5+5+5+1)/4 = 4 → (4 − 1) / 4 × 100 = 75
    assert_eq!(results.dimensions[2].score().map(|s| s.value), Some(75));
}

#[test]
fn all_ones_score_zero_and_all_fives_score_hundred() {
    let mini = mini();
    let low = score_instrument(mini, &answers(mini, "1111 1111 1111"));
    let score = low.dimensions[0].score().expect("scored");
    assert_eq!((score.value, band_id(score)), (0, "beginnend"));
    let high = score_instrument(mini, &answers(mini, "5555 5555 5555"));
    let score = high.dimensions[2].score().expect("scored");
    assert_eq!((score.value, band_id(score)), (100, "verankerd"));
}

#[test]
fn scores_round_half_up() {
    let mini = mini();
    // Sum above the lowest = 2 of 16 → 12.5 → 13; 1 of 16 → 6.25 → 6.
    let results = score_instrument(mini, &answers(mini, "2211 2111 3333"));
    assert_eq!(results.dimensions[0].score().map(|s| s.value), Some(13));
    assert_eq!(results.dimensions[1].score().map(|s| s.value), Some(6));
    assert_eq!(results.dimensions[2].score().map(|s| s.value), Some(50));
}

#[test]
fn band_boundaries_follow_the_content_file() {
    let mini = mini();
    let band_at = |score: u8| mini.bands[mini.band_index(score)].id;
    assert_eq!(band_at(0), "beginnend");
    assert_eq!(band_at(39), "beginnend");
    assert_eq!(band_at(40), "ontwikkelend");
    assert_eq!(band_at(59), "ontwikkelend");
    assert_eq!(band_at(60), "gevorderd");
    assert_eq!(band_at(79), "gevorderd");
    assert_eq!(band_at(80), "verankerd");
    assert_eq!(band_at(100), "verankerd");
    // Through the scoring: 37.5 → 38 is still beginnend, 43.75 → 44 is ontwikkelend.
    let results = score_instrument(mini, &answers(mini, "3322 3332 1111"));
    assert_eq!(results.dimensions[0].score().map(|s| (s.value, band_id(s))), Some((38, "beginnend")));
    assert_eq!(results.dimensions[1].score().map(|s| (s.value, band_id(s))), Some((44, "ontwikkelend")));
}

/// Results with these dimension scores (`None`: too few answers), for the highlight rule.
fn scored(values: &[Option<u8>]) -> Results {
    let mini = mini();
    Results {
        dimensions: values
            .iter()
            .map(|v| match v {
                Some(value) => DimensionResult::Scored {
                    score: Score { value: *value, band: mini.band_index(*value) },
                    answered: 4,
                },
                None => DimensionResult::TooFewAnswers { answered: 0, needed: 3, unscored_items: Vec::new() },
            })
            .collect(),
    }
}

fn picked(values: &[Option<u8>]) -> (Option<usize>, Option<usize>, bool) {
    let h = highlights(&scored(values));
    (h.build_on, h.start_here, h.close)
}

#[test]
fn strongest_and_weakest_are_named_only_with_a_meaningful_gap() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "3333 5555 1111"));
    assert_eq!(highlights(&results), Highlights { build_on: Some(1), start_here: Some(2), close: false });
    // The review's run B: every theme equal. Nothing is picked by order any more.
    let results = score_instrument(mini, &answers(mini, "3333 3333 3333"));
    assert_eq!(highlights(&results), Highlights { build_on: None, start_here: None, close: true });
    // Only one dimension scored: nothing to compare, and nothing said about closeness.
    let results = score_instrument(mini, &answers(mini, "3333 .... ...."));
    assert_eq!(highlights(&results), Highlights::default());
}

#[test]
fn a_gap_of_thirteen_points_is_the_least_that_counts() {
    // 12 apart: close; 13 apart: both ends named.
    assert_eq!(picked(&[Some(50), Some(62), Some(56)]), (None, None, true));
    assert_eq!(picked(&[Some(50), Some(63)]), (Some(1), Some(0), false));
    // Two answer steps on a theme of four: 50 → 63 (rounded 62.5 → 63) is meaningful.
    assert_eq!(picked(&[Some(0), Some(12)]), (None, None, true));
    assert_eq!(picked(&[Some(0), Some(13)]), (Some(1), Some(0), false));
}

#[test]
fn a_tie_or_near_tie_at_one_end_names_nothing_there() {
    // Tied at the top, clear bottom: only "begin hier".
    assert_eq!(picked(&[Some(75), Some(75), Some(38)]), (None, Some(2), false));
    // Tied at the bottom, clear top: only "bouw hierop".
    assert_eq!(picked(&[Some(88), Some(25), Some(25), Some(50)]), (Some(0), None, false));
    // A near-tie (within 6 points, about one answer) counts as a tie.
    assert_eq!(picked(&[Some(81), Some(75), Some(31)]), (None, Some(2), false));
    assert_eq!(picked(&[Some(81), Some(44), Some(38)]), (Some(0), None, false));
    // 7 apart is no longer a near-tie.
    assert_eq!(picked(&[Some(82), Some(75), Some(31), Some(38)]), (Some(0), Some(2), false));
    // Ties at both ends with a big gap: neither named, and not "close" either.
    assert_eq!(picked(&[Some(100), Some(100), Some(0), Some(0)]), (None, None, false));
}

#[test]
fn unscored_dimensions_are_left_out_of_the_highlights() {
    assert_eq!(picked(&[None, Some(94), Some(19), None, Some(50)]), (Some(1), Some(2), false));
    assert_eq!(picked(&[None, Some(94), None]), (None, None, false));
    assert_eq!(picked(&[None, None, None]), (None, None, false));
}

#[test]
fn the_verbal_anchor_is_the_nearest_scale_answer_and_rounds_halves_down() {
    let mini = mini();
    let label = |score: u8| mini.scale[anchor(mini, score)].label.nl;
    assert_eq!(label(0), "(bijna) nooit");
    assert_eq!(label(12), "(bijna) nooit"); // mean 1.48
    assert_eq!(label(13), "zelden"); // mean 1.52
    assert_eq!(label(37), "zelden"); // mean 2.48
    assert_eq!(label(38), "soms");
    assert_eq!(label(50), "soms");
    assert_eq!(label(62), "soms"); // mean 3.48
    assert_eq!(label(63), "vaak");
    assert_eq!(label(87), "vaak"); // mean 4.48
    assert_eq!(label(88), "(bijna) altijd");
    assert_eq!(label(100), "(bijna) altijd");
    assert_eq!(anchor(mini, 200), 4, "scores above 100 stay on the scale");
}

#[test]
fn needed_answers_rounds_up_and_never_drops_to_zero() {
    assert_eq!(needed_answers(4, 75), 3);
    assert_eq!(needed_answers(5, 75), 4);
    assert_eq!(needed_answers(3, 75), 3);
    assert_eq!(needed_answers(1, 1), 1);
    assert_eq!(needed_answers(4, 100), 4);
}
