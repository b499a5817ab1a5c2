//! C3's charts: spending by year (the reader's figure as a line), the share of the economy
//! beside the railway mania, and the projections with their parts.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::hooks::use_selector;
use charts::c3::{CapexBase, CapexChart};
use charts::hbar::{Bar, Bars, Ink};
use charts::ticks::nice_ceiling;
use charts::Chart;
use content::{fill, Ui, CAPEX};
use model::c3;
use model::format::{percent, percent_with, trimmed, usd_tn, Locale};
use std::rc::Rc;
use yew::prelude::*;

#[function_component(C3CapexChart)]
pub fn c3_capex_chart() -> Html {
    let (capex, loc) = use_selector(|s| (s.c3.capex_bn, s.locale));
    let ui = Ui::get(loc);
    let top = CAPEX.iter().map(|y| y.total_bn).fold(capex, f64::max);
    let y_max = nice_ceiling(top * 1.08, 4);
    let base = use_memo((loc, y_max), |(loc, y_max)| {
        let ui = Ui::get(*loc);
        CapexBase {
            years: CAPEX.iter().map(|y| (y.year, y.parts(), y.guidance)).collect(),
            key: ["Amazon".into(), "Alphabet".into(), "Microsoft".into(), "Meta".into()],
            guidance: ui.c3_guidance.to_string(),
            method_break: (2024, ui.c3_method_break.to_string()),
            current: ui.c3_current.to_string(),
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
                y.note.into(),
            ]
        })
        .collect();
    let headers: Vec<AttrValue> = [ui.c2_chart_x, "Amazon", "Alphabet", "Microsoft", "Meta", "Σ", ui.table_note]
        .iter()
        .map(|s| AttrValue::from(*s))
        .collect();
    html! {
        <ChartCanvas id="c3-chart" {chart} title={ui.c3_chart_title} alt={ui.c3_chart_alt} source={ui.c3_chart_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1, 2, 3, 4, 5]} />
        </ChartCanvas>
    }
}

fn share_bars(share: f64, loc: Locale) -> Bars {
    let ui = Ui::get(loc);
    Bars {
        bars: vec![
            Bar {
                label: ui.c3_share_firms.into(),
                parts: vec![(share, Ink::Accent)],
                value: percent_with(share, 2, loc),
            },
            Bar {
                label: ui.c3_share_railway.into(),
                parts: vec![(c3::RAILWAY_PEAK_PCT, Ink::Reference)],
                value: percent(c3::RAILWAY_PEAK_PCT, loc),
            },
        ],
        max: 8.0_f64.max(share),
        key: vec![],
        locale: loc,
    }
}

#[function_component(C3ShareChart)]
pub fn c3_share_chart() -> Html {
    let (inputs, loc) = use_selector(|s| (s.c3, s.locale));
    let ui = Ui::get(loc);
    let share = c3::compute(&inputs).share_of_gdp_pct;
    let bars = use_memo((share.to_bits(), loc), move |(_, loc)| share_bars(share, *loc));
    let alt = fill(ui.c3_share_alt, &[("share", &percent_with(share, 2, loc))]);
    let rows: Vec<Vec<AttrValue>> =
        bars.bars.iter().map(|b| vec![b.label.clone().into(), b.value.clone().into()]).collect();
    html! {
        <ChartCanvas id="c3-share-chart" height={110} chart={Chart::Bars(Rc::clone(&bars))} title={ui.c3_share_title} {alt} source={ui.c3_share_source}>
            <DataTable summary={ui.chart_table} headers={vec![AttrValue::from(""), ui.table_value.into()]} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}

fn projection_bars(loc: Locale) -> Bars {
    let ui = Ui::get(loc);
    Bars {
        bars: vec![
            Bar {
                label: ui.c3_proj_ms.into(),
                parts: vec![
                    (c3::MORGAN_STANLEY_HARDWARE_TN, Ink::Series(0)),
                    (c3::MORGAN_STANLEY_BUILDINGS_TN, Ink::Series(1)),
                ],
                value: usd_tn(c3::morgan_stanley_tn(), loc),
            },
            Bar {
                label: ui.c3_proj_mck.into(),
                parts: vec![(c3::MCKINSEY_AI_TN, Ink::Series(2)), (c3::MCKINSEY_TRADITIONAL_TN, Ink::Series(3))],
                value: usd_tn(c3::mckinsey_tn(), loc),
            },
        ],
        max: 8.0,
        key: vec![
            (ui.c3_proj_hardware.into(), Ink::Series(0)),
            (ui.c3_proj_buildings.into(), Ink::Series(1)),
            (ui.c3_proj_ai.into(), Ink::Series(2)),
            (ui.c3_proj_traditional.into(), Ink::Series(3)),
        ],
        locale: loc,
    }
}

#[function_component(C3Projections)]
pub fn c3_projections() -> Html {
    let loc = use_selector(|s| s.locale);
    let ui = Ui::get(loc);
    let bars = use_memo(loc, |loc| projection_bars(*loc));
    let t = |x: f64| AttrValue::from(usd_tn(x, loc));
    let rows = vec![
        vec![
            ui.c3_proj_ms.into(),
            t(c3::MORGAN_STANLEY_HARDWARE_TN),
            t(c3::MORGAN_STANLEY_BUILDINGS_TN),
            t(c3::morgan_stanley_tn()),
        ],
        vec![ui.c3_proj_mck.into(), t(c3::MCKINSEY_AI_TN), t(c3::MCKINSEY_TRADITIONAL_TN), t(c3::mckinsey_tn())],
    ];
    let headers: Vec<AttrValue> = vec![
        "".into(),
        format!("{} / {}", ui.c3_proj_hardware, ui.c3_proj_ai).into(),
        format!("{} / {}", ui.c3_proj_buildings, ui.c3_proj_traditional).into(),
        "Σ".into(),
    ];
    html! {
        <ChartCanvas id="c3-proj-chart" height={160} chart={Chart::Bars(Rc::clone(&bars))} title={ui.c3_proj_title} alt={ui.c3_proj_alt} source={ui.c3_proj_source}>
            <DataTable summary={ui.chart_table} {headers} {rows} numeric={vec![1, 2, 3]} />
        </ChartCanvas>
    }
}
