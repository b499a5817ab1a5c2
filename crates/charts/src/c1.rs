//! C1: monthly payment per payer against the number of payers, with the payer groups marked
//! and the reader's current value in the accent colour.

use crate::axes::{draw_axes, Margins, Plot, Ticks};
use crate::theme::Theme;
use crate::ticks::{nice_ceiling, nice_step, ticks};
use crate::DrawResult;
use model::c1::{monthly_usd, PAYERS_M};
use model::format::{trimmed, usd, Locale};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

/// Points on the curve.
pub const SAMPLES: usize = 300;

/// A marked group on the curve.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupMark {
    pub label: String,
    pub millions: f64,
}

/// Everything the chart shows but the reader's marker.
#[derive(Clone, Debug, PartialEq)]
pub struct C1Base {
    /// Annual revenue needed, US$ bn.
    pub revenue_bn: f64,
    pub groups: Vec<GroupMark>,
    /// Label of the reader's value ("Ihre Wahl").
    pub current: String,
    pub x_title: String,
    pub y_title: String,
    /// What a point says, with `{x}` (payers) and `{y}` (payment): "{x} Zahlende: {y} im Monat".
    pub readout: String,
    pub locale: Locale,
}

/// Everything the chart shows. The base is shared (`Rc`), so that a chart for a new number of
/// payers is cheap to make, compare and keep.
#[derive(Clone, Debug)]
pub struct C1Chart {
    pub base: Rc<C1Base>,
    /// The reader's number of payers, millions.
    pub payers_m: f64,
}

impl PartialEq for C1Chart {
    /// The same base is equal without comparing its contents (a slider move).
    fn eq(&self, other: &Self) -> bool {
        self.payers_m == other.payers_m && (Rc::ptr_eq(&self.base, &other.base) || self.base == other.base)
    }
}

/// Margins around the plot, CSS pixels.
const MARGINS: Margins = Margins { left: 58.0, right: 18.0, top: 14.0, bottom: 44.0 };

/// The top of the y axis for a given revenue: the payment at the fewest payers, rounded up.
pub fn y_max(revenue_bn: f64) -> f64 {
    nice_ceiling(monthly_usd(revenue_bn, PAYERS_M.min).unwrap_or(1.0), 5)
}

fn plot(size: (u32, u32), base: &C1Base, scale: f64) -> Plot {
    Plot::new(size, MARGINS, scale, (PAYERS_M.min, PAYERS_M.max), (0.0, y_max(base.revenue_bn)))
}

