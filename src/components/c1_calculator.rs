//! C1 "revenue needed per user": the card around its parts. Reads top to bottom: question,
//! inputs, result, arithmetic, chart, source, claim, reset. Each part subscribes to the slice
//! of the state it shows, so the card itself renders only when the language changes.

use crate::components::c1_chart::C1Chart;
use crate::components::c1_payers::C1Payers;
use crate::components::c1_result::C1Result;
use crate::components::c1_revenue_inputs::C1RevenueInputs;
use crate::components::c1_summary::C1Summary;
use crate::components::calc_card::CalcCard;
use crate::components::claim_card::ClaimCard;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use yew::prelude::*;

#[function_component(C1Calculator)]
pub fn c1_calculator() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let InputCallbacks { onset, onreset } = use_input_callbacks("c1");
    let claim = content::claim("c1").expect("claim c1 in content/claims.toml");
    html! {
        <CalcCard id="c1" kicker={ui.c1_kicker} question={ui.c1_question} summary={html! { <C1Summary /> }} {onreset}>
            <C1RevenueInputs onset={onset.clone()} />
            <C1Payers {onset} />
            <C1Result />
            <C1Chart />
            <ClaimCard {claim} locale={loc} compact=true />
        </CalcCard>
    }
}
