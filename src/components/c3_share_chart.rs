//! C3's share of the economy: the reader's spending beside the railway mania's peak.

use crate::components::chart_canvas::ChartCanvas;
use crate::components::data_table::DataTable;
use crate::components::embed_page::use_alone;
use crate::hooks::use_selector;
use charts::hbar::{Bar, Bars, Ink};
use charts::Chart;
use content::{fill, Ui};
use model::c3;
use model::format::{percent, percent_with, Locale};
use std::rc::Rc;
use yew::prelude::*;

fn share_bars(share: f64, loc: Locale, firms: &str) -> Bars {
    let ui = Ui::get(loc);
    Bars {
        bars: vec![
            Bar { label: firms.into(), parts: vec![(share, Ink::Accent)], value: percent_with(share, 2, loc) },
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
    let firms = use_alone(ui.c3_share_firms, ui.c3_share_firms_alone);
    let bars = use_memo((share.to_bits(), loc, firms), move |(_, loc, firms)| share_bars(share, *loc, firms));
    let alt = fill(use_alone(ui.c3_share_alt, ui.c3_share_alt_alone), &[("share", &percent_with(share, 2, loc))]);
    let rows: Vec<Vec<AttrValue>> =
        bars.bars.iter().map(|b| vec![b.label.clone().into(), b.value.clone().into()]).collect();
    html! {
        <ChartCanvas id="c3-share-chart" height={110} chart={Chart::Bars(Rc::clone(&bars))} title={ui.c3_share_title} {alt} source={ui.c3_share_source}>
            <DataTable summary={ui.chart_table} headers={vec![AttrValue::from(""), ui.table_value.into()]} {rows} numeric={vec![1]} />
        </ChartCanvas>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use charts::picture::Shape;

    #[test]
    fn the_railway_label_stands_whole_on_a_small_phone() {
        // A 320 px phone gives the chart 256 px; a label too long for its row is cut there.
        for loc in [Locale::De, Locale::En] {
            let ui = Ui::get(loc);
            let share = c3::compute(&c3::Inputs::default()).share_of_gdp_pct;
            let chart = Chart::Bars(Rc::new(share_bars(share, loc, ui.c3_share_firms)));
            let picture = chart.base_picture((256, 110), &charts::theme::LIGHT, 1.0);
            let texts: Vec<&str> = picture
                .shapes
                .iter()
                .filter_map(|s| match s {
                    Shape::Text { text, .. } => Some(text.as_str()),
                    _ => None,
                })
                .collect();
            assert!(texts.contains(&ui.c3_share_railway), "{loc:?}: {texts:?}");
        }
    }
}
