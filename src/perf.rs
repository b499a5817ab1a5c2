//! User Timing marks for the benchmark: `first-draw` once after the first chart is drawn,
//! `update-start` when an input event arrives, `update-end` when the chart for it is drawn.

use std::cell::Cell;

thread_local! {
    static FIRST_DONE: Cell<bool> = const { Cell::new(false) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Call at the start of handling an input event.
pub fn update_start() {
    PENDING.with(|p| p.set(true));
    mark("update-start");
}

/// Call after a chart has been drawn.
pub fn chart_drawn() {
    if !FIRST_DONE.with(|f| f.replace(true)) {
        mark("first-draw");
    }
    if PENDING.with(|p| p.replace(false)) {
        mark("update-end");
    }
}
