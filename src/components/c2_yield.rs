//! C2: today's earnings yield (1 / CAPE) against the yield of a 10-year US Treasury.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::c2;
use model::format::{fixed, percent, percent_fixed, Locale, NBSP};
use yew::prelude::*;

fn points(x: f64, loc: Locale, unit: &str) -> String {
    let sign = if x > 0.0 { "+" } else { "" };
    format!("{sign}{}{NBSP}{unit}", fixed(x, 2, loc))
}

#[function_component(C2Yield)]
pub fn c2_yield() -> Html {
    let (inputs, loc) = use_selector(|s| (s.c2, s.locale));
    let ui = Ui::get(loc);
    let out = c2::compute(&inputs);
    let eyield = percent_fixed(out.earnings_yield_pct, 2, loc);
    let gap = points(out.yield_gap_pts, loc, ui.points);
    let gap_short = points(out.yield_gap_pts, loc, ui.points_short);
    let arithmetic = format!(
        "100 ÷ {} = {eyield}; {eyield} − {} = {gap}",
        fixed(c2::CAPE_NOV_2025, 2, loc),
        percent(inputs.bond_yield_pct, loc)
    );
    let sentence = fill(
        ui.c2_yield_sentence,
        &[("eyield", &eyield), ("gap", &gap), ("bond", &percent(inputs.bond_yield_pct, loc))],
    );
    html! {
        <ResultBlock id="c2-yield" value={gap_short} label={ui.c2_yield_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
