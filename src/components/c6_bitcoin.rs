//! C6 Bitcoin: the change between two dates of the price series, and its chart.

use crate::components::calc_card::CalcCard;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::field_choice::FieldChoice;
use crate::components::result_block::ResultBlock;
use crate::fields::data_note;
use crate::hooks::{use_input_callbacks, use_locale, use_selector, InputCallbacks};
use charts::c6::{PriceBase, PriceChart};
use charts::Chart;
use content::{fill, Ui, BITCOIN};
use model::format::{date, fixed, signed_percent, Locale, NBSP};
use model::series::year_of;
use model::{c6, Field};
use yew::prelude::*;

fn dollars(x: f64, loc: Locale) -> String {
    match loc {
        Locale::De => format!("{}{NBSP}$", fixed(x, 0, loc)),
        Locale::En => format!("${}", fixed(x, 0, loc)),
    }
}

/// The change between the reader's two dates, written out.
fn change(
    i: &c6::Inputs,
    loc: Locale,
) -> (String, &'static model::series::PricePoint, &'static model::series::PricePoint) {
    let a = &BITCOIN[(i.from as usize).min(BITCOIN.len() - 1)];
    let z = &BITCOIN[(i.to as usize).min(BITCOIN.len() - 1)];
    (signed_percent(c6::change_pct(a.usd, z.usd), loc), a, z)
}

#[function_component(C6BitcoinResult)]
fn c6_bitcoin_result() -> Html {
    let (i, loc) = use_selector(|s| (s.c6, s.locale));
    let ui = Ui::get(loc);
    let (pct, a, z) = change(&i, loc);
    let arithmetic = format!("{} ÷ {} − 1 = {pct}", dollars(z.usd, loc), dollars(a.usd, loc));
    let sentence = fill(
        ui.c6b_sentence,
        &[
            ("from", &date(a.date, loc)),
            ("from_price", &dollars(a.usd, loc)),
            ("to", &date(z.date, loc)),
            ("to_price", &dollars(z.usd, loc)),
            ("change", &pct),
        ],
    );
    html! {
        <ResultBlock id="c6-bitcoin-result" value={pct} label={ui.c6b_result_label} arithmetic={Some(AttrValue::from(arithmetic))} {sentence} />
    }
}

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
    html! {
        <ChartCanvas id="c6-bitcoin-chart" {chart} title={ui.c6b_chart_title} alt={ui.c6b_chart_alt} source={ui.c6b_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}

#[function_component(C6Bitcoin)]
pub fn c6_bitcoin() -> Html {
    let ui = Ui::get(use_locale());
    let InputCallbacks { onset, onreset } = use_input_callbacks("c6");
    html! {
        <CalcCard open_on_wide=false id="c6-bitcoin" kicker={ui.c6b_kicker} question={ui.c6b_question} summary={html! { { "−26,8 % " } }} {onreset}>
            <FieldChoice field={Field::C6From} id="c6-from" onset={onset.clone()} />
            <FieldChoice field={Field::C6To} id="c6-to" {onset} />
            <C6BitcoinResult />
            <C6BitcoinChart />
        </CalcCard>
    }
}
