//! Hooks of the app; each returns a handle or a value.

mod use_chart_canvas;
mod use_store;

pub use use_chart_canvas::use_chart_canvas;
pub use use_store::{use_c1_callbacks, use_c1_inputs, use_locale, use_selector, C1Callbacks, StoreProvider};
