//! C3's spending by year: the four firms' bars, the guidance, and the reader's figure as a line.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_page::use_alone;
use crate::hooks::use_selector;
use charts::c3::{CapexBase, CapexChart};
use charts::ticks::nice_ceiling;
use charts::Chart;
use content::{data_note, Ui, CAPEX};
use model::format::trimmed;
use yew::prelude::*;

#[function_component(C3CapexChart)]
pub fn c3_capex_chart() -> Html {
    let (capex, loc) = use_selector(|s| (s.c3.capex_bn, s.locale));
    let ui = Ui::get(loc);
    let top = CAPEX.iter().map(|y| y.total_bn).fold(capex, f64::max);
    let y_max = nice_ceiling(top * 1.08, 4);
    let current = use_alone(ui.c3_current, ui.c3_current_alone);
    let alt = use_alone(ui.c3_chart_alt, ui.c3_chart_alt_alone);
    let base = use_memo((loc, y_max, current), |(loc, y_max, current)| {
        let ui = Ui::get(*loc);
        CapexBase {
            years: CAPEX.iter().map(|y| (y.year, y.parts(), y.guidance)).collect(),
            key: ["Amazon".into(), "Alphabet".into(), "Microsoft".into(), "Meta".into()],
            guidance: ui.c3_guidance.to_string(),
            method_break: (2024, ui.c3_method_break.to_string()),
            current: current.to_string(),
            y_title: ui.c3_chart_y.to_string(),
            readout: ui.c3_readout.to_string(),
            y_max: *y_max,
            locale: *loc,
        }
    });
    let chart = Chart::C3Capex(CapexChart { base, capex_bn: capex });
    let rows: Vec<Vec<AttrValue>> = CAPEX
        .iter()
        .map(|y| {
            let n = |x: f64| AttrValue::from(trimmed(x, 1, loc));
            let year = if y.guidance { format!("{} ({})", y.year, ui.c3_guidance) } else { y.year.to_string() };
            vec![
                year.into(),
                n(y.amazon_bn),
                n(y.alphabet_bn),
                n(y.microsoft_bn),
                n(y.meta_bn),
                n(y.total_bn),
                data_note(y.note, loc).into(),
            ]
        })
        .collect();
    let headers: Vec<AttrValue> = [ui.c2_chart_x, "Amazon", "Alphabet", "Microsoft", "Meta", "Σ", ui.table_note]
        .iter()
        .map(|s| AttrValue::from(*s))
        .collect();
    html! {
        <ChartCanvas id="c3-chart" {chart} title={ui.c3_chart_title} {alt} source={ui.c3_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1, 2, 3, 4, 5]} />
        </ChartCanvas>
    }
}
