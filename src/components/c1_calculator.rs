//! C1 "revenue needed per user": the card around its parts. Reads top to bottom: question,
//! inputs, result, arithmetic, chart, source, claim, reset. Each part subscribes to the slice
//! of the state it shows, so the card itself renders only when the language changes.

use crate::components::c1_chart::C1Chart;
use crate::components::c1_payers::C1Payers;
use crate::components::c1_result::C1Result;
use crate::components::c1_revenue_inputs::C1RevenueInputs;
use crate::components::c1_summary::C1Summary;
use crate::components::claim_card::ClaimCard;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use yew::prelude::*;

#[function_component(C1Calculator)]
pub fn c1_calculator() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let InputCallbacks { onset, onreset } = use_input_callbacks("c1");
    // On phones the calculator starts collapsed, unless the address links to it.
    let collapsed = use_state(|| crate::app::is_phone() && crate::app::location_hash().as_deref() != Some("c1"));
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_| collapsed.set(!*collapsed))
    };
    let onreset = use_callback(onreset, |_, onreset| onreset.emit(()));
    let claim = content::claim("c1").expect("claim c1 in content/claims.toml");

    html! {
        <aside id="c1" class={classes!("calc", collapsed.then_some("collapsed"))} aria-labelledby="c1-question">
            <p class="calc-kicker">{ ui.c1_kicker }</p>
            <h2 id="c1-question" class="calc-question">{ ui.c1_question }</h2>
            <button type="button" class="calc-toggle" aria-expanded={(!*collapsed).to_string()} aria-controls="c1-body" onclick={toggle}>
                if *collapsed {
                    <C1Summary />
                }
                <span class="calc-toggle-label">{ if *collapsed { ui.open_calculator } else { ui.close_calculator } }</span>
            </button>
            <div id="c1-body" class="calc-body">
                <C1RevenueInputs onset={onset.clone()} />
                <C1Payers {onset} />
                <C1Result />
                <C1Chart />
                <ClaimCard {claim} locale={loc} />
                <button type="button" class="reset" onclick={onreset}>{ ui.reset }</button>
            </div>
        </aside>
    }
}
