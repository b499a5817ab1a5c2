//! Draws a chart on a canvas whenever the chart changes or the canvas changes size (a
//! `ResizeObserver`: window resizes, a phone's calculator opening), sharp at the device
//! pixel ratio. Returns the `NodeRef` to put on the `<canvas>`.

use crate::perf;
use charts::{theme::LIGHT, Chart};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

#[hook]
pub fn use_chart_canvas(chart: Chart) -> NodeRef {
    let node = use_node_ref();
    let latest = use_mut_ref(|| chart.clone());
    {
        let node = node.clone();
        let latest = latest.clone();
        use_effect_with(chart, move |chart| {
            *latest.borrow_mut() = chart.clone();
            draw(&node, chart);
        });
    }
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            let canvas = node.cast::<HtmlCanvasElement>();
            let redraw = Closure::<dyn Fn()>::new(move || draw(&node, &latest.borrow()));
            let observer = ResizeObserver::new(redraw.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(c)) = (&observer, &canvas) {
                o.observe(c);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(redraw);
            }
        });
    }
    node
}

/// Sizes the canvas to its CSS box times the device pixel ratio and draws the chart.
fn draw(node: &NodeRef, chart: &Chart) {
    let Some(canvas) = node.cast::<HtmlCanvasElement>() else { return };
    if canvas.client_width() == 0 {
        return; // hidden (a collapsed calculator): drawn when it appears
    }
    let scale = gloo::utils::window().device_pixel_ratio().clamp(1.0, 4.0);
    let width = (canvas.client_width().max(1) as f64 * scale).round() as u32;
    let height = (canvas.client_height().max(1) as f64 * scale).round() as u32;
    // Setting a size clears the canvas, so only do it when the size changes.
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
    if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
        if let Err(e) = chart.draw(backend, &LIGHT, scale) {
            gloo::console::error!(format!("chart: {e:?}"));
        }
    }
    perf::chart_drawn();
}
