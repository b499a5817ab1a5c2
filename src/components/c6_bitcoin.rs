//! C6 Bitcoin: the card with the two dates, the change between them and its chart.

use crate::components::c6_bitcoin_chart::C6BitcoinChart;
use crate::components::c6_bitcoin_result::C6BitcoinResult;
use crate::components::calc_card::CalcCard;
use crate::components::field_choice::FieldChoice;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use model::Field;
use yew::prelude::*;

#[function_component(C6Bitcoin)]
pub fn c6_bitcoin() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c6");
    html! {
        <CalcCard open_on_wide=false id="c6-bitcoin" kicker={ui.c6b_kicker} question={ui.c6b_question} summary={html! { <C6BitcoinResult summary=true /> }} {onreset}>
            <FieldChoice field={Field::C6From} id="c6-from" onset={onset.clone()} />
            <FieldChoice field={Field::C6To} id="c6-to" {onset} />
            <C6BitcoinResult />
            <C6BitcoinChart />
        </CalcCard>
    }
}
