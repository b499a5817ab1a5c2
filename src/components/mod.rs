//! One component per file; props are plain data plus `on<verb>` callbacks.

pub mod article_header;
pub mod c1_calculator;
pub mod chart_canvas;
pub mod claim_card;
pub mod group_select;
pub mod paragraph;
pub mod slider;
