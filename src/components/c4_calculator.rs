//! C4 concentration: the index's fall for a fall of the Mag 7 and of the other 493 stocks.

use crate::components::c4_chart::C4Chart;
use crate::components::c4_result::C4Result;
use crate::components::calc_card::CalcCard;
use crate::components::field_slider::FieldSlider;
use crate::hooks::{use_input_callbacks, use_locale, InputCallbacks};
use content::Ui;
use model::Field;
use yew::prelude::*;

#[function_component(C4Calculator)]
pub fn c4_calculator() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c4");
    html! {
        <CalcCard open_on_wide=false id="c4" kicker={ui.c4_kicker} question={ui.c4_question} summary={html! { <C4Result summary=true /> }} {onreset}>
            <FieldSlider field={Field::C4Share} id="c4-share" onset={onset.clone()} />
            <FieldSlider field={Field::C4Mag7Fall} id="c4-mag7" onset={onset.clone()} />
            <FieldSlider field={Field::C4RestFall} id="c4-rest" {onset} />
            <C4Result />
            <C4Chart />
        </CalcCard>
    }
}
