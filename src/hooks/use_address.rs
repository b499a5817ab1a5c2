//! The address holds the scenario: read once when the page starts (every value checked, a
//! quiet notice for what could not be used), written back as the reader moves with
//! replaceState (no history entries), at most every 300 ms: a change starts one timer, later
//! changes only leave their state for it, so a slider move costs no timer of its own. The
//! language is the path's (`/`, `/en/`, `model::url`): a change of language writes the same
//! page's path in the other language, so that the address, shared or loaded again, opens on
//! the page prerendered in it.
//! Parameters that are not ours stay untouched. In a sandboxed frame the history may be
//! unavailable: then nothing is written.

use crate::hooks::use_store::{use_store, StoreHandle};
use crate::state::{Action, State};
use gloo::timers::callback::Timeout;
use model::{url, Locale};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Wait after a change before the address is written, ms.
const DELAY_MS: u32 = 300;

fn read(store: &StoreHandle) {
    let Ok(search) = gloo::utils::window().location().search() else { return };
    if search.len() <= 1 {
        return;
    }
    let scenario = url::decode(&search);
    if scenario != url::Scenario::default() {
        // One scenario per page load, kept for the life of the page.
        store.dispatch(Action::Load(Box::leak(Box::new(scenario))));
    }
}

/// The path and query for a state, from the current ones: the page in `locale`, the scenario
/// in the query.
fn in_locale(path: &str, search: &str, state: &State, locale: Locale) -> String {
    let path = url::page_path(path, locale);
    let query = url::rewrite(search, &state.values(), locale, locale);
    format!("{path}{query}")
}

fn write(state: &State) {
    let window = gloo::utils::window();
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    let next = in_locale(&path, &search, state, state.locale);
    if next == format!("{path}{search}") {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next));
    }
}

/// The address as it will be after the next write: for links to share.
pub fn address_of(state: &State) -> String {
    let origin = gloo::utils::window().location().origin().unwrap_or_default();
    format!("{origin}{}", address_in(state, state.locale))
}

/// The path and query of this page and scenario in `locale`: for the language switch.
pub fn address_in(state: &State, locale: Locale) -> String {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    in_locale(&path, &search, state, locale)
}

#[hook]
pub fn use_address_sync() {
    let store = use_store();
    use_effect_with(store, |store| {
        read(store);
        // The state to write, and the timer that will write it.
        let latest: Rc<RefCell<Option<Rc<State>>>> = Rc::default();
        let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
        let id = store.subscribe(Rc::new(move |state: &Rc<State>| {
            let waiting = latest.borrow_mut().replace(state.clone()).is_some();
            if !waiting {
                let latest = latest.clone();
                *timer.borrow_mut() = Some(Timeout::new(DELAY_MS, move || {
                    if let Some(state) = latest.borrow_mut().take() {
                        write(&state);
                    }
                }));
            }
        }));
        let store = store.clone();
        move || store.unsubscribe(id)
    });
}
