//! A chart drawn once into a list of shapes (`Picture`), then painted on any surface: an HTML
//! canvas in the browser (`src/canvas_paint.rs` of the app) or an SVG document (`to_svg`, for
//! the prerendered page, downloads and tests).
//!
//! The drawing functions stay generic over plotters' `DrawingBackend`; the app runs them on
//! one backend only, `Recorder`, so their code exists once in the WebAssembly instead of once
//! per surface, and the painters are plain loops over the shapes.

use model::decimal::plain;
use model::format::escape;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};
use std::convert::Infallible;

/// A colour with its opacity (0 to 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rgba {
    pub rgb: (u8, u8, u8),
    pub alpha: f64,
}

impl Rgba {
    fn from_backend(c: BackendColor) -> Rgba {
        Rgba { rgb: c.rgb, alpha: if c.alpha.is_finite() { c.alpha.clamp(0.0, 1.0) } else { 1.0 } }
    }

    /// `#RRGGBB`, the colour without its opacity.
    pub fn hex(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        let mut s = String::with_capacity(7);
        s.push('#');
        for v in [self.rgb.0, self.rgb.1, self.rgb.2] {
            s.push(DIGITS[usize::from(v >> 4)] as char);
            s.push(DIGITS[usize::from(v & 15)] as char);
        }
        s
    }

    /// The colour as CSS: `#RRGGBB`, or `rgba(r,g,b,a)` when it is not opaque.
    pub fn css(&self) -> String {
        if self.alpha >= 1.0 {
            self.hex()
        } else {
            let (r, g, b) = self.rgb;
            format!("rgba({r},{g},{b},{})", plain(self.alpha))
        }
    }
}

/// Where a text's anchor point is, across and down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Across {
    Start,
    Middle,
    End,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Down {
    Top,
    Middle,
    Bottom,
}

/// One shape, in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// An open line through the points.
    Line {
        points: Vec<BackendCoord>,
        color: Rgba,
        width: u32,
    },
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        color: Rgba,
        width: u32,
        fill: bool,
    },
    Circle {
        center: BackendCoord,
        radius: u32,
        color: Rgba,
        width: u32,
        fill: bool,
    },
    /// A filled polygon.
    Polygon {
        points: Vec<BackendCoord>,
        color: Rgba,
    },
    Text {
        text: String,
        at: BackendCoord,
        color: Rgba,
        /// Font size in device pixels.
        size: f64,
        bold: bool,
        across: Across,
        down: Down,
        /// Clockwise rotation in degrees (0, 90, 180, 270).
        rotate: u16,
    },
}

/// A drawing: its size in device pixels and its shapes in painting order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Picture {
    pub size: (u32, u32),
    pub shapes: Vec<Shape>,
}

impl Picture {
    /// The box, in device pixels, that holds every shape but the texts (`(x0, y0, x1, y1)`,
    /// widened by the line widths and a pixel for anti-aliasing); None if there are none.
    /// Clearing it erases what `Painter::paint_graphics` painted.
    pub fn graphics_bounds(&self) -> Option<(i32, i32, i32, i32)> {
        let mut b: Option<(i32, i32, i32, i32)> = None;
        let mut add = |(x, y): BackendCoord, pad: i32| {
            let (x0, y0, x1, y1) = b.unwrap_or((x - pad, y - pad, x + pad, y + pad));
            b = Some((x0.min(x - pad), y0.min(y - pad), x1.max(x + pad), y1.max(y + pad)));
        };
        for shape in &self.shapes {
            match shape {
                Shape::Line { points, width, .. } => points.iter().for_each(|p| add(*p, *width as i32 + 1)),
                Shape::Polygon { points, .. } => points.iter().for_each(|p| add(*p, 1)),
                Shape::Rect { from, to, width, .. } => {
                    add(*from, *width as i32 + 1);
                    add(*to, *width as i32 + 1);
                }
                Shape::Circle { center, radius, width, .. } => add(*center, (*radius + *width) as i32 + 1),
                Shape::Text { .. } => {}
            }
        }
        b
    }

