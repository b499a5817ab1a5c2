//! C6 MIT: the adoption funnel of custom AI tools, and how many pilots reached production.

use crate::components::calc_card::CalcCard;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::result_block::ResultBlock;
use crate::hooks::use_locale;
use charts::hbar::{Bar, Bars, Ink};
use charts::Chart;
use content::Ui;
use model::c6;
use model::format::{percent, Locale};
use yew::prelude::*;

fn funnel(loc: Locale) -> Bars {
    let ui = Ui::get(loc);
    let bar = |label: &str, v: f64, i: usize| Bar {
        label: label.into(),
        parts: vec![(v, Ink::Series(i))],
        value: percent(v, loc),
    };
    Bars {
        bars: vec![
            bar(ui.c6m_evaluated, c6::MIT_EVALUATED_PCT, 0),
            bar(ui.c6m_piloted, c6::MIT_PILOTED_PCT, 0),
            bar(ui.c6m_production, c6::MIT_PRODUCTION_PCT, 1),
        ],
        max: 100.0,
        key: vec![],
        locale: loc,
    }
}

#[function_component(C6Mit)]
pub fn c6_mit() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let bars = use_memo(loc, |loc| funnel(*loc));
    let value = percent(c6::pilots_to_production_pct(), loc);
    let rows: Vec<Vec<AttrValue>> =
        bars.bars.iter().map(|b| vec![b.label.clone().into(), b.value.clone().into()]).collect();
    html! {
        <CalcCard open_on_wide=false id="c6-mit" kicker={ui.c6m_kicker} question={ui.c6m_question} summary={html! { { format!("{value} ") } }}>
            <ResultBlock id="c6-mit-result" value={value.clone()} label={ui.c6m_result_label} arithmetic={Some(AttrValue::from(format!("{} ÷ {} = {value}", percent(c6::MIT_PRODUCTION_PCT, loc), percent(c6::MIT_PILOTED_PCT, loc))))} sentence={ui.c6m_sentence} />
            <ChartCanvas id="c6-mit-chart" height={150} chart={Chart::Bars((*bars).clone().into())} title={ui.c6m_chart_title} alt={ui.c6m_chart_alt} source={ui.c6m_chart_source}>
                <DataTable summary={ui.chart_table} headers={vec![AttrValue::from(""), ui.table_value.into()]} {rows} numeric={vec![1]} />
            </ChartCanvas>
        </CalcCard>
    }
}
