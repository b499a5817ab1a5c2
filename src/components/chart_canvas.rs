//! A chart with its title, text alternative and source line. The picture is two stacked
//! canvases (data below, the reader's marker above); screen readers get the sentence in
//! `alt` instead, and the data table passed as children.

use crate::components::chart_downloads::{ChartDownloads, LatestChart};
use crate::components::chart_readout::ChartReadout;
use crate::hooks::{use_chart_canvas, use_locale, use_readout, use_theme, ReadoutHandle};
use charts::Chart;
use content::Ui;
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
    // The chart as it is now, for the downloads (read when a button is pressed).
    let latest = use_mut_ref(|| props.chart.clone());
    *latest.borrow_mut() = props.chart.clone();
    let ReadoutHandle { active, onpointermove, onpointerleave, onkeydown, onblur } =
        use_readout(&props.chart, canvas.frame.clone());
    let hint_id = format!("{}-hint", props.id);
    html! {
        <figure ref={figure.clone()} class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id} class="chart-title">{ props.title.clone() }</figcaption>
            <div
                ref={canvas.frame.clone()}
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
            <ChartDownloads
                id={props.id.clone()}
                title={props.title.clone()}
                source={props.source.clone()}
                chart={LatestChart(latest)}
                frame={canvas.frame.clone()}
                figure={figure.clone()}
            />
        </figure>
    }
}
