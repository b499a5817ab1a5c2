//! On wide screens, the calculators that start closed (`compact`) stand in a margin column
//! beside their paragraph; the headline calculator, open from the start, stands in the text
//! below its paragraph (`static/style.css`). The margin's cards are positioned absolutely next
//! to their paragraph; where one would overlap the one above, it moves down.
//! The layout is recomputed when a paragraph block or a calculator changes size (a
//! `ResizeObserver`, which runs after layout: reading positions there forces nothing). The
//! article body itself is not observed: the layout sets its `min-height`, and a size the
//! observer's own callback changes would be reported again in the same frame (a
//! "ResizeObserver loop" error in every engine). Before the app takes over, the page's loader
//! places the prerendered cards by the same rule (`BEFORE_THE_APP` in `xtask`, with the values
//! of `layout_rule.rs`), so that the takeover moves none of them.

use crate::layout_rule::{GAP, MARGIN_CARDS, WIDE};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

fn wide() -> bool {
    gloo::utils::window().match_media(WIDE).ok().flatten().is_some_and(|m| m.matches())
}

fn asides(body: &HtmlElement) -> Vec<HtmlElement> {
    let Ok(list) = body.query_selector_all(MARGIN_CARDS) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

/// Places the calculators of `body`; returns nothing, writes only styles.
fn layout(body: &HtmlElement) {
    let wide = wide();
    let mut bottom = f64::MIN;
    for aside in asides(body) {
        let style = aside.style();
        if !wide {
            let _ = style.remove_property("top");
            continue;
        }
        let anchor =
            aside.parent_element().and_then(|p| p.dyn_into::<HtmlElement>().ok()).map(|p| p.offset_top() as f64);
        let anchor = anchor.unwrap_or(0.0);
        let top = anchor.max(bottom + GAP);
        let _ = style.set_property("top", &format!("{}px", model::decimal::plain((top - anchor).round())));
        bottom = top + aside.offset_height() as f64;
    }
    let style = body.style();
    if wide && bottom > f64::MIN {
        let _ = style.set_property("min-height", &format!("{}px", model::decimal::plain(bottom.ceil())));
    } else {
        let _ = style.remove_property("min-height");
    }
}

#[hook]
pub fn use_margin_layout(body: NodeRef) {
    use_effect_with(body, |body| {
        let el = body.cast::<HtmlElement>();
        let callback = {
            let el = el.clone();
            Closure::<dyn Fn()>::new(move || {
                if let Some(el) = &el {
                    layout(el);
                }
            })
        };
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(o), Some(el)) = (&observer, &el) {
            for aside in asides(el) {
                if let Some(block) = aside.parent_element() {
                    o.observe(&block);
                }
                o.observe(&aside);
            }
        }
        move || {
            if let Some(o) = observer {
                o.disconnect();
            }
            drop(callback);
        }
    });
}
