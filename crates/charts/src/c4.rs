//! C4: the Magnificent 7's share of the S&P 500 over time. Year-end values by full market
//! value and 2025 values by index weight are told apart by their dots (filled / hollow); the
//! record is labelled; the reader's share is a line in the accent colour.

use crate::axes::{draw_axes, key_layout, key_rows, reader_line, LineLabel, Margins, Plot, Ticks};
use crate::theme::Theme;
use crate::ticks::ticks;
use crate::DrawResult;
use model::format::{percent, trimmed, Locale};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct ShareBase {
    /// (fractional year, share %, measured as index weight, date as written)
    pub points: Vec<(f64, f64, bool, String)>,
    /// The record, (fractional year, share %, label).
    pub record: (f64, f64, String),
    /// Key: what filled and hollow dots mean.
    pub key_full: String,
    pub key_weight: String,
    /// Label of the reader's line.
    pub current: String,
    pub y_title: String,
    /// What a point says, with `{x}` (the date) and `{y}` (the share).
    pub readout: String,
    pub locale: Locale,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShareChart {
    pub base: Rc<ShareBase>,
    /// The reader's share, %.
    pub share_pct: f64,
}

const MARGINS: Margins = Margins { left: 44.0, right: 14.0, top: 30.0, bottom: 30.0 };
const Y_MAX: f64 = 50.0;

fn plot(size: (u32, u32), b: &ShareBase, scale: f64) -> Plot {
    // A key in two rows (a small phone) takes room from the top of the plot.
    let rows = key_rows(f64::from(size.0) / scale, KEY_FROM, &key_widths(b), KEY_GAP);
    let margins = Margins { top: MARGINS.top + KEY_ROW * (rows - 1) as f64, ..MARGINS };
    Plot::new(size, margins, scale, (2015.5, 2026.3), (0.0, Y_MAX))
}

/// The key's entries, CSS pixels: a dot, then the name (estimated width).
fn key_widths(b: &ShareBase) -> Vec<f64> {
    let width = |s: &str| crate::text::width(s, crate::text::SMALL);
    vec![8.0 + width(&b.key_full), 8.0 + width(&b.key_weight)]
}

const KEY_FROM: f64 = MARGINS.left + 6.0;
const KEY_GAP: f64 = 12.0;
const KEY_ROW: f64 = 16.0;

pub fn draw_base<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ShareChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    root.fill(&theme.background)?;
    let plot = plot(root.dim_in_pixel(), b, scale);
    let x_ticks: Ticks = ticks(2016.0, 2026.0, 2.0).into_iter().map(|v| (v, model::decimal::fixed(v, 0))).collect();
    let y_ticks: Ticks = ticks(0.0, Y_MAX, 10.0).into_iter().map(|v| (v, trimmed(v, 0, b.locale))).collect();
    draw_axes(root, &plot, theme, &x_ticks, &y_ticks, "", &b.y_title)?;

    let line = ShapeStyle::from(&theme.line).stroke_width(plot.len(1.5).max(1) as u32);
    let pts: Vec<(i32, i32)> = b.points.iter().map(|(t, v, _, _)| (plot.px(*t), plot.py(*v))).collect();
    root.draw(&PathElement::new(pts.clone(), line))?;
    let r = plot.len(4.0);
    for ((_, _, weight, _), p) in b.points.iter().zip(pts) {
        root.draw(&Circle::new(p, r, theme.background.filled()))?;
        if *weight {
            root.draw(&Circle::new(p, r, line))?;
        } else {
            root.draw(&Circle::new(p, r, theme.line.filled()))?;
        }
    }
    let small = plot.font(theme, crate::text::SMALL, &theme.text);
    let (t, v, label) = &b.record;
    root.draw(&Text::new(
        label.as_str(),
        (plot.px(*t) - plot.len(8.0), plot.py(*v) - plot.len(6.0)),
        small.clone().pos(Pos::new(HPos::Right, VPos::Bottom)),
    ))?;

    // Key: a filled and a hollow dot.
    let places = key_layout(f64::from(root.dim_in_pixel().0) / scale, KEY_FROM, &key_widths(b), KEY_GAP);
    let at = |(x, row): (f64, usize)| (plot.len(x), plot.len(12.0 + KEY_ROW * row as f64));
    let ((x, y), (x2, y2)) = (at(places[0]), at(places[1]));
    root.draw(&Circle::new((x, y), r, theme.line.filled()))?;
    root.draw(&Text::new(
        b.key_full.as_str(),
        (x + plot.len(8.0), y),
        small.clone().pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    root.draw(&Circle::new((x2, y2), r, line))?;
    root.draw(&Text::new(
        b.key_weight.as_str(),
        (x2 + plot.len(8.0), y2),
        small.pos(Pos::new(HPos::Left, VPos::Center)),
    ))?;
    Ok(())
}

pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &ShareChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let plot = plot(root.dim_in_pixel(), &chart.base, scale);
    let text = format!("{}: {}", chart.base.current, percent(chart.share_pct, chart.base.locale));
    // Below the line at the left, clear of the record's label at the right.
    reader_line(root, &plot, theme, chart.share_pct, text, LineLabel::LeftBelow)?;
    Ok(())
}

/// A readout per point.
pub fn readouts(chart: &ShareChart, size: (u32, u32)) -> Vec<crate::Readout> {
    let b = &*chart.base;
    let plot = plot(size, b, 1.0);
    b.points
        .iter()
        .map(|(t, v, _, date)| crate::Readout {
            x: plot.px(*t) as f64,
            y: plot.py(*v) as f64,
            text: crate::readout_text(&b.readout, date, &trimmed(*v, 1, b.locale)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Chart;

    fn chart(share: f64) -> Chart {
        Chart::C4Share(ShareChart {
            base: Rc::new(ShareBase {
                points: vec![
                    (2015.99, 12.4, false, "31.12.2015".into()),
                    (2024.99, 36.2, false, "31.12.2024".into()),
                    (2025.82, 37.4, true, "28.10.2025".into()),
                ],
                record: (2025.82, 37.4, "Rekord: 37,4 %".into()),
                key_full: "Jahresende, Börsenwert".into(),
                key_weight: "Indexgewicht".into(),
                current: "Ihr Anteil".into(),
                y_title: "Anteil am S&P 500 (%)".into(),
                readout: "{x}: {y} %".into(),
                locale: Locale::De,
            }),
            share_pct: share,
        })
    }

    #[test]
    fn c4_share_chart_has_points_record_key_and_reader_line() {
        let out = crate::svg(&chart(37.0), (640, 280), 1.0);
        for t in [
            "Rekord: 37,4 %",
            "Jahresende, Börsenwert",
            "Indexgewicht",
            "Ihr Anteil: 37\u{a0}%",
            "2016",
            "2024",
            "#D55E00",
        ] {
            assert!(out.contains(t), "missing {t}");
        }
        // The key starts at the plot's left where it fits, at the canvas's edge on a phone.
        let key_x = |width: u32| {
            let svg = crate::svg(&chart(37.0), (width, 280), 1.0);
            let line = svg.lines().find(|l| l.ends_with(">Jahresende, Börsenwert</text>")).unwrap().to_string();
            line.split("x=\"").nth(1).and_then(|x| x.split('"').next()).and_then(|x| x.parse::<i32>().ok()).unwrap()
        };
        assert!(key_x(640) > MARGINS.left as i32, "beside the plot on a wide chart");
        assert!(key_x(311) < 20, "from the edge on a phone");
        assert_ne!(out, crate::svg(&chart(20.0), (640, 280), 1.0));
        assert_eq!(chart(37.0).readouts(640.0, 280.0)[2].text, "28.10.2025: 37,4 %");
    }
}
