//! C6 Bitcoin's result: the change between the reader's two dates, with its arithmetic.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui, BITCOIN};
use model::c6;
use model::format::{date, fixed, signed_percent, Locale, NBSP};
use yew::prelude::*;

/// A price in whole dollars.
pub(super) fn dollars(x: f64, loc: Locale) -> String {
    match loc {
        Locale::De => format!("{}{NBSP}$", fixed(x, 0, loc)),
        Locale::En => format!("${}", fixed(x, 0, loc)),
    }
}

/// The change between the reader's two dates, written out.
pub(super) fn change(
    i: &c6::Inputs,
    loc: Locale,
) -> (String, &'static model::series::PricePoint, &'static model::series::PricePoint) {
    let a = &BITCOIN[(i.from as usize).min(BITCOIN.len() - 1)];
    let z = &BITCOIN[(i.to as usize).min(BITCOIN.len() - 1)];
    (signed_percent(c6::change_pct(a.usd, z.usd), loc), a, z)
}

#[derive(Properties, PartialEq)]
pub struct C6BitcoinResultProps {
    /// Only the figure, for the closed card's summary.
    #[prop_or_default]
    pub summary: bool,
}

#[function_component(C6BitcoinResult)]
pub fn c6_bitcoin_result(props: &C6BitcoinResultProps) -> Html {
    let (i, loc) = use_selector(|s| (s.c6, s.locale));
    let ui = Ui::get(loc);
    let (pct, a, z) = change(&i, loc);
    if props.summary {
        return html! { { format!("{pct} ") } };
    }
    let arithmetic = format!("{} ÷ {} − 1 = {pct}", dollars(z.usd, loc), dollars(a.usd, loc));
    let sentence = fill(
        ui.c6b_sentence,
        &[
            ("from", &date(a.date, loc)),
            ("from_price", &dollars(a.usd, loc)),
            ("to", &date(z.date, loc)),
            ("to_price", &dollars(z.usd, loc)),
            ("change", &pct),
        ],
    );
    html! {
        <ResultBlock id="c6-bitcoin-result" value={pct} label={ui.c6b_result_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
