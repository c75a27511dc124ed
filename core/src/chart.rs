//! Charts as data: the bars and the reflection's 2×2 as shapes, texts and coordinates, drawn by
//! hand. The results view renders a [`Chart`] as SVG elements (no `innerHTML`, so it works under
//! a Trusted Types policy); the HTML summary writes the same chart as SVG text ([`Chart::to_svg`]).
//!
//! Colours are attributes, never `style`, so the charts work under a strict CSP. Every text
//! written out goes through [`escape_html`]. A chart is either an image with a title and a
//! description for screen readers, or decoration (`aria-hidden`) whose figures are given elsewhere.

use std::fmt::Write as _;

use crate::escape::escape_html;
use crate::lang::Lang;
use crate::model::{Instrument, QuadrantReading};
use crate::reading::ChangeReading;
use crate::scoring::{Position, Results};
use crate::ui_text::ui;

const ACCENT: &str = "#2e6b57";
const INK: &str = "#1d2327";
const MUTED: &str = "#50575e";
const WHITE: &str = "#ffffff";

/// The font of every chart, set on its `<svg>`.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// One chart: its view box (`0 0 width height`), class, default font size and what it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub class: &'static str,
    pub width: i32,
    pub height: i32,
    pub font_size: i32,
    /// `Some((title, description))`: an image a screen reader names (`role="img"`). `None`: a
    /// picture of figures given elsewhere, hidden from screen readers.
    pub label: Option<(String, String)>,
    pub shapes: Vec<Shape>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Rect(Rect),
    Line {
        x1: i32,
        y1: i32,
        x2: i32,
        y2: i32,
        stroke: &'static str,
    },
    /// The reflection's position (`circle.ckl-position`).
    Dot {
        x: i32,
        y: i32,
        r: i32,
        paint: Paint,
    },
    Text(Label),
}

/// How a shape is filled and outlined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint {
    /// `none` for an outline only.
    pub fill: &'static str,
    pub stroke: Option<&'static str>,
    pub stroke_width: Option<i32>,
    /// A dashed outline (`stroke-dasharray="4 3"`).
    pub dashed: bool,
}

impl Paint {
    const fn fill(fill: &'static str) -> Paint {
        Paint { fill, stroke: None, stroke_width: None, dashed: false }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    pub paint: Paint,
    /// A dimension's bar (`rect.ckl-bar`, with `data-dimension` and `data-score`): (id, score).
    pub bar: Option<(&'static str, u8)>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub x: i32,
    pub y: i32,
    pub text: String,
    /// `text-anchor`: `middle` or `end`; `None` starts at `x`.
    pub anchor: Option<&'static str>,
    /// Font size, when not the chart's own.
    pub size: Option<i32>,
    pub weight: Option<i32>,
    pub italic: bool,
    pub fill: &'static str,
    /// Squeezed into this many units (`textLength`) because it would not fit otherwise.
    pub fit: Option<i32>,
    /// Turned a quarter anticlockwise (`rotate(-90)`, about the origin): a vertical axis's text.
    pub turned: bool,
}

impl Label {
    fn new(x: i32, y: i32, text: impl Into<String>, fill: &'static str) -> Label {
        Label {
            x,
            y,
            text: text.into(),
            anchor: None,
            size: None,
            weight: None,
            italic: false,
            fill,
            fit: None,
            turned: false,
        }
    }
    fn anchor(mut self, anchor: &'static str) -> Label {
        self.anchor = Some(anchor);
        self
    }
    fn weight(mut self, weight: i32) -> Label {
        self.weight = Some(weight);
        self
    }
    fn size(mut self, size: i32) -> Label {
        self.size = Some(size);
        self
    }
}

/// An SVG element: its attribute names (a fixed list per kind of element), the value of each
/// (`None`: not set; unescaped), its text and its children. Both renderers walk it, so the view
/// and the summary draw the same chart attribute for attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub tag: &'static str,
    pub names: &'static [&'static str],
    pub values: Vec<Option<String>>,
    pub text: String,
    pub children: Vec<Node>,
}

