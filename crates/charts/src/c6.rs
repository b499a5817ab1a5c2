//! C6: the Bitcoin price around November 2025, each point labelled; the reader's two dates
//! joined by a line in the accent colour with the change between them.

use crate::axes::{draw_axes, Margins, Plot, Ticks};
use crate::theme::Theme;
use crate::ticks::{nice_step, ticks};
use crate::DrawResult;
use model::format::{fixed, Locale};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct PriceBase {
    /// (day of 2025, price in US$ thousand, short date label "21.11.")
    pub points: Vec<(f64, f64, String)>,
    pub y_title: String,
    /// What a point says, with `{x}` (the date) and `{y}` (the price).
    pub readout: String,
    pub locale: Locale,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PriceChart {
    pub base: Rc<PriceBase>,
    /// Indices of the reader's two dates.
    pub from: usize,
    pub to: usize,
    /// The change between them, written out ("−26,8 %").
    pub change: String,
}

const MARGINS: Margins = Margins { left: 48.0, right: 20.0, top: 16.0, bottom: 30.0 };

/// The size of the change's label, CSS pixels.
const CHANGE_SIZE: f64 = 14.0;

fn plot(size: (u32, u32), b: &PriceBase, scale: f64) -> Plot {
    let t0 = b.points.first().map(|p| p.0).unwrap_or(0.0) - 4.0;
    let t1 = b.points.last().map(|p| p.0).unwrap_or(1.0) + 4.0;
    Plot::new(size, MARGINS, scale, (t0, t1), (60.0, 140.0))
}

pub fn draw_base<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &PriceChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    root.fill(&theme.background)?;
    let plot = plot(root.dim_in_pixel(), b, scale);
    let y_ticks: Ticks =
        ticks(60.0, 140.0, nice_step(60.0, 140.0, 4)).into_iter().map(|v| (v, fixed(v, 0, b.locale))).collect();
    // A date, with its grid line, under each point whose label clears the one before (the
    // axis's rule for uneven ticks): no grid line stands there without its date.
    let all: Ticks = b.points.iter().map(|(t, _, label)| (*t, label.clone())).collect();
    let x_ticks: Ticks =
        all.iter().zip(plot.labelled(&all)).filter(|(_, shown)| *shown).map(|(t, _)| t.clone()).collect();
    draw_axes(root, &plot, theme, &x_ticks, &y_ticks, "", &b.y_title)?;
    let line = ShapeStyle::from(&theme.line).stroke_width(plot.len(1.5).max(1) as u32);
    let pts = line_points(&plot, b);
    root.draw(&PathElement::new(pts.clone(), line))?;
    let small = plot.font(theme, crate::text::SMALL, &theme.text);
    for (i, ((_, v, _), p)) in b.points.iter().zip(&pts).enumerate() {
        root.draw(&Circle::new(*p, plot.len(3.5), theme.line.filled()))?;
        // Above a point that stands higher than its neighbours on average, below one lower:
        // away from the line on either side, and two close points' labels apart.
        let near: Vec<f64> = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|j| b.points.get(j))
            .map(|q| q.1)
            .collect();
        let below = !near.is_empty() && *v < near.iter().sum::<f64>() / near.len() as f64;
        let (y, down) = if below { (p.1 + plot.len(7.0), VPos::Top) } else { (p.1 - plot.len(6.0), VPos::Bottom) };
        root.draw(&Text::new(fixed(*v, 1, b.locale), (p.0, y), small.clone().pos(Pos::new(HPos::Center, down))))?;
    }
    Ok(())
}

pub fn draw_marker<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &PriceChart,
    theme: &Theme,
    scale: f64,
) -> DrawResult<DB> {
    let b = &*chart.base;
    let plot = plot(root.dim_in_pixel(), b, scale);
    let (Some(a), Some(z)) = (b.points.get(chart.from), b.points.get(chart.to)) else { return Ok(()) };
    let (pa, pz) = ((plot.px(a.0), plot.py(a.1)), (plot.px(z.0), plot.py(z.1)));
    let style = ShapeStyle::from(&theme.accent).stroke_width(plot.len(2.5).max(1) as u32);
    root.draw(&PathElement::new(vec![pa, pz], style))?;
    for p in [pa, pz] {
        root.draw(&Circle::new(p, plot.len(5.5), theme.accent.filled()))?;
    }
    let (at, pos) = change_place(&plot, b, chart, pa, pz);
    root.draw(&Text::new(chart.change.as_str(), at, plot.font(theme, CHANGE_SIZE, &theme.text).pos(pos)))?;
    Ok(())
}

