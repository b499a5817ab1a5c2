//! Draws a chart on two stacked canvases: the base (axes, data) and, above it, the reader's
//! marker. A change of the marker alone (the payer slider) redraws only the small top canvas;
//! a change of the data redraws both. Both are sharp at the device pixel ratio and redrawn
//! when their box changes size (`ResizeObserver`: window resizes, a phone's calculator opening).
//!
//! The CSS size is read only on the first draw and when the observer reports a resize (when
//! layout is fresh anyway). Reading it on every redraw would force the browser to lay out the
//! whole page after each DOM update.

use crate::canvas_paint::{Painter, State};
use crate::chart_labels::Labels;
use crate::perf;
use charts::{Chart, Theme};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

/// Where to put the refs: the frame around both canvases, the base and the marker canvas.
#[derive(Clone, PartialEq)]
pub struct ChartCanvasHandle {
    pub frame: NodeRef,
    pub base: NodeRef,
    pub marker: NodeRef,
    /// The layer of the marker's labels, over the marker canvas.
    pub labels: NodeRef,
    /// The canvases have drawn the chart at least once (the prerendered picture can go).
    pub drawn: UseStateHandle<bool>,
}

/// What was last drawn, to skip what has not changed.
#[derive(Default)]
struct Drawn {
    /// The frame's CSS size, once known.
    size: Option<(i32, i32)>,
    /// The chart, pixel size and theme the base canvas shows.
    base: Option<(Chart, (u32, u32), &'static Theme)>,
    /// The theme to draw with.
    theme: Option<&'static Theme>,
    /// Context state of the base and the marker canvas.
    base_state: State,
    marker_state: State,
    labels: Labels,
}

#[hook]
pub fn use_chart_canvas(chart: Chart, theme: &'static Theme) -> ChartCanvasHandle {
    let handle = ChartCanvasHandle {
        frame: use_node_ref(),
        base: use_node_ref(),
        marker: use_node_ref(),
        labels: use_node_ref(),
        drawn: use_state(|| false),
    };
    let latest = use_mut_ref(|| chart.clone());
    let drawn: Rc<RefCell<Drawn>> = use_mut_ref(Drawn::default);
    {
        let (handle, latest, drawn) = (handle.clone(), latest.clone(), drawn.clone());
        use_effect_with((chart, theme), move |(chart, theme)| {
            *latest.borrow_mut() = chart.clone();
            let mut d = drawn.borrow_mut();
            d.theme = Some(*theme);
            if d.size.is_none() {
                d.size = handle.frame.cast::<Element>().map(|f| (f.client_width(), f.client_height()));
            }
            draw(&handle, &mut d, chart);
        });
    }
    {
        let handle = handle.clone();
        use_effect_with((), move |_| {
            let frame = handle.frame.cast::<Element>();
            let on_resize = {
                let (frame, handle) = (frame.clone(), handle.clone());
                Closure::<dyn Fn()>::new(move || {
                    if let Some(f) = &frame {
                        let mut d = drawn.borrow_mut();
                        d.size = Some((f.client_width(), f.client_height()));
                        draw(&handle, &mut d, &latest.borrow());
                    }
                })
            };
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(o), Some(f)) = (&observer, &frame) {
                o.observe(f);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    handle
}

/// Sizes a canvas to `px` device pixels. Setting a size clears the canvas and resets its
/// context, so it is done only when the size changes.
fn size_canvas(canvas: &HtmlCanvasElement, px: (u32, u32), state: &mut State) {
    if canvas.width() != px.0 || canvas.height() != px.1 {
        canvas.set_width(px.0);
        canvas.set_height(px.1);
        state.reset();
    }
}

fn draw(handle: &ChartCanvasHandle, drawn: &mut Drawn, chart: &Chart) {
    let Some((w, h)) = drawn.size.filter(|(w, h)| *w > 0 && *h > 0) else {
        return; // hidden (a collapsed calculator): drawn when it appears
    };
    let (Some(base), Some(marker)) =
        (handle.base.cast::<HtmlCanvasElement>(), handle.marker.cast::<HtmlCanvasElement>())
    else {
        return;
    };
    let scale = gloo::utils::window().device_pixel_ratio().clamp(1.0, 4.0);
    let theme = drawn.theme.unwrap_or(&charts::theme::LIGHT);
    let px = ((w as f64 * scale).round() as u32, (h as f64 * scale).round() as u32);
    let result = (|| {
        let stale = !matches!(&drawn.base, Some((c, p, t)) if *p == px && **t == *theme && c.same_base(chart));
        if stale {
            size_canvas(&base, px, &mut drawn.base_state);
            let picture = chart.base_picture(px, theme, scale);
            Painter::new(base, &mut drawn.base_state, theme.font).ok_or("no 2d context")?.paint(&picture);
            drawn.base = Some((chart.clone(), px, theme));
        }
        size_canvas(&marker, px, &mut drawn.marker_state);
        let mut painter = Painter::new(marker, &mut drawn.marker_state, theme.font).ok_or("no 2d context")?;
        painter.clear();
        let picture = chart.marker_picture(px, theme, scale);
        painter.paint_graphics(&picture);
        if let Some(layer) = handle.labels.cast::<Element>() {
            drawn.labels.show(&layer, &picture, scale);
        }
        Ok::<(), &str>(())
    })();
    match result {
        Ok(()) if !*handle.drawn => handle.drawn.set(true),
        Ok(()) => {}
        Err(e) => gloo::console::error!(format!("chart: {e}")),
    }
    perf::chart_drawn();
}
