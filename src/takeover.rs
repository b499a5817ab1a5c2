//! Taking over the prerendered page. `index.html` holds the page as the app renders it at the
//! article's values (`bin/prerender.rs`); the app renders the same page afresh in its place,
//! within one task, so no frame shows the page half built. What the reader did in the
//! meantime survives: the scroll position, the focused element and the `<details>` they
//! opened are carried over by their position in the page, which is the same in both.

use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What the reader changed on the prerendered page before the app took it over.
struct Carried {
    scroll: (f64, f64),
    /// Index of the focused element among the root's elements that take focus.
    focus: Option<u32>,
    /// Indexes of the open `<details>` among the root's `<details>`.
    open: Vec<u32>,
}

thread_local! {
    static CARRIED: RefCell<Option<Carried>> = const { RefCell::new(None) };
}

/// What can hold focus on the page (charts, which the app redraws, hold none).
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// Notes what the reader changed and empties the root for the app's first render.
pub fn begin(root: &Element) {
    let window = gloo::utils::window();
    let active = gloo::utils::document().active_element();
    let focus = active.and_then(|a| elements(root, FOCUSABLE).iter().position(|e| *e == a)).map(|i| i as u32);
    let open = elements(root, "details")
        .iter()
        .enumerate()
        .filter(|(_, d)| d.has_attribute("open"))
        .map(|(i, _)| i as u32)
        .collect();
    let scroll = (window.scroll_x().unwrap_or(0.0), window.scroll_y().unwrap_or(0.0));
    CARRIED.with(|c| *c.borrow_mut() = Some(Carried { scroll, focus, open }));
    root.set_inner_html("");
}

/// After the app's first render (before the frame is painted): puts back what `begin` noted.
/// Returns false when the page was not taken over (an embed, built afresh).
pub fn finish(root: &Element) -> bool {
    let Some(carried) = CARRIED.with(|c| c.borrow_mut().take()) else { return false };
    let details = elements(root, "details");
    for i in carried.open {
        if let Some(d) = details.get(i as usize) {
            let _ = d.set_attribute("open", "");
        }
    }
    if let Some(i) = carried.focus {
        if let Some(e) = elements(root, FOCUSABLE).get(i as usize).and_then(|e| e.dyn_ref::<HtmlElement>()) {
            let _ = e.focus();
        }
    }
    gloo::utils::window().scroll_to_with_x_and_y(carried.scroll.0, carried.scroll.1);
    true
}
