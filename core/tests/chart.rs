//! The charts as data: one model that the results view draws as SVG elements (no `innerHTML`,
//! so Trusted Types do not stop it) and the HTML summary writes as text.
mod common;

use checklist_core::chart::{bars_chart, quadrant_chart, Chart, Label, Node, Rect, Shape};
use checklist_core::lang::Lang;
use checklist_core::model::Instrument;
use checklist_core::scoring::{position, score_instrument};
use checklist_core::summary::{Report, ReportBody};
use common::{all_content, answers, context, mini, TODAY};

fn instrument(id: &str) -> &'static Instrument {
    all_content().iter().copied().find(|i| i.id == id).expect("content")
}

fn bars(chart: &Chart) -> Vec<(&'static str, u8, i32)> {
    chart
        .shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Rect(Rect { bar: Some((id, score)), width, .. }) => Some((*id, *score, *width)),
            _ => None,
        })
        .collect()
}

fn texts(chart: &Chart) -> Vec<&Label> {
    chart.shapes.iter().filter_map(|shape| if let Shape::Text(label) = shape { Some(label) } else { None }).collect()
}

#[test]
fn the_bars_are_one_per_scored_dimension_with_the_score_and_its_width() {
    let mini = mini();
    // Scores 0, 50 and none (too few answers).
    let given = answers(mini, "1111 3333 ....");
    let chart = bars_chart(mini, &score_instrument(mini, &given), Lang::Nl);
    assert_eq!(chart.class, "ckl-bars-chart");
    assert_eq!(chart.label, None, "a picture of the table beside it: hidden from screen readers");
    let ids: Vec<&str> = mini.dimensions.iter().map(|d| d.id).collect();
    // 3.2 units per point; a zero keeps a 2-unit sliver.
    assert_eq!(bars(&chart), vec![(ids[0], 0, 2), (ids[1], 50, 160)]);
    let words: Vec<&str> = texts(&chart).iter().map(|t| t.text.as_str()).collect();
    for band in mini.bands {
        assert!(words.contains(&band.name.nl), "band {} named", band.name.nl);
    }
    for dimension in mini.dimensions {
        assert!(words.contains(&dimension.name.nl), "dimension {} named", dimension.name.nl);
    }
    assert!(words.contains(&"0") && words.contains(&"50"));
    let unscored = texts(&chart).into_iter().find(|t| t.italic).expect("the unscored dimension says so");
    assert_eq!(unscored.text, checklist_core::ui_text::ui(Lang::Nl).not_scored);
}

#[test]
fn a_long_bar_carries_its_number_inside_in_white() {
    let mini = mini();
    let chart = bars_chart(mini, &score_instrument(mini, &answers(mini, "5555 1111 ....")), Lang::En);
    let hundred = texts(&chart).into_iter().find(|t| t.text == "100").expect("the number");
    assert_eq!((hundred.anchor, hundred.fill, hundred.x), (Some("end"), "#ffffff", 316));
    let zero = texts(&chart).into_iter().find(|t| t.text == "0").expect("the number");
    assert_eq!((zero.anchor, zero.x), (Some("start"), 6));
}

#[test]
fn the_quadrant_chart_names_itself_and_puts_the_dot_at_the_position() {
    let change = instrument("change");
    let reading = change.quadrant_reading().expect("a reflection");
    let given = answers(change, "5555 1111");
    let at = position(change, &score_instrument(change, &given)).expect("both axes");
    let chart = quadrant_chart(change, reading, at, Lang::Nl, "in woorden");
    let (title, description) = chart.label.clone().expect("an image with a title");
    assert_eq!(description, "in woorden");
    assert!(!title.is_empty());
    assert!(chart.shapes.contains(&Shape::Dot { x: 340, y: 300, r: 8, paint: dot_paint(&chart) }));
    let names = texts(&chart);
    let bold: Vec<&str> =
        names.iter().filter(|t| t.weight == Some(700) && t.size == Some(14)).map(|t| t.text.as_str()).collect();
    assert_eq!(bold, ["Vernieuwen"], "the own quadrant stands out");
    assert_eq!(names.iter().filter(|t| t.turned).count(), 3, "the vertical axis's name and ends run upwards");
}

fn dot_paint(chart: &Chart) -> checklist_core::chart::Paint {
    chart.shapes.iter().find_map(|s| if let Shape::Dot { paint, .. } = s { Some(*paint) } else { None }).unwrap()
}

#[test]
fn the_markup_escapes_every_text_and_attribute() {
    let mut chart = bars_chart(mini(), &score_instrument(mini(), &answers(mini(), "1111 3333 ....")), Lang::Nl);
    chart
        .shapes
        .push(Shape::Text(Label { text: "<script>alert(1)</script> & \"x\"".into(), ..texts(&chart)[0].clone() }));
    let svg = chart.to_svg();
    assert!(!svg.contains("<script"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"));
    assert!(svg.starts_with("<svg viewBox=\"0 0 320 154\" class=\"ckl-bars-chart\" aria-hidden=\"true\""));
    assert!(svg.contains("<rect class=\"ckl-bar\" data-dimension=\"twee\" data-score=\"50\" x=\"0\" y=\"84\" width=\"160\" height=\"18\" fill=\"#2e6b57\"/>"));
    assert!(svg.ends_with("</svg>"));
}

/// The same elements for the view and the summary: the markup is the node tree written out.
#[test]
fn the_summary_writes_the_chart_the_view_draws() {
    let team = instrument("team");
    let given = answers(team, &"4".repeat(team.item_count()));
    let report = Report::new(team, &given, &score_instrument(team, &given), Lang::Nl, TODAY, &context(all_content()));
    let ReportBody::Checklist(checklist) = &report.body else { panic!("a checklist") };
    let node: &Node = &checklist.chart;
    assert_eq!(node.tag, "svg");
    assert_eq!(node.children.iter().filter(|n| n.attributes().any(|a| a == ("class", "ckl-bar"))).count(), 5);
    let mut svg = String::new();
    node.write(&mut svg);
    assert_eq!(svg, bars_chart(team, &score_instrument(team, &given), Lang::Nl).to_svg());
    assert!(report.to_html().contains(&svg));
}
