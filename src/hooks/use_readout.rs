//! Reading a chart's values: the value nearest the pointer, or, with the keyboard on the
//! focused chart, the next or previous one (arrow keys, Home, End; Escape clears). Returns the
//! value shown and the handlers for the chart's frame.
//!
//! Nothing here reads the page's layout unless a value is shown: a chart's render during a
//! slider move stays free of forced layouts.

use charts::{Chart, Readout};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// What the chart's frame needs, and the value to show.
pub struct ReadoutHandle {
    /// The value shown, and whether it stands in the right part of the chart (its label then
    /// goes to the left of the point).
    pub active: Option<(Readout, bool)>,
    /// For native listeners on the frame (`use_listener`): pointer moves come many times a
    /// second, anywhere on the page.
    pub onpointermove: Callback<Event>,
    pub onpointerleave: Callback<Event>,
    pub onkeydown: Callback<KeyboardEvent>,
    pub onblur: Callback<FocusEvent>,
}

/// The chart's values at the frame's current size, and its width.
fn readouts(chart: &Chart, frame: &NodeRef) -> (Vec<Readout>, f64) {
    match frame.cast::<Element>() {
        Some(f) => {
            let (w, h) = (f.client_width() as f64, f.client_height() as f64);
            (chart.readouts(w, h), w)
        }
        None => (Vec::new(), 0.0),
    }
}

#[hook]
pub fn use_readout(chart: &Chart, frame: NodeRef) -> ReadoutHandle {
    // The index of the value shown; the values are recomputed for the chart as it is now.
    let index = use_state_eq(|| None::<usize>);
    let latest: Rc<RefCell<Chart>> = use_mut_ref(|| chart.clone());
    *latest.borrow_mut() = chart.clone();
    let onpointermove =
        use_callback((latest.clone(), frame.clone(), index.setter()), |e: Event, (latest, frame, set)| {
            let Some(e) = e.dyn_ref::<MouseEvent>() else { return };
            let (x, y) = (e.offset_x() as f64, e.offset_y() as f64);
            let chart = latest.borrow();
            let (all, _) = readouts(&chart, frame);
            // Horizontal bars are read by row, everything else by position along the x axis.
            let bars = matches!(*chart, Chart::Bars(_));
            let distance = |r: &Readout| if bars { (r.y - y).abs() } else { (r.x - x).abs() };
            let nearest = all.iter().enumerate().min_by(|a, b| distance(a.1).total_cmp(&distance(b.1))).map(|(i, _)| i);
            set.set(nearest);
        });
    let onpointerleave = use_callback(index.setter(), |_, set| set.set(None));
    let onkeydown = {
        let (index, latest, frame) = (index.clone(), latest.clone(), frame.clone());
        Callback::from(move |e: KeyboardEvent| {
            let n = readouts(&latest.borrow(), &frame).0.len();
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
    let onblur = use_callback(index.setter(), |_, set| set.set(None));
    let active = index.and_then(|i| {
        let (all, width) = readouts(chart, &frame);
        all.into_iter().nth(i).map(|r| {
            let right = r.x > width * 0.55;
            (r, right)
        })
    });
    ReadoutHandle { active, onpointermove, onpointerleave, onkeydown, onblur }
}
