//! The data behind the C1 chart as a table: each payer group, its size, its monthly payment
//! and its source. Reachable by keyboard and screen reader.

use crate::components::embed_page::use_external_target;
use content::{Ui, PAYER_GROUPS};
use model::c1;
use model::format::{count_m, date, usd};
use model::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C1TableProps {
    /// Annual revenue needed, US$ bn.
    pub revenue_bn: f64,
    pub locale: Locale,
}

#[function_component(C1Table)]
pub fn c1_table(props: &C1TableProps) -> Html {
    let loc = props.locale;
    let target = use_external_target();
    let ui = Ui::get(loc);
    let per = |m: f64| c1::monthly_usd(props.revenue_bn, m).map(|v| usd(v, loc)).unwrap_or_default();
    html! {
        <details class="chart-data">
            <summary>{ ui.chart_table }</summary>
            // Wider than a phone's card: it scrolls sideways in a region of its own (`DataTable`).
            <div class="table-scroll" role="group" tabindex="0" aria-label={ui.chart_table}>
            <table>
                <thead><tr>
                    <th scope="col">{ ui.c1_table_group }</th>
                    <th scope="col" class="num">{ ui.c1_table_size }</th>
                    <th scope="col" class="num">{ ui.c1_table_monthly }</th>
                    <th scope="col">{ ui.c1_table_source }</th>
                </tr></thead>
                <tbody>
                    { for PAYER_GROUPS.iter().map(|g| html! {
                        <tr>
                            <th scope="row">{ g.label.get(loc) }</th>
                            <td class="num">{ count_m(g.millions, loc) }</td>
                            <td class="num">{ per(g.millions) }</td>
                            <td><a href={g.source.url} rel="noopener noreferrer" target={target}>{ g.source.publisher }</a>{ format!(", {}", date(g.source.date, loc)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </details>
    }
}
