//! C5 crash: loss = holdings × decline, against the size of the economies.

use crate::components::c5_chart::C5Chart;
use crate::components::c5_result::C5Result;
use crate::components::calc_card::CalcCard;
use crate::components::field_slider::FieldSlider;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use model::Field;
use yew::prelude::*;

#[function_component(C5Calculator)]
pub fn c5_calculator() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c5");
    // The test build's way to make the app panic while it takes over the page (see
    // `tests/browser/faults.test.mjs`).
    #[cfg(feature = "panic-test")]
    if crate::app::query_param("panic").as_deref() == Some("takeover") {
        panic!("panic-test: C5 while the app takes over the page");
    }
    html! {
        <CalcCard open_on_wide=false id="c5" kicker={ui.c5_kicker} question={ui.c5_question} summary={html! { <C5Result summary=true /> }} {onreset}>
            <FieldSlider field={Field::C5Decline} id="c5-decline" onset={onset.clone()} />
            <FieldSlider field={Field::C5UsHoldings} id="c5-us" onset={onset.clone()} />
            <FieldSlider field={Field::C5ForeignHoldings} id="c5-foreign" {onset} />
            <p class="note">{ ui.c5_holdings_note }</p>
            <C5Result />
            <C5Chart />
        </CalcCard>
    }
}
