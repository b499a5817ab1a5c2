//! C2: a stock's price-earnings ratio, price ÷ earnings per share, with the price slider of
//! the chosen stock.

use crate::components::field_slider::FieldSlider;
use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::format::{fixed, trimmed, Locale, NBSP};
use model::{c2, Field};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C2StockProps {
    pub onset: Callback<(Field, f64)>,
}

fn dollars(x: f64, decimals: usize, loc: Locale) -> String {
    match loc {
        Locale::De => format!("{}{NBSP}$", fixed(x, decimals, loc)),
        Locale::En => format!("${}", fixed(x, decimals, loc)),
    }
}

#[function_component(C2Stock)]
pub fn c2_stock(props: &C2StockProps) -> Html {
    let (inputs, loc) = use_selector(|s| (s.c2, s.locale));
    let ui = Ui::get(loc);
    let out = c2::compute(&inputs);
    let (field, id) = if inputs.stock >= 0.5 {
        (Field::C2NvidiaPrice, "c2-price-nvidia")
    } else {
        (Field::C2TeslaPrice, "c2-price-tesla")
    };
    let pe = trimmed(out.stock_pe.round(), 0, loc);
    let arithmetic = format!("{} ÷ {} = {pe}", dollars(out.price_usd, 0, loc), dollars(out.eps, 2, loc));
    let sentence = fill(
        ui.c2_stock_sentence,
        &[
            ("stock", out.stock.name),
            ("price", &dollars(out.price_usd, 0, loc)),
            ("eps", &dollars(out.eps, 2, loc)),
            ("pe", &pe),
        ],
    );
    let label = fill(ui.c2_stock_label, &[("article", &trimmed(out.stock.article_pe, 0, loc))]);
    html! {
        <>
            <FieldSlider key={id} {field} {id} onset={props.onset.clone()} />
            <ResultBlock id="c2-pe" value={pe} {label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
        </>
    }
}
