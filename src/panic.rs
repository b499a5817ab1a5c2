//! When the app panics, the reader sees it: the calculator in use is replaced by a fixed
//! message, a note says that the calculators have stopped, and the article stays as it is
//! (the app's page, which took the prerendered one's place, keeps all but the broken part).
//! A panic before the app has taken the page over leaves the prerendered page whole, with the
//! note. The height of an embed is still reported (`frame.js` does not depend on the app).

use std::cell::Cell;

thread_local! {
    /// The calculator the reader used last (`c1` ... `c6`), where a panic most likely began.
    static ACTIVE: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// Remember the calculator the reader is using.
pub fn using(calculator: &'static str) {
    ACTIVE.with(|a| a.set(Some(calculator)));
}

/// Marks the page: `html.app-failed` shows the note, `.broken` on the calculator swaps its
/// body for its error message (both in `static/style.css`). Before the app has taken the page
/// over, the calculators on it are the prerendered ones, whole and at the article's values:
/// they stay, and the style sheet lays the page out as without JavaScript (`nojs.css`'s rules,
/// inlined for `html.app-failed` without `data-app`), as where the app does not load; the
/// takeover stops (`takeover.rs`).
fn mark_broken() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(html) = doc.document_element() else { return };
    let prerendered = crate::takeover::prerendered_shown();
    if prerendered {
        // The layout changes: the page's loader marks it and keeps the reader's place.
        if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new("app-failed")) {
            let _ = w.dispatch_event(&e);
        }
    }
    let _ = html.class_list().add_2("app-failed", "app-panicked");
    if prerendered {
        return;
    }
    let selector = match ACTIVE.with(Cell::get) {
        Some(calc) => format!("[data-calculator=\"{calc}\"]"),
        None => ".calc".to_string(),
    };
    if let Ok(list) = doc.query_selector_all(&selector) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                let _ = el.class_list().add_1("broken");
            }
        }
    }
}

/// Installs the hook (through Yew, which would otherwise put its own in place): mark the
/// page, then report the panic on the console as Yew does.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        mark_broken();
        web_sys::console::error_1(&format!("{info}").into());
    }));
}
