//! User Timing marks for the benchmark: `takeover-start` and `takeover-end` around the app's
//! taking over of the prerendered page, `first-draw` once after the first chart is drawn,
//! `update-start` when an input event arrives, `update-end` when everything the input changed
//! is in the page: after the store's listeners (the live values and charts) and after any
//! render they scheduled (Yew renders in a microtask queued before the mark's).

use std::cell::Cell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.mark(name)` with the name as a JavaScript string made once: a mark sits
    /// inside the measured time, and a `&str` would be decoded anew at every call.
    #[wasm_bindgen(js_namespace = performance, js_name = mark)]
    fn mark_js(name: &JsValue);
}

thread_local! {
    static FIRST_DRAW: JsValue = JsValue::from_str("first-draw");
    static UPDATE_START: JsValue = JsValue::from_str("update-start");
    static UPDATE_END: JsValue = JsValue::from_str("update-end");
    static FIRST_DONE: Cell<bool> = const { Cell::new(false) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static RENDER: Cell<bool> = const { Cell::new(false) };
}

fn mark(name: &'static std::thread::LocalKey<JsValue>) {
    name.with(mark_js);
}

/// A mark made once, with its name decoded at the call (not in a measured path).
pub fn mark_once(name: &str) {
    mark_js(&JsValue::from_str(name));
}

/// Call at the start of handling an input event.
pub fn update_start() {
    PENDING.with(|p| p.set(true));
    mark(&UPDATE_START);
}

/// Call after a chart has been drawn.
pub fn chart_drawn() {
    if !FIRST_DONE.with(|f| f.replace(true)) {
        mark(&FIRST_DRAW);
    }
}

/// Call when a change of the state makes a component render again (Yew renders later, in a
/// microtask).
pub fn render_scheduled() {
    RENDER.with(|r| r.set(true));
}

/// Call when the store has applied an action and its listeners have run: the update ends
/// now, or, if a component is to render, in a microtask queued after Yew's.
pub fn state_applied() {
    let render = RENDER.with(|r| r.replace(false));
    if PENDING.with(|p| p.replace(false)) {
        if render {
            wasm_bindgen_futures::spawn_local(async { mark(&UPDATE_END) });
        } else {
            mark(&UPDATE_END);
        }
    }
}
