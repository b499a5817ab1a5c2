//! What the article says, what the source says, and the verdict. In a calculator it is
//! compact: the verdict, what the source says and the source, the rest behind a disclosure.

use content::{Claim, Ui};
use model::format::date;
use model::Locale;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub claim: &'static Claim,
    pub locale: Locale,
    /// Show the article's figure, the arithmetic and the note only on request.
    #[prop_or_default]
    pub compact: bool,
}

#[function_component(ClaimCard)]
pub fn claim_card(props: &ClaimCardProps) -> Html {
    let (c, loc) = (props.claim, props.locale);
    let ui = Ui::get(loc);
    let verdict = c.verdict;
    let details = html! {
        <dl class="claim-figures">
            <dt>{ ui.claim_article }</dt>
            <dd>{ c.article_figure.get(loc) }</dd>
            if !c.arithmetic.get(loc).is_empty() {
                <dt>{ ui.claim_arithmetic }</dt>
                <dd class="arithmetic">{ c.arithmetic.get(loc) }</dd>
            }
            <dt>{ ui.claim_note }</dt>
            <dd>{ c.note.get(loc) }</dd>
        </dl>
    };
    html! {
        <section class="claim" aria-label={ui.claim_heading}>
            <p class={classes!("verdict", format!("verdict-{}", verdict.key()))}>
                <span class="verdict-symbol" aria-hidden="true">{ verdict.symbol() }</span>
                <span class="verdict-label">{ format!("{}: ", ui.claim_verdict) }<strong>{ verdict.label(loc) }</strong></span>
            </p>
            <dl class="claim-figures">
                <dt>{ ui.claim_source }</dt>
                <dd>{ c.source_figure.get(loc) }</dd>
            </dl>
            if props.compact {
                <details class="claim-more">
                    <summary>{ ui.claim_note }</summary>
                    { details }
                </details>
            } else {
                { details }
            }
            <p class="claim-source">
                { format!("{}: {}, ", ui.claim_source_line, c.source.publisher) }
                <a href={c.source.url} rel="noopener noreferrer">{ c.source.title.get(loc) }</a>
                { format!(", {}", date(c.source.date, loc)) }
            </p>
        </section>
    }
}
