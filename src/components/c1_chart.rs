//! C1's chart: monthly payment against the number of payers, the groups marked, the reader's
//! value as the marker; with its text alternative and data table.

use crate::components::c1_table::C1Table;
use crate::components::chart_canvas::ChartCanvas;
use crate::hooks::use_c1_inputs;
use charts::c1::{C1Base, C1Chart as Chart1, GroupMark};
use charts::Chart;
use content::{fill, Ui, PAYER_GROUPS};
use model::c1;
use model::format::{usd, usd_bn};
use yew::prelude::*;

#[function_component(C1Chart)]
pub fn c1_chart() -> Html {
    let (inputs, loc) = use_c1_inputs();
    let ui = Ui::get(loc);
    let revenue_bn = c1::revenue_bn(inputs.capital_tn, inputs.return_pct, inputs.margin_pct).unwrap_or_else(|_| {
        c1::compute(&c1::Inputs::default()).unwrap_or_else(|_| panic!("the article values compute")).revenue_bn
    });
    // What depends on the revenue only is made once per revenue: moving the payer slider
    // changes the marker and nothing else.
    let base = use_memo((revenue_bn, loc), |(revenue_bn, loc)| {
        let ui = Ui::get(*loc);
        C1Base {
            revenue_bn: *revenue_bn,
            groups: PAYER_GROUPS
                .iter()
                .map(|g| GroupMark { label: g.short.get(*loc).to_string(), millions: g.millions })
                .collect(),
            current: ui.chart_current.to_string(),
            x_title: ui.c1_chart_x.to_string(),
            y_title: ui.c1_chart_y.to_string(),
            readout: ui.c1_readout.to_string(),
            locale: *loc,
        }
    });
    // The text alternative describes the curve and the groups; the reader's own value is in
    // the result and its live region.
    let alt = use_memo((revenue_bn, loc), |(revenue_bn, loc)| {
        let ui = Ui::get(*loc);
        let per = |m: f64| c1::monthly_usd(*revenue_bn, m).map(|v| usd(v, *loc)).unwrap_or_default();
        let groups: Vec<String> =
            PAYER_GROUPS.iter().map(|g| format!("{} {}", g.short.get(*loc), per(g.millions))).collect();
        AttrValue::from(fill(
            ui.c1_chart_alt,
            &[
                ("revenue", &usd_bn(*revenue_bn, *loc)),
                ("high", &per(c1::PAYERS_M.min)),
                ("low", &per(c1::PAYERS_M.max)),
                ("groups", &groups.join(", ")),
            ],
        ))
    });
    let chart = Chart::C1(Chart1 { base, payers_m: inputs.payers_m });
    html! {
        <ChartCanvas id="c1-chart" {chart} title={ui.c1_chart_title} alt={(*alt).clone()} source={ui.c1_chart_source}>
            <C1Table {revenue_bn} locale={loc} />
        </ChartCanvas>
    }
}
