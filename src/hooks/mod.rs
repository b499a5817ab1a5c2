//! Hooks of the app; each returns a handle.

mod use_chart_canvas;
mod use_store;

pub use use_chart_canvas::use_chart_canvas;
pub use use_store::{use_c1, use_prose_inputs, C1Handle, StoreProvider};