    /// The same picture with every shape moved by `(dx, dy)` device pixels; its size stays.
    pub fn moved(&self, (dx, dy): (i32, i32)) -> Picture {
        let at = |(x, y): BackendCoord| (x + dx, y + dy);
        let shapes = self
            .shapes
            .iter()
            .map(|shape| {
                let mut shape = shape.clone();
                match &mut shape {
                    Shape::Line { points, .. } | Shape::Polygon { points, .. } => {
                        points.iter_mut().for_each(|p| *p = at(*p))
                    }
                    Shape::Rect { from, to, .. } => (*from, *to) = (at(*from), at(*to)),
                    Shape::Circle { center, .. } => *center = at(*center),
                    Shape::Text { at: a, .. } => *a = at(*a),
                }
                shape
            })
            .collect();
        Picture { size: self.size, shapes }
    }

    /// The shift `(dx, dy)`, in device pixels, that carries `earlier`'s shapes but the texts
    /// onto this picture's: the same shapes in the same order and style, each moved by it. None
    /// when they differ otherwise or there are none. A marker that only moved along a curve
    /// is then moved, not painted again.
    pub fn graphics_moved_from(&self, earlier: &Picture) -> Option<(i32, i32)> {
        let graphics = |p: &Picture| p.shapes.iter().filter(|s| !matches!(s, Shape::Text { .. })).count();
        if self.size != earlier.size || graphics(self) != graphics(earlier) || graphics(self) == 0 {
            return None;
        }
        let mut shift: Option<(i32, i32)> = None;
        // Whether every point is the earlier one moved by the same shift.
        let mut moved = |now: &[BackendCoord], then: &[BackendCoord]| {
            now.len() == then.len()
                && now
                    .iter()
                    .zip(then)
                    .all(|(a, b)| (a.0 - b.0, a.1 - b.1) == *shift.get_or_insert((a.0 - b.0, a.1 - b.1)))
        };
        let earlier_graphics = earlier.shapes.iter().filter(|s| !matches!(s, Shape::Text { .. }));
        for (now, then) in self.shapes.iter().filter(|s| !matches!(s, Shape::Text { .. })).zip(earlier_graphics) {
            let same = match (now, then) {
                (Shape::Line { points: a, color: ca, width: wa }, Shape::Line { points: b, color: cb, width: wb }) => {
                    (ca, wa) == (cb, wb) && moved(a, b)
                }
                (Shape::Polygon { points: a, color: ca }, Shape::Polygon { points: b, color: cb }) => {
                    ca == cb && moved(a, b)
                }
                (
                    Shape::Rect { from: fa, to: ta, color: ca, width: wa, fill: la },
                    Shape::Rect { from: fb, to: tb, color: cb, width: wb, fill: lb },
                ) => (ca, wa, la) == (cb, wb, lb) && moved(&[*fa, *ta], &[*fb, *tb]),
                (
                    Shape::Circle { center: a, radius: ra, color: ca, width: wa, fill: la },
                    Shape::Circle { center: b, radius: rb, color: cb, width: wb, fill: lb },
                ) => (ra, ca, wa, la) == (rb, cb, wb, lb) && moved(&[*a], &[*b]),
                _ => false,
            };
            if !same {
                return None;
            }
        }
        shift
    }
}

/// The plotters backend that records a `Picture`.
pub struct Recorder<'p>(pub &'p mut Picture);

type Result = std::result::Result<(), DrawingErrorKind<Infallible>>;

impl Recorder<'_> {
    /// Records the shape `make` builds in `color`; a fully transparent one is left out.
    fn push(&mut self, color: BackendColor, make: impl FnOnce(Rgba) -> Shape) -> Result {
        if color.alpha > 0.0 {
            self.0.shapes.push(make(Rgba::from_backend(color)));
        }
        Ok(())
    }
}