/// Everything but the reader's marker: background, axes, curve, groups. It does not depend
/// on the number of payers, so a canvas can keep it while the payer slider moves.
pub fn draw_base<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &C1Chart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let chart = &*chart.base;
    root.fill(&theme.background)?;
    let plot = plot(root.dim_in_pixel(), chart, scale);
    let (x0, x1) = plot.x;
    let top = plot.y.1;
    let loc = chart.locale;

    let x_ticks: Ticks = ticks(x0, x1, nice_step(x0, x1, 6)).into_iter().map(|v| (v, trimmed(v, 0, loc))).collect();
    let y_step = nice_step(0.0, top, 5);
    let y_ticks: Ticks = ticks(0.0, top, y_step).into_iter().map(|v| (v, trimmed(v, 2, loc))).collect();
    draw_axes(root, &plot, theme, &x_ticks, &y_ticks, &chart.x_title, &chart.y_title)?;

    let pay = |n: f64| monthly_usd(chart.revenue_bn, n).ok();
    let curve: Vec<(i32, i32)> = (0..SAMPLES)
        .filter_map(|i| {
            let n = x0 + (x1 - x0) * i as f64 / (SAMPLES - 1) as f64;
            pay(n).map(|p| (plot.px(n), plot.py(p)))
        })
        .collect();
    let line = ShapeStyle::from(&theme.line).stroke_width(plot.len(2.0).max(1) as u32);
    root.draw(&PathElement::new(curve, line))?;

    // Groups: a dot on the curve and a thin leader up to a label row near the top.
    // Rows are filled from the top; a label moves down a row when it would overlap.
    let mark = ShapeStyle::from(&theme.axis).stroke_width(plot.len(1.0).max(1) as u32);
    let label = plot.font(theme, crate::text::SMALL, &theme.text).pos(Pos::new(HPos::Left, VPos::Top));
    let row_h = plot.len(16.0);
    let mut row_ends: Vec<i32> = Vec::new();
    let mut groups: Vec<&GroupMark> = chart.groups.iter().filter(|g| g.millions >= x0 && g.millions <= x1).collect();
    model::order::sort_by(&mut groups, |a, b| a.millions.total_cmp(&b.millions).is_lt());
    for g in groups {
        let Some(p) = pay(g.millions) else { continue };
        let (x, y) = (plot.px(g.millions), plot.py(p));
        let width = crate::text::width(&g.label, crate::text::SMALL * scale) as i32;
        let row = row_ends.iter().position(|end| *end < x).unwrap_or(row_ends.len());
        if row == row_ends.len() {
            row_ends.push(0);
        }
        row_ends[row] = x + plot.len(4.0) + width;
        let ly = plot.top as i32 + plot.len(2.0) + row as i32 * row_h;
        if ly + row_h < y {
            root.draw(&PathElement::new(vec![(x, ly), (x, y)], mark))?;
        }
        root.draw(&Circle::new((x, y), plot.len(3.5), mark.filled()))?;
        root.draw(&Text::new(g.label.as_str(), (x + plot.len(4.0), ly), label.clone()))?;
    }
    Ok(())
}

/// The reader's value: a dot in the accent colour on the curve, with the amount. Drawn over
/// the base (on the same area, or on a transparent canvas above it).
pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &C1Chart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let base = &*chart.base;
    let plot = plot(root.dim_in_pixel(), base, scale);
    let Ok(p) = monthly_usd(base.revenue_bn, chart.payers_m) else {
        return Ok(());
    };
    let (x, y) = (plot.px(chart.payers_m), plot.py(p));
    // The dot, then a ring of the background around it that parts it from the curve: one
    // fill and one stroke colour, the same at every move (a canvas keeps both set).
    root.draw(&Circle::new((x, y), plot.len(6.0), theme.accent.filled()))?;
    let ring = ShapeStyle::from(&theme.background).stroke_width(plot.len(2.0) as u32);
    root.draw(&Circle::new((x, y), plot.len(7.0), ring))?;
    let text = format!("{}: {}", base.current, usd(p, base.locale));
    let (left, top) = label_at(&plot, (x, y), label_width(&text, scale));
    let style = plot.font(theme, MARKER_FONT, &theme.text).pos(Pos::new(HPos::Left, VPos::Bottom));
    root.draw(&Text::new(text, (left, top), style))?;
    Ok(())
}

/// Where the marker's label starts (its left end) and where its box ends (its bottom), for a
/// dot at `dot`: above the dot and right of it where the label fits inside the plot area,
/// else shifted left only as far as the plot's right edge needs (never left of the dot as a
/// whole: the curve rises to the left and would run through it), never over the y axis's tick
/// labels, never above the chart's top. Shifted over the dot, it stands a little higher.
fn label_at(plot: &Plot, dot: (i32, i32), width: i32) -> (i32, i32) {
    let (x, y) = dot;
    let gap = plot.len(10.0);
    let (start, end) = (plot.left.round() as i32, (plot.left + plot.width).round() as i32);
    let left = (x + gap).min(end - width).max(start);
    let above = if left < x + gap { plot.len(11.0) } else { plot.len(8.0) };
    let height = (MARKER_FONT * 1.25 * plot.scale).ceil() as i32;
    (left, (y - above).max(height))
}

/// The width of the marker's label in device pixels, estimated (`crate::text`).
fn label_width(text: &str, scale: f64) -> i32 {
    crate::text::width(text, MARKER_FONT * scale).ceil() as i32
}

/// The size of the marker's label, CSS pixels.
const MARKER_FONT: f64 = 13.0;

