//! C1's chart: monthly payment against the number of payers, the groups marked, the reader's
//! value as the marker; with its text alternative and data table. It renders again when the
//! revenue or the language changes; the payer slider moves the marker through the chart's
//! live function (`LiveChart`), without a render.

use crate::components::c1_table::C1Table;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::embed_page::use_alone;
use crate::hooks::use_store;
use crate::hooks::{use_selector, LiveChart};
use crate::state::State;
use charts::c1::{C1Base, C1Chart as Chart1, GroupMark};
use charts::Chart;
use content::{fill, Ui, PAYER_GROUPS};
use model::c1;
use model::format::{usd, usd_bn};
use std::rc::Rc;
use yew::prelude::*;

/// The revenue the payers have to bring; the article's where the reader's inputs cannot be
/// computed (C1's result says why).
fn revenue_bn(i: &c1::Inputs) -> f64 {
    c1::revenue_bn(i.capital_tn, i.return_pct, i.margin_pct).unwrap_or_else(|_| {
        c1::compute(&c1::Inputs::default()).unwrap_or_else(|_| panic!("the article values compute")).revenue_bn
    })
}

#[function_component(C1Chart)]
pub fn c1_chart() -> Html {
    let (revenue_bn, loc) = use_selector(|s| (revenue_bn(&s.c1), s.locale));
    let ui = Ui::get(loc);
    let current = use_alone(ui.chart_current, ui.chart_current_alone);
    let alt_text = use_alone(ui.c1_chart_alt, ui.c1_chart_alt_alone);
    // What depends on the revenue only is made once per revenue: moving the payer slider
    // changes the marker and nothing else.
    let base = use_memo((revenue_bn, loc, current), |(revenue_bn, loc, current)| {
        let ui = Ui::get(*loc);
        C1Base {
            revenue_bn: *revenue_bn,
            groups: PAYER_GROUPS
                .iter()
                .map(|g| GroupMark { label: g.short.get(*loc).to_string(), millions: g.millions })
                .collect(),
            current: current.to_string(),
            x_title: ui.c1_chart_x.to_string(),
            y_title: ui.c1_chart_y.to_string(),
            readout: ui.c1_readout.to_string(),
            locale: *loc,
        }
    });
    // The text alternative describes the curve and the groups; the reader's own value is in
    // the result and its live region.
    let alt = use_memo((revenue_bn, loc, alt_text), |(revenue_bn, loc, alt_text)| {
        let per = |m: f64| c1::monthly_usd(*revenue_bn, m).map(|v| usd(v, *loc)).unwrap_or_default();
        let groups: Vec<String> =
            PAYER_GROUPS.iter().map(|g| format!("{} {}", g.short.get(*loc), per(g.millions))).collect();
        AttrValue::from(fill(
            alt_text,
            &[
                ("revenue", &usd_bn(*revenue_bn, *loc)),
                ("high", &per(c1::PAYERS_M.min)),
                ("low", &per(c1::PAYERS_M.max)),
                ("groups", &groups.join(", ")),
            ],
        ))
    });
    let live = use_memo(base.clone(), |base| {
        let base = base.clone();
        LiveChart(Rc::new(move |s: &State| Chart::C1(Chart1 { base: base.clone(), payers_m: s.c1.payers_m }))
            as Rc<dyn Fn(&State) -> Chart>)
    });
    let chart = (live.0)(&use_store().state());
    html! {
        <ChartCanvas id="c1-chart" {chart} live={(*live).clone()} title={ui.c1_chart_title} alt={(*alt).clone()} source={ui.c1_chart_source}>
            <C1Table {revenue_bn} locale={loc} />
        </ChartCanvas>
    }
}
