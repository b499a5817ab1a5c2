//! C2 valuation: what if the CAPE returns to its usual level; earnings yield against bonds;
//! the price-earnings ratio of Tesla and Nvidia, GAAP or not.

use crate::components::c2_chart::C2Chart;
use crate::components::c2_reversion::C2Reversion;
use crate::components::c2_stock::C2Stock;
use crate::components::c2_yield::C2Yield;
use crate::components::calc_card::CalcCard;
use crate::components::field_choice::FieldChoice;
use crate::components::field_slider::FieldSlider;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use model::Field;
use yew::prelude::*;

#[function_component(C2Calculator)]
pub fn c2_calculator() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c2");
    html! {
        <CalcCard open_on_wide=false id="c2" kicker={ui.c2_kicker} question={ui.c2_question} summary={html! { <C2Reversion summary=true /> }} {onreset}>
            <FieldSlider field={Field::C2CapeTarget} id="c2-target" onset={onset.clone()} />
            <C2Reversion />
            <C2Chart />
            <h3 class="calc-subhead">{ ui.c2_yield_heading }</h3>
            <FieldSlider field={Field::C2BondYield} id="c2-bond" onset={onset.clone()} />
            <C2Yield />
            <h3 class="calc-subhead">{ ui.c2_stock_heading }</h3>
            <FieldChoice field={Field::C2Stock} id="c2-stock" onset={onset.clone()} />
            <FieldChoice field={Field::C2Basis} id="c2-basis" onset={onset.clone()} />
            <C2Stock {onset} />
        </CalcCard>
    }
}
