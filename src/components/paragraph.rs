//! A paragraph of the article: text, claim marks and live figures; below it, the card of
//! the claim opened from one of its marks.

use crate::components::claim_mark::ClaimMark;
use crate::components::claim_popover::ClaimPopover;
use crate::components::live_figure::LiveFigure;
use crate::hooks::{use_claim_callbacks, use_selector};
use content::{MarkRef, Paragraph as Para, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub paragraph: &'static Para,
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let (open, loc) = use_selector(|s| (s.open_claim, s.locale));
    let (onopen, onclose) = use_claim_callbacks();
    let segments = props.paragraph.segments;
    let here = |m: &MarkRef| {
        segments
            .iter()
            .any(|s| matches!(s, Segment::Mark { mark, .. } | Segment::Live { mark: Some(mark), .. } if mark == m))
    };
    let open_here = open.filter(here);
    let mark = |mark: MarkRef, inner: Html| {
        let verdict = content::claim(mark.claim).map(|c| c.verdict).unwrap_or(content::Verdict::Unsourced);
        html! {
            <ClaimMark {mark} {verdict} open={open == Some(mark)} locale={loc} onopen={onopen.clone()} onclose={onclose.clone()}>
                { inner }
            </ClaimMark>
        }
    };
    html! {
        <>
            <p>
                { for segments.iter().map(|s| match s {
                    Segment::Text(t) => html! { *t },
                    Segment::Mark { text, mark: m } => mark(*m, html! { *text }),
                    Segment::Live { slot, article, mark: None } => html! { <LiveFigure slot={*slot} article={*article} /> },
                    Segment::Live { slot, article, mark: Some(m) } => {
                        mark(*m, html! { <LiveFigure slot={*slot} article={*article} /> })
                    }
                }) }
            </p>
            if let Some(m) = open_here {
                <ClaimPopover mark={m} locale={loc} onclose={onclose.clone()} />
            }
        </>
    }
}
