//! C5's chart: the losses beside the economies they are measured against.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::hooks::use_selector;
use charts::hbar::{Bar, Bars, Ink};
use charts::Chart;
use content::{fill, Ui};
use model::c5;
use model::economy::{ROW_GDP_2024_TN, US_GDP_2024_TN};
use model::format::{usd_tn, Locale};
use std::rc::Rc;
use yew::prelude::*;

fn bars(out: &c5::Outputs, loc: Locale) -> Bars {
    let ui = Ui::get(loc);
    let bar = |label: &str, v: f64, ink: Ink| Bar { label: label.into(), parts: vec![(v, ink)], value: usd_tn(v, loc) };
    Bars {
        bars: vec![
            bar(ui.c5_bar_us, out.us_loss_tn, Ink::Accent),
            bar(ui.c5_bar_us_gdp, US_GDP_2024_TN, Ink::Reference),
            bar(ui.c5_bar_foreign, out.foreign_loss_tn, Ink::Accent),
            bar(ui.c5_bar_row_gdp, ROW_GDP_2024_TN, Ink::Reference),
            bar(ui.c5_bar_dotcom, c5::DOTCOM_FOREIGN_LOSS_TN, Ink::Series(0)),
        ],
        max: 0.0,
        key: vec![],
        locale: loc,
    }
}

#[function_component(C5Chart)]
pub fn c5_chart() -> Html {
    let (i, loc) = use_selector(|s| (s.c5, s.locale));
    let ui = Ui::get(loc);
    let out = c5::compute(&i);
    let chart = Rc::new(bars(&out, loc));
    let alt =
        fill(ui.c5_chart_alt, &[("us", &usd_tn(out.us_loss_tn, loc)), ("foreign", &usd_tn(out.foreign_loss_tn, loc))]);
    let rows: Vec<Vec<AttrValue>> =
        chart.bars.iter().map(|b| vec![b.label.clone().into(), b.value.clone().into()]).collect();
    html! {
        <ChartCanvas id="c5-chart" height={240} chart={Chart::Bars(chart)} title={ui.c5_chart_title} {alt} source={ui.c5_chart_source}>
            <DataTable summary={ui.chart_table} headers={vec![AttrValue::from(""), ui.table_value.into()]} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}
