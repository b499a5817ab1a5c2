//! The card of a claim opened from a mark, shown below its paragraph. It takes the focus when
//! it opens; Escape or its close button closes it and gives the focus back to the mark.

use crate::components::claim_card::ClaimCard;
use content::{MarkRef, Ui};
use model::Locale;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimPopoverProps {
    pub mark: MarkRef,
    pub locale: Locale,
    pub onclose: Callback<()>,
}

#[function_component(ClaimPopover)]
pub fn claim_popover(props: &ClaimPopoverProps) -> Html {
    let ui = Ui::get(props.locale);
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.mark, move |_| {
            if let Some(el) = node.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    // Close, then give the focus back to the mark that opened the card.
    let close = {
        let (mark, onclose) = (props.mark, props.onclose.clone());
        Callback::from(move |()| {
            onclose.emit(());
            if let Some(el) = gloo::utils::document().get_element_by_id(&mark.dom_id()) {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let onclick = close.reform(|_: MouseEvent| ());
    let Some(claim) = content::claim(props.mark.claim) else { return html! {} };
    let title_id = format!("card-{}-title", claim.id);
    html! {
        <section
            ref={node}
            id={format!("card-{}", claim.id)}
            class="claim-pop"
            role="region"
            aria-labelledby={title_id.clone()}
            tabindex="-1"
            {onkeydown}
        >
            <div class="claim-pop-head">
                <h3 id={title_id} class="claim-pop-title">{ claim.title.get(props.locale) }</h3>
                <button type="button" class="claim-close" {onclick}>
                    <span aria-hidden="true">{ "× " }</span>{ ui.claim_close }
                </button>
            </div>
            <ClaimCard {claim} locale={props.locale} />
            if !claim.calculator.is_empty() {
                <p class="claim-to-calc"><a href={format!("#{}", claim.calculator)}>{ ui.claim_to_calculator }{ " →" }</a></p>
            }
        </section>
    }
}