/// Where the change goes: beside the segment's middle, on the side the line leaves empty (a
/// falling segment, left to right, has room above it on the right and below it on the left, a
/// rising one below on the right and above on the left; on the plot's right half the label goes
/// to the left, so that it stays inside). Where the price line or the segment would run
/// through it there, the next of the four corners around the middle, then the same further
/// out, that is clear of both and inside the plot.
fn change_place(plot: &Plot, b: &PriceBase, chart: &PriceChart, pa: (i32, i32), pz: (i32, i32)) -> ((i32, i32), Pos) {
    let mid = ((pa.0 + pz.0) / 2, (pa.1 + pz.1) / 2);
    let (l, r) = if pa.0 <= pz.0 { (pa, pz) } else { (pz, pa) };
    let falling = r.1 >= l.1;
    let right_half = f64::from(mid.0) > plot.left + plot.width / 2.0;
    // The four corners, the usual one first: (towards x, towards y), -1 left or up.
    let first = match (falling, right_half) {
        (true, false) => (1, -1),
        (true, true) => (-1, 1),
        (false, false) => (1, 1),
        (false, true) => (-1, -1),
    };
    let corners = [first, (-first.0, first.1), (first.0, -first.1), (-first.0, -first.1)];
    // The text's box, estimated (`crate::text`).
    let (w, h) = (plot.len(crate::text::width(&chart.change, CHANGE_SIZE)), plot.len(CHANGE_SIZE));
    let line = line_points(plot, b);
    let segments: Vec<_> = line.windows(2).map(|s| (s[0], s[1])).chain([(pa, pz)]).collect();
    let place = |(sx, sy): (i32, i32), d: i32| {
        let at = (mid.0 + sx * d, mid.1 + sy * d);
        let pos =
            Pos::new(if sx > 0 { HPos::Left } else { HPos::Right }, if sy > 0 { VPos::Top } else { VPos::Bottom });
        let x0 = if sx > 0 { at.0 } else { at.0 - w };
        let y0 = if sy > 0 { at.1 } else { at.1 - h };
        ((at, pos), (x0, y0, x0 + w, y0 + h))
    };
    let clear = |(x0, y0, x1, y1): (i32, i32, i32, i32)| {
        let inside = x0 >= plot.left as i32 && x1 <= plot.right() && y0 >= plot.top as i32 && y1 <= plot.bottom();
        inside && segments.iter().all(|&(p, q)| !crosses((p, q), (x0, y0, x1, y1)))
    };
    [8.0, 16.0, 28.0]
        .into_iter()
        .flat_map(|d| corners.map(|c| place(c, plot.len(d))))
        .find(|(_, bbox)| clear(*bbox))
        .map_or_else(|| place(first, plot.len(8.0)).0, |(p, _)| p)
}

/// The price line's points, device pixels.
fn line_points(plot: &Plot, b: &PriceBase) -> Vec<(i32, i32)> {
    b.points.iter().map(|(t, v, _)| (plot.px(*t), plot.py(*v))).collect()
}

/// Whether the segment `p`–`q` runs through the box (sampled every two pixels).
fn crosses((p, q): ((i32, i32), (i32, i32)), (x0, y0, x1, y1): (i32, i32, i32, i32)) -> bool {
    let steps = ((q.0 - p.0).abs().max((q.1 - p.1).abs()) / 2).max(1);
    (0..=steps).any(|i| {
        let f = f64::from(i) / f64::from(steps);
        let x = f64::from(p.0) + f * f64::from(q.0 - p.0);
        let y = f64::from(p.1) + f * f64::from(q.1 - p.1);
        x >= f64::from(x0) && x <= f64::from(x1) && y >= f64::from(y0) && y <= f64::from(y1)
    })
}

