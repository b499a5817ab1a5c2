//! The page: the article with its live figures, and the calculators beside their paragraphs.

use crate::components::article_header::ArticleHeader;
use crate::components::c1_calculator::C1Calculator;
use crate::components::paragraph::Paragraph;
use crate::state::{Action, State};
use content::figures::live_text;
use content::{Slot, ARTICLE_DE};
use model::c1;
use std::rc::Rc;
use yew::prelude::*;

/// The text of every live figure, for the current inputs.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveTexts(Vec<(Slot, String)>);

impl LiveTexts {
    pub fn new(inputs: &c1::Inputs) -> LiveTexts {
        LiveTexts(Slot::ALL.iter().map(|s| (*s, live_text(*s, inputs))).collect())
    }

    pub fn get(&self, slot: Slot) -> &str {
        self.0.iter().find(|(s, _)| *s == slot).map(|(_, t)| t.as_str()).unwrap_or_default()
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let loc = state.locale;
    // The prose depends on the revenue inputs only, so moving the payer slider re-renders
    // the calculator and not the article.
    let revenue_inputs = c1::Inputs { payers_m: c1::PAYERS_M.default, ..state.c1 };
    let live = use_memo(revenue_inputs, |i| LiveTexts::new(i));
    let onset = {
        let state = state.clone();
        Callback::from(move |(field, value)| state.dispatch(Action::SetC1(field, value)))
    };
    let onreset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ResetC1))
    };
    let article = &ARTICLE_DE;

    html! {
        <article class="article" lang="de">
            <ArticleHeader {article} />
            <div class="article-body">
                { for article.paragraphs.iter().map(|p| {
                    let para = html! { <Paragraph paragraph={p} live={Rc::clone(&live)} locale={loc} /> };
                    match p.calculator {
                        Some("c1") => html! {
                            <div class="with-calc">
                                { para }
                                <C1Calculator inputs={state.c1} locale={loc} onset={onset.clone()} onreset={onreset.clone()} />
                            </div>
                        },
                        _ => para,
                    }
                }) }
                <p class="closing">{ article.closing }</p>
            </div>
        </article>
    }
}
