//! C6 Bitcoin's chart: the price series with the reader's two dates marked.

use super::c6_bitcoin_result::{change, dollars};
use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_page::use_alone;
use crate::hooks::use_selector;
use charts::c6::{PriceBase, PriceChart};
use charts::Chart;
use content::{data_note, Ui, BITCOIN};
use model::format::{date, Locale};
use model::series::year_of;
use yew::prelude::*;

#[function_component(C6BitcoinChart)]
pub fn c6_bitcoin_chart() -> Html {
    let (i, loc) = use_selector(|s| (s.c6, s.locale));
    let ui = Ui::get(loc);
    let base = use_memo(loc, |loc| {
        let ui = Ui::get(*loc);
        PriceBase {
            points: BITCOIN
                .iter()
                .map(|p| {
                    let d = date(p.date, *loc);
                    let short = match loc {
                        Locale::De => d.rsplit_once('.').map(|(dm, _)| format!("{dm}.")).unwrap_or(d),
                        Locale::En => d.rsplit_once(' ').map(|(dm, _)| dm.to_string()).unwrap_or(d),
                    };
                    ((year_of(p.date) - 2025.0) * 365.0, p.usd / 1000.0, short)
                })
                .collect(),
            y_title: ui.c6b_chart_y.to_string(),
            readout: ui.c6b_readout.to_string(),
            locale: *loc,
        }
    });
    let (pct, _, _) = change(&i, loc);
    let chart = Chart::C6Price(PriceChart { base, from: i.from as usize, to: i.to as usize, change: pct });
    let rows: Vec<Vec<AttrValue>> = BITCOIN
        .iter()
        .map(|p| vec![date(p.date, loc).into(), dollars(p.usd, loc).into(), data_note(p.note, loc).into()])
        .collect();
    let headers: Vec<AttrValue> = vec![ui.table_date.into(), "$".into(), ui.table_note.into()];
    let alt = use_alone(ui.c6b_chart_alt, ui.c6b_chart_alt_alone);
    html! {
        <ChartCanvas id="c6-bitcoin-chart" {chart} title={ui.c6b_chart_title} {alt} source={ui.c6b_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}