const SVG: &[&str] = &["viewBox", "role", "class", "aria-hidden", "focusable", "font-family", "font-size"];
const RECT: &[&str] = &[
    "class",
    "data-dimension",
    "data-score",
    "x",
    "y",
    "width",
    "height",
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
];
const LINE: &[&str] = &["x1", "y1", "x2", "y2", "stroke"];
const CIRCLE: &[&str] = &["class", "cx", "cy", "r", "fill", "stroke", "stroke-width", "stroke-dasharray"];
const TEXT: &[&str] = &[
    "x",
    "y",
    "transform",
    "text-anchor",
    "font-size",
    "font-weight",
    "font-style",
    "fill",
    "textLength",
    "lengthAdjust",
];

fn node(tag: &'static str, names: &'static [&'static str], values: Vec<Option<String>>) -> Node {
    Node { tag, names, values, text: String::new(), children: Vec::new() }
}

// Plain functions rather than one generic `ToString`: each generic copy costs wasm.
fn num(value: i32) -> Option<String> {
    Some(value.to_string())
}

fn word(value: &str) -> Option<String> {
    Some(value.to_string())
}

fn maybe_num(value: Option<i32>) -> Option<String> {
    value.and_then(num)
}

fn maybe_word(value: Option<&str>) -> Option<String> {
    value.and_then(word)
}

/// `fill`, `stroke`, `stroke-width`, `stroke-dasharray`.
fn paint(paint: &Paint) -> [Option<String>; 4] {
    [
        word(paint.fill),
        maybe_word(paint.stroke),
        maybe_num(paint.stroke_width),
        maybe_word(paint.dashed.then_some("4 3")),
    ]
}

impl Node {
    /// The attributes that are set, in order: (name, value).
    pub fn attributes(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.names.iter().zip(&self.values).filter_map(|(name, value)| Some((*name, value.as_deref()?)))
    }

    /// The element as markup, every attribute value and text escaped.
    pub fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.tag);
        for (name, value) in self.attributes() {
            let _ = write!(out, " {name}=\"{}\"", escape_html(value));
        }
        if self.text.is_empty() && self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        out.push_str(&escape_html(&self.text));
        for child in &self.children {
            child.write(out);
        }
        let _ = write!(out, "</{}>", self.tag);
    }
}

impl Chart {
    /// The chart as one `<svg>` element.
    pub fn to_node(&self) -> Node {
        let image = self.label.is_some();
        let mut svg = node(
            "svg",
            SVG,
            vec![
                Some(format!("0 0 {} {}", self.width, self.height)),
                image.then(|| "img".to_string()),
                word(self.class),
                (!image).then(|| "true".to_string()),
                (!image).then(|| "false".to_string()),
                word(FONT_FAMILY),
                num(self.font_size),
            ],
        );
        if let Some((title, description)) = &self.label {
            svg.children.push(Node { text: title.clone(), ..node("title", &[], Vec::new()) });
            svg.children.push(Node { text: description.clone(), ..node("desc", &[], Vec::new()) });
        }
        svg.children.extend(self.shapes.iter().map(Shape::to_node));
        svg
    }

    /// The chart as SVG markup, for the HTML summary.
    pub fn to_svg(&self) -> String {
        let mut svg = String::new();
        self.to_node().write(&mut svg);
        svg
    }
}

