//! A plotters `DrawingBackend` on an HTML canvas that sets the context's fill, stroke, line
//! width, font and text alignment only when they change. A chart sets the same style for many
//! lines and labels in a row; skipping the repeats (each a string crossing into JavaScript)
//! roughly halves the time of a redraw compared with plotters-canvas.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "canvas: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

/// The context state last set, so that repeats can be skipped. It outlives a backend: keep
/// one per canvas and `reset` it whenever the canvas is resized (which resets the context).
#[derive(Default)]
pub struct State {
    /// The context's text direction has been fixed.
    prepared: bool,
    fill: Option<(u8, u8, u8, u32)>,
    stroke: Option<(u8, u8, u8, u32)>,
    line_width: Option<u32>,
    font: String,
    align: Option<&'static str>,
    baseline: Option<&'static str>,
}

impl State {
    pub fn reset(&mut self) {
        *self = State::default();
    }
}

pub struct CanvasBackend<'s> {
    canvas: HtmlCanvasElement,
    ctx: CanvasRenderingContext2d,
    state: &'s mut State,
}

fn key(c: BackendColor) -> (u8, u8, u8, u32) {
    (c.rgb.0, c.rgb.1, c.rgb.2, (c.alpha.clamp(0.0, 1.0) * 1000.0) as u32)
}

fn css(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{})", model::decimal::plain(c.alpha))
    }
}

impl<'s> CanvasBackend<'s> {
    /// A backend for the canvas's 2D context; the canvas's pixel size is the drawing size.
    /// `state` is what this canvas's context was last set to.
    pub fn new(canvas: HtmlCanvasElement, state: &'s mut State) -> Option<CanvasBackend<'s>> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        if !state.prepared {
            // The default direction, "inherit", makes every fillText ask for the canvas's
            // computed style, which recalculates the styles of the page the DOM update just
            // changed. A fixed direction keeps text drawing independent of the page.
            let _ = js_sys::Reflect::set(&ctx, &"direction".into(), &"ltr".into());
            state.prepared = true;
        }
        Some(CanvasBackend { canvas, ctx, state })
    }

    /// Makes the whole canvas transparent.
    pub fn clear(&self) {
        self.ctx.clear_rect(0.0, 0.0, self.canvas.width() as f64, self.canvas.height() as f64);
    }

    fn fill(&mut self, c: BackendColor) {
        if self.state.fill != Some(key(c)) {
            self.state.fill = Some(key(c));
            self.ctx.set_fill_style_str(&css(c));
        }
    }

    fn stroke(&mut self, style: &impl BackendStyle) {
        let c = style.color();
        if self.state.stroke != Some(key(c)) {
            self.state.stroke = Some(key(c));
            self.ctx.set_stroke_style_str(&css(c));
        }
        let w = style.stroke_width();
        if self.state.line_width != Some(w) {
            self.state.line_width = Some(w);
            self.ctx.set_line_width(w as f64);
        }
    }

    /// Half-pixel offset that keeps odd-width horizontal and vertical lines sharp.
    fn offset(&self) -> f64 {
        if self.state.line_width.unwrap_or(1) % 2 == 1 {
            0.5
        } else {
            0.0
        }
    }
}

impl DrawingBackend for CanvasBackend<'_> {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, p: BackendCoord, color: BackendColor) -> Result {
        if color.alpha > 0.0 {
            self.fill(color);
            self.ctx.fill_rect(p.0 as f64, p.1 as f64, 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, style: &S, fill: bool) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (a.0 as f64, a.1 as f64, (b.0 - a.0) as f64, (b.1 - a.1) as f64);
        if fill {
            self.fill(style.color());
            self.ctx.fill_rect(x, y, w, h);
        } else {
            self.stroke(style);
            self.ctx.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.stroke(style);
        let points: Vec<BackendCoord> = path.into_iter().collect();
        let Some(first) = points.first() else {
            return Ok(());
        };
        // A straight horizontal or vertical segment is moved half a pixel to stay sharp.
        let (dx, dy) = match points.as_slice() {
            [a, b] if a.0 == b.0 => (self.offset(), 0.0),
            [a, b] if a.1 == b.1 => (0.0, self.offset()),
            _ => (0.0, 0.0),
        };
        self.ctx.begin_path();
        self.ctx.move_to(first.0 as f64 + dx, first.1 as f64 + dy);
        for p in &points[1..] {
            self.ctx.line_to(p.0 as f64 + dx, p.1 as f64 + dy);
        }
        self.ctx.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.fill(style.color());
        let mut path = path.into_iter();
        self.ctx.begin_path();
        if let Some(p) = path.next() {
            self.ctx.move_to(p.0 as f64, p.1 as f64);
            for p in path {
                self.ctx.line_to(p.0 as f64, p.1 as f64);
            }
            self.ctx.close_path();
        }
        self.ctx.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, radius: u32, style: &S, fill: bool) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill(style.color());
        } else {
            self.stroke(style);
        }
        self.ctx.begin_path();
        let _ = self.ctx.arc(c.0 as f64, c.1 as f64, radius as f64, 0.0, std::f64::consts::TAU);
        if fill {
            self.ctx.fill();
        } else {
            self.ctx.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.state.align != Some(align) {
            self.state.align = Some(align);
            self.ctx.set_text_align(align);
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.state.baseline != Some(baseline) {
            self.state.baseline = Some(baseline);
            self.ctx.set_text_baseline(baseline);
        }
        self.fill(color);
        let font =
            format!("{} {}px {}", style.style().as_str(), model::decimal::plain(style.size()), style.family().as_str());
        if self.state.font != font {
            self.ctx.set_font(&font);
            self.state.font = font;
        }
        let angle: f64 = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        if angle == 0.0 {
            self.ctx.fill_text(text, pos.0 as f64, pos.1 as f64).map_err(js_error)?;
        } else {
            self.ctx.save();
            self.ctx.translate(pos.0 as f64, pos.1 as f64).map_err(js_error)?;
            self.ctx.rotate(angle.to_radians()).map_err(js_error)?;
            self.ctx.fill_text(text, 0.0, 0.0).map_err(js_error)?;
            self.ctx.restore();
        }
        Ok(())
    }
}

fn js_error(e: wasm_bindgen::JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(format!("{e:?}")))
}
