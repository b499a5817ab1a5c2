//! Live values: a text or an attribute that follows the state, written into the DOM by the
//! store's listener without rendering its component again. A slider move then costs the store,
//! the few DOM writes that change and the chart's marker, not a virtual-DOM render and diff of
//! every component that shows the value (docs/performance.md).
//!
//! A component renders the value once (`use_live` returns it for the `html!`), and re-renders
//! only for what changes its structure (the language, an element that appears). The virtual
//! DOM and the page stay consistent: both are the same function of the current state, so when
//! the component does render again, Yew writes a node only where its last render differs from
//! the new one, and the page already shows the new one wherever they agree.

use crate::hooks::use_store;
use crate::state::State;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// A DOM node written with a string already in JavaScript: one value written to several
    /// places crosses from WebAssembly once.
    type Target;
    #[wasm_bindgen(method, setter = nodeValue)]
    fn set_node_value(this: &Target, value: &JsValue);
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute(this: &Target, name: &str, value: &JsValue);
}

/// A value computed from the state: `key` picks what it depends on (cheap, compared at every
/// change of the state), `show` writes it (only when the key changed).
#[derive(Clone)]
pub struct Live(Rc<LiveFn>);

/// The text for a state; given the state before too, only if the key changed.
type LiveFn = dyn Fn(&State, Option<&State>) -> Option<String>;

impl Live {
    pub fn new<K: PartialEq + 'static>(
        key: impl Fn(&State) -> K + 'static,
        show: impl Fn(&K) -> String + 'static,
    ) -> Live {
        Live(Rc::new(move |new, old| {
            let k = key(new);
            match old {
                Some(old) if key(old) == k => None,
                _ => Some(show(&k)),
            }
        }))
    }

    /// The value for `state`.
    pub fn show(&self, state: &State) -> String {
        (self.0)(state, None).unwrap_or_default()
    }

    /// The value for `new` if it differs from the one for `old`.
    fn changed(&self, new: &State, old: &State) -> Option<String> {
        (self.0)(new, Some(old))
    }
}

/// Where a live value goes in its element.
#[derive(Clone, Copy, PartialEq)]
pub enum Slot {
    /// The element's text: its one child, a text node (the one Yew rendered, so that a later
    /// render still finds it).
    Text,
    /// An attribute.
    Attr(&'static str),
    /// A number input's value, written only where it differs (so a slider being dragged is
    /// left alone); the live value is the number as `model::decimal::plain` writes it.
    Value,
}

fn write(element: &Element, slot: Slot, text: &str, js: &JsValue) {
    match slot {
        Slot::Text => match element.first_child() {
            Some(node) => node.unchecked_ref::<Target>().set_node_value(js),
            None => element.set_text_content(Some(text)),
        },
        Slot::Attr(name) => element.unchecked_ref::<Target>().set_attribute(name, js),
        Slot::Value => {
            if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
                if model::decimal::plain(input.value_as_number()) != text {
                    input.set_value(text);
                }
            }
        }
    }
}

/// Binds `live` to the `targets` (an element and a place in it; fixed for the component's
/// life), and returns the value for the current state, to render.
#[hook]
pub fn use_live(targets: &[(NodeRef, Slot)], live: Live) -> String {
    let store = use_store();
    let current = store.state();
    let value = live.show(&current);
    // The state the page shows, and the latest `live` (it may capture props).
    let shown = use_mut_ref(|| current.clone());
    *shown.borrow_mut() = current;
    let latest = use_mut_ref(|| live.clone());
    *latest.borrow_mut() = live;
    let targets = use_memo((), |_| targets.to_vec());
    // The value in the page: a new key may well give the same text.
    let written = use_mut_ref(String::new);
    written.borrow_mut().clone_from(&value);
    use_effect_with(store, move |store| {
        let notify = move |new: &Rc<State>| {
            let old = shown.replace(new.clone());
            if let Some(text) = latest.borrow().changed(new, &old).filter(|t| *t != *written.borrow()) {
                let js = JsValue::from_str(&text);
                for (node, slot) in targets.iter() {
                    if let Some(element) = node.cast::<Element>() {
                        write(&element, *slot, &text, &js);
                    }
                }
                *written.borrow_mut() = text;
            }
        };
        // Catch up with anything dispatched between the render and now.
        notify(&store.state());
        let id = store.subscribe(Rc::new(notify));
        let store = store.clone();
        move || store.unsubscribe(id)
    });
    value
}
