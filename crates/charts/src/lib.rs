//! Charts as functions generic over plotters' `DrawingBackend`.
//!
//! One drawing function per chart serves the canvas in the browser, the SVG of the prerendered
//! page and downloads, and the SVG-string tests: the app records it once into a `Picture`
//! (`picture.rs`) and paints that on a canvas or writes it as SVG. Axes, ticks and labels are laid out here
//! without measuring text, so drawing never asks the browser for layout: a redraw is a
//! straight run of canvas calls. Each chart is a base (what does not depend on the reader's
//! marker) and a marker, so that a canvas can keep the base while a slider moves the marker.

pub mod axes;
pub mod c1;
pub mod c2;
pub mod c3;
pub mod c4;
pub mod c6;
pub mod export;
pub mod hbar;
pub mod picture;
pub mod text;
pub mod theme;
pub mod ticks;

pub use picture::Picture;
pub use theme::Theme;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend, IntoDrawingArea};
use std::rc::Rc;

/// A value the reader can point at or step to: where it is on the chart (CSS pixels) and
/// what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Readout {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

/// Fills `{x}` and `{y}` of a readout template.
pub(crate) fn readout_text(template: &str, x: &str, y: &str) -> String {
    model::format::fill(template, &[("x", x), ("y", y)])
}

/// The result of drawing a chart.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Any chart of the explainer, so that one canvas component and one SVG export serve all.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    C1(c1::C1Chart),
    C2Cape(c2::CapeChart),
    C3Capex(c3::CapexChart),
    C4Share(c4::ShareChart),
    C6Price(c6::PriceChart),
    /// Horizontal bars (projections, shares, losses, funnel, counts): drawn whole each time.
    Bars(Rc<hbar::Bars>),
}

impl Chart {
    /// Draws the whole chart on any backend; `scale` is the device pixel ratio.
    pub fn draw<DB: DrawingBackend>(&self, backend: DB, theme: &Theme, scale: f64) -> DrawResult<DB> {
        let root = backend.into_drawing_area();
        self.draw_base(&root, theme, scale)?;
        self.draw_marker(&root, theme, scale)?;
        root.present()?;
        Ok(())
    }

    /// The part that stays while the reader's marker moves.
    pub fn draw_base<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        scale: f64,
    ) -> DrawResult<DB> {
        match self {
            Chart::C1(c) => c1::draw_base(root, c, theme, scale),
            Chart::C2Cape(c) => c2::draw_base(root, c, theme, scale),
            Chart::C3Capex(c) => c3::draw_base(root, c, theme, scale),
            Chart::C4Share(c) => c4::draw_base(root, c, theme, scale),
            Chart::C6Price(c) => c6::draw_base(root, c, theme, scale),
            Chart::Bars(c) => hbar::draw(root, c, theme, scale),
        }
    }

    /// The reader's marker, drawn over the base (nothing for charts without one).
    pub fn draw_marker<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        scale: f64,
    ) -> DrawResult<DB> {
        match self {
            Chart::C1(c) => c1::draw_marker(root, c, theme, scale),
            Chart::C2Cape(c) => c2::draw_marker(root, c, theme, scale),
            Chart::C3Capex(c) => c3::draw_marker(root, c, theme, scale),
            Chart::C4Share(c) => c4::draw_marker(root, c, theme, scale),
            Chart::C6Price(c) => c6::draw_marker(root, c, theme, scale),
            Chart::Bars(_) => Ok(()),
        }
    }

    /// The base recorded at `size` device pixels (`scale` per CSS pixel).
    pub fn base_picture(&self, size: (u32, u32), theme: &Theme, scale: f64) -> Picture {
        record(size, |root| self.draw_base(root, theme, scale))
    }

    /// The marker recorded at `size` device pixels, to paint over the base.
    pub fn marker_picture(&self, size: (u32, u32), theme: &Theme, scale: f64) -> Picture {
        record(size, |root| self.draw_marker(root, theme, scale))
    }

    /// The whole chart recorded at `size` device pixels.
    pub fn picture(&self, size: (u32, u32), theme: &Theme, scale: f64) -> Picture {
        record(size, |root| {
            self.draw_base(root, theme, scale)?;
            self.draw_marker(root, theme, scale)
        })
    }

    /// The values of the chart a reader can point at, for a chart of `width` × `height` CSS
    /// pixels, in reading order.
    pub fn readouts(&self, width: f64, height: f64) -> Vec<Readout> {
        let size = (width.max(1.0) as u32, height.max(1.0) as u32);
        match self {
            Chart::C1(c) => c1::readouts(c, size),
            Chart::C2Cape(c) => c2::readouts(c, size),
            Chart::C3Capex(c) => c3::readouts(c, size),
            Chart::C4Share(c) => c4::readouts(c, size),
            Chart::C6Price(c) => c6::readouts(c, size),
            Chart::Bars(c) => hbar::readouts(c, width),
        }
    }

    /// True when `other` differs from this chart only in the marker.
    pub fn same_base(&self, other: &Chart) -> bool {
        fn same<T: PartialEq>(a: &Rc<T>, b: &Rc<T>) -> bool {
            Rc::ptr_eq(a, b) || a == b
        }
        match (self, other) {
            (Chart::C1(a), Chart::C1(b)) => same(&a.base, &b.base),
            (Chart::C2Cape(a), Chart::C2Cape(b)) => same(&a.base, &b.base),
            (Chart::C3Capex(a), Chart::C3Capex(b)) => same(&a.base, &b.base),
            (Chart::C4Share(a), Chart::C4Share(b)) => same(&a.base, &b.base),
            (Chart::C6Price(a), Chart::C6Price(b)) => same(&a.base, &b.base),
            (Chart::Bars(a), Chart::Bars(b)) => same(a, b),
            _ => false,
        }
    }
}

/// Runs drawing code on a `Recorder`. A drawing error (there are none on a recorder, but
/// plotters' layout can refuse an area) leaves what was drawn before it.
pub(crate) fn record(
    size: (u32, u32),
    draw: impl for<'p> FnOnce(&DrawingArea<picture::Recorder<'p>, Shift>) -> DrawResult<picture::Recorder<'p>>,
) -> Picture {
    let mut picture = Picture::new(size);
    {
        let root = picture::Recorder(&mut picture).into_drawing_area();
        let _ = draw(&root);
    }
    picture
}

/// The chart as an SVG document of `size` pixels, drawn by the same functions as the canvas.
#[cfg(test)]
pub fn svg(chart: &Chart, size: (u32, u32), scale: f64) -> String {
    chart.picture(size, &theme::LIGHT, scale).to_svg(theme::LIGHT.font)
}
