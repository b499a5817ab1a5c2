//! Draws a chart on two stacked canvases: the base (axes, data) and, above it, the reader's
//! marker on a canvas as large as the marker, placed over it. A change of the marker alone
//! redraws only that small canvas, and a marker that only moved (the payer slider: the same
//! dot further along the curve) is not drawn again: its canvas is moved. A change of the data
//! redraws both. Both are sharp at the device pixel ratio and redrawn when their box changes
//! size (`ResizeObserver`: window resizes, a phone's calculator opening).
//!
//! A chart that follows a slider without a render gets a `LiveChart`: the store's listener
//! makes the chart for each new state and redraws it when it changed (C1's marker).
//!
//! The CSS size is read only on the first draw and when the observer reports a resize (when
//! layout is fresh anyway). Reading it on every redraw would force the browser to lay out the
//! whole page after each DOM update.

use crate::canvas_paint::{Painter, State};
use crate::chart_labels::{css_px, Labels};
use crate::hooks::use_store;
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
    /// The chart as drawn last (for the downloads).
    pub latest: Rc<RefCell<Chart>>,
}

/// The chart for a state: for a chart whose marker follows a slider, so that a slider move
/// redraws it from the store's listener instead of a render. Equal when the same function.
#[derive(Clone)]
pub struct LiveChart(pub Rc<dyn Fn(&crate::state::State) -> Chart>);

impl PartialEq for LiveChart {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
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
    /// The marker as painted on its canvas and where that canvas's corner was then (device
    /// pixels); None when what it holds cannot be moved (nothing, or a marker cut by the edge).
    marker: Option<(charts::Picture, (i32, i32))>,
    /// The marker canvas's place and CSS size as last set (device pixels, with the ratio).
    marker_at: Option<((i32, i32), f64)>,
    marker_css: Option<((u32, u32), f64)>,
    labels: Labels,
}

#[hook]
pub fn use_chart_canvas(chart: Chart, theme: &'static Theme, live: Option<LiveChart>) -> ChartCanvasHandle {
    let latest = use_mut_ref(|| chart.clone());
    let handle = ChartCanvasHandle {
        frame: use_node_ref(),
        base: use_node_ref(),
        marker: use_node_ref(),
        labels: use_node_ref(),
        drawn: use_state(|| false),
        latest: latest.clone(),
    };
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
    // The live chart follows the store; it is subscribed after the effect above has drawn the
    // chart of this render, and catches up with anything dispatched since.
    let store = use_store();
    {
        let (handle, latest, drawn) = (handle.clone(), latest.clone(), drawn.clone());
        use_effect_with((store, live), move |(store, live)| {
            let id = live.clone().map(|live| {
                let notify = move |state: &Rc<crate::state::State>| {
                    let chart = (live.0)(state);
                    if chart != *latest.borrow() {
                        *latest.borrow_mut() = chart.clone();
                        draw(&handle, &mut drawn.borrow_mut(), &chart);
                    }
                };
                notify(&store.state());
                store.subscribe(Rc::new(notify))
            });
            let store = store.clone();
            move || {
                if let Some(id) = id {
                    store.unsubscribe(id)
                }
            }
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
/// context, so it is done only when the size changes; says whether it was.
fn size_canvas(canvas: &HtmlCanvasElement, px: (u32, u32), state: &mut State) -> bool {
    let resize = canvas.width() != px.0 || canvas.height() != px.1;
    if resize {
        canvas.set_width(px.0);
        canvas.set_height(px.1);
        state.reset();
    }
    resize
}

/// Places the marker canvas's corner at `at` device pixels in the chart (`left` and `top`, as
/// the labels are placed: quicker to set than a transform); writes only a change.
fn place(canvas: &HtmlCanvasElement, at: (i32, i32), shown: &mut Option<((i32, i32), f64)>, scale: f64) {
    if *shown != Some((at, scale)) {
        let style = canvas.style();
        let _ = style.set_property("left", &css_px(at.0 as f64, scale, 3));
        let _ = style.set_property("top", &css_px(at.1 as f64, scale, 3));
        *shown = Some((at, scale));
    }
}

/// Paints the marker on its canvas, which is as large as the marker's shapes (cut to the
/// chart) and placed over them: a move of the marker then repaints a few hundred pixels of the
/// page, not the chart's.
fn paint_marker(
    canvas: &HtmlCanvasElement,
    drawn: &mut Drawn,
    picture: &charts::Picture,
    px: (u32, u32),
    font: &'static str,
    scale: f64,
) -> Result<(), &'static str> {
    let whole = picture.graphics_bounds();
    let cut = whole
        .map(|(x0, y0, x1, y1)| (x0.max(0), y0.max(0), x1.min(px.0 as i32), y1.min(px.1 as i32)))
        .filter(|(x0, y0, x1, y1)| x1 > x0 && y1 > y0);
    let Some((x0, y0, x1, y1)) = cut else {
        size_canvas(canvas, (0, 0), &mut drawn.marker_state);
        drawn.marker = None;
        return Ok(());
    };
    let size = ((x1 - x0) as u32, (y1 - y0) as u32);
    let resized = size_canvas(canvas, size, &mut drawn.marker_state);
    let mut painter = Painter::new(canvas.clone(), &mut drawn.marker_state, font).ok_or("no 2d context")?;
    if !resized {
        painter.clear();
    }
    painter.paint_graphics(&picture.moved((-x0, -y0)));
    if drawn.marker_css != Some((size, scale)) {
        let style = canvas.style();
        let _ = style.set_property("width", &css_px(size.0 as f64, scale, 3));
        let _ = style.set_property("height", &css_px(size.1 as f64, scale, 3));
        drawn.marker_css = Some((size, scale));
    }
    place(canvas, (x0, y0), &mut drawn.marker_at, scale);
    drawn.marker = (cut == whole).then(|| (picture.clone(), (x0, y0)));
    Ok(())
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
            let _ = size_canvas(&base, px, &mut drawn.base_state);
            let picture = chart.base_picture(px, theme, scale);
            Painter::new(base, &mut drawn.base_state, theme.font).ok_or("no 2d context")?.paint(&picture);
            drawn.base = Some((chart.clone(), px, theme));
        }
        let picture = chart.marker_picture(px, theme, scale);
        // A marker that only moved (the payer slider: the same dot further along the curve)
        // is not painted again: its canvas is moved. A canvas's first drawing call in a task
        // costs about 0.03 ms in Chromium; two style writes after the page's other writes
        // next to nothing. One that would reach past the chart's edge is painted, cut.
        let within =
            |(x0, y0, x1, y1): (i32, i32, i32, i32)| x0 >= 0 && y0 >= 0 && x1 <= px.0 as i32 && y1 <= px.1 as i32;
        let moved = match &drawn.marker {
            Some((painted, corner)) if picture.graphics_bounds().is_some_and(within) => {
                picture.graphics_moved_from(painted).map(|(dx, dy)| (corner.0 + dx, corner.1 + dy))
            }
            _ => None,
        };
        match moved {
            Some(at) => place(&marker, at, &mut drawn.marker_at, scale),
            None => paint_marker(&marker, drawn, &picture, px, theme.font, scale)?,
        }
        if let Some(layer) = handle.labels.cast::<Element>() {
            drawn.labels.show(&layer, &picture, scale);
        }
        Ok::<(), &str>(())
    })();
    match result {
        Ok(()) if !*handle.drawn => {
            perf::render_scheduled();
            handle.drawn.set(true)
        }
        Ok(()) => {}
        Err(e) => gloo::console::error!(format!("chart: {e}")),
    }
    perf::chart_drawn();
}
