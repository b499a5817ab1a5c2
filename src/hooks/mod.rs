//! Hooks of the app; each returns a handle.

mod use_chart_canvas;

pub use use_chart_canvas::use_chart_canvas;
