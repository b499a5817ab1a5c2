//! A chart with its title, text alternative and source line. The picture is two stacked
//! canvases (data below, the reader's marker above); screen readers get the sentence in
//! `alt` instead, and the data table passed as children.

use crate::hooks::use_chart_canvas;
use charts::Chart;
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
    let canvas = use_chart_canvas(props.chart.clone());
    let title_id = format!("{}-title", props.id);
    html! {
        <figure class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id} class="chart-title">{ props.title.clone() }</figcaption>
            <div ref={canvas.frame} id={props.id.clone()} class={classes!("chart-frame", props.class.clone())} role="img" aria-label={props.alt.clone()}>
                <canvas ref={canvas.base} class="chart-base"></canvas>
                <canvas ref={canvas.marker} class="chart-marker"></canvas>
            </div>
            <p class="chart-source">{ props.source.clone() }</p>
            { props.children.clone() }
        </figure>
    }
}
