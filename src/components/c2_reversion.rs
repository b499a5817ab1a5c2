//! C2: the price change if the CAPE returns from today's 39.15 to the reader's value.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::c2;
use model::format::{fixed, signed_percent, trimmed};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C2ReversionProps {
    /// Only the figure, for the closed card's summary.
    #[prop_or_default]
    pub summary: bool,
}

#[function_component(C2Reversion)]
pub fn c2_reversion(props: &C2ReversionProps) -> Html {
    let (target, loc) = use_selector(|s| (s.c2.cape_target, s.locale));
    let ui = Ui::get(loc);
    let change = c2::price_change_pct(c2::CAPE_NOV_2025, target);
    let change_text = signed_percent(change, loc);
    if props.summary {
        return html! { { format!("{change_text} ") } };
    }
    let arithmetic =
        format!("{} ÷ {} − 1 = {}", trimmed(target, 1, loc), fixed(c2::CAPE_NOV_2025, 2, loc), change_text);
    let sentence = fill(ui.c2_reversion_sentence, &[("target", &trimmed(target, 1, loc)), ("change", &change_text)]);
    html! {
        <ResultBlock id="c2-result" value={change_text} label={ui.c2_reversion_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
