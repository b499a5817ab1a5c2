//! A rectangular plot area with linear axes: data-to-pixel mapping, grid, ticks and titles.
//! Sizes are given in CSS pixels and multiplied by `scale` (the device pixel ratio), so a
//! chart is sharp on every screen.

use crate::theme::Theme;
use crate::DrawResult;
use model::range::within;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontTransform;

/// Margins around the plot area, CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// The plot area in device pixels and the data ranges it shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// Device pixels per CSS pixel.
    pub scale: f64,
}

impl Plot {
    /// The plot area inside a canvas of `size` device pixels.
    pub fn new(size: (u32, u32), margins: Margins, scale: f64, x: (f64, f64), y: (f64, f64)) -> Plot {
        let left = margins.left * scale;
        let top = margins.top * scale;
        let width = (size.0 as f64 - left - margins.right * scale).max(1.0);
        let height = (size.1 as f64 - top - margins.bottom * scale).max(1.0);
        Plot { left, top, width, height, x, y, scale }
    }

    /// Horizontal device pixel of a data value (clamped a little outside the area).
    pub fn px(&self, x: f64) -> i32 {
        let t = (x - self.x.0) / (self.x.1 - self.x.0);
        (self.left + t.clamp(-0.1, 1.1) * self.width).round() as i32
    }

    /// Vertical device pixel of a data value (clamped a little outside the area).
    pub fn py(&self, y: f64) -> i32 {
        let t = (y - self.y.0) / (self.y.1 - self.y.0);
        (self.top + (1.0 - t.clamp(-0.1, 1.1)) * self.height).round() as i32
    }

    pub fn right(&self) -> i32 {
        (self.left + self.width).round() as i32
    }

    pub fn bottom(&self) -> i32 {
        (self.top + self.height).round() as i32
    }

    /// A length in CSS pixels as device pixels.
    pub fn len(&self, css: f64) -> i32 {
        (css * self.scale).round() as i32
    }

    /// Which x ticks get a label: where the labels (estimated widths, text is never measured)
    /// would run into each other on a narrow chart, evenly spaced ticks keep every second,
    /// third ... label, those at round multiples (1.000, 2.000, 3.000 rather than 500, 1.500,
    /// 2.500); unevenly spaced ones (dates) keep each label that clears the last one kept.
    /// The grid keeps every tick.
    pub fn labelled(&self, ticks: &Ticks) -> Vec<bool> {
        let width = |t: &str| crate::text::figures_width(t, crate::text::SMALL);
        let at: Vec<f64> = ticks.iter().map(|(v, _)| f64::from(self.px(*v)) / self.scale).collect();
        let gaps: Vec<f64> = at.windows(2).map(|w| (w[1] - w[0]).abs()).collect();
        let even = gaps.iter().all(|g| (g - gaps[0]).abs() <= 1.5);
        let step = match ticks.as_slice() {
            [a, b, ..] if even && b.0 != a.0 && (b.0 - a.0).is_finite() => b.0 - a.0,
            [_, _, ..] => {
                // Each label centred on its tick, kept if it starts clear of the last one kept.
                let mut end = f64::NEG_INFINITY;
                return ticks
                    .iter()
                    .zip(&at)
                    .map(|((_, t), x)| {
                        let half = width(t) / 2.0;
                        let keep = x - half >= end + TICK_GAP;
                        if keep {
                            end = x + half;
                        }
                        keep
                    })
                    .collect();
            }
            _ => return vec![true; ticks.len()],
        };
        let widest = ticks.iter().map(|(_, t)| width(t)).fold(0.0, f64::max) + TICK_GAP;
        let every = (widest / gaps[0].max(1.0)).ceil().clamp(1.0, ticks.len() as f64) as i64;
        ticks.iter().map(|(v, _)| every == 1 || (v / step).round() as i64 % every == 0).collect()
    }

    /// A text style of `size` CSS pixels.
    pub fn font<'a>(&self, theme: &'a Theme, size: f64, color: &'a RGBColor) -> TextStyle<'a> {
        TextStyle::from((theme.family(), size * self.scale).into_font()).color(color)
    }
}