impl DrawingBackend for Recorder<'_> {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.0.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, p: BackendCoord, color: BackendColor) -> Result {
        self.push(color, |color| Shape::Rect { from: p, to: (p.0 + 1, p.1 + 1), color, width: 0, fill: true })
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S, fill: bool) -> Result {
        self.push(style.color(), |color| Shape::Rect { from, to, color, width: style.stroke_width(), fill })
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        if points.is_empty() {
            return Ok(());
        }
        self.push(style.color(), |color| Shape::Line { points, color, width: style.stroke_width() })
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        self.push(style.color(), |color| Shape::Circle { center, radius, color, width: style.stroke_width(), fill })
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        self.push(style.color(), |color| Shape::Polygon { points, color })
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, at: BackendCoord) -> Result {
        let anchor = style.anchor();
        let across = match anchor.h_pos {
            HPos::Left => Across::Start,
            HPos::Center => Across::Middle,
            HPos::Right => Across::End,
        };
        let down = match anchor.v_pos {
            VPos::Top => Down::Top,
            VPos::Center => Down::Middle,
            VPos::Bottom => Down::Bottom,
        };
        let rotate = match style.transform() {
            FontTransform::Rotate90 => 90,
            FontTransform::Rotate180 => 180,
            FontTransform::Rotate270 => 270,
            _ => 0,
        };
        self.push(style.color(), |color| Shape::Text {
            text: text.to_string(),
            at,
            color,
            size: style.size(),
            bold: matches!(style.style(), FontStyle::Bold),
            across,
            down,
            rotate,
        })
    }
}

impl Picture {
    /// An empty picture of `size` device pixels.
    pub fn new(size: (u32, u32)) -> Picture {
        Picture { size, shapes: Vec::new() }
    }

    /// The colour the picture is painted on: its first shape, where that fills the whole
    /// picture (a chart's base; a marker's picture has none). Its texts get a halo of it, so
    /// that a line or a bar running through a label leaves the label legible.
    pub fn background(&self) -> Option<Rgba> {
        let (w, h) = (self.size.0 as i32, self.size.1 as i32);
        match self.shapes.first() {
            Some(Shape::Rect { from: (0, 0), to, color, fill: true, .. }) if to.0 >= w - 1 && to.1 >= h - 1 => {
                Some(*color)
            }
            _ => None,
        }
    }

    /// The picture as a standalone SVG document, all text in `font` (a CSS font list).
    pub fn to_svg(&self, font: &str) -> String {
        let (w, h) = self.size;
        let mut out = String::with_capacity(64 + self.shapes.len() * 96);
        out.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{}\">\n",
            escape(font)
        ));
        let halo = self.background();
        for shape in &self.shapes {
            write_shape(&mut out, shape, halo.as_ref());
        }
        out.push_str("</svg>\n");
        out
    }
}

/// `fill="#RRGGBB"` (or `stroke=`), with the opacity when there is one.
fn paint(out: &mut String, attr: &str, color: &Rgba) {
    out.push_str(&format!(" {attr}=\"{}\"", color.hex()));
    if color.alpha < 1.0 {
        out.push_str(&format!(" {attr}-opacity=\"{}\"", plain(color.alpha)));
    }
}

fn ink(out: &mut String, color: &Rgba, width: u32, fill: bool) {
    if fill {
        paint(out, "fill", color);
    } else {
        out.push_str(" fill=\"none\"");
        paint(out, "stroke", color);
        out.push_str(&format!(" stroke-width=\"{width}\""));
    }
}

fn points(out: &mut String, points: &[BackendCoord]) {
    out.push_str(" points=\"");
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&format!("{x},{y}"));
    }
    out.push('"');
}

/// The width of a text's halo, in device pixels, for a text of `size` device pixels.
pub fn halo_width(size: f64) -> u32 {
    ((size / 4.0).round() as u32).max(1)
}

