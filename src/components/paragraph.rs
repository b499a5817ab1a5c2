//! A paragraph of the article with its live figures. A live figure that differs from the
//! article's shows the article's wording beside it.

use crate::app::LiveTexts;
use content::{Paragraph as Para, Segment, Ui};
use model::Locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub paragraph: &'static Para,
    pub live: Rc<LiveTexts>,
    pub locale: Locale,
}

#[function_component(Paragraph)]
pub fn paragraph(props: &ParagraphProps) -> Html {
    let ui = Ui::get(props.locale);
    html! {
        <p>
            { for props.paragraph.segments.iter().map(|s| match s {
                Segment::Text(t) => html! { *t },
                Segment::Live { slot, article } => {
                    let now = props.live.get(*slot);
                    let changed = now != *article;
                    html! {
                        <>
                            <span class={classes!("live", changed.then_some("changed"))} data-slot={slot.key()}>{ now.to_string() }</span>
                            if changed {
                                <span class="was">{ format!(" ({})", content::fill(ui.article_value, &[("value", article)])) }</span>
                            }
                        </>
                    }
                }
            }) }
        </p>
    }
}
