//! A figure in the prose that follows a calculator's inputs. When it differs from the
//! article's wording, it is marked and the article's wording stands beside it.

use crate::hooks::use_selector;
use content::figures::live_text;
use content::{fill, Slot, Ui};
use model::c1;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiveFigureProps {
    pub slot: Slot,
    /// The article's own wording of the figure.
    pub article: &'static str,
}

#[function_component(LiveFigure)]
pub fn live_figure(props: &LiveFigureProps) -> Html {
    // The prose follows C1's revenue inputs, not the payer slider, which is the calculator's own.
    let (inputs, loc) = use_selector(|s| (c1::Inputs { payers_m: c1::PAYERS_M.default, ..s.c1 }, s.locale));
    let ui = Ui::get(loc);
    let now = use_memo((props.slot, inputs, loc), |(slot, inputs, loc)| live_text(*slot, inputs, *loc));
    let changed = now.as_str() != props.article;
    html! {
        <>
            <span class={classes!("live", changed.then_some("changed"))} data-slot={props.slot.key()}>{ now.to_string() }</span>
            if changed {
                <span class="was">{ format!(" ({})", fill(ui.article_value, &[("value", props.article)])) }</span>
            }
        </>
    }
}
