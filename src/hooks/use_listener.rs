//! A native event listener on one element, for the events that come many times a second (a
//! slider's `input`, a chart's `pointermove`). Yew's listeners are delegated: each event is
//! caught at the root and its path walked in search of handlers, which costs a slider move
//! about a tenth of a millisecond before the app sees it. A listener on the element itself
//! gets the event directly; it is attached after the first render and moved when the callback
//! changes.

use gloo::events::EventListener;
use web_sys::Event;
use yew::prelude::*;

#[hook]
pub fn use_listener(node: NodeRef, event: &'static str, callback: Callback<Event>) {
    use_effect_with((node, callback), move |(node, callback)| {
        let callback = callback.clone();
        let listener = node.get().map(|target| EventListener::new(&target, event, move |e| callback.emit(e.clone())));
        move || drop(listener)
    });
}
