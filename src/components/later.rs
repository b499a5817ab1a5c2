//! A part of the page that waits for its turn while the app takes over the prerendered page
//! (`takeover.rs`), the article's or an embed's: a paragraph, a calculator's body, a group of
//! fact-check cards. Elsewhere (a view built afresh for `?embed=`, a change of language, the
//! prerendered HTML) it renders its children at once.

use crate::takeover;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    pub children: Html,
}

#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let shown = use_state(|| !takeover::deferring());
    {
        let shown = shown.clone();
        // Hidden: queue for a task of its own. Shown after waiting: this part is rendered.
        use_effect_with(*shown, move |now| {
            let alive = Rc::new(Cell::new(true));
            if *now {
                takeover::rendered();
            } else {
                let alive = alive.clone();
                takeover::defer(Box::new(move || {
                    shown.set(true);
                    alive.get()
                }));
            }
            move || alive.set(false)
        });
    }
    if *shown {
        props.children.clone()
    } else {
        Html::default()
    }
}
