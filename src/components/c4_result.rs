//! C4's result: the S&P 500's fall, s·X + (1 − s)·Y.

use crate::components::result_block::ResultBlock;
use crate::hooks::use_selector;
use content::{fill, Ui};
use model::c4;
use model::format::{percent, trimmed};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C4ResultProps {
    /// Only the figure, for the closed card's summary.
    #[prop_or_default]
    pub summary: bool,
}

#[function_component(C4Result)]
pub fn c4_result(props: &C4ResultProps) -> Html {
    let (i, loc) = use_selector(|s| (s.c4, s.locale));
    let ui = Ui::get(loc);
    let out = c4::compute(&i);
    let fall = format!("−{}", percent(out.index_fall_pct, loc));
    if props.summary {
        return html! { { format!("{fall} ") } };
    }
    let share = trimmed(i.share_pct / 100.0, 3, loc);
    let rest_share = trimmed(1.0 - i.share_pct / 100.0, 3, loc);
    let arithmetic = format!(
        "{share} × {} + {rest_share} × {} = {}",
        percent(i.mag7_fall_pct, loc),
        percent(i.rest_fall_pct, loc),
        percent(out.index_fall_pct, loc)
    );
    let sentence = fill(
        ui.c4_sentence,
        &[
            ("mag7", &percent(i.mag7_fall_pct, loc)),
            ("rest", &percent(i.rest_fall_pct, loc)),
            ("fall", &percent(out.index_fall_pct, loc)),
            ("from_mag7", &format!("{} {}", trimmed(out.from_mag7_pts, 1, loc), ui.points)),
        ],
    );
    html! {
        <ResultBlock id="c4-result" value={fall} label={ui.c4_result_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}
