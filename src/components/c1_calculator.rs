//! C1 "revenue needed per user": inputs, result, arithmetic, chart and claim card.
//! Reads top to bottom: question, inputs, result, arithmetic, chart, source, reset.

use crate::components::c1_table::C1Table;
use crate::components::chart_canvas::ChartCanvas;
use crate::components::claim_card::ClaimCard;
use crate::components::group_select::GroupSelect;
use crate::components::slider::Slider;
use crate::hooks::{use_c1, C1Handle};
use charts::c1::{C1Base, C1Chart, GroupMark};
use charts::Chart;
use content::{fill, Ui, PAYER_GROUPS};
use model::c1::{self, Inputs};
use model::format::{count_m, percent, usd, usd_bn, usd_tn};
use model::{Field, Locale};
use yew::prelude::*;

/// How an input's value is written, with its unit.
fn show(field: Field, v: f64, loc: Locale) -> String {
    match field {
        Field::Capital => usd_tn(v, loc),
        Field::Return | Field::Margin => percent(v, loc),
        Field::Payers => count_m(v, loc),
    }
}

#[function_component(C1Calculator)]
pub fn c1_calculator() -> Html {
    let C1Handle { inputs, locale: loc, onset, onreset } = use_c1();
    let ui = Ui::get(loc);
    // On phones the calculator starts collapsed, unless the address links to it.
    let collapsed = use_state(|| crate::app::location_hash().as_deref() != Some("c1"));

    let (out, error) = match c1::compute(&inputs) {
        Ok(out) => (out, None),
        Err(e) => (c1::compute(&Inputs::default()).expect("article values compute"), Some(e)),
    };
    let group = PAYER_GROUPS.iter().find(|g| g.millions == inputs.payers_m);
    let noun = group.map(|g| g.noun.get(loc)).unwrap_or(ui.c1_payers_custom_noun);
    let monthly = usd(out.monthly_usd, loc);

    let slider = |field: Field, id: &'static str, label: &'static str| {
        let article = (!inputs.is_article(field)).then(|| {
            AttrValue::from(fill(ui.article_value, &[("value", &show(field, Inputs::range(field).default, loc))]))
        });
        html! {
            <Slider
                {field}
                id={id}
                label={label}
                value={inputs.get(field)}
                range={Inputs::range(field)}
                display={show(field, inputs.get(field), loc)}
                {article}
                oninput={onset.clone()}
            />
        }
    };

    let base = use_memo((out.revenue_bn, loc), |(revenue_bn, loc)| {
        let ui = Ui::get(*loc);
        C1Base {
            revenue_bn: *revenue_bn,
            groups: PAYER_GROUPS
                .iter()
                .map(|g| GroupMark { label: g.short.get(*loc).to_string(), millions: g.millions })
                .collect(),
            current: ui.chart_current.to_string(),
            x_title: ui.c1_chart_x.to_string(),
            y_title: ui.c1_chart_y.to_string(),
            locale: *loc,
        }
    });
    let chart = Chart::C1(C1Chart { base, payers_m: inputs.payers_m });
    let per = |m: f64| c1::monthly_usd(out.revenue_bn, m).map(|v| usd(v, loc)).unwrap_or_default();
    let alt = fill(
        ui.c1_chart_alt,
        &[
            ("revenue", &usd_bn(out.revenue_bn, loc)),
            ("high", &per(c1::PAYERS_M.min)),
            ("low", &per(c1::PAYERS_M.max)),
            (
                "groups",
                &PAYER_GROUPS
                    .iter()
                    .map(|g| format!("{} {}", g.short.get(loc), per(g.millions)))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("current", &format!("{} → {}", count_m(inputs.payers_m, loc), monthly)),
        ],
    );

    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_| collapsed.set(!*collapsed))
    };
    let onselect = use_callback(onset.clone(), |m, onset| onset.emit((Field::Payers, m)));
    let onreset = use_callback(onreset, |_, onreset| onreset.emit(()));
    let claim = content::claim("c1").expect("claim c1 in content/claims.toml");

    html! {
        <aside id="c1" class={classes!("calc", collapsed.then_some("collapsed"))} aria-labelledby="c1-question">
            <p class="calc-kicker">{ ui.c1_kicker }</p>
            <h2 id="c1-question" class="calc-question">{ ui.c1_question }</h2>
            <button type="button" class="calc-toggle" aria-expanded={(!*collapsed).to_string()} aria-controls="c1-body" onclick={toggle}>
                <span class="calc-toggle-result">{ format!("{monthly} {}", ui.c1_per_month) }</span>
                <span class="calc-toggle-label">{ if *collapsed { ui.open_calculator } else { ui.close_calculator } }</span>
            </button>
            <div id="c1-body" class="calc-body">
                { slider(Field::Capital, "c1-capital", ui.c1_capital) }
                { slider(Field::Return, "c1-return", ui.c1_return) }
                { slider(Field::Margin, "c1-margin", ui.c1_margin) }
                <p class="derived">
                    { format!("{}: ", ui.c1_revenue) }
                    <span class="formula">{ format!(
                        "{} × {} ÷ {} = ",
                        percent(inputs.return_pct, loc),
                        usd_tn(inputs.capital_tn, loc),
                        percent(inputs.margin_pct, loc)
                    ) }</span>
                    <strong id="c1-revenue">{ usd_bn(out.revenue_bn, loc) }</strong>
                    { format!(" {}", ui.c1_per_year) }
                </p>
                <GroupSelect id="c1-group" groups={PAYER_GROUPS} selected={group} locale={loc} {onselect} />
                { slider(Field::Payers, "users", ui.c1_payers) }
                if let Some(e) = error {
                    <p class="error" role="alert">{ fill(ui.input_error, &[("reason", &e.to_string())]) }</p>
                }
                <div class="result">
                    <p class="result-main"><strong id="c1-result" class="result-value">{ monthly.clone() }</strong>{ " " }<span>{ ui.c1_result }</span></p>
                    <p id="c1-arithmetic" class="arithmetic">{ format!(
                        "{} / {} {} / 12 = {} {}",
                        usd_bn(out.revenue_bn, loc),
                        count_m(inputs.payers_m, loc),
                        noun,
                        monthly,
                        ui.c1_per_month
                    ) }</p>
                    <p id="c1-sentence" class="sentence" aria-live="polite">{ fill(
                        ui.c1_sentence,
                        &[("payers", &count_m(inputs.payers_m, loc)), ("amount", &monthly)]
                    ) }</p>
                </div>
                <ChartCanvas id="c1-chart" {chart} title={ui.c1_chart_title} {alt} source={ui.c1_chart_source}>
                    <C1Table revenue_bn={out.revenue_bn} locale={loc} />
                </ChartCanvas>
                <ClaimCard {claim} locale={loc} />
                <button type="button" class="reset" onclick={onreset}>{ ui.reset }</button>
            </div>
        </aside>
    }
}
