//! Charts as SVG text, drawn by hand: shared by the results view and the HTML summary.
//!
//! Colours are attributes, never `style`, so the charts work under a strict CSP. Every text
//! goes through [`escape_html`]. Each chart has a `<title>` and a `<desc>` for screen readers.

use crate::escape::escape_html;
use crate::lang::Lang;
use crate::model::{Instrument, QuadrantReading};
use crate::reading::ChangeReading;
use crate::scoring::{Position, Results};
use crate::ui_text::ui;

const ACCENT: &str = "#2e6b57";
const INK: &str = "#1d2327";
const MUTED: &str = "#50575e";

/// The reflection's 2×2: quadrant names in the corners, the margin around each axis's middle dashed, the position as
/// a dot. `description` is the same position in words.
pub fn quadrant_svg(
    instrument: &Instrument,
    reading: &QuadrantReading,
    position: Position,
    lang: Lang,
    description: &str,
) -> String {
    // Plot square: x 60..340, y 20..300 in a 360 × 360 view box. Whole pixels only: formatting
    // floats would cost the wasm several kilobytes.
    let (left, top, size): (i32, i32, i32) = (60, 20, 280);
    let x = |score: i32| left + score * size / 100;
    let y = |score: i32| top + size - score * size / 100;
    let e = escape_html;
    let axis = |i: usize| instrument.dimensions.get(i).map_or("", |d| d.name.get(lang));
    let ends = |i: usize| reading.axis_ends.get(i);
    let mut svg = format!(
        "<svg viewBox=\"0 0 360 360\" role=\"img\" class=\"ckl-quadrant-chart\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\
         <title>{}</title><desc>{}</desc>",
        e(ui(lang).chart_position_title),
        e(description)
    );
    for quadrant in reading.quadrants {
        let qx = if quadrant.first_high { left + size / 2 } else { left };
        let qy = if quadrant.second_high { top } else { top + size / 2 };
        let own = match position.reading {
            ChangeReading::Quadrant(q) => reading.quadrants.get(q).map(|q| q.id) == Some(quadrant.id),
            _ => false,
        };
        let fill = if own { "#d5e8df" } else { "#f3f5f4" };
        svg.push_str(&format!(
            "<rect x=\"{qx}\" y=\"{qy}\" width=\"{half}\" height=\"{half}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"2\"/>\
             <text x=\"{tx}\" y=\"{ty}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"{weight}\" fill=\"{INK}\">{name}</text>",
            half = size / 2,
            tx = qx + size / 4,
            ty = if quadrant.second_high { qy + 24 } else { qy + size / 2 - 14 },
            weight = if own { 700 } else { 400 },
            name = e(quadrant.name.get(lang)),
        ));
    }
    // The margin around the middle of each axis ("in beweging"): a dashed band across each axis.
    let margin = i32::from(reading.centre_margin);
    let band = margin * 2 * size / 100;
    svg.push_str(&format!(
        "<rect x=\"{bx}\" y=\"{top}\" width=\"{band}\" height=\"{size}\" fill=\"none\" stroke=\"{MUTED}\" stroke-dasharray=\"4 3\"/>\
         <rect x=\"{left}\" y=\"{by}\" width=\"{size}\" height=\"{band}\" fill=\"none\" stroke=\"{MUTED}\" stroke-dasharray=\"4 3\"/>",
        bx = x(50 - margin),
        by = y(50 + margin),
    ));
    // Axes with their names and ends.
    svg.push_str(&format!(
        "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"{INK}\"/>\
         <line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"{INK}\"/>\
         <text x=\"{left}\" y=\"{below}\" fill=\"{MUTED}\">{first_low}</text>\
         <text x=\"{right}\" y=\"{below}\" text-anchor=\"end\" fill=\"{MUTED}\">{first_high}</text>\
         <text x=\"{mid}\" y=\"{label}\" text-anchor=\"middle\" font-weight=\"700\" fill=\"{INK}\">{first} →</text>\
         <g transform=\"rotate(-90)\">\
         <text x=\"{neg_bottom}\" y=\"{beside}\" fill=\"{MUTED}\">{second_low}</text>\
         <text x=\"{neg_top}\" y=\"{beside}\" text-anchor=\"end\" fill=\"{MUTED}\">{second_high}</text>\
         <text x=\"{neg_mid}\" y=\"{side_label}\" text-anchor=\"middle\" font-weight=\"700\" fill=\"{INK}\">{second} →</text></g>",
        bottom = top + size,
        right = left + size,
        below = top + size + 16,
        label = top + size + 34,
        mid = left + size / 2,
        neg_bottom = -(top + size),
        neg_top = -top,
        neg_mid = -(top + size / 2),
        beside = left - 8,
        side_label = left - 26,
        first = e(axis(0)),
        second = e(axis(1)),
        first_low = e(ends(0).map_or("", |a| a.low.get(lang))),
        first_high = e(ends(0).map_or("", |a| a.high.get(lang))),
        second_low = e(ends(1).map_or("", |a| a.low.get(lang))),
        second_high = e(ends(1).map_or("", |a| a.high.get(lang))),
    ));
    svg.push_str(&format!(
        "<circle class=\"ckl-position\" cx=\"{}\" cy=\"{}\" r=\"8\" fill=\"{ACCENT}\" stroke=\"#ffffff\" stroke-width=\"3\"/></svg>",
        x(i32::from(position.first)),
        y(i32::from(position.second)),
    ));
    svg
}

