//! Reading a chart's values: the value nearest the pointer, or, with the keyboard on the
//! focused chart, the next or previous one (arrow keys, Home, End; Escape clears). Returns the
//! value shown and the handlers for the chart's frame.

use charts::{Chart, Readout};
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

/// What the chart's frame needs, and the value to show.
pub struct ReadoutHandle {
    /// The value shown, and whether it stands in the right part of the chart (its label then
    /// goes to the left of the point).
    pub active: Option<(Readout, bool)>,
    pub onpointermove: Callback<PointerEvent>,
    pub onpointerleave: Callback<PointerEvent>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onblur: Callback<FocusEvent>,
}

fn readouts(chart: &Chart, frame: &NodeRef) -> Vec<Readout> {
    match frame.cast::<Element>() {
        Some(f) => chart.readouts(f.client_width() as f64, f.client_height() as f64),
        None => Vec::new(),
    }
}

#[hook]
pub fn use_readout(chart: &Chart, frame: NodeRef) -> ReadoutHandle {
    // The index of the value shown; the values are recomputed for the chart as it is now.
    let index = use_state_eq(|| None::<usize>);
    let bars = matches!(chart, Chart::Bars(_));
    let onpointermove = {
        let (index, chart, frame) = (index.clone(), chart.clone(), frame.clone());
        Callback::from(move |e: PointerEvent| {
            let (x, y) = (e.offset_x() as f64, e.offset_y() as f64);
            let all = readouts(&chart, &frame);
            // Horizontal bars are read by row, everything else by position along the x axis.
            let distance = |r: &Readout| if bars { (r.y - y).abs() } else { (r.x - x).abs() };
            let nearest = all.iter().enumerate().min_by(|a, b| distance(a.1).total_cmp(&distance(b.1))).map(|(i, _)| i);
            index.set(nearest);
        })
    };
    let onpointerleave = {
        let index = index.clone();
        Callback::from(move |_| index.set(None))
    };
    let onkeydown = {
        let (index, chart, frame) = (index.clone(), chart.clone(), frame.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = readouts(&chart, &frame).len();
            if n == 0 {
                return;
            }
            let next = match (e.key().as_str(), *index) {
                ("ArrowRight" | "ArrowDown", None) | ("Home", _) => Some(0),
                ("ArrowLeft" | "ArrowUp", None) | ("End", _) => Some(n - 1),
                ("ArrowRight" | "ArrowDown", Some(i)) => Some((i + 1).min(n - 1)),
                ("ArrowLeft" | "ArrowUp", Some(i)) => Some(i.saturating_sub(1)),
                ("Escape", _) => None,
                _ => return,
            };
            e.prevent_default();
            index.set(next);
        })
    };
    let onblur = {
        let index = index.clone();
        Callback::from(move |_| index.set(None))
    };
    let width = frame.cast::<Element>().map(|f| f.client_width() as f64).unwrap_or(0.0);
    let active = index.and_then(|i| readouts(chart, &frame).into_iter().nth(i)).map(|r| {
        let right = r.x > width * 0.55;
        (r, right)
    });
    ReadoutHandle { active, onpointermove, onpointerleave, onkeydown, onblur }
}
