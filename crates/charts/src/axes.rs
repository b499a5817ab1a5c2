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

    /// Where a chart's key `need` CSS pixels long starts: at `from` (device pixels) where it
    /// ends inside a canvas `canvas_width` device pixels wide, else at the canvas's left edge,
    /// where a phone's narrow chart has room for it. (Text is never measured: `need` is
    /// estimated from the labels' lengths.)
    pub fn key_start(&self, canvas_width: u32, from: i32, need: f64) -> i32 {
        let end = i64::from(from) + i64::from(self.len(need));
        if end <= i64::from(canvas_width) - i64::from(self.len(4.0)) {
            from
        } else {
            self.len(6.0)
        }
    }

    /// A text style of `size` CSS pixels.
    pub fn font<'a>(&self, theme: &'a Theme, size: f64, color: &'a RGBColor) -> TextStyle<'a> {
        TextStyle::from((theme.family(), size * self.scale).into_font()).color(color)
    }
}

/// Tick positions with their labels.
pub type Ticks = Vec<(f64, String)>;

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
    let label = plot.font(theme, 12.0, &theme.text);
    for (v, text) in y_ticks {
        let y = plot.py(*v);
        root.draw(&PathElement::new(vec![(l, y), (r, y)], grid))?;
        let style = label.clone().pos(Pos::new(HPos::Right, VPos::Center));
        root.draw(&Text::new(text.as_str(), (l - plot.len(6.0), y), style))?;
    }
    for (v, text) in x_ticks {
        let x = plot.px(*v);
        root.draw(&PathElement::new(vec![(x, t), (x, b)], grid))?;
        let style = label.clone().pos(Pos::new(HPos::Center, VPos::Top));
        root.draw(&Text::new(text.as_str(), (x, b + plot.len(5.0)), style))?;
    }
    root.draw(&PathElement::new(vec![(l, t), (l, b), (r, b)], axis))?;
    let title = plot.font(theme, 12.0, &theme.text);
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
