//! Under a chart: download it as PNG or SVG (drawn by its own functions, with title and
//! source) or its table as CSV. It reads the chart only when one is asked for, so a slider
//! move does not render it again. SVG and CSV are links to the files the build writes with the
//! article's values (`files`), so that they work where the app does not run; the app makes
//! them from the chart and table as they are now instead.

use crate::download;
use crate::hooks::use_locale;
use charts::Chart;
use content::Ui;
use model::url::page_path;
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
    let locale = use_locale();
    let ui = Ui::get(locale);
    let download = |kind: &'static str| {
        let (chart, frame, figure) = (props.chart.clone(), props.frame.clone(), props.figure.clone());
        let (title, source, id) = (props.title.to_string(), props.source.to_string(), props.id.to_string());
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
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
    let file = |kind: &str| format!("{}.{kind}", props.id);
    html! {
        <p class="downloads">
            <span>{ ui.download }{ ": " }</span>
            <button type="button" onclick={download("png")}>{ ui.download_png }</button>
            <a href={href(locale, &file("svg"))} download={file("svg")} onclick={download("svg")}>{ ui.download_svg }</a>
            <a href={href(locale, &file("csv"))} download={file("csv")} onclick={download("csv")}>{ ui.download_csv }</a>
        </p>
    }
}

/// The address of a chart's file written by the build (`downloads/` beside the page of each
/// language: `/downloads/c1-chart.csv`, `/en/downloads/c1-chart.csv`).
fn href(locale: model::Locale, file: &str) -> String {
    format!("{}{DIR}/{file}", page_path("/", locale))
}

/// The folder of the charts' files, beside each language's page.
pub const DIR: &str = "downloads";

/// Width of a chart's SVG file written by the build, CSS pixels.
#[cfg(feature = "ssr")]
const FILE_WIDTH: u32 = 640;

/// The charts of a page rendered at build time, for their files (`bin/prerender.rs` takes
/// them after each page and writes the SVG, and the CSV from the page's table).
#[cfg(feature = "ssr")]
pub mod files {
    use std::cell::RefCell;

    /// A chart as the build renders it: its id, title, source and SVG file.
    pub struct ChartFile {
        pub id: String,
        pub title: String,
        pub source: String,
        pub svg: String,
    }

    thread_local! {
        static RENDERED: RefCell<Vec<ChartFile>> = const { RefCell::new(Vec::new()) };
    }

    /// Keeps a chart rendered for a page: framed with its title and source, `height` CSS
    /// pixels of chart.
    pub fn keep(id: &str, chart: &charts::Chart, title: &str, source: &str, height: u32) {
        let (head, foot) = charts::export::bands(title, source, super::FILE_WIDTH as f64);
        let svg = charts::export::svg(
            chart,
            title,
            source,
            &charts::theme::LIGHT,
            super::FILE_WIDTH,
            (height as f64 + head + foot) as u32,
        );
        let file = ChartFile { id: id.to_string(), title: title.to_string(), source: source.to_string(), svg };
        RENDERED.with(|r| r.borrow_mut().push(file));
    }

    /// The charts kept since the last call.
    pub fn take() -> Vec<ChartFile> {
        RENDERED.with(|r| std::mem::take(&mut *r.borrow_mut()))
    }
}
