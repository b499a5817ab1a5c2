//! A claim marked in the text: a real button (click, tap, Enter, Space) that opens the claim's
//! card below the paragraph; Escape closes it. Underlined, with the verdict's symbol, so that
//! it does not rely on colour. Prerendered, a link to the claim's entry in the fact check.

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
    let onclick = {
        let (mark, open, onopen, onclose) = (props.mark, props.open, props.onopen.clone(), props.onclose.clone());
        Callback::from(move |_| if open { onclose.emit(()) } else { onopen.emit(mark) })
    };
    let onkeydown = {
        let (open, onclose) = (props.open, props.onclose.clone());
        Callback::from(move |e: KeyboardEvent| {
            if open && e.key() == "Escape" {
                e.prevent_default();
                onclose.emit(());
            }
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
    // In the prerendered page (built natively) the mark is a link to the claim's entry in the
    // fact check: it works before the app has taken over and where the app does not run. Its
    // one inner box is laid out as a button's content, so the app's button takes its place
    // without a shift.
    if !cfg!(target_arch = "wasm32") {
        return html! {
            <a id={props.mark.dom_id()} class={classes!("mark", format!("verdict-{}", v.key()))} href={format!("#claim-{}", props.mark.claim)}>
                <span class="mark-box">{ inside }</span>
            </a>
        };
    }
    html! {
        <button
            type="button"
            id={props.mark.dom_id()}
            class={classes!("mark", format!("verdict-{}", v.key()))}
            aria-expanded={props.open.to_string()}
            aria-controls={format!("card-{}", props.mark.claim)}
            {onclick}
            {onkeydown}
        >
            { inside }
        </button>
    }
}
