//! A chart with its title, text alternative and source line. The picture is two stacked
//! canvases (data below, the reader's marker above); screen readers get the sentence in
//! `alt` instead, and the data table passed as children.

use crate::components::chart_downloads::{ChartDownloads, LatestChart};
use crate::components::chart_readout::ChartReadout;
use crate::components::embed_button::EmbedButton;
use crate::components::embed_page::{chart_view, Embedded};
use crate::hooks::{
    use_chart_canvas, use_listener, use_locale, use_print_picture, use_readout, use_theme, LiveChart, ReadoutHandle,
};
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
    /// The chart for a new state, where a slider moves the chart without a render (see
    /// `use_chart_canvas`); `chart` is then the chart for the state of this render.
    #[prop_or_default]
    pub live: Option<LiveChart>,
    /// The picture's height, CSS pixels (one of the `h-*` classes of `static/style.css`).
    #[prop_or(260)]
    pub height: u32,
    /// A data table offered below the chart.
    #[prop_or_default]
    pub children: Html,
}

/// Width of the prerendered SVG, CSS pixels: about a chart's width in the margin column and
/// on a phone; it scales to the frame.
const STATIC_WIDTH: u32 = 360;

#[function_component(ChartCanvas)]
pub fn chart_canvas(props: &ChartCanvasProps) -> Html {
    let theme = use_theme();
    let ui = Ui::get(use_locale());
    let embedded = use_context::<Embedded>().unwrap_or_default().0;
    let canvas = use_chart_canvas(props.chart.clone(), theme, props.live.clone());
    let title_id = format!("{}-title", props.id);
    let figure = use_node_ref();
    let ReadoutHandle { active, onpointermove, onpointerleave, onkeydown, onblur } =
        use_readout(&props.chart, canvas.frame.clone());
    use_listener(canvas.frame.clone(), "pointermove", onpointermove);
    use_listener(canvas.frame.clone(), "pointerleave", onpointerleave);
    let hint_id = format!("{}-hint", props.id);
    let print = use_node_ref();
    use_print_picture(print.clone(), canvas.latest.clone(), props.height);
    // Until the canvas draws, the chart is an SVG drawn by the same functions: written into
    // the page at build time, taken over as it is by the app (an empty raw node adopts it), and
    // dropped once the canvas has drawn.
    let prerendered = use_memo((), |_| {
        #[cfg(feature = "ssr")]
        crate::components::chart_downloads::files::keep(
            &props.id,
            &props.chart,
            &props.title,
            &props.source,
            props.height,
        );
        if cfg!(target_arch = "wasm32") {
            String::new()
        } else {
            charts::export::svg_plain(&props.chart, &charts::theme::LIGHT, STATIC_WIDTH, props.height)
        }
    });
    html! {
        <figure ref={figure.clone()} class="chart" aria-labelledby={title_id.clone()}>
            <figcaption id={title_id.clone()} class="chart-title">{ props.title.clone() }</figcaption>
            <div
                ref={canvas.frame.clone()}
                id={props.id.clone()}
                class={classes!("chart-frame", format!("h-{}", props.height))}
                role="img"
                aria-label={props.alt.clone()}
                aria-describedby={hint_id.clone()}
                tabindex="0"
                {onkeydown}
                {onblur}
            >
                if !*canvas.drawn {
                    <div class="chart-static" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::from((*prerendered).clone())) }</div>
                }
                <canvas ref={canvas.base} class="chart-base"></canvas>
                <canvas ref={canvas.marker} class="chart-marker"></canvas>
                <div ref={canvas.labels} class="chart-labels" aria-hidden="true"></div>
                <ChartReadout readout={active.clone()} />
                <div ref={print} class="chart-print" aria-hidden="true"></div>
            </div>
            <p id={hint_id} class="visually-hidden">{ ui.readout_hint }</p>
            <p class="visually-hidden" aria-live="polite">{ active.map(|(r, _)| r.text).unwrap_or_default() }</p>
            <p class="chart-source">{ props.source.clone() }</p>
            { props.children.clone() }
            <ChartDownloads
                id={props.id.clone()}
                title={props.title.clone()}
                source={props.source.clone()}
                chart={LatestChart(canvas.latest.clone())}
                frame={canvas.frame.clone()}
                figure={figure.clone()}
            />
            if !embedded && chart_view(&props.id) {
                <EmbedButton card={props.id.clone()} title={props.title.clone()} label={Some(AttrValue::Static(ui.embed_chart))} described_by={title_id.clone()} />
            }
        </figure>
    }
}
