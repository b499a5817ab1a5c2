//! What the article says, what the source says, and the verdict. In a calculator it is
//! compact: the verdict, what the source says and the source, the rest behind a disclosure.

use crate::components::embed_page::use_external_target;
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
    let target = use_external_target();
    let verdict = c.verdict;
    // A source's own English title, the same in both languages, is read as English.
    let title_lang = (loc == Locale::De && c.source.title.de == c.source.title.en).then_some("en");
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
        // A named group, not a region: the fact check's 22 entries would each add a landmark.
        <div class="claim" role="group" aria-label={ui.claim_heading}>
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
                <a href={c.source.url} rel="noopener noreferrer" target={target} lang={title_lang}>{ c.source.title.get(loc) }</a>
                { format!(", {}", date(c.source.date, loc)) }
            </p>
        </div>
    }
}
