//! A figure in the prose that follows a calculator's inputs. When it differs from the
//! article's wording, it is marked and the article's wording stands beside it.

use crate::hooks::use_prose_inputs;
use content::figures::live_text;
use content::{fill, Slot, Ui};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LiveFigureProps {
    pub slot: Slot,
    /// The article's own wording of the figure.
    pub article: &'static str,
}

#[function_component(LiveFigure)]
pub fn live_figure(props: &LiveFigureProps) -> Html {
    let prose = use_prose_inputs();
    let ui = Ui::get(prose.locale);
    let now = use_memo((props.slot, prose.c1), |(slot, inputs)| live_text(*slot, inputs));
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