/// Tick positions with their labels.
pub type Ticks = Vec<(f64, String)>;

/// The least room between two tick labels, CSS pixels.
const TICK_GAP: f64 = 8.0;

/// Where each entry of a chart's key stands, CSS pixels: `(x, row)`, for entries `items` wide
/// with `gap` between them, in a canvas `width` wide. In one row from `from` where it ends
/// inside the canvas, else from the canvas's edge, where a phone's narrow chart has room for
/// it, and wrapped into more rows where even that is too narrow. (Text is never measured: the
/// widths are estimated from the labels' lengths.)
pub fn key_layout(width: f64, from: f64, items: &[f64], gap: f64) -> Vec<(f64, usize)> {
    const EDGE: f64 = 6.0;
    let end = width - 4.0;
    let total = items.iter().sum::<f64>() + gap * items.len().saturating_sub(1) as f64;
    let start = if from + total <= end { from } else { EDGE };
    let (mut x, mut row) = (start, 0);
    let mut out = Vec::with_capacity(items.len());
    for w in items {
        if x > start && x + w > end {
            row += 1;
            x = start;
        }
        out.push((x, row));
        x += w + gap;
    }
    out
}

/// The number of rows `key_layout` gives.
pub fn key_rows(width: f64, from: f64, items: &[f64], gap: f64) -> usize {
    key_layout(width, from, items, gap).last().map_or(1, |(_, row)| row + 1)
}

/// Grid lines, axis lines, tick labels and axis titles.
pub fn draw_axes<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot,
    theme: &Theme,
    x_ticks: &Ticks,
    y_ticks: &Ticks,
    x_title: &str,
    y_title: &str,
) -> DrawResult<DB> {
    let grid = ShapeStyle::from(&theme.grid).stroke_width(plot.len(1.0).max(1) as u32);
    let axis = ShapeStyle::from(&theme.axis).stroke_width(plot.len(1.0).max(1) as u32);
    let (l, r, t, b) = (plot.left.round() as i32, plot.right(), plot.top.round() as i32, plot.bottom());
    let label = plot.font(theme, crate::text::SMALL, &theme.text);
    for (v, text) in y_ticks {
        let y = plot.py(*v);
        root.draw(&PathElement::new(vec![(l, y), (r, y)], grid))?;
        let style = label.clone().pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(text.as_str(), (l - plot.len(6.0), y), style))?;
    }
    for ((v, text), shown) in x_ticks.iter().zip(plot.labelled(x_ticks)) {
        let x = plot.px(*v);
        root.draw(&PathElement::new(vec![(x, t), (x, b)], grid))?;
        if shown {
            let style = label.clone().pos(Pos::new(HPos::Center, VPos::Top));
            root.draw(&Text::new(text.as_str(), (x, b + plot.len(5.0)), style))?;
        }
    }
    root.draw(&PathElement::new(vec![(l, t), (l, b), (r, b)], axis))?;
    let title = plot.font(theme, crate::text::SMALL, &theme.text);
    let x_style = title.clone().pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(x_title, ((l + r) / 2, b + plot.len(22.0)), x_style))?;
    let y_style = title.transform(FontTransform::Rotate270).pos(Pos::new(HPos::Center, VPos::Top));
    root.draw(&Text::new(y_title, (plot.len(4.0), (t + b) / 2), y_style))?;
    Ok(())
}

/// Where the label of a reader's line stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LineLabel {
    /// At the left end, above the line.
    LeftAbove,
    /// At the left end, below the line.
    LeftBelow,
    /// At the right end, above the line.
    RightAbove,
    /// At the right end, its bottom at this height (device pixels): above the line, lifted
    /// clear of another label.
    RightBottomAt(i32),
    /// At the right end, its top at this height: below the line and clear of another label.
    RightTopAt(i32),
}

