//! C4's chart: the Mag 7's share over time, the record labelled, the reader's share as a line.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_page::use_alone;
use crate::hooks::use_selector;
use charts::c4::{ShareBase, ShareChart};
use charts::Chart;
use content::{data_note, Ui, MAG7_SHARE};
use model::format::{date, percent};
use model::series::year_of;
use yew::prelude::*;

#[function_component(C4Chart)]
pub fn c4_chart() -> Html {
    let (share, loc) = use_selector(|s| (s.c4.share_pct, s.locale));
    let ui = Ui::get(loc);
    let current = use_alone(ui.c4_current, ui.c4_current_alone);
    let alt = use_alone(ui.c4_chart_alt, ui.c4_chart_alt_alone);
    let base = use_memo((loc, current), |(loc, current)| {
        let ui = Ui::get(*loc);
        let record = MAG7_SHARE.iter().max_by(|a, b| a.share_pct.total_cmp(&b.share_pct)).expect("data");
        ShareBase {
            points: MAG7_SHARE
                .iter()
                .map(|p| (year_of(p.date), p.share_pct, p.method == "index weight", date(p.date, *loc)))
                .collect(),
            record: (year_of(record.date), record.share_pct, ui.c4_record.to_string()),
            key_full: ui.c4_key_full.to_string(),
            key_weight: ui.c4_key_weight.to_string(),
            current: current.to_string(),
            y_title: ui.c4_chart_y.to_string(),
            readout: ui.c4_readout.to_string(),
            locale: *loc,
        }
    });
    let chart = Chart::C4Share(ShareChart { base, share_pct: share });
    let rows: Vec<Vec<AttrValue>> = MAG7_SHARE
        .iter()
        .map(|p| {
            vec![
                date(p.date, loc).into(),
                percent(p.share_pct, loc).into(),
                data_note(p.method, loc).into(),
                data_note(p.source, loc).into(),
            ]
        })
        .collect();
    let headers: Vec<AttrValue> =
        vec![ui.table_date.into(), ui.c4_chart_y.into(), ui.table_note.into(), ui.claim_source_line.into()];
    html! {
        <ChartCanvas id="c4-chart" {chart} title={ui.c4_chart_title} {alt} source={ui.c4_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}