impl Shape {
    fn to_node(&self) -> Node {
        match self {
            Shape::Rect(rect) => {
                let mut values = vec![
                    rect.bar.map(|_| "ckl-bar".to_string()),
                    maybe_word(rect.bar.map(|(dimension, _)| dimension)),
                    maybe_num(rect.bar.map(|(_, score)| i32::from(score))),
                    num(rect.x),
                    num(rect.y),
                    num(rect.width),
                    num(rect.height),
                ];
                values.extend(paint(&rect.paint));
                node("rect", RECT, values)
            }
            Shape::Line { x1, y1, x2, y2, stroke } => {
                node("line", LINE, vec![num(*x1), num(*y1), num(*x2), num(*y2), word(stroke)])
            }
            Shape::Dot { x, y, r, paint: dot } => {
                let mut values = vec![word("ckl-position"), num(*x), num(*y), num(*r)];
                values.extend(paint(dot));
                node("circle", CIRCLE, values)
            }
            Shape::Text(label) => {
                let values = vec![
                    num(label.x),
                    num(label.y),
                    maybe_word(label.turned.then_some("rotate(-90)")),
                    maybe_word(label.anchor),
                    maybe_num(label.size),
                    maybe_num(label.weight),
                    maybe_word(label.italic.then_some("italic")),
                    word(label.fill),
                    maybe_num(label.fit),
                    maybe_word(label.fit.map(|_| "spacingAndGlyphs")),
                ];
                Node { text: label.text.clone(), ..node("text", TEXT, values) }
            }
        }
    }
}

/// The reflection's 2×2: quadrant names in the corners, the margin around each axis's middle
/// dashed, the position as a dot. `description` is the same position in words.
pub fn quadrant_chart(
    instrument: &Instrument,
    reading: &QuadrantReading,
    position: Position,
    lang: Lang,
    description: &str,
) -> Chart {
    // Plot square: x 60..340, y 20..300 in a 360 × 360 view box. Whole pixels only: formatting
    // floats would cost the wasm several kilobytes.
    let (left, top, size): (i32, i32, i32) = (60, 20, 280);
    let x = |score: i32| left + score * size / 100;
    let y = |score: i32| top + size - score * size / 100;
    let axis = |i: usize| instrument.dimensions.get(i).map_or("", |d| d.name.get(lang));
    let end = |i: usize, high: bool| {
        reading.axis_ends.get(i).map_or("", |a| if high { a.high.get(lang) } else { a.low.get(lang) })
    };
    let mut shapes = Vec::new();
    for quadrant in reading.quadrants {
        let qx = if quadrant.first_high { left + size / 2 } else { left };
        let qy = if quadrant.second_high { top } else { top + size / 2 };
        let own = match position.reading {
            ChangeReading::Quadrant(q) => reading.quadrants.get(q).map(|q| q.id) == Some(quadrant.id),
            _ => false,
        };
        let paint = Paint {
            stroke: Some(WHITE),
            stroke_width: Some(2),
            ..Paint::fill(if own { "#d5e8df" } else { "#f3f5f4" })
        };
        shapes.push(Shape::Rect(Rect { x: qx, y: qy, width: size / 2, height: size / 2, paint, bar: None }));
        let ty = if quadrant.second_high { qy + 24 } else { qy + size / 2 - 14 };
        let name = Label::new(qx + size / 4, ty, quadrant.name.get(lang), INK).anchor("middle").size(14);
        shapes.push(Shape::Text(name.weight(if own { 700 } else { 400 })));
    }
    // The margin around the middle of each axis ("in beweging"): a dashed band across each axis.
    let margin = i32::from(reading.centre_margin);
    let band = margin * 2 * size / 100;
    let dashed = Paint { stroke: Some(MUTED), dashed: true, ..Paint::fill("none") };
    shapes.push(Shape::Rect(Rect { x: x(50 - margin), y: top, width: band, height: size, paint: dashed, bar: None }));
    shapes.push(Shape::Rect(Rect { x: left, y: y(50 + margin), width: size, height: band, paint: dashed, bar: None }));
    // Axes with their names and ends; the second axis's texts run upwards beside it.
    let (bottom, right) = (top + size, left + size);
    shapes.push(Shape::Line { x1: left, y1: bottom, x2: right, y2: bottom, stroke: INK });
    shapes.push(Shape::Line { x1: left, y1: top, x2: left, y2: bottom, stroke: INK });
    let turned = |label: Label| Shape::Text(Label { turned: true, ..label });
    shapes.extend([
        Shape::Text(Label::new(left, bottom + 16, end(0, false), MUTED)),
        Shape::Text(Label::new(right, bottom + 16, end(0, true), MUTED).anchor("end")),
        Shape::Text(
            Label::new(left + size / 2, bottom + 34, format!("{} →", axis(0)), INK).anchor("middle").weight(700),
        ),
        turned(Label::new(-bottom, left - 8, end(1, false), MUTED)),
        turned(Label::new(-top, left - 8, end(1, true), MUTED).anchor("end")),
        turned(Label::new(-(top + size / 2), left - 26, format!("{} →", axis(1)), INK).anchor("middle").weight(700)),
    ]);
    let dot = Paint { stroke: Some(WHITE), stroke_width: Some(3), ..Paint::fill(ACCENT) };
    shapes.push(Shape::Dot { x: x(i32::from(position.first)), y: y(i32::from(position.second)), r: 8, paint: dot });
    Chart {
        class: "ckl-quadrant-chart",
        width: 360,
        height: 360,
        font_size: 12,
        label: Some((ui(lang).chart_position_title.to_string(), description.to_string())),
        shapes,
    }
}

