//! Under a chart: download it as PNG or SVG (drawn by its own functions, with title and
//! source) or its table as CSV. It reads the chart only when a button is pressed, so a slider
//! move does not render it again.

use crate::download;
use crate::hooks::use_locale;
use charts::Chart;
use content::Ui;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// The chart as it is now, shared with its canvas component; equal when it is the same cell.
#[derive(Clone)]
pub struct LatestChart(pub Rc<RefCell<Chart>>);

impl PartialEq for LatestChart {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartDownloadsProps {
    /// The chart's id, the files' name.
    pub id: AttrValue,
    pub title: AttrValue,
    pub source: AttrValue,
    pub chart: LatestChart,
    /// The chart's frame (its size) and its figure (its table).
    pub frame: NodeRef,
    pub figure: NodeRef,
}

#[function_component(ChartDownloads)]
pub fn chart_downloads(props: &ChartDownloadsProps) -> Html {
    let ui = Ui::get(use_locale());
    let download = |kind: &'static str| {
        let (chart, frame, figure) = (props.chart.clone(), props.frame.clone(), props.figure.clone());
        let (title, source, id) = (props.title.to_string(), props.source.to_string(), props.id.to_string());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{id}.{kind}");
            let chart = chart.0.borrow();
            match (kind, frame.cast::<Element>(), figure.cast::<Element>()) {
                ("png", Some(f), _) => download::png(&chart, &f, &title, &source, &name),
                ("svg", Some(f), _) => download::svg_file(&chart, &f, &title, &source, &name),
                ("csv", _, Some(fig)) => {
                    if let Ok(Some(table)) = fig.query_selector("table") {
                        download::csv(&table, &title, &source, &name);
                    }
                }
                _ => {}
            }
        })
    };
    html! {
        <p class="downloads">
            <span>{ ui.download }{ ": " }</span>
            <button type="button" onclick={download("png")}>{ ui.download_png }</button>
            <button type="button" onclick={download("svg")}>{ ui.download_svg }</button>
            <button type="button" onclick={download("csv")}>{ ui.download_csv }</button>
        </p>
    }
}
