//! C6 AI models' chart: notable models released in 2024, by region, with its table.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::hooks::use_locale;
use charts::hbar::{Bar, Bars, Ink};
use charts::Chart;
use content::{data_note, Ui, AI_MODELS};
use model::format::Locale;
use yew::prelude::*;

fn region(name: &str, loc: Locale) -> &'static str {
    let ui = Ui::get(loc);
    match name {
        "USA" => ui.region_usa,
        "China" => ui.region_china,
        _ => ui.region_europe,
    }
}

fn bars(loc: Locale) -> Bars {
    Bars {
        bars: AI_MODELS
            .iter()
            .enumerate()
            .map(|(i, m)| Bar {
                label: region(m.region, loc).into(),
                parts: vec![(m.count as f64, Ink::Series(i))],
                value: m.count.to_string(),
            })
            .collect(),
        max: 45.0,
        key: vec![],
        locale: loc,
    }
}

#[function_component(C6ModelsChart)]
pub fn c6_models_chart() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let chart = use_memo(loc, |loc| bars(*loc));
    let rows: Vec<Vec<AttrValue>> = AI_MODELS
        .iter()
        .map(|m| vec![region(m.region, loc).into(), m.count.to_string().into(), data_note(m.source, loc).into()])
        .collect();
    let headers: Vec<AttrValue> = vec!["".into(), ui.table_value.into(), ui.claim_source_line.into()];
    html! {
        <ChartCanvas id="c6-models-chart" height={150} chart={Chart::Bars((*chart).clone().into())} title={ui.c6x_chart_title} alt={ui.c6x_chart_alt} source={ui.c6x_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}
