//! Above the article: the language switch and the reset of every calculator.
//!
//! The switch is two links to the article's page in each language (`/`, `/en/`), so that it
//! works before the app has taken over and where the app does not run (no JavaScript, no
//! WebAssembly, a panic). Where the app runs, a plain click switches in place and keeps the
//! reader's settings; a click that opens a new tab or window is the browser's, and the links'
//! addresses carry the current scenario from the moment a pointer reaches or presses them, the
//! focus reaches them or a key is pressed on them.

use crate::hooks::{address_in, use_listener, use_locale, use_store};
use crate::state::Action;
use content::Ui;
use model::{url, Locale};
use web_sys::{Element, Event};
use yew::prelude::*;

/// The switch's languages, in the order of its links.
const LANGUAGES: [Locale; 2] = [Locale::De, Locale::En];

/// Whether the app has stopped (`panic.rs`): its links are then the browser's.
fn app_failed() -> bool {
    crate::app::page_marked("app-failed")
}

/// Whether the app handles this click on a language link itself: a plain click, while the
/// app runs.
fn switch_in_place(e: &MouseEvent) -> bool {
    let plain = e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key());
    plain && !app_failed()
}

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let store = use_store();
    let group = use_node_ref();
    // The links' addresses, brought up to date when they may be used (not on every change).
    let refresh = {
        let (store, group) = (store.clone(), group.clone());
        Callback::from(move |_: Event| {
            if app_failed() {
                return;
            }
            let Some(links) = group.cast::<Element>().map(|g| g.children()) else { return };
            let state = store.state();
            for (i, to) in (0..).zip(LANGUAGES) {
                if let Some(link) = links.item(i) {
                    let _ = link.set_attribute("href", &address_in(&state, to));
                }
            }
        })
    };
    use_listener(group.clone(), "pointerover", refresh.clone());
    use_listener(group.clone(), "pointerdown", refresh.clone());
    use_listener(group.clone(), "focusin", refresh.clone());
    use_listener(group.clone(), "keydown", refresh);
    let link = |to: Locale| {
        let name = if to == Locale::En { ui.language_en } else { ui.language_de };
        let store = store.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if switch_in_place(&e) {
                store.dispatch(Action::SetLocale(to));
                e.prevent_default();
            }
        });
        html! {
            <a href={url::page_path("/", to)} lang={to.code()} hreflang={to.code()}
                aria-current={(to == loc).then_some("page")} {onclick}>{ name }</a>
        }
    };
    let reset = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ResetAll))
    };
    html! {
        <nav class="toolbar" aria-label={ui.toolbar}>
            <div class="language" role="group" aria-label={ui.language} ref={group}>
                { for LANGUAGES.map(link) }
            </div>
            <button type="button" class="reset-all" onclick={reset}>{ ui.reset_all }</button>
        </nav>
    }
}
