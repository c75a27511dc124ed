//! Charts as SVG text, drawn by hand: shared by the results view and the HTML summary.
//!
//! Colours are attributes, never `style`, so the charts work under a strict CSP. Every text
//! goes through [`escape_html`]. Each chart has a `<title>` and a `<desc>` for screen readers.

use crate::lang::Lang;
use crate::model::{Instrument, QuadrantReading};
use crate::scoring::Position;
use crate::summary::escape_html;
use crate::ui_text::ui;

const ACCENT: &str = "#2e6b57";
const INK: &str = "#1d2327";
const MUTED: &str = "#50575e";

/// The reflection's 2×2: quadrant names in the corners, the centre zone dashed, the position as
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
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 360\" role=\"img\" class=\"ckl-quadrant-chart\" \
         font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\
         <title>{}</title><desc>{}</desc>",
        e(ui(lang).chart_position_title),
        e(description)
    );
    for quadrant in reading.quadrants {
        let qx = if quadrant.first_high { left + size / 2 } else { left };
        let qy = if quadrant.second_high { top } else { top + size / 2 };
        let own = reading.quadrants.get(position.quadrant).map(|q| q.id) == Some(quadrant.id);
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
    let margin = i32::from(reading.centre_margin);
    svg.push_str(&format!(
        "<rect x=\"{cx}\" y=\"{cy}\" width=\"{w}\" height=\"{w}\" fill=\"none\" stroke=\"{MUTED}\" stroke-dasharray=\"4 3\"/>",
        cx = x(50 - margin),
        cy = y(50 + margin),
        w = margin * 2 * size / 100,
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
