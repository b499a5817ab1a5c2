//! C3 investment: the four firms' yearly spending against the US economy and the railway
//! mania, their spending by year, and the projections with their parts.

use crate::components::c3_capex_chart::C3CapexChart;
use crate::components::c3_projections::C3Projections;
use crate::components::c3_result::C3Result;
use crate::components::c3_share_chart::C3ShareChart;
use crate::components::calc_card::CalcCard;
use crate::components::field_slider::FieldSlider;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use model::Field;
use yew::prelude::*;

#[function_component(C3Calculator)]
pub fn c3_calculator() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c3");
    html! {
        <CalcCard open_on_wide=false id="c3" kicker={ui.c3_kicker} question={ui.c3_question} summary={html! { <C3Result summary=true /> }} {onreset}>
            <FieldSlider field={Field::C3Capex} id="c3-capex" {onset} />
            <C3Result />
            <C3ShareChart />
            <C3CapexChart />
            <C3Projections />
        </CalcCard>
    }
}
