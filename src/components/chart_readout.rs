//! The value a reader points at on a chart: a dot and a label over the chart (screen readers
//! hear the same text from the chart's live region). Positioned through the style object (no
//! inline style attribute, so a strict Content-Security-Policy allows it).

use charts::Readout;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartReadoutProps {
    /// The value, and whether its label goes to the left of the point.
    pub readout: Option<(Readout, bool)>,
}

#[function_component(ChartReadout)]
pub fn chart_readout(props: &ChartReadoutProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.readout.clone(), move |r| {
            if let (Some((r, _)), Some(el)) = (r, node.cast::<HtmlElement>()) {
                let style = el.style();
                let _ = style.set_property("left", &format!("{}px", model::decimal::plain(r.x.round())));
                let _ = style.set_property("top", &format!("{}px", model::decimal::plain(r.y.round())));
            }
        });
    }
    match &props.readout {
        Some((r, left)) => html! {
            <div ref={node} class={classes!("readout", left.then_some("readout-left"))} aria-hidden="true">
                <span class="readout-dot"></span>
                <span class="readout-text">{ r.text.clone() }</span>
            </div>
        },
        None => html! {},
    }
}
