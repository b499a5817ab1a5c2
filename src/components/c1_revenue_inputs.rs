//! C1's revenue inputs (capital, return, margin) and the revenue they give. It reads only
//! these inputs, so moving the payer slider leaves it alone.

use crate::components::slider::Slider;
use crate::hooks::use_selector;
use content::Ui;
use model::c1;
use model::format::{percent, usd_bn, usd_tn, NO_NUMBER};
use model::{Field, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C1RevenueInputsProps {
    pub onset: Callback<(Field, f64)>,
}

#[function_component(C1RevenueInputs)]
pub fn c1_revenue_inputs(props: &C1RevenueInputsProps) -> Html {
    let (capital, ret, margin, loc): (f64, f64, f64, Locale) =
        use_selector(|s| (s.c1.capital_tn, s.c1.return_pct, s.c1.margin_pct, s.locale));
    let ui = Ui::get(loc);
    let slider = |field: Field, id: &'static str, label: &'static str| {
        html! { <Slider {field} {id} {label} differs=false oninput={props.onset.clone()} /> }
    };
    let revenue = c1::revenue_bn(capital, ret, margin).map(|r| usd_bn(r, loc)).unwrap_or(NO_NUMBER.to_string());
    html! {
        <>
            { slider(Field::C1Capital, "c1-capital", ui.c1_capital) }
            { slider(Field::C1Return, "c1-return", ui.c1_return) }
            { slider(Field::C1Margin, "c1-margin", ui.c1_margin) }
            <p class="derived">
                { format!("{}: ", ui.c1_revenue) }
                <span class="formula">{ format!("{} × {} ÷ {} = ", percent(ret, loc), usd_tn(capital, loc), percent(margin, loc)) }</span>
                <strong id="c1-revenue">{ revenue }</strong>
                { format!(" {}", ui.c1_per_year) }
            </p>
        </>
    }
}
