//! C2's chart: the CAPE since 1881 with the usual band, the 1999 peak and today; the reader's
//! target as a line. Its table lists the peaks and the months of 2025.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_page::use_alone;
use crate::hooks::use_selector;
use charts::c2::{CapeBase, CapeChart};
use charts::Chart;
use content::{data_note, Ui, CAPE_JANUARY, CAPE_NOTABLE};
use model::format::{fixed, month_year, Locale};
use model::series::CapeMonth;
use std::rc::Rc;
use yew::prelude::*;

fn month(m: &CapeMonth, loc: Locale) -> String {
    month_year(m.year, m.month, loc)
}

fn base(loc: Locale, target: &str) -> CapeBase {
    let ui = Ui::get(loc);
    let find = |y: u16, m: u8| CAPE_NOTABLE.iter().find(|x| x.year == y && x.month == m).expect("month in data");
    let peak = find(1999, 12);
    let today = find(2025, 11);
    let label = |m: &CapeMonth, decimals: usize| format!("{}: {}", month(m, loc), fixed(m.cape, decimals, loc));
    let mut series: Vec<(f64, f64)> = CAPE_JANUARY.iter().map(|m| (m.t(), m.cape)).collect();
    // The peak month and today lie between January values: put them on the line.
    series.push((peak.t(), peak.cape));
    series.push((today.t(), today.cape));
    model::order::sort_by(&mut series, |a, b| a.0.total_cmp(&b.0).is_lt());
    CapeBase {
        series,
        peak: (peak.t(), peak.cape, label(peak, 1)),
        today: (today.t(), today.cape, label(today, 2)),
        band: ui.c2_band.to_string(),
        target: target.to_string(),
        x_title: ui.c2_chart_x.to_string(),
        y_title: ui.c2_chart_y.to_string(),
        readout: ui.c2_readout.to_string(),
        locale: loc,
    }
}

#[function_component(C2Chart)]
pub fn c2_chart() -> Html {
    let (target, loc) = use_selector(|s| (s.c2.cape_target, s.locale));
    let ui = Ui::get(loc);
    let target_label = use_alone(ui.c2_target, ui.c2_target_alone);
    let alt = use_alone(ui.c2_chart_alt, ui.c2_chart_alt_alone);
    let base: Rc<CapeBase> = use_memo((loc, target_label), |(loc, label)| base(*loc, label));
    let chart = Chart::C2Cape(CapeChart { base, target });
    let rows: Vec<Vec<AttrValue>> = CAPE_NOTABLE
        .iter()
        .map(|m| vec![month(m, loc).into(), fixed(m.cape, 2, loc).into(), data_note(m.note, loc).into()])
        .collect();
    html! {
        <ChartCanvas id="c2-chart" {chart} title={ui.c2_chart_title} {alt} source={ui.c2_chart_source}>
            <DataTable
                summary={ui.chart_table}
                headers={vec![AttrValue::from(ui.table_date), ui.c2_chart_y.into(), ui.table_note.into()]}
                {rows}
                numeric={vec![1]}
            />
        </ChartCanvas>
    }
}
