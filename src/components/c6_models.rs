//! C6 AI models: notable models released in 2024, by region.

use crate::components::c6_models_chart::C6ModelsChart;
use crate::components::calc_card::CalcCard;
use crate::components::result_block::ResultBlock;
use crate::hooks::use_locale;
use content::{Ui, AI_MODELS};
use yew::prelude::*;

#[function_component(C6Models)]
pub fn c6_models() -> Html {
    let ui = Ui::get(use_locale());
    let us = AI_MODELS.iter().find(|m| m.region == "USA").map(|m| m.count).unwrap_or_default();
    html! {
        <CalcCard open_on_wide=false id="c6-models" kicker={ui.c6x_kicker} question={ui.c6x_question} summary={html! { { format!("{us} ") } }}>
            <ResultBlock id="c6-models-result" value={us.to_string()} label={ui.c6x_result_label} sentence={ui.c6x_sentence} />
            <C6ModelsChart />
        </CalcCard>
    }
}
