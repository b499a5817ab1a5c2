//! Tells screen readers what a calculator now says, once the reader pauses: the scenario
//! sentence under the control that changed, read out in one polite live region a short time
//! after the last change.
//!
//! A slider says its own value at every step (`aria-valuetext`); the sentences change at every
//! step too, and as live regions of their own they queued an announcement per step, which a
//! screen reader read out long after the reader had stopped. Here one timer waits for a pause
//! (each change of the state sets it again), and then the sentence that follows the control
//! in its card is said once, if it differs from the last one said; after a card's reset
//! button, which follows them, all the card's sentences. The control is the last one the
//! reader changed or clicked (a screen reader may move a slider without moving the focus;
//! Safari does not focus a clicked radio button), else the focused one. Changes made outside
//! the cards (the language, "reset all") say nothing.

use crate::hooks::use_store;
use gloo::events::{EventListener, EventListenerOptions};
use std::cell::{Cell, RefCell};
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

/// What the card of `control` says about it: the sentence that follows it, or, after them
/// all (the reset button), every sentence of the card.
fn sentence_for(control: &Element) -> Option<String> {
    let card = control.closest(".calc").ok()??;
    let list = card.query_selector_all(".sentence").ok()?;
    let sentences: Vec<Element> =
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect();
    let follows = |s: &&Element| control.compare_document_position(s) & Node::DOCUMENT_POSITION_FOLLOWING != 0;
    let said: Vec<String> = match sentences.iter().find(follows) {
        Some(s) => s.text_content().into_iter().collect(),
        None => sentences.iter().filter_map(|s| s.text_content()).collect(),
    };
    Some(said.join(" ")).filter(|t| !t.trim().is_empty())
}

fn announce(region: &Element, control: Option<Element>) {
    let control = control.filter(|c| c.is_connected()).or_else(|| gloo::utils::document().active_element());
    if let Some(text) = control.as_ref().and_then(sentence_for) {
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
            // The last control the reader changed or clicked.
            let control = Rc::new(RefCell::new(None::<Element>));
            let document = gloo::utils::document();
            let listeners: Vec<EventListener> = ["input", "change", "click"]
                .into_iter()
                .map(|kind| {
                    let control = control.clone();
                    EventListener::new_with_options(
                        &document,
                        kind,
                        EventListenerOptions::run_in_capture_phase(),
                        move |e| {
                            *control.borrow_mut() = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                        },
                    )
                })
                .collect();
            let said = Closure::<dyn Fn()>::new(move || {
                if let Some(region) = region.cast::<Element>() {
                    announce(&region, control.borrow().clone());
                }
            });
            let calm = Rc::new(Calm { said, timer: Cell::new(None) });
            let id = store.subscribe(Rc::new(move |_| calm.changed()));
            let store = store.clone();
            move || {
                store.unsubscribe(id);
                drop(listeners);
            }
        });
    }
    html! { <p ref={region} id="announcer" class="visually-hidden" aria-live="polite"></p> }
}
