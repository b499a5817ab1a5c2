//! C1's result: the monthly payment in large type, the arithmetic written out, and the
//! scenario sentence, which screen readers hear when the reader pauses (`Announcer`). The three are live values
//! (`use_live`): the component renders again only when an error appears or goes, or the
//! language changes.

use crate::hooks::{use_live, use_selector, Live, Slot};
use crate::state::State;
use content::{fill, Ui, PAYER_GROUPS};
use model::c1;
use model::format::{count_m, usd, usd_bn};
use model::Locale;
use yew::prelude::*;

/// C1's outputs; the article's where the reader's inputs cannot be computed (the error says
/// why).
fn outputs(inputs: &c1::Inputs) -> c1::Outputs {
    c1::compute(inputs).unwrap_or_else(|_| {
        c1::compute(&c1::Inputs::default()).unwrap_or_else(|_| panic!("the article values compute"))
    })
}

/// A text made from C1's inputs in the page's language.
fn live(show: fn(&c1::Inputs, Locale) -> String) -> Live {
    Live::new(|s: &State| (s.c1, s.locale), move |(inputs, loc)| show(inputs, *loc))
}

fn monthly(inputs: &c1::Inputs, loc: Locale) -> String {
    usd(outputs(inputs).monthly_usd, loc)
}

fn arithmetic(inputs: &c1::Inputs, loc: Locale) -> String {
    let ui = Ui::get(loc);
    let out = outputs(inputs);
    let noun = PAYER_GROUPS
        .iter()
        .find(|g| g.millions == inputs.payers_m)
        .map(|g| g.noun.get(loc))
        .unwrap_or(ui.c1_payers_custom_noun);
    format!(
        "{} ÷ {} {} ÷ 12 = {} {}",
        usd_bn(out.revenue_bn, loc),
        count_m(inputs.payers_m, loc),
        noun,
        usd(out.monthly_usd, loc),
        ui.c1_per_month
    )
}

fn sentence(inputs: &c1::Inputs, loc: Locale) -> String {
    let ui = Ui::get(loc);
    fill(ui.c1_sentence, &[("payers", &count_m(inputs.payers_m, loc)), ("amount", &monthly(inputs, loc))])
}

#[function_component(C1Result)]
pub fn c1_result() -> Html {
    let (error, loc) = use_selector(|s| (c1::compute(&s.c1).err().map(|e| e.to_string()), s.locale));
    let ui = Ui::get(loc);
    let (result_ref, arithmetic_ref, sentence_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let result = use_live(&[(result_ref.clone(), Slot::Text)], live(monthly));
    let arithmetic = use_live(&[(arithmetic_ref.clone(), Slot::Text)], live(arithmetic));
    let sentence = use_live(&[(sentence_ref.clone(), Slot::Text)], live(sentence));
    html! {
        <div class="result">
            if let Some(e) = error {
                <p class="error" role="alert">{ fill(ui.input_error, &[("reason", &e)]) }</p>
            }
            <p class="result-main"><strong ref={result_ref} id="c1-result" class="result-value">{ result }</strong>{ " " }<span>{ ui.c1_result }</span></p>
            <p ref={arithmetic_ref} id="c1-arithmetic" class="arithmetic">{ arithmetic }</p>
            <p ref={sentence_ref} id="c1-sentence" class="sentence">{ sentence }</p>
        </div>
    }
}
