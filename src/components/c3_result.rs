//! C3's result: yearly spending as a share of US GDP, beside the railway mania.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::c3;
use model::economy::US_GDP_2024_TN;
use model::format::{percent, percent_with, trimmed, usd_bn};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C3ResultProps {
    /// Only the figure, for the closed card's summary.
    #[prop_or_default]
    pub summary: bool,
}

#[function_component(C3Result)]
pub fn c3_result(props: &C3ResultProps) -> Html {
    let (inputs, loc) = use_selector(|s| (s.c3, s.locale));
    let ui = Ui::get(loc);
    let out = c3::compute(&inputs);
    let share = percent(out.share_of_gdp_pct, loc);
    if props.summary {
        return html! { { format!("{share} ") } };
    }
    let arithmetic = format!(
        "{} ÷ {} = {}",
        usd_bn(inputs.capex_bn, loc),
        usd_bn(US_GDP_2024_TN * 1000.0, loc),
        percent_with(out.share_of_gdp_pct, 2, loc)
    );
    let sentence = fill(
        ui.c3_sentence,
        &[
            ("capex", &usd_bn(inputs.capex_bn, loc)),
            ("share", &percent_with(out.share_of_gdp_pct, 2, loc)),
            ("railway", &percent(c3::RAILWAY_PEAK_PCT, loc)),
            ("times", &trimmed(1.0 / out.of_railway_peak, 1, loc)),
            ("equivalent", &usd_bn(out.railway_equivalent_bn.round(), loc)),
        ],
    );
    html! {
        <ResultBlock id="c3-result" value={share} label={ui.c3_result_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
