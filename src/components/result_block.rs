//! A calculator's result: the figure in large type with what it means, the arithmetic in one
//! line, and a sentence that screen readers hear when the reader pauses (`Announcer`).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultBlockProps {
    /// Id of the figure's element (`c2-result`), for links and tests.
    pub id: AttrValue,
    pub value: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub arithmetic: Option<AttrValue>,
    pub sentence: AttrValue,
}

#[function_component(ResultBlock)]
pub fn result_block(props: &ResultBlockProps) -> Html {
    html! {
        <div class="result">
            <p class="result-main">
                <strong id={props.id.clone()} class="result-value">{ props.value.clone() }</strong>
                { " " }<span>{ props.label.clone() }</span>
            </p>
            if let Some(a) = &props.arithmetic {
                <p class="arithmetic">{ a.clone() }</p>
            }
            <p class="sentence">{ props.sentence.clone() }</p>
        </div>
    }
}