/// The reader's value as a horizontal line across the plot in the accent colour, with a label.
pub fn reader_line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: &Plot,
    theme: &Theme,
    value: f64,
    text: String,
    at: LineLabel,
) -> DrawResult<DB> {
    let y = plot.py(within(value, plot.y.0, plot.y.1));
    let style = ShapeStyle::from(&theme.accent).stroke_width(plot.len(2.0).max(1) as u32);
    root.draw(&PathElement::new(vec![(plot.left as i32, y), (plot.right(), y)], style))?;
    let (h, v, x, y) = match at {
        LineLabel::LeftAbove => (HPos::Left, VPos::Bottom, plot.left as i32 + plot.len(6.0), y - plot.len(3.0)),
        LineLabel::LeftBelow => (HPos::Left, VPos::Top, plot.left as i32 + plot.len(6.0), y + plot.len(4.0)),
        LineLabel::RightAbove => (HPos::Right, VPos::Bottom, plot.right() - plot.len(4.0), y - plot.len(3.0)),
        LineLabel::RightBottomAt(at) => (HPos::Right, VPos::Bottom, plot.right() - plot.len(4.0), at),
        LineLabel::RightTopAt(at) => (HPos::Right, VPos::Top, plot.right() - plot.len(4.0), at),
    };
    let label = plot.font(theme, 13.0, &theme.text).pos(Pos::new(h, v));
    root.draw(&Text::new(text, (x, y), label))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_stands_beside_the_plot_then_at_the_edge_then_in_rows() {
        let items = [60.0, 80.0, 90.0];
        assert_eq!(key_layout(640.0, 48.0, &items, 8.0), vec![(48.0, 0), (116.0, 0), (204.0, 0)]);
        assert_eq!(key_layout(280.0, 48.0, &items, 8.0), vec![(6.0, 0), (74.0, 0), (162.0, 0)]);
        assert_eq!(key_layout(200.0, 48.0, &items, 8.0), vec![(6.0, 0), (74.0, 0), (6.0, 1)]);
        assert_eq!(key_rows(200.0, 48.0, &items, 8.0), 2);
        assert_eq!(key_rows(640.0, 48.0, &items, 8.0), 1);
        assert_eq!(key_rows(640.0, 48.0, &[], 8.0), 1);
        // An entry wider than the canvas stands alone in its row.
        assert_eq!(key_layout(50.0, 6.0, &[80.0, 80.0], 8.0), vec![(6.0, 0), (6.0, 1)]);
    }

    #[test]
    fn tick_labels_thin_out_on_a_narrow_plot_keeping_round_ones() {
        let ticks: Ticks = (1..=6).map(|i| (i as f64 * 500.0, format!("{}", i * 500))).collect();
        let margins = Margins { left: 0.0, right: 0.0, top: 0.0, bottom: 0.0 };
        let wide = Plot::new((600, 100), margins, 1.0, (0.0, 3000.0), (0.0, 1.0));
        assert!(wide.labelled(&ticks).iter().all(|l| *l));
        let narrow = Plot::new((220, 100), margins, 1.0, (0.0, 3000.0), (0.0, 1.0));
        assert_eq!(narrow.labelled(&ticks), vec![false, true, false, true, false, true]);
        // The same on a screen of twice the pixels.
        let sharp = Plot::new((440, 200), margins, 2.0, (0.0, 3000.0), (0.0, 1.0));
        assert_eq!(sharp.labelled(&ticks), narrow.labelled(&ticks));
        assert_eq!(narrow.labelled(&vec![(1.0, "1".into())]), vec![true]);
        assert!(narrow.labelled(&vec![]).is_empty());
        assert_eq!(narrow.labelled(&vec![(1.0, "1".into()), (1.0, "1".into())]), vec![true, false]);
        // Dates, unevenly spaced: each label that clears the last one kept, the first first.
        let dates: Ticks =
            vec![(0.0, "6.10.".into()), (26.0, "1.11.".into()), (46.0, "21.11.".into()), (55.0, "30.11.".into())];
        let days = Plot::new((300, 100), margins, 1.0, (0.0, 56.0), (0.0, 1.0));
        assert_eq!(days.labelled(&dates), vec![true, true, true, false]);
        let few = Plot::new((120, 100), margins, 1.0, (0.0, 56.0), (0.0, 1.0));
        assert_eq!(few.labelled(&dates), vec![true, true, false, true]);
    }
}