/// A readout per price.
pub fn readouts(chart: &PriceChart, size: (u32, u32)) -> Vec<crate::Readout> {
    let b = &*chart.base;
    let plot = plot(size, b, 1.0);
    b.points
        .iter()
        .map(|(t, v, date)| crate::Readout {
            x: plot.px(*t) as f64,
            y: plot.py(*v) as f64,
            text: crate::readout_text(&b.readout, date, &fixed(v * 1000.0, 0, b.locale)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Chart;

    /// The first `n` of the article's five prices.
    fn base(n: usize) -> Rc<PriceBase> {
        let points: Vec<(f64, f64, String)> = vec![
            (278.0, 126.1, "6.10.".into()),
            (304.0, 110.0, "1.11.".into()),
            (324.0, 80.553, "21.11.".into()),
            (333.0, 90.5, "30.11.".into()),
            (334.0, 86.6, "1.12.".into()),
        ];
        Rc::new(PriceBase {
            points: points.into_iter().take(n).collect(),
            y_title: "Tsd. $".into(),
            readout: "{x}: {y} $".into(),
            locale: Locale::De,
        })
    }

    fn chart(from: usize, to: usize) -> Chart {
        Chart::C6Price(PriceChart { base: base(4), from, to, change: "−26,8 %".into() })
    }

    /// Each date on the axis has its grid line and each grid line its date, at every width
    /// from a small phone's to a wide column's: on a phone the last two dates (a day apart,
    /// and close to the low's) have neither; on a wide chart the first of them has both.
    #[test]
    fn every_grid_line_has_its_date() {
        let dates = ["6.10.", "1.11.", "21.11.", "30.11.", "1.12."];
        let c = Chart::C6Price(PriceChart { base: base(5), from: 1, to: 2, change: "x".into() });
        for width in (260..=720).step_by(10) {
            let out = crate::svg(&c, (width, 260), 1.0);
            let shown: Vec<&str> = dates.into_iter().filter(|d| out.contains(&format!(">{d}</text>"))).collect();
            // The grid lines across the dates: vertical lines in the grid's colour.
            let grid = out
                .lines()
                .filter(|l| l.starts_with("<polyline") && l.contains("stroke=\"#E2E2E2\""))
                .filter_map(|l| l.split('"').nth(1))
                .filter(|points| {
                    let xs: Vec<&str> = points.split(' ').filter_map(|p| p.split(',').next()).collect();
                    xs.len() == 2 && xs[0] == xs[1]
                })
                .count();
            assert_eq!(grid, shown.len(), "{width} px: grid lines for the dates {shown:?}");
            match width {
                290 => assert_eq!(shown, ["6.10.", "1.11.", "21.11."]),
                600 => assert_eq!(shown, ["6.10.", "1.11.", "21.11.", "30.11."]),
                _ => {}
            }
        }
    }

    #[test]
    fn c6_bitcoin_chart_labels_points_and_the_readers_change() {
        let out = crate::svg(&chart(1, 2), (400, 240), 1.0);
        for t in ["126,1", "80,6", "21.11.", "−26,8 %", "Tsd. $", "#D55E00"] {
            assert!(out.contains(t), "missing {t}");
        }
        assert_ne!(out, crate::svg(&chart(0, 3), (400, 240), 1.0));
        assert_eq!(chart(1, 2).readouts(400.0, 240.0)[2].text, "21.11.: 80.553 $");
        // A low's value below it, a high's above, so that the line and the next label keep clear.
        let text_of = |svg: &str, t: &str| svg.lines().find(|l| l.ends_with(&format!(">{t}</text>"))).map(String::from);
        assert!(text_of(&out, "80,6").is_some_and(|l| l.contains("dy=\"0.76em\"")), "the low's label below it");
        assert!(text_of(&out, "90,5").is_some_and(|l| l.contains("dy=\"-0.24em\"")), "the last point's label above it");
        // The change beside the falling segment, on the empty side: on the plot's right half,
        // below and to the left of its middle.
        assert!(
            text_of(&out, "−26,8 %").is_some_and(|l| l.contains("text-anchor=\"end\"") && l.contains("dy=\"0.76em\""))
        );
        let bad = crate::svg(&chart(9, 0), (400, 240), 1.0);
        assert!(bad.starts_with("<svg"));
    }

    /// The change's label is clear of the price line and of the reader's segment, for every
    /// pair of dates, at a phone's width and a wide one.
    #[test]
    fn the_change_keeps_clear_of_the_lines() {
        let base = base(5);
        for size in [(290, 220), (600, 260)] {
            let plot = plot(size, &base, 1.0);
            for from in 0..5 {
                for to in 0..5 {
                    if from == to {
                        continue;
                    }
                    let chart = PriceChart { base: base.clone(), from, to, change: "−21,3 %".into() };
                    let line = line_points(&plot, &base);
                    let (pa, pz) = (line[from], line[to]);
                    let ((x, y), pos) = change_place(&plot, &base, &chart, pa, pz);
                    let (w, h) = (plot.len(crate::text::width(&chart.change, CHANGE_SIZE)), plot.len(CHANGE_SIZE));
                    let x0 = if matches!(pos.h_pos, HPos::Left) { x } else { x - w };
                    let y0 = if matches!(pos.v_pos, VPos::Top) { y } else { y - h };
                    for s in line.windows(2).map(|s| (s[0], s[1])).chain([(pa, pz)]) {
                        assert!(
                            !crosses(s, (x0, y0, x0 + w, y0 + h)),
                            "{size:?} {from}->{to}: {s:?} through the label"
                        );
                    }
                }
            }
        }
    }
}
