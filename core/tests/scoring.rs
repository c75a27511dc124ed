mod common;

use checklist_core::scoring::{needed_answers, score_dimension, score_instrument, DimensionResult, Score};
use common::{answers, mini};

fn band_id(score: Score) -> &'static str {
    mini().bands[score.band].id
}

#[test]
fn nothing_answered_scores_nothing() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "....  ....  ...."));
    assert!(results.dimensions.iter().all(|d| d.score().is_none()));
    assert_eq!(results.overall, None);
    assert_eq!((results.strongest, results.weakest), (None, None));
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
    assert_eq!(results.overall, None);
}

#[test]
fn below_the_minimum_share_names_the_missing_items() {
    let mini = mini();
    // Dimension one: two of four answered on the scale (50% < 75%).
    let result = score_dimension(mini, 0, &answers(mini, "55?.  5555  5555"));
    assert_eq!(result, DimensionResult::TooFewAnswers { answered: 2, needed: 3, unscored_items: vec![2, 3] });
    // Without it there is no overall score, but the other dimensions still count.
    let results = score_instrument(mini, &answers(mini, "55?.  5555  1111"));
    assert_eq!(results.overall, None);
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
    let overall = low.overall.expect("every dimension scored");
    assert_eq!((overall.value, band_id(overall)), (0, "beginnend"));
    let high = score_instrument(mini, &answers(mini, "5555 5555 5555"));
    let overall = high.overall.expect("every dimension scored");
    assert_eq!((overall.value, band_id(overall)), (100, "verankerd"));
}

#[test]
fn scores_round_half_up() {
    let mini = mini();
    // Sum above the lowest = 2 of 16 → 12.5 → 13; 1 of 16 → 6.25 → 6.
    let results = score_instrument(mini, &answers(mini, "2211 2111 3333"));
    assert_eq!(results.dimensions[0].score().map(|s| s.value), Some(13));
    assert_eq!(results.dimensions[1].score().map(|s| s.value), Some(6));
    assert_eq!(results.dimensions[2].score().map(|s| s.value), Some(50));
    // Overall is the rounded mean of the shown scores: (13 + 6 + 50) / 3 = 23
    assert_eq!(results.overall.map(|s| s.value), Some(23));
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

#[test]
fn strongest_and_weakest_are_named_and_ties_go_to_the_first() {
    let mini = mini();
    let results = score_instrument(mini, &answers(mini, "3333 5555 1111"));
    assert_eq!((results.strongest, results.weakest), (Some(1), Some(2)));
    // All equal: the first is the strongest, the next one the weakest, never the same.
    let results = score_instrument(mini, &answers(mini, "3333 3333 3333"));
    assert_eq!((results.strongest, results.weakest), (Some(0), Some(1)));
    // Only one dimension scored: nothing to compare.
    let results = score_instrument(mini, &answers(mini, "3333 .... ...."));
    assert_eq!((results.strongest, results.weakest), (None, None));
}

#[test]
fn needed_answers_rounds_up_and_never_drops_to_zero() {
    assert_eq!(needed_answers(4, 75), 3);
    assert_eq!(needed_answers(5, 75), 4);
    assert_eq!(needed_answers(3, 75), 3);
    assert_eq!(needed_answers(1, 1), 1);
    assert_eq!(needed_answers(4, 100), 4);
}
