//! Paints a chart's `Picture` on an HTML canvas, setting the context's fill, stroke, line
//! width, font and text alignment only when they change. A chart sets the same style for many
//! lines and labels in a row; skipping the repeats (each a string crossing into JavaScript)
//! roughly halves the time of a redraw.

use charts::picture::{halo_width, Across, Down, Picture, Rgba, Shape};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The context state last set, so that repeats can be skipped. It outlives a painting: keep
/// one per canvas and `reset` it whenever the canvas is resized (which resets the context).
#[derive(Default)]
pub struct State {
    /// The canvas's context, once asked for (the same object for the canvas's life).
    ctx: Option<CanvasRenderingContext2d>,
    /// The context's text direction has been fixed.
    prepared: bool,
    fill: Option<Rgba>,
    stroke: Option<Rgba>,
    line_width: Option<u32>,
    font: String,
    align: Option<Across>,
    baseline: Option<Down>,
}

impl State {
    /// Forgets the settings (a resized canvas's context is reset), keeps the context.
    pub fn reset(&mut self) {
        *self = State { ctx: self.ctx.take(), ..State::default() };
    }
}

/// A canvas's 2D context with the state it was last set to.
pub struct Painter<'s> {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    state: &'s mut State,
    /// The chart font (a CSS font list).
    font: &'static str,
}

impl<'s> Painter<'s> {
    /// A painter for the canvas's 2D context; `state` is what this canvas's context was last
    /// set to.
    pub fn new(canvas: HtmlCanvasElement, state: &'s mut State, font: &'static str) -> Option<Painter<'s>> {
        let ctx = match &state.ctx {
            Some(ctx) => ctx.clone(),
            None => {
                let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
                state.ctx = Some(ctx.clone());
                ctx
            }
        };
        if !state.prepared {
            // The default direction, "inherit", makes every fillText ask for the canvas's
            // computed style, which recalculates the styles of the page the DOM update just
            // changed. A fixed direction keeps text drawing independent of the page.
            let _ = js_sys::Reflect::set(&ctx, &"direction".into(), &"ltr".into());
            state.prepared = true;
        }
        Some(Painter { canvas, ctx, state, font })
    }

    /// Makes the whole canvas transparent.
    pub fn clear(&self) {
        self.ctx.clear_rect(0.0, 0.0, self.canvas.width() as f64, self.canvas.height() as f64);
    }

    fn fill(&mut self, c: &Rgba) {
        if self.state.fill != Some(*c) {
            self.state.fill = Some(*c);
            self.ctx.set_fill_style_str(&c.css());
        }
    }

    fn stroke(&mut self, c: &Rgba, width: u32) {
        if self.state.stroke != Some(*c) {
            self.state.stroke = Some(*c);
            self.ctx.set_stroke_style_str(&c.css());
        }
        if self.state.line_width != Some(width) {
            self.state.line_width = Some(width);
            self.ctx.set_line_width(width as f64);
        }
    }

    /// Paints the picture's shapes in order, its texts with a halo of its background.
    pub fn paint(&mut self, picture: &Picture) {
        let halo = picture.background();
        for shape in &picture.shapes {
            self.shape(shape, halo.as_ref());
        }
    }

    /// Paints the picture's shapes except its texts (shown as HTML: `chart_labels`).
    pub fn paint_graphics(&mut self, picture: &Picture) {
        for shape in picture.shapes.iter().filter(|s| !matches!(s, Shape::Text { .. })) {
            self.shape(shape, None);
        }
    }

    fn shape(&mut self, shape: &Shape, halo: Option<&Rgba>) {
        let ctx = self.ctx.clone();
        match shape {
            Shape::Line { points, color, width } => {
                self.stroke(color, *width);
                // A straight horizontal or vertical segment is moved half a pixel to stay sharp.
                let half = if width % 2 == 1 { 0.5 } else { 0.0 };
                let (dx, dy) = match points.as_slice() {
                    [a, b] if a.0 == b.0 => (half, 0.0),
                    [a, b] if a.1 == b.1 => (0.0, half),
                    _ => (0.0, 0.0),
                };
                ctx.begin_path();
                for (i, p) in points.iter().enumerate() {
                    let (x, y) = (p.0 as f64 + dx, p.1 as f64 + dy);
                    if i == 0 {
                        ctx.move_to(x, y);
                    } else {
                        ctx.line_to(x, y);
                    }
                }
                ctx.stroke();
            }
            Shape::Rect { from, to, color, width, fill } => {
                let (x, y, w, h) = (from.0 as f64, from.1 as f64, (to.0 - from.0) as f64, (to.1 - from.1) as f64);
                if *fill {
                    self.fill(color);
                    ctx.fill_rect(x, y, w, h);
                } else {
                    self.stroke(color, *width);
                    ctx.stroke_rect(x, y, w, h);
                }
            }
            Shape::Circle { center, radius, color, width, fill } => {
                if *fill {
                    self.fill(color);
                } else {
                    self.stroke(color, *width);
                }
                ctx.begin_path();
                let _ = ctx.arc(center.0 as f64, center.1 as f64, *radius as f64, 0.0, std::f64::consts::TAU);
                if *fill {
                    ctx.fill();
                } else {
                    ctx.stroke();
                }
            }
            Shape::Polygon { points, color } => {
                self.fill(color);
                ctx.begin_path();
                for (i, p) in points.iter().enumerate() {
                    if i == 0 {
                        ctx.move_to(p.0 as f64, p.1 as f64);
                    } else {
                        ctx.line_to(p.0 as f64, p.1 as f64);
                    }
                }
                ctx.close_path();
                ctx.fill();
            }
            Shape::Text { text, at, color, size, bold, across, down, rotate } => {
                if self.state.align != Some(*across) {
                    self.state.align = Some(*across);
                    ctx.set_text_align(match across {
                        Across::Start => "start",
                        Across::Middle => "center",
                        Across::End => "end",
                    });
                }
                if self.state.baseline != Some(*down) {
                    self.state.baseline = Some(*down);
                    ctx.set_text_baseline(match down {
                        Down::Top => "top",
                        Down::Middle => "middle",
                        Down::Bottom => "bottom",
                    });
                }
                self.fill(color);
                let weight = if *bold { "bold " } else { "" };
                let font = format!("{weight}{}px {}", model::decimal::plain(*size), self.font);
                if self.state.font != font {
                    ctx.set_font(&font);
                    self.state.font = font;
                }
                if let Some(h) = halo {
                    self.stroke(h, halo_width(*size));
                }
                let (x, y) = (at.0 as f64, at.1 as f64);
                let draw = |x: f64, y: f64| {
                    if halo.is_some() {
                        // Round joins: mitred ones spike at the sharp corners of letters.
                        ctx.set_line_join("round");
                        let _ = ctx.stroke_text(text, x, y);
                        ctx.set_line_join("miter");
                    }
                    let _ = ctx.fill_text(text, x, y);
                };
                if *rotate == 0 {
                    draw(x, y);
                } else {
                    ctx.save();
                    let _ = ctx.translate(x, y);
                    let _ = ctx.rotate(f64::from(*rotate).to_radians());
                    draw(0.0, 0.0);
                    ctx.restore();
                }
            }
        }
    }
}
