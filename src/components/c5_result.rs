//! C5's result: the loss in all, and what it means for households, residents and economies.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::c5;
use model::format::{fixed, percent, trimmed, usd_tn, Locale, NBSP};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C5ResultProps {
    /// Only the figure, for the closed card's summary.
    #[prop_or_default]
    pub summary: bool,
}

fn dollars(x: f64, loc: Locale) -> String {
    let n = fixed((x / 100.0).round() * 100.0, 0, loc);
    match loc {
        Locale::De => format!("{n}{NBSP}$"),
        Locale::En => format!("${n}"),
    }
}

#[function_component(C5Result)]
pub fn c5_result(props: &C5ResultProps) -> Html {
    let (i, loc) = use_selector(|s| (s.c5, s.locale));
    let ui = Ui::get(loc);
    let out = c5::compute(&i);
    let total = usd_tn(out.total_loss_tn, loc);
    if props.summary {
        return html! { { format!("{total} ") } };
    }
    let d = percent(i.decline_pct, loc);
    let arithmetic = format!(
        "({} + {}) × {d} = {} + {} = {total}",
        usd_tn(i.us_holdings_tn, loc),
        usd_tn(i.foreign_holdings_tn, loc),
        usd_tn(out.us_loss_tn, loc),
        usd_tn(out.foreign_loss_tn, loc)
    );
    let sentence = fill(
        ui.c5_sentence,
        &[
            ("us", &usd_tn(out.us_loss_tn, loc)),
            ("us_share", &percent(out.us_share_of_gdp_pct, loc)),
            ("per_household", &dollars(out.per_household_usd, loc)),
            ("per_person", &dollars(out.per_person_usd, loc)),
            ("foreign", &usd_tn(out.foreign_loss_tn, loc)),
            ("row_share", &percent(out.row_share_of_gdp_pct, loc)),
            ("times", &trimmed(out.times_dotcom, 1, loc)),
        ],
    );
    html! {
        <ResultBlock id="c5-result" value={total} label={ui.c5_result_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