/// Width of the bar chart's plot in view-box units: one unit per 0.32 score points' step.
const BARS_WIDTH: i32 = 320;
const ROW: i32 = 40;
const TOP: i32 = 30;

/// The room to squeeze `text` into when it would not fit in `room` units at `size`, by a
/// generous estimate of the width of its letters; nothing when it fits.
fn fit_text(text: &str, size: i32, room: i32) -> Option<i32> {
    let estimate = text.chars().count() as i32 * size * 58 / 100;
    (estimate > room).then_some(room)
}

/// The dimension scores as horizontal bars over the bands (shaded, named at the top): reads
/// well on a phone. One `rect.ckl-bar` per scored dimension, carrying `data-score`. The figures
/// themselves are also given as a table (see [`bars_table`]); the picture is `aria-hidden`.
pub fn bars_chart(instrument: &Instrument, results: &Results, lang: Lang) -> Chart {
    let x = |score: i32| score * BARS_WIDTH / 100;
    let height = TOP + ROW * instrument.dimensions.len() as i32 + 4;
    let mut shapes = Vec::new();
    for (i, band) in instrument.bands.iter().enumerate() {
        let (from, to) = (x(i32::from(band.min)), x(i32::from(band.max) + 1).min(BARS_WIDTH));
        let fill = if i % 2 == 0 { "#eef2f0" } else { "#dde6e1" };
        let paint = Paint::fill(fill);
        shapes.push(Shape::Rect(Rect { x: from, y: 16, width: to - from, height: height - 16, paint, bar: None }));
        let name = band.name.get(lang);
        let label = Label { fit: fit_text(name, 9, to - from - 4), ..Label::new((from + to) / 2, 11, name, MUTED) };
        shapes.push(Shape::Text(label.anchor("middle").size(9)));
    }
    for (i, (dimension, result)) in instrument.dimensions.iter().zip(&results.dimensions).enumerate() {
        let y = TOP + ROW * i as i32;
        shapes.push(Shape::Text(Label::new(4, y + 8, dimension.name.get(lang), INK).weight(600)));
        match result.score() {
            Some(score) => {
                let width = x(i32::from(score.value)).max(2);
                // A long bar carries its number inside, in white; a short one beside it.
                let inside = width > BARS_WIDTH - 30;
                let bar = Some((dimension.id, score.value));
                shapes.push(Shape::Rect(Rect { x: 0, y: y + 14, width, height: 18, paint: Paint::fill(ACCENT), bar }));
                let number = match inside {
                    true => Label::new(width - 4, y + 27, score.value.to_string(), WHITE).anchor("end"),
                    false => Label::new(width + 4, y + 27, score.value.to_string(), INK).anchor("start"),
                };
                shapes.push(Shape::Text(number.weight(700)));
            }
            None => {
                let note = Label { italic: true, ..Label::new(4, y + 27, ui(lang).not_scored, MUTED) };
                shapes.push(Shape::Text(note));
            }
        }
    }
    Chart { class: "ckl-bars-chart", width: BARS_WIDTH, height, font_size: 11, label: None, shapes }
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
