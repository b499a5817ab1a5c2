//! A paragraph of the article; its live figures are `LiveFigure`s.

use crate::components::live_figure::LiveFigure;
use content::{Paragraph as Para, Segment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub paragraph: &'static Para,
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    html! {
        <p>
            { for props.paragraph.segments.iter().map(|s| match s {
                Segment::Text(t) => html! { *t },
                Segment::Live { slot, article } => html! { <LiveFigure slot={*slot} article={*article} /> },
            }) }
        </p>
    }
}
