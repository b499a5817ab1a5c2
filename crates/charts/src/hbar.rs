//! Horizontal bar charts: one row per bar, its label above it, its value at its end. Labels
//! above the bars need no measured margin and read well on a phone.

use crate::axes::Plot;
use crate::text;
use crate::theme::Theme;
use crate::DrawResult;
use model::format::Locale;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// How a bar (or a part of a stacked bar) is coloured.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ink {
    /// `theme.series[i]`.
    Series(usize),
    /// The reader's value.
    Accent,
    /// A reference value for comparison.
    Reference,
}

impl Ink {
    pub fn color(self, theme: &Theme) -> RGBColor {
        match self {
            Ink::Series(i) => theme.series[i % theme.series.len()],
            Ink::Accent => theme.accent,
            Ink::Reference => theme.reference,
        }
    }
}

/// One bar: its label, its parts (value, ink), the text at its end.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub parts: Vec<(f64, Ink)>,
    pub value: String,
}

impl Bar {
    pub fn total(&self) -> f64 {
        self.parts.iter().map(|p| p.0.max(0.0)).sum()
    }
}

/// A whole bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bars {
    pub bars: Vec<Bar>,
    /// The scale's end; the longest bar if zero.
    pub max: f64,
    /// Stacked parts' names and inks, drawn as a key above the bars (empty for none).
    pub key: Vec<(String, Ink)>,
    pub locale: Locale,
}

const ROW: f64 = 44.0;

/// Where the key entries and the bars go, device pixels.
struct Layout {
    plot: Plot,
    /// (x, y) of each key entry.
    key: Vec<(i32, i32)>,
    /// Top of each bar's row.
    rows: Vec<i32>,
    max: f64,
}

fn layout(chart: &Bars, width: u32, scale: f64) -> Layout {
    let s = |css: f64| (css * scale).round() as i32;
    let max = if chart.max > 0.0 { chart.max } else { chart.bars.iter().map(Bar::total).fold(0.0, f64::max) };
    let max = if max.is_finite() && max > 0.0 { max } else { 1.0 };
    let plot = Plot {
        left: s(4.0) as f64,
        top: 0.0,
        width: width as f64 - s(4.0) as f64 - s(70.0) as f64,
        height: 1.0,
        x: (0.0, max),
        y: (0.0, 1.0),
        scale,
    };
    let mut y = s(8.0);
    let mut key = Vec::new();
    if !chart.key.is_empty() {
        // The key wraps onto a new line where an entry (estimated width) would not fit.
        let mut x = plot.left as i32;
        for (name, _) in &chart.key {
            let w = s(24.0 + text::width(name, text::SMALL));
            if x > plot.left as i32 && x + w > width as i32 {
                x = plot.left as i32;
                y += s(20.0);
            }
            key.push((x, y));
            x += w;
        }
        y += s(24.0);
    }
    let rows = (0..chart.bars.len()).map(|i| y + i as i32 * s(ROW)).collect();
    Layout { plot, key, rows, max }
}

pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Bars,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    root.fill(&theme.background)?;
    let s = |css: f64| (css * scale).round() as i32;
    let Layout { plot, key, rows, max } = layout(chart, root.dim_in_pixel().0, scale);
    for ((name, ink), (x, y)) in chart.key.iter().zip(key) {
        root.draw(&Rectangle::new([(x, y + s(2.0)), (x + s(12.0), y + s(14.0))], ink.color(theme).filled()))?;
        let style = plot.font(theme, text::SMALL, &theme.text).pos(Pos::new(HPos::Left, VPos::Top));
        root.draw(&Text::new(name.as_str(), (x + s(16.0), y + s(1.0)), style))?;
    }
    let room = (root.dim_in_pixel().0 as f64 - 2.0 * plot.left) / scale;
    for (bar, y) in chart.bars.iter().zip(rows) {
        let (text, size) = fit_label(&bar.label, room);
        let label = plot.font(theme, size, &theme.text).pos(Pos::new(HPos::Left, VPos::Bottom));
        root.draw(&Text::new(text.as_ref(), (plot.left as i32, y + s(16.0)), label))?;
        let (top, bottom) = (y + s(20.0), y + s(36.0));
        let mut at = 0.0;
        for (v, ink) in &bar.parts {
            let v = v.max(0.0).min(max - at);
            let (x0, x1) = (plot.px(at), plot.px(at + v));
            if x1 > x0 {
                root.draw(&Rectangle::new([(x0, top), (x1, bottom)], ink.color(theme).filled()))?;
                // A hairline between stacked parts keeps them apart without relying on colour.
                if at > 0.0 {
                    root.draw(&Rectangle::new([(x0, top), (x0 + s(1.0).max(1), bottom)], theme.background.filled()))?;
                }
            }
            at += v;
        }
        let style = plot.font(theme, 13.0, &theme.text).pos(Pos::new(HPos::Left, VPos::Center));
        root.draw(&Text::new(bar.value.as_str(), (plot.px(at) + s(6.0), (top + bottom) / 2), style))?;
    }
    Ok(())
}

