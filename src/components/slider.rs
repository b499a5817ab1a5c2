//! A labelled native range input with its value, units for screen readers, and the
//! article's value beside it when the reader's differs.

use crate::hooks::use_listener;
use crate::perf;
use model::{Field, InputRange};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The calculator input this slider sets.
    pub field: Field,
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub range: InputRange,
    /// The value as shown, with its unit ("6,5 Bio. $").
    pub display: AttrValue,
    /// The article's value as shown, when the reader's differs from it.
    #[prop_or_default]
    pub article: Option<AttrValue>,
    /// Called with the field and its new value on every input event. Pass the same callback
    /// to every slider of a calculator, so that an unchanged slider is not rendered again.
    pub oninput: Callback<(Field, f64)>,
}

#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    // The input event goes to a listener on the input itself (see `use_listener`).
    let input_ref = use_node_ref();
    let oninput = use_callback((props.oninput.clone(), props.field), |e: Event, (cb, field)| {
        let field = *field;
        perf::update_start();
        crate::panic::using(field.calculator());
        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let value = input.value_as_number();
        // The test build's way to make the app panic (see `tests/browser/faults.test.mjs`).
        #[cfg(feature = "panic-test")]
        if field == Field::C5Decline && value >= field.range().max {
            panic!("panic-test: the C5 decline slider at its maximum");
        }
        cb.emit((field, value));
    });
    use_listener(input_ref.clone(), "input", oninput);
    let r = props.range;
    html! {
        <div class="field">
            <div class="field-head">
                <label for={props.id.clone()}>{ props.label.clone() }</label>
                <output for={props.id.clone()} class="field-value">{ props.display.clone() }</output>
            </div>
            <input
                type="range"
                id={props.id.clone()}
                min={model::decimal::plain(r.min)}
                max={model::decimal::plain(r.max)}
                step={model::decimal::plain(r.step)}
                value={model::decimal::plain(props.value)}
                aria-valuetext={props.display.clone()}
                ref={input_ref}
            />
            if let Some(article) = &props.article {
                <p class="article-value">{ article.clone() }</p>
            }
        </div>
    }
}
