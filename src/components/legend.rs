//! The key to the marks: the five verdicts with their symbols, and the live figures.

use crate::hooks::use_locale;
use content::{Ui, Verdict};
use yew::prelude::*;

#[function_component(Legend)]
pub fn legend() -> Html {
    let loc = use_locale();
    let ui = Ui::get(loc);
    let describe = |v: Verdict| match v {
        Verdict::Correct => ui.verdict_correct,
        Verdict::CorrectRounded => ui.verdict_rounded,
        Verdict::Imprecise => ui.verdict_imprecise,
        Verdict::Misattributed => ui.verdict_misattributed,
        Verdict::Unsourced => ui.verdict_unsourced,
    };
    html! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title" class="legend-title">{ ui.legend_title }</h2>
            <p>{ ui.legend_intro }</p>
            <ul class="legend-list">
                { for Verdict::ALL.iter().map(|v| html! {
                    <li class={format!("verdict-{}", v.key())}>
                        <span class="verdict-symbol" aria-hidden="true">{ v.symbol() }</span>
                        <span><strong>{ v.label(loc) }</strong>{ ": " }{ describe(*v) }</span>
                    </li>
                }) }
            </ul>
            <p class="legend-live"><span class="live">{ "123" }</span>{ " " }{ ui.legend_live }</p>
        </section>
    }
}
