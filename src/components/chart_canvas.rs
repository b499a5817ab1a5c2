//! A chart with its title, text alternative and source line. The picture is two stacked
//! canvases (data below, the reader's marker above); screen readers get the sentence in
//! `alt` instead, and the data table passed as children.

use crate::components::chart_readout::ChartReadout;
use crate::download;
use crate::hooks::{use_chart_canvas, use_locale, use_readout, use_theme, ReadoutHandle};
use charts::Chart;
use content::Ui;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartCanvasProps {
    pub id: AttrValue,
    pub chart: Chart,
    pub title: AttrValue,
    /// A sentence with the chart's values, read by screen readers in place of the picture.
    pub alt: AttrValue,
    pub source: AttrValue,
    /// Extra classes of the picture's frame (its height, for bar charts).
    #[prop_or_default]
    pub class: Classes,
    /// A data table offered below the chart.
    #[prop_or_default]
    pub children: Html,
}

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let theme = use_theme();
    let ui = Ui::get(use_locale());
    let canvas = use_chart_canvas(props.chart.clone(), theme);
    let title_id = format!("{}-title", props.id);
    let figure = use_node_ref();
    let download = |kind: &'static str| {
        let (chart, frame, figure) = (props.chart.clone(), canvas.frame.clone(), figure.clone());
        let (title, source, id) = (props.title.to_string(), props.source.to_string(), props.id.to_string());
        Callback::from(move |_: MouseEvent| {
            let name = format!("{id}.{kind}");
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
    let (png, svg, csv) = (download("png"), download("svg"), download("csv"));
    let ReadoutHandle { active, onpointermove, onpointerleave, onkeydown, onblur } =
        use_readout(&props.chart, canvas.frame.clone());
    let hint_id = format!("{}-hint", props.id);
    html! {
        <figure ref={figure} class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id} class="chart-title">{ props.title.clone() }</figcaption>
            <div
                ref={canvas.frame}
                id={props.id.clone()}
                class={classes!("chart-frame", props.class.clone())}
                role="img"
                aria-label={props.alt.clone()}
                aria-describedby={hint_id.clone()}
                tabindex="0"
                {onpointermove}
                {onpointerleave}
                {onkeydown}
                {onblur}
            >
                <canvas ref={canvas.base} class="chart-base"></canvas>
                <canvas ref={canvas.marker} class="chart-marker"></canvas>
                <ChartReadout readout={active.clone()} />
            </div>
            <p id={hint_id} class="visually-hidden">{ ui.readout_hint }</p>
            <p class="visually-hidden" aria-live="polite">{ active.map(|(r, _)| r.text).unwrap_or_default() }</p>
            <p class="chart-source">{ props.source.clone() }</p>
            { props.children.clone() }
            <p class="downloads">
                <span>{ ui.download }{ ": " }</span>
                <button type="button" onclick={png}>{ ui.download_png }</button>
                <button type="button" onclick={svg}>{ ui.download_svg }</button>
                <button type="button" onclick={csv}>{ ui.download_csv }</button>
            </p>
        </figure>
    }
}
