//! C1's result in one line, shown on the collapsed calculator's button on phones.

use crate::hooks::use_c1_inputs;
use content::Ui;
use model::c1;
use model::format::usd;
use yew::prelude::*;

#[function_component(C1Summary)]
pub fn c1_summary() -> Html {
    let (inputs, loc) = use_c1_inputs();
    let ui = Ui::get(loc);
    let monthly = c1::compute(&inputs).map(|o| usd(o.monthly_usd, loc)).unwrap_or_default();
    html! { { format!("{monthly} {} ", ui.c1_per_month) } }
}
