//! C1's result: the monthly payment in large type, the arithmetic written out, and the
//! scenario sentence, which screen readers hear as it changes.

use crate::hooks::use_c1_inputs;
use content::{fill, Ui, PAYER_GROUPS};
use model::c1;
use model::format::{count_m, usd, usd_bn};
use yew::prelude::*;

#[function_component(C1Result)]
pub fn c1_result() -> Html {
    let (inputs, loc) = use_c1_inputs();
    let ui = Ui::get(loc);
    let (out, error) = match c1::compute(&inputs) {
        Ok(out) => (out, None),
        Err(e) => {
            (c1::compute(&c1::Inputs::default()).unwrap_or_else(|_| panic!("the article values compute")), Some(e))
        }
    };
    let noun = PAYER_GROUPS
        .iter()
        .find(|g| g.millions == inputs.payers_m)
        .map(|g| g.noun.get(loc))
        .unwrap_or(ui.c1_payers_custom_noun);
    let monthly = usd(out.monthly_usd, loc);
    let payers = count_m(inputs.payers_m, loc);
    html! {
        <div class="result">
            if let Some(e) = error {
                <p class="error" role="alert">{ fill(ui.input_error, &[("reason", &e.to_string())]) }</p>
            }
            <p class="result-main"><strong id="c1-result" class="result-value">{ monthly.clone() }</strong>{ " " }<span>{ ui.c1_result }</span></p>
            <p id="c1-arithmetic" class="arithmetic">{ format!(
                "{} / {} {} / 12 = {} {}",
                usd_bn(out.revenue_bn, loc),
                payers,
                noun,
                monthly,
                ui.c1_per_month
            ) }</p>
            <p id="c1-sentence" class="sentence" aria-live="polite">{ fill(ui.c1_sentence, &[("payers", &payers), ("amount", &monthly)]) }</p>
        </div>
    }
}
