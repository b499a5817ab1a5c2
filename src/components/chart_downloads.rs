//! Under a chart: download it as PNG or SVG (drawn by its own functions, with title and
//! source) or its table as CSV. It reads the chart only when one is asked for, so a slider
//! move does not render it again. SVG and CSV are links to the files the build writes with the
//! article's values (`files`), so that they work where the app does not run; the app makes
//! them from the chart and table as they are now instead.

use crate::download;
use crate::hooks::{use_listener, use_locale};
use charts::Chart;
use content::Ui;
use model::url::page_path;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event};
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

/// Makes a download's text (`"svg"` or `"csv"`) as the chart is now, if the page has it.
type MakeFile = dyn Fn(&str) -> Option<String>;

#[function_component(ChartDownloads)]
pub fn chart_downloads(props: &ChartDownloadsProps) -> Html {
    let locale = use_locale();
    let ui = Ui::get(locale);
    // The SVG or CSV of the chart and table as they are now, if the page has them.
    let make: Rc<MakeFile> = {
        let (chart, frame, figure) = (props.chart.clone(), props.frame.clone(), props.figure.clone());
        let (title, source) = (props.title.to_string(), props.source.to_string());
        Rc::new(move |kind: &str| match kind {
            "svg" => frame.cast::<Element>().map(|f| download::svg_text(&chart.0.borrow(), &f, &title, &source)),
            "csv" => figure
                .cast::<Element>()
                .and_then(|fig| fig.query_selector("table").ok().flatten())
                .map(|table| download::csv_text(&table, &title, &source)),
            _ => None,
        })
    };
    let save = |kind: &'static str| {
        let (make, name) = (make.clone(), format!("{}.{kind}", props.id));
        Callback::from(move |e: MouseEvent| {
            if let Some(text) = make(kind) {
                e.prevent_default();
                download::save_text(&text, download::mime(kind), &name);
            }
        })
    };
    let png = {
        let (chart, frame, id) = (props.chart.clone(), props.frame.clone(), props.id.to_string());
        let (title, source) = (props.title.to_string(), props.source.to_string());
        Callback::from(move |_: MouseEvent| {
            if let Some(f) = frame.cast::<Element>() {
                download::png(&chart.0.borrow(), &f, &title, &source, &format!("{id}.png"));
            }
        })
    };
    // A link saved another way than by a click (its menu, a middle click, a long press, a
    // drag) saves its address: before that can happen, the link reached (by a pointer, the
    // focus or a menu) points at its file as it is now, in place of the one it pointed at.
    // (Rendered, it points at the build's file; Yew never writes it again.)
    let group = use_node_ref();
    let refresh = {
        let make = make.clone();
        Callback::from(move |e: Event| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(link) = target.and_then(|t| t.closest("a[download]").ok().flatten()) else { return };
            let kind = if link.get_attribute("download").is_some_and(|d| d.ends_with(".csv")) { "csv" } else { "svg" };
            let Some(url) = make(kind).and_then(|text| download::blob_url(&text, download::mime(kind))) else { return };
            if let Some(old) = link.get_attribute("href").filter(|h| h.starts_with("blob:")) {
                download::revoke(&old);
            }
            let _ = link.set_attribute("href", &url);
        })
    };
    use_listener(group.clone(), "pointerdown", refresh.clone());
    use_listener(group.clone(), "focusin", refresh.clone());
    use_listener(group.clone(), "contextmenu", refresh);
    let file = |kind: &str| format!("{}.{kind}", props.id);
    html! {
        <p class="downloads" ref={group}>
            <span>{ ui.download }{ ": " }</span>
            <button type="button" onclick={png}>{ ui.download_png }</button>
            <a href={href(locale, &file("svg"))} download={file("svg")} onclick={save("svg")}>{ ui.download_svg }</a>
            <a href={href(locale, &file("csv"))} download={file("csv")} onclick={save("csv")}>{ ui.download_csv }</a>
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