/// Width of the bar chart's plot in view-box units: one unit per 0.32 score points' step.
const BARS_WIDTH: i32 = 320;
const ROW: i32 = 40;
const TOP: i32 = 30;

/// A `textLength` that squeezes `text` into `room` units when it would not fit at `size`, by a
/// generous estimate of the width of its letters; nothing when it fits.
fn fit_text(text: &str, size: i32, room: i32) -> String {
    let estimate = text.chars().count() as i32 * size * 58 / 100;
    if estimate > room {
        format!(" textLength=\"{room}\" lengthAdjust=\"spacingAndGlyphs\"")
    } else {
        String::new()
    }
}

/// The dimension scores as horizontal bars over the bands (shaded, named at the top): reads
/// well on a phone. One `rect.ckl-bar` per scored dimension, carrying `data-score`. The figures
/// themselves are also given as a table (see [`bars_table`]); the picture is `aria-hidden`.
pub fn bars_svg(instrument: &Instrument, results: &Results, lang: Lang) -> String {
    let e = escape_html;
    let x = |score: i32| score * BARS_WIDTH / 100;
    let height = TOP + ROW * instrument.dimensions.len() as i32 + 4;
    let mut svg = format!(
        "<svg viewBox=\"0 0 {BARS_WIDTH} {height}\" class=\"ckl-bars-chart\" \
         aria-hidden=\"true\" focusable=\"false\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"11\">"
    );
    for (i, band) in instrument.bands.iter().enumerate() {
        let (from, to) = (x(i32::from(band.min)), x(i32::from(band.max) + 1).min(BARS_WIDTH));
        let fill = if i % 2 == 0 { "#eef2f0" } else { "#dde6e1" };
        svg.push_str(&format!(
            "<rect x=\"{from}\" y=\"16\" width=\"{}\" height=\"{}\" fill=\"{fill}\"/>\
             <text x=\"{}\" y=\"11\" text-anchor=\"middle\" font-size=\"9\" fill=\"{MUTED}\"{}>{}</text>",
            to - from,
            height - 16,
            (from + to) / 2,
            fit_text(band.name.get(lang), 9, to - from - 4),
            e(band.name.get(lang))
        ));
    }
    for (i, (dimension, result)) in instrument.dimensions.iter().zip(&results.dimensions).enumerate() {
        let y = TOP + ROW * i as i32;
        svg.push_str(&format!(
            "<text x=\"4\" y=\"{}\" fill=\"{INK}\" font-weight=\"600\">{}</text>",
            y + 8,
            e(dimension.name.get(lang))
        ));
        match result.score() {
            Some(score) => {
                let width = x(i32::from(score.value)).max(2);
                let label_x = if width > BARS_WIDTH - 30 { width - 4 } else { width + 4 };
                let anchor = if width > BARS_WIDTH - 30 { "end" } else { "start" };
                let colour = if width > BARS_WIDTH - 30 { "#ffffff" } else { INK };
                svg.push_str(&format!(
                    "<rect class=\"ckl-bar\" data-dimension=\"{}\" data-score=\"{}\" x=\"0\" y=\"{}\" width=\"{width}\" height=\"18\" fill=\"{ACCENT}\"/>\
                     <text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\" fill=\"{colour}\" font-weight=\"700\">{}</text>",
                    e(dimension.id),
                    score.value,
                    y + 14,
                    y + 27,
                    score.value
                ));
            }
            None => svg.push_str(&format!(
                "<text x=\"4\" y=\"{}\" fill=\"{MUTED}\" font-style=\"italic\">{}</text>",
                y + 27,
                e(ui(lang).not_scored)
            )),
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The chart's figures as rows for a table: (dimension, score, band), "–" where unscored.
pub fn bars_table(instrument: &Instrument, results: &Results, lang: Lang) -> Vec<(&'static str, String, &'static str)> {
    instrument
        .dimensions
        .iter()
        .zip(&results.dimensions)
        .map(|(dimension, result)| match result.score() {
            Some(score) => {
                (dimension.name.get(lang), score.value.to_string(), instrument.bands[score.band].name.get(lang))
            }
            None => (dimension.name.get(lang), "–".to_string(), ui(lang).not_scored),
        })
        .collect()
}
