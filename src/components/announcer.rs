//! Tells screen readers what a calculator now says, once the reader pauses: the scenario
//! sentence under the control that has the focus, read out in one polite live region a short
//! time after the last change.
//!
//! A slider says its own value at every step (`aria-valuetext`); the sentences change at every
//! step too, and as live regions of their own they queued an announcement per step, which a
//! screen reader read out long after the reader had stopped. Here one timer waits for a pause
//! (each change of the state sets it again), and then the sentence that
//! follows the focused control in its card is said once, if it differs from the last one said.
//! Changes made elsewhere (the language, "reset all") say nothing: the focus is not in a card.

use crate::hooks::use_store;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

/// The pause after the last change before the sentence is said, in ms.
pub const PAUSE_MS: i32 = 900;

/// One timer, set again at each change: one callback made once, and two calls per change
/// (`clearTimeout`, `setTimeout`).
struct Calm {
    said: Closure<dyn Fn()>,
    timer: Cell<Option<i32>>,
}

impl Calm {
    fn changed(&self) {
        let window = gloo::utils::window();
        if let Some(t) = self.timer.take() {
            window.clear_timeout_with_handle(t);
        }
        self.timer.set(
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(self.said.as_ref().unchecked_ref(), PAUSE_MS)
                .ok(),
        );
    }
}

impl Drop for Calm {
    fn drop(&mut self) {
        if let Some(t) = self.timer.take() {
            gloo::utils::window().clear_timeout_with_handle(t);
        }
    }
}

/// The sentence that follows the focused control in its calculator's card, if any.
fn sentence_for_focus() -> Option<String> {
    let focused = gloo::utils::document().active_element()?;
    let card = focused.closest(".calc").ok()??;
    let sentences = card.query_selector_all(".sentence").ok()?;
    (0..sentences.length())
        .filter_map(|i| sentences.item(i))
        .find(|s| focused.compare_document_position(s) & Node::DOCUMENT_POSITION_FOLLOWING != 0)
        .and_then(|s| s.text_content())
}

fn announce(region: &Element) {
    if let Some(text) = sentence_for_focus().filter(|t| !t.is_empty()) {
        if region.text_content().as_deref() != Some(text.as_str()) {
            region.set_text_content(Some(&text));
        }
    }
}

#[function_component(Announcer)]
pub fn announcer() -> Html {
    let store = use_store();
    let region = use_node_ref();
    {
        let region = region.clone();
        use_effect_with(store, move |store| {
            let said = Closure::<dyn Fn()>::new(move || {
                if let Some(region) = region.cast::<Element>() {
                    announce(&region);
                }
            });
            let calm = Rc::new(Calm { said, timer: Cell::new(None) });
            let id = store.subscribe(Rc::new(move |_| calm.changed()));
            let store = store.clone();
            move || store.unsubscribe(id)
        });
    }
    html! { <p ref={region} id="announcer" class="visually-hidden" aria-live="polite"></p> }
}
