//! C3: the four firms' capital spending by year, stacked by firm, with the change of method
//! in 2024 and the 2026 guidance marked; the reader's yearly figure as a line in the accent
//! colour.

use crate::axes::{draw_axes, key_layout, key_rows, reader_line, LineLabel, Margins, Plot, Ticks};
use crate::theme::Theme;
use crate::ticks::{nice_step, ticks};
use crate::DrawResult;
use model::format::{trimmed, Locale};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct CapexBase {
    /// (year, parts in US$ bn in key order, guidance)
    pub years: Vec<(u16, [f64; 4], bool)>,
    /// Names of the parts (firms), in the key.
    pub key: [String; 4],
    /// Label over guidance bars ("Prognose").
    pub guidance: String,
    /// Label of the method break, drawn before its year.
    pub method_break: (u16, String),
    /// Label of the reader's line.
    pub current: String,
    pub y_title: String,
    /// What a year says, with `{x}` (the year) and `{y}` (the total).
    pub readout: String,
    /// Top of the y axis, US$ bn.
    pub y_max: f64,
    pub locale: Locale,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CapexChart {
    pub base: Rc<CapexBase>,
    /// The reader's yearly spending, US$ bn.
    pub capex_bn: f64,
}

const MARGINS: Margins = Margins { left: 48.0, right: 10.0, top: 40.0, bottom: 28.0 };

fn plot(size: (u32, u32), b: &CapexBase, scale: f64) -> Plot {
    let (y0, y1) = (
        b.years.first().map(|y| y.0 as f64).unwrap_or(0.0) - 0.6,
        b.years.last().map(|y| y.0 as f64).unwrap_or(1.0) + 0.6,
    );
    // A key in more rows (a small phone) takes room from the top of the plot.
    let rows = key_rows(f64::from(size.0) / scale, MARGINS.left, &key_widths(b), KEY_GAP);
    let margins = Margins { top: MARGINS.top + KEY_ROW * (rows - 1) as f64, ..MARGINS };
    Plot::new(size, margins, scale, (y0, y1), (0.0, b.y_max.max(1.0)))
}

/// The key's entries, CSS pixels: a swatch, then the name (estimated width).
fn key_widths(b: &CapexBase) -> Vec<f64> {
    b.key.iter().map(|name| 14.0 + crate::text::width(name, crate::text::SMALL)).collect()
}

const KEY_GAP: f64 = 8.0;
const KEY_ROW: f64 = 16.0;

pub fn draw_base<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &CapexChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    root.fill(&theme.background)?;
    let plot = plot(root.dim_in_pixel(), b, scale);
    let x_ticks: Ticks = b.years.iter().map(|y| (y.0 as f64, y.0.to_string())).collect();
    let step = nice_step(0.0, b.y_max, 4);
    let y_ticks: Ticks = ticks(0.0, b.y_max, step).into_iter().map(|v| (v, trimmed(v, 0, b.locale))).collect();
    draw_axes(root, &plot, theme, &x_ticks, &y_ticks, "", &b.y_title)?;
    let small = plot.font(theme, crate::text::SMALL, &theme.text);
    let first = b.years.first().map(|y| y.0 as f64).unwrap_or(0.0);
    let half = (plot.px(first + 1.0) - plot.px(first)) * 3 / 10;
    for (year, parts, guidance) in &b.years {
        let x = plot.px(*year as f64);
        let mut at = 0.0;
        for (i, v) in parts.iter().enumerate() {
            let color = theme.series[i];
            let (top, bottom) = (plot.py(at + v), plot.py(at));
            if *guidance {
                // Planned, not spent: outlined, not filled.
                root.draw(&Rectangle::new([(x - half, top), (x + half, bottom)], color.filled().stroke_width(1)))?;
                root.draw(&Rectangle::new(
                    [(x - half + 2, top + 2), (x + half - 2, bottom - 1)],
                    theme.background.filled(),
                ))?;
                root.draw(&Rectangle::new(
                    [(x - half + 4, top + 4), (x + half - 4, bottom - 3)],
                    color.mix(0.35).filled(),
                ))?;
            } else {
                root.draw(&Rectangle::new([(x - half, top), (x + half, bottom)], color.filled()))?;
            }
            if at > 0.0 {
                root.draw(&Rectangle::new(
                    [(x - half, bottom), (x + half, bottom + plot.len(1.0).max(1))],
                    theme.background.filled(),
                ))?;
            }
            at += v;
        }
        let total = trimmed(at, 0, b.locale);
        // A guidance bar's label is longer ("Prognose 665"): it ends at the bar's right edge,
        // so that the last bar's stays inside the plot.
        let (label, x_label, across) = if *guidance {
            (format!("{} {total}", b.guidance), x + half, HPos::Right)
        } else {
            (total, x, HPos::Center)
        };
        root.draw(&Text::new(
            label,
            (x_label, plot.py(at) - plot.len(3.0)),
            small.clone().pos(Pos::new(across, VPos::Bottom)),
        ))?;
    }
    // The change of method: a dashed line before its year.
    let (year, label) = &b.method_break;
    let x = (plot.px(*year as f64) + plot.px(*year as f64 - 1.0)) / 2;
    let dash = ShapeStyle::from(&theme.axis).stroke_width(plot.len(1.0).max(1) as u32);
    root.draw(&DashedPathElement::new(
        vec![(x, plot.top as i32), (x, plot.bottom())],
        plot.len(4.0),
        plot.len(3.0),
        dash,
    ))?;
    // Its label to the left of the line, over the low early bars (to the right it would meet
    // the label over the highest bar, the plan).
    root.draw(&Text::new(
        label.as_str(),
        (x - plot.len(4.0), plot.top as i32 + plot.len(2.0)),
        small.clone().pos(Pos::new(HPos::Right, VPos::Top)),
    ))?;
    // Key.
    let width = f64::from(root.dim_in_pixel().0) / scale;
    let places = key_layout(width, MARGINS.left, &key_widths(b), KEY_GAP);
    for (i, (name, (x, row))) in b.key.iter().zip(places).enumerate() {
        let (kx, ky) = (plot.len(x), plot.len(8.0 + KEY_ROW * row as f64));
        root.draw(&Rectangle::new([(kx, ky), (kx + plot.len(11.0), ky + plot.len(11.0))], theme.series[i].filled()))?;
        root.draw(&Text::new(
            name.as_str(),
            (kx + plot.len(14.0), ky - plot.len(1.0)),
            small.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    Ok(())
}

pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &CapexChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    let plot = plot(root.dim_in_pixel(), b, scale);
    let text = format!("{}: {}", b.current, trimmed(chart.capex_bn, 0, b.locale));
    reader_line(root, &plot, theme, chart.capex_bn, text, LineLabel::LeftAbove)?;
    Ok(())
}

/// A readout per year, at the top of its column.
pub fn readouts(chart: &CapexChart, size: (u32, u32)) -> Vec<crate::Readout> {
    let b = &*chart.base;
    let plot = plot(size, b, 1.0);
    b.years
        .iter()
        .map(|(year, parts, guidance)| {
            let total: f64 = parts.iter().sum();
            let when = if *guidance { format!("{year} ({})", b.guidance) } else { year.to_string() };
            let text = crate::readout_text(&b.readout, &when, &trimmed(total, 0, b.locale));
            crate::Readout { x: plot.px(*year as f64) as f64, y: plot.py(total) as f64, text }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Chart;

    fn chart(capex: f64) -> Chart {
        Chart::C3Capex(CapexChart {
            base: Rc::new(CapexBase {
                years: vec![
                    (2023, [52.7, 32.3, 28.1, 28.1], false),
                    (2024, [83.0, 52.5, 75.6, 39.2], false),
                    (2025, [134.7, 91.0, 118.0, 72.2], false),
                    (2026, [200.0, 180.0, 160.0, 125.0], true),
                ],
                key: ["Amazon".into(), "Alphabet".into(), "Microsoft".into(), "Meta".into()],
                guidance: "Prognose".into(),
                method_break: (2024, "Methodenwechsel".into()),
                current: "Ihre Annahme".into(),
                y_title: "Mrd. $".into(),
                readout: "{x}: {y} Mrd. $".into(),
                y_max: 700.0,
                locale: Locale::De,
            }),
            capex_bn: capex,
        })
    }

    #[test]
    fn c3_capex_chart_stacks_firms_and_marks_break_and_plan() {
        let out = crate::svg(&chart(416.0), (640, 300), 1.0);
        for t in [
            "Amazon",
            "Meta",
            "Prognose 665",
            "416",
            "Methodenwechsel",
            "Ihre Annahme: 416",
            "2023",
            "#A66A00",
            "#D55E00",
        ] {
            assert!(out.contains(t), "missing {t}");
        }
        assert_ne!(out, crate::svg(&chart(600.0), (640, 300), 1.0));
        let r = chart(416.0).readouts(640.0, 300.0);
        assert_eq!(r.iter().map(|x| x.text.as_str()).collect::<Vec<_>>()[3], "2026 (Prognose): 665 Mrd. $");
        // Every spent year has a visible Amazon part (a filled rect of some width).
        let amazon: Vec<&str> = out.split("<rect").filter(|r| r.contains("fill=\"#0072B2\"")).collect();
        assert!(amazon.len() >= 4, "{}", amazon.len());
        for r in amazon {
            let width: f64 = r.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap();
            assert!(width >= 10.0, "bar {width} px wide");
        }
    }

    #[test]
    fn c3_key_fits_a_phone_and_the_break_label_leaves_the_plan_clear() {
        let text = |width: u32, t: &str| {
            let svg = crate::svg(&chart(416.0), (width, 300), 1.0);
            svg.lines().find(|l| l.ends_with(&format!(">{t}</text>"))).unwrap().to_string()
        };
        let x =
            |line: &str| line.split("x=\"").nth(1).and_then(|x| x.split('"').next()).unwrap().parse::<i32>().unwrap();
        assert!(x(&text(640, "Amazon")) > MARGINS.left as i32, "beside the plot on a wide chart");
        assert!(x(&text(311, "Amazon")) < 30, "from the edge on a phone");
        // On a small phone the key takes two rows, every name inside the canvas, and the
        // years' labels every second year where they would touch.
        let y =
            |line: &str| line.split("y=\"").nth(1).and_then(|y| y.split('"').next()).unwrap().parse::<i32>().unwrap();
        let (amazon, meta) = (text(260, "Amazon"), text(260, "Meta"));
        assert!(y(&meta) > y(&amazon), "{meta}");
        assert!(f64::from(x(&meta)) + crate::text::width("Meta", crate::text::SMALL) <= 256.0, "{meta}");
        let svg = crate::svg(&chart(416.0), (160, 300), 1.0);
        assert!(svg.contains(">2024</text>") && svg.contains(">2026</text>") && !svg.contains(">2025</text>"));
        let wide = crate::svg(&chart(416.0), (640, 300), 1.0);
        assert!((2023..=2026).all(|y| wide.contains(&format!(">{y}</text>"))));
        // To the left of the dashed line, over the low early bars, not over the plan's label.
        assert!(text(311, "Methodenwechsel").contains("text-anchor=\"end\""));
    }
}
