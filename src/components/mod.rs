//! One component per file; props are plain data plus `on<verb>` callbacks.

pub mod article_header;
pub mod article_view;
pub mod c1_calculator;
pub mod c1_chart;
pub mod c1_payers;
pub mod c1_result;
pub mod c1_revenue_inputs;
pub mod c1_summary;
pub mod c1_table;
pub mod chart_canvas;
pub mod claim_card;
pub mod claim_mark;
pub mod claim_popover;
pub mod group_select;
pub mod legend;
pub mod live_figure;
pub mod paragraph;
pub mod slider;