/// A bar's label fitted into `room` CSS pixels (its row has one line): at 13 px where it fits,
/// else smaller down to 10.5 px, and cut with an ellipsis only where that is not enough (the
/// data table and the read-out keep it whole). Returns the text and its size.
pub fn fit_label(label: &str, room: f64) -> (std::borrow::Cow<'_, str>, f64) {
    const SIZE: f64 = 13.0;
    const LEAST: f64 = 10.5;
    let chars = text::chars(label);
    let width = |size: f64| text::width(label, size);
    if width(SIZE) <= room {
        return (label.into(), SIZE);
    }
    if width(LEAST) <= room {
        return (label.into(), (room / (chars * text::CHAR_EM)).min(SIZE));
    }
    let keep = ((room / (text::CHAR_EM * LEAST)) as usize).saturating_sub(1);
    let cut: String = label.chars().take(keep).collect();
    (format!("{}…", cut.trim_end()).into(), LEAST)
}

/// One readout per bar, at the bar's end (CSS pixels of a chart `width` wide).
pub fn readouts(chart: &Bars, width: f64) -> Vec<crate::Readout> {
    let l = layout(chart, width as u32, 1.0);
    chart
        .bars
        .iter()
        .zip(&l.rows)
        .map(|(b, y)| crate::Readout {
            x: l.plot.px(b.total().min(l.max)) as f64,
            y: (*y + 28) as f64,
            text: format!("{}: {}", b.label, b.value),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::LIGHT;
    use plotters_svg::SVGBackend;

    #[test]
    fn bars_draw_labels_values_and_key() {
        let chart = Bars {
            bars: vec![
                Bar { label: "US-Haushalte".into(), parts: vec![(20.0, Ink::Accent)], value: "20 Bio. $".into() },
                Bar { label: "US-BIP 2024".into(), parts: vec![(29.18, Ink::Reference)], value: "29,18 Bio. $".into() },
                Bar {
                    label: "Morgan Stanley".into(),
                    parts: vec![(1.6, Ink::Series(0)), (1.3, Ink::Series(1))],
                    value: "2,9".into(),
                },
            ],
            max: 0.0,
            key: vec![("Hardware".into(), Ink::Series(0)), ("Gebäude".into(), Ink::Series(1))],
            locale: Locale::De,
        };
        let mut out = String::new();
        {
            let backend = SVGBackend::with_string(&mut out, (400, 180));
            draw(&backend.into_drawing_area(), &chart, &LIGHT, 1.0).unwrap();
        }
        for t in ["US-Haushalte", "29,18 Bio. $", "Hardware", "Gebäude", "#D55E00", "#8A8A8A", "#0072B2"] {
            assert!(out.contains(t), "{t}");
        }
    }

    #[test]
    fn long_labels_fit_their_row() {
        let long = "Dotcom-Crash: Verlust ausländischer Investoren";
        // Wide: whole, at the usual size.
        assert_eq!(fit_label(long, 600.0), (long.into(), 13.0));
        // A phone's chart: whole, smaller, within the room.
        let (text, size) = fit_label(long, 300.0);
        assert_eq!(text, long);
        assert!((10.5..13.0).contains(&size) && text::width(&text, size) <= 300.0, "{size}");
        // Narrower still: cut with an ellipsis, within the room.
        let (text, size) = fit_label(long, 180.0);
        assert!(text.ends_with('…') && long.starts_with(text.trim_end_matches('…')), "{text}");
        assert!(text::width(&text, size) <= 180.0, "{text}");
        assert_eq!(fit_label("", 0.0).0, "");
        assert_eq!(fit_label("Gold", 0.0).0, "…");
    }

    #[test]
    fn a_narrow_chart_draws_its_labels_within_it() {
        let label = "Eisenbahn GB 1846/47 (% Volkseinkommen)";
        let chart = Bars {
            bars: vec![Bar { label: label.into(), parts: vec![(7.0, Ink::Reference)], value: "7 %".into() }],
            max: 0.0,
            key: vec![],
            locale: Locale::De,
        };
        for (width, scale) in [(256u32, 1.0), (512, 2.0)] {
            let picture = crate::record((width, 60), |root| draw(root, &chart, &LIGHT, scale));
            let text = picture.shapes.iter().find_map(|s| match s {
                crate::picture::Shape::Text { text, size, at, .. } if text.starts_with("Eisenbahn") => {
                    Some((text.clone(), *size, at.0))
                }
                _ => None,
            });
            let (text, size, x) = text.expect("the label is drawn");
            assert_eq!(text, label, "whole at {width}");
            let right = x as f64 + text::width(&text, size);
            assert!(right <= width as f64, "{right} > {width}");
        }
    }
}