/// A readout every 100 m payers and at each group.
pub fn readouts(chart: &C1Chart, size: (u32, u32)) -> Vec<crate::Readout> {
    let b = &*chart.base;
    let plot = plot(size, b, 1.0);
    let mut at: Vec<f64> = (1..=30).map(|i| i as f64 * 100.0).collect();
    at.extend(b.groups.iter().map(|g| g.millions));
    model::order::sort_by(&mut at, |a, b| a.total_cmp(b).is_lt());
    at.dedup();
    at.into_iter()
        .filter_map(|n| {
            let p = monthly_usd(b.revenue_bn, n).ok()?;
            let text = crate::readout_text(&b.readout, &model::format::count_m(n, b.locale), &usd(p, b.locale));
            Some(crate::Readout { x: plot.px(n) as f64, y: plot.py(p) as f64, text })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(revenue_bn: f64, payers_m: f64) -> C1Chart {
        C1Chart {
            payers_m,
            base: Rc::new(C1Base {
                revenue_bn,
                groups: vec![
                    GroupMark { label: "iPhone".into(), millions: 1560.0 },
                    GroupMark { label: "Netflix".into(), millions: 301.0 },
                    GroupMark { label: "EU".into(), millions: 449.0 },
                ],
                current: "Ihre Wahl".into(),
                x_title: "Zahlende (Mio.)".into(),
                y_title: "$ pro Monat".into(),
                readout: "{x} Zahlende: {y} im Monat".into(),
                locale: Locale::De,
            }),
        }
    }

    fn svg(c: &C1Chart, scale: f64) -> String {
        let size = ((640.0 * scale) as u32, (320.0 * scale) as u32);
        crate::svg(&crate::Chart::C1(c.clone()), size, scale)
    }

    #[test]
    fn c1_chart_svg_has_axes_groups_curve_and_marker() {
        let out = svg(&chart(650.0, 1560.0), 1.0);
        assert!(out.starts_with("<svg"), "{}", &out[..80]);
        for text in [
            "Zahlende (Mio.)",
            "$ pro Monat",
            "iPhone",
            "Netflix",
            "EU",
            "Ihre Wahl: 34,72\u{a0}$",
            "1.000",
            "3.000",
            "600",
        ] {
            assert!(out.contains(text), "missing {text:?}");
        }
        // The curve is one polyline of SAMPLES points.
        let polyline = out.split("<polyline").find(|p| p.contains("stroke=\"#0072B2\"")).expect("curve");
        let points = polyline.split("points=\"").nth(1).unwrap().split('"').next().unwrap();
        assert_eq!(points.split_whitespace().count(), SAMPLES);
        // The marker is drawn in the accent colour.
        assert!(out.contains("#D55E00"));
        assert!(!out.contains("NaN"));
    }

    #[test]
    fn c1_payer_labels_thin_out_on_a_small_phone() {
        let labels = |width: u32, scale: f64| {
            let out = crate::svg(&crate::Chart::C1(chart(650.0, 1560.0)), (width, 320), scale);
            // (500 is also a tick of the payment axis.)
            ["1.000", "1.500", "2.000", "2.500", "3.000"].map(|t| out.contains(&format!(">{t}</text>")))
        };
        assert_eq!(labels(640, 1.0), [true; 5]);
        assert_eq!(labels(260, 1.0), [true, false, true, false, true]);
        assert_eq!(labels(520, 2.0), labels(260, 1.0));
    }

    #[test]
    fn c1_chart_marker_moves_with_payers() {
        let a = svg(&chart(650.0, 1560.0), 1.0);
        let b = svg(&chart(650.0, 301.0), 1.0);
        assert_ne!(a, b);
        assert!(b.contains("Ihre Wahl: 179,96\u{a0}$"));
    }

    #[test]
    fn c1_marker_label_stays_inside_the_chart() {
        // A phone's chart and a wide one, the English label (the longer), every payer count.
        for (w, scale) in [(330.0, 2.0), (330.0, 1.0), (640.0, 1.0)] {
            let size = ((w * scale) as u32, (220.0 * scale) as u32);
            for payers in (1..=300).map(|i| i as f64 * 10.0) {
                let mut c = chart(650.0, payers);
                Rc::make_mut(&mut c.base).current = "Your choice".into();
                Rc::make_mut(&mut c.base).locale = Locale::En;
                let base = c.base.clone();
                let picture = crate::Chart::C1(c).marker_picture(size, &crate::theme::LIGHT, scale);
                let (text, at, across) = picture
                    .shapes
                    .iter()
                    .find_map(|s| match s {
                        crate::picture::Shape::Text { text, at, across, .. } => Some((text.clone(), *at, *across)),
                        _ => None,
                    })
                    .expect("a label");
                let width = label_width(&text, scale);
                let (x0, x1) = match across {
                    crate::picture::Across::Start => (at.0, at.0 + width),
                    crate::picture::Across::End => (at.0 - width, at.0),
                    crate::picture::Across::Middle => (at.0 - width / 2, at.0 + width / 2),
                };
                // Inside the plot area: not over the y axis's tick labels, not past the right.
                let area = plot(size, &base, scale);
                let (start, end) = (area.left.round() as i32, (area.left + area.width).round() as i32);
                assert!(
                    x0 >= start && x1 <= end,
                    "{text} at {payers} m payers, {w} px: {x0}..{x1} outside {start}..{end}"
                );
                // Its box (bottom anchored) below the chart's top edge.
                assert!(
                    at.1 >= (MARKER_FONT * scale) as i32,
                    "{text} at {payers} m payers, {w} px: bottom at {}",
                    at.1
                );
                // The curve runs below it: no point of the curve under the label is as high.
                for px in x0..=x1 {
                    let n = area.x.0 + (px as f64 - area.left) / area.width * (area.x.1 - area.x.0);
                    if n < area.x.0 || n > area.x.1 {
                        continue;
                    }
                    let curve = area.py(monthly_usd(650.0, n).unwrap());
                    assert!(curve > at.1, "{text} at {payers} m payers, {w} px: the curve at {n:.0} m ({curve}) reaches the label (bottom {})", at.1);
                }
            }
        }
    }

    #[test]
    fn c1_chart_scales_with_device_pixels() {
        let one = svg(&chart(650.0, 1560.0), 1.0);
        let two = svg(&chart(650.0, 1560.0), 2.0);
        assert!(one.contains("width=\"640\"") && two.contains("width=\"1280\""));
        let size = |svg: &str| -> f64 {
            svg.split("font-size=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap()
        };
        assert!((size(&two) / size(&one) - 2.0).abs() < 1e-9, "fonts scale with the pixel ratio");
    }

    #[test]
    fn c1_chart_survives_bad_revenue() {
        for r in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e300] {
            let out = svg(&chart(r, 1560.0), 1.0);
            assert!(out.starts_with("<svg") && !out.contains("NaN"), "{r}");
        }
    }

    #[test]
    fn c1_base_does_not_depend_on_payers() {
        let c = |r, n| crate::Chart::C1(chart(r, n));
        assert!(c(650.0, 1560.0).same_base(&c(650.0, 301.0)));
        assert!(!c(650.0, 1560.0).same_base(&c(700.0, 1560.0)));
    }

    #[test]
    fn c1_readouts_follow_the_curve() {
        let r = crate::Chart::C1(chart(650.0, 1560.0)).readouts(640.0, 320.0);
        assert_eq!(r.len(), 30 + 3, "every 100 m and the groups off that grid");
        let iphone = r.iter().find(|x| x.text.starts_with("1,56")).unwrap();
        assert_eq!(iphone.text, "1,56\u{a0}Mrd. Zahlende: 34,72\u{a0}$ im Monat");
        assert!(r.windows(2).all(|w| w[0].x <= w[1].x && w[0].y <= w[1].y), "left to right, falling");
    }

    #[test]
    fn c1_y_axis_top_is_nice() {
        assert_eq!(y_max(650.0), 600.0);
        assert!(y_max(20000.0) >= 16_666.7);
    }
}
