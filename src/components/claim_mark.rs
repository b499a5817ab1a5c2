//! A claim marked in the text: a link to the claim's entry in the fact check, which the app
//! makes a button (`role="button"`; click, tap, Enter, Space) that opens the claim's card
//! below the paragraph; Escape closes it. Underlined, with the verdict's symbol, so that it
//! does not rely on colour. A link, not a `<button>`: reader views (Firefox's Reader View,
//! read-later apps) drop buttons, and the article's figure with them. `tabindex="0"` keeps it
//! in Safari's Tab order, which leaves links out unless the reader asks for them.

use content::{fill, MarkRef, Ui, Verdict};
use model::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimMarkProps {
    pub mark: MarkRef,
    pub verdict: Verdict,
    /// This mark's card is open.
    pub open: bool,
    pub locale: Locale,
    pub onopen: Callback<MarkRef>,
    pub onclose: Callback<()>,
    /// The marked words (text, or a live figure).
    pub children: Html,
}

#[function_component(ClaimMark)]
pub fn claim_mark(props: &ClaimMarkProps) -> Html {
    let ui = Ui::get(props.locale);
    let toggle = {
        let (mark, open, onopen, onclose) = (props.mark, props.open, props.onopen.clone(), props.onclose.clone());
        Callback::from(move |()| if open { onclose.emit(()) } else { onopen.emit(mark) })
    };
    let onclick = {
        let toggle = toggle.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            toggle.emit(());
        })
    };
    // Enter follows the link, which is a click; Space, which scrolls the page on a link, acts
    // as it does on a button.
    let onkeydown = {
        let (open, onclose) = (props.open, props.onclose.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" if open => {
                e.prevent_default();
                onclose.emit(());
            }
            " " | "Spacebar" => {
                e.prevent_default();
                if !e.repeat() {
                    toggle.emit(());
                }
            }
            _ => {}
        })
    };
    let v = props.verdict;
    let inside = html! {
        <>
            <span class="mark-text">{ props.children.clone() }</span>
            <span class="mark-symbol" aria-hidden="true">{ v.symbol() }</span>
            <span class="visually-hidden">{ format!(" ({})", fill(ui.mark_verdict, &[("verdict", v.label(props.locale))])) }</span>
        </>
    };
    let class = classes!("mark", format!("verdict-{}", v.key()));
    let href = format!("#claim-{}", props.mark.claim);
    // In the prerendered page (built natively) the mark is the link alone: it works before the
    // app has taken over and where the app does not run. Its one inner box is laid out as a
    // button's content would be, the same in both.
    if !cfg!(target_arch = "wasm32") {
        return html! {
            <a id={props.mark.dom_id()} {class} {href}>
                <span class="mark-box">{ inside }</span>
            </a>
        };
    }
    html! {
        <a
            id={props.mark.dom_id()}
            {class}
            {href}
            role="button"
            tabindex="0"
            aria-expanded={props.open.to_string()}
            aria-controls={props.open.then(|| format!("card-{}", props.mark.claim))}
            {onclick}
            {onkeydown}
        >
            <span class="mark-box">{ inside }</span>
        </a>
    }
}
