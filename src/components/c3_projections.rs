//! C3's projections: Morgan Stanley's and McKinsey's totals with their parts.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::hooks::use_selector;
use charts::hbar::{Bar, Bars, Ink};
use charts::Chart;
use content::Ui;
use model::c3;
use model::format::{usd_tn, Locale};
use std::rc::Rc;
use yew::prelude::*;

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
