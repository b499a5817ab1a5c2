//! Charts as functions generic over plotters' `DrawingBackend`.
//!
//! One drawing function per chart serves the canvas in the browser, the SVG of the prerendered
//! page and downloads, and the SVG-string tests. Axes, ticks and labels are laid out here
//! without measuring text, so drawing never asks the browser for layout: a redraw is a
//! straight run of canvas calls.

pub mod axes;
pub mod c1;
pub mod theme;
pub mod ticks;

pub use theme::Theme;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// The result of drawing a chart.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Any chart of the explainer, so that one canvas component and one SVG export serve all.
#[derive(Clone, Debug, PartialEq)]
pub enum Chart {
    C1(c1::C1Chart),
}

impl Chart {
    /// Draws the whole chart on any backend; `scale` is the device pixel ratio.
    pub fn draw<DB: DrawingBackend>(&self, backend: DB, theme: &Theme, scale: f64) -> DrawResult<DB> {
        match self {
            Chart::C1(c) => c1::draw(backend, c, theme, scale),
        }
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
        }
    }

    /// The reader's marker, drawn over the base.
    pub fn draw_marker<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        theme: &Theme,
        scale: f64,
    ) -> DrawResult<DB> {
        match self {
            Chart::C1(c) => c1::draw_marker(root, c, theme, scale),
        }
    }

    /// True when `other` differs from this chart only in the marker.
    pub fn same_base(&self, other: &Chart) -> bool {
        match (self, other) {
            (Chart::C1(a), Chart::C1(b)) => c1::same_base(a, b),
        }
    }
}
