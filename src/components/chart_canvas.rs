//! A chart on a canvas with its title, text alternative and source line.

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
            <canvas ref={canvas} id={props.id.clone()} class="chart-canvas" role="img" aria-label={props.alt.clone()}></canvas>
            <p class="chart-source">{ props.source.clone() }</p>
            { props.children.clone() }
        </figure>
    }
}