fn write_shape(out: &mut String, shape: &Shape, halo: Option<&Rgba>) {
    match shape {
        Shape::Line { points: p, color, width } => {
            out.push_str("<polyline");
            points(out, p);
            ink(out, color, *width, false);
            out.push_str("/>\n");
        }
        Shape::Rect { from, to, color, width, fill } => {
            let (x, y) = (from.0.min(to.0), from.1.min(to.1));
            let (w, h) = ((to.0 - from.0).abs(), (to.1 - from.1).abs());
            out.push_str(&format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\""));
            ink(out, color, *width, *fill);
            out.push_str("/>\n");
        }
        Shape::Circle { center, radius, color, width, fill } => {
            out.push_str(&format!("<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\"", center.0, center.1));
            ink(out, color, *width, *fill);
            out.push_str("/>\n");
        }
        Shape::Polygon { points: p, color } => {
            out.push_str("<polygon");
            points(out, p);
            paint(out, "fill", color);
            out.push_str("/>\n");
        }
        Shape::Text { text, at, color, size, bold, across, down, rotate } => {
            let anchor = match across {
                Across::Start => "start",
                Across::Middle => "middle",
                Across::End => "end",
            };
            // The canvas's text baselines, in SVG terms.
            let dy = match down {
                Down::Top => "0.76em",
                Down::Middle => "0.35em",
                Down::Bottom => "-0.24em",
            };
            out.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-size=\"{}\"",
                at.0,
                at.1,
                plain(*size)
            ));
            if *bold {
                out.push_str(" font-weight=\"bold\"");
            }
            if *rotate != 0 {
                out.push_str(&format!(" transform=\"rotate({rotate} {} {})\"", at.0, at.1));
            }
            paint(out, "fill", color);
            if let Some(h) = halo {
                paint(out, "stroke", h);
                out.push_str(&format!(
                    " stroke-width=\"{}\" stroke-linejoin=\"round\" paint-order=\"stroke\"",
                    halo_width(*size)
                ));
            }
            out.push('>');
            out.push_str(&escape(text));
            out.push_str("</text>\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Across, Down, Picture, Recorder, Shape};
    use plotters::prelude::*;
    use plotters::style::text_anchor::Pos;
    use plotters::style::text_anchor::{HPos, VPos};
    use plotters_backend::BackendColor;

    fn record(size: (u32, u32), draw: impl FnOnce(&DrawingArea<Recorder<'_>, plotters::coord::Shift>)) -> Picture {
        let mut p = Picture::new(size);
        {
            let root = Recorder(&mut p).into_drawing_area();
            draw(&root);
        }
        p
    }

    #[test]
    fn records_what_plotters_draws() {
        let p = record((100, 50), |root| {
            root.fill(&WHITE).unwrap();
            root.draw(&PathElement::new(vec![(0, 0), (10, 10), (20, 0)], BLUE.stroke_width(2))).unwrap();
            root.draw(&Circle::new((5, 5), 3, RED.filled())).unwrap();
            let style = TextStyle::from(("x", 12.0).into_font()).color(&BLACK).pos(Pos::new(HPos::Right, VPos::Top));
            root.draw(&Text::new("a<b", (90, 2), style)).unwrap();
            root.draw(&PathElement::new(vec![(0, 0), (5, 5)], TRANSPARENT)).unwrap();
        });
        assert_eq!(p.shapes.len(), 4, "the transparent line is left out");
        assert!(matches!(&p.shapes[0], Shape::Rect { fill: true, from: (0, 0), to: (100, 50), .. }));
        assert!(matches!(&p.shapes[1], Shape::Line { points, width: 2, .. } if points.len() == 3));
        assert!(matches!(&p.shapes[2], Shape::Circle { radius: 3, fill: true, .. }));
        assert!(
            matches!(&p.shapes[3], Shape::Text { text, across: Across::End, down: Down::Top, size, .. } if text == "a<b" && *size == 12.0)
        );
    }

    #[test]
    fn writes_svg() {
        let p = record((100, 50), |root| {
            root.draw(&PathElement::new(vec![(0, 0), (10, 10)], RGBAColor(0, 114, 178, 0.5).stroke_width(1))).unwrap();
            let style = TextStyle::from(("x", 15.0, FontStyle::Bold).into_font()).color(&RGBColor(51, 51, 51));
            root.draw(&Text::new("Q & A \"1\"", (3, 4), style)).unwrap();
        });
        let svg = p.to_svg("system-ui, 'Segoe UI'");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\""));
        assert!(svg.contains("font-family=\"system-ui, 'Segoe UI'\""));
        assert!(svg.contains(
            "<polyline points=\"0,0 10,10\" fill=\"none\" stroke=\"#0072B2\" stroke-opacity=\"0.5\" stroke-width=\"1\"/>"
        ));
        assert!(svg.contains("font-size=\"15\" font-weight=\"bold\" fill=\"#333333\">Q &amp; A &quot;1&quot;</text>"));
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn texts_on_a_background_have_a_halo_of_it() {
        let label = |root: &DrawingArea<Recorder<'_>, plotters::coord::Shift>| {
            root.draw(&Text::new("80,6", (50, 20), ("x", 12.0).into_font())).unwrap();
        };
        let on_paper = record((100, 50), |root| {
            root.fill(&RGBColor(22, 22, 22)).unwrap();
            label(root);
        });
        assert_eq!(on_paper.background().map(|c| c.hex()), Some("#161616".to_string()));
        assert!(on_paper.to_svg("x").contains(
            "fill=\"#000000\" stroke=\"#161616\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">80,6</text>"
        ));
        // A marker's picture, drawn over the base, has no background of its own: no halo.
        let marker = record((100, 50), label);
        assert_eq!(marker.background(), None);
        assert!(!marker.to_svg("x").contains("paint-order"));
    }

    #[test]
    fn graphics_bounds_hold_every_shape_but_text() {
        let p = record((100, 50), |root| {
            root.draw(&Circle::new((20, 30), 6, RED.stroke_width(2))).unwrap();
            root.draw(&PathElement::new(vec![(40, 10), (60, 12)], BLUE.stroke_width(1))).unwrap();
            root.draw(&Text::new("far away", (95, 45), ("x", 12.0).into_font())).unwrap();
        });
        // The circle reaches 6 + 2 + 1 px around its centre, the line 1 + 1 px around its ends.
        assert_eq!(p.graphics_bounds(), Some((11, 8, 62, 39)));
        assert_eq!(Picture::new((10, 10)).graphics_bounds(), None);
    }

    #[test]
    fn a_marker_that_only_moved_is_recognised_by_its_shift() {
        let marker = |(x, y): (i32, i32), radius: u32, text: &str| {
            record((100, 50), |root| {
                root.draw(&Circle::new((x, y), radius, RED.filled())).unwrap();
                root.draw(&Circle::new((x, y), radius + 1, WHITE.stroke_width(2))).unwrap();
                root.draw(&Text::new(text.to_string(), (x + 10, y), ("x", 12.0).into_font())).unwrap();
            })
        };
        let first = marker((20, 30), 6, "34,72 $");
        assert_eq!(marker((27, 25), 6, "30,10 $").graphics_moved_from(&first), Some((7, -5)), "the texts do not count");
        assert_eq!(marker((20, 30), 6, "34,72 $").graphics_moved_from(&first), Some((0, 0)));
        assert_eq!(marker((27, 25), 5, "30,10 $").graphics_moved_from(&first), None, "another size");
        let recoloured = record((100, 50), |root| {
            root.draw(&Circle::new((20, 30), 6, BLUE.filled())).unwrap();
            root.draw(&Circle::new((20, 30), 7, WHITE.stroke_width(2))).unwrap();
        });
        assert_eq!(recoloured.graphics_moved_from(&first), None, "another colour");
        let apart = record((100, 50), |root| {
            root.draw(&Circle::new((20, 30), 6, RED.filled())).unwrap();
            root.draw(&Circle::new((21, 30), 7, WHITE.stroke_width(2))).unwrap();
        });
        assert_eq!(apart.graphics_moved_from(&first), None, "the shapes moved apart");
        let line = |dx: i32| {
            record((100, 50), |root| {
                root.draw(&PathElement::new(vec![(10 + dx, 0), (10 + dx, 40)], BLUE.stroke_width(1))).unwrap();
                root.draw(&Rectangle::new([(5 + dx, 5), (15 + dx, 9)], RED.filled())).unwrap();
            })
        };
        assert_eq!(line(4).graphics_moved_from(&line(0)), Some((4, 0)));
        assert_eq!(line(0).moved((4, 0)), line(4), "moved by the shift found");
        assert_eq!(first.moved((7, -5)).graphics_moved_from(&first), Some((7, -5)));
        assert_eq!(line(4).graphics_moved_from(&first), None);
        let mut elsewhere = marker((20, 30), 6, "");
        elsewhere.size = (200, 50);
        assert_eq!(elsewhere.graphics_moved_from(&first), None, "another canvas size");
        assert_eq!(Picture::new((100, 50)).graphics_moved_from(&Picture::new((100, 50))), None, "nothing to move");
    }

    #[test]
    fn colors_as_css() {
        assert_eq!(super::Rgba { rgb: (0, 114, 178), alpha: 1.0 }.css(), "#0072B2");
        assert_eq!(super::Rgba { rgb: (1, 2, 3), alpha: 0.25 }.css(), "rgba(1,2,3,0.25)");
        assert_eq!(super::Rgba::from_backend(BackendColor { rgb: (0, 0, 0), alpha: f64::NAN }).alpha, 1.0);
    }
}
