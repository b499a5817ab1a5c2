//! A labelled native range input with its value, units for screen readers, and the
//! article's value beside it when the reader's differs. It reads its value from the store as
//! live values (`use_live`): dragging it writes the shown value, `aria-valuetext` and the
//! article line straight into the page, and renders it again only when the article line
//! appears or goes, or the language changes.

use crate::fields::{differs, reference, show};
use crate::hooks::{use_listener, use_live, use_selector, Live, Slot};
use crate::perf;
use model::Field;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The calculator input this slider sets.
    pub field: Field,
    pub id: AttrValue,
    pub label: AttrValue,
    /// Whether the article line also says how far the reader's value is from the article's.
    #[prop_or(true)]
    pub differs: bool,
    /// Called with the field and its new value on every input event. Pass the same callback
    /// to every slider of a calculator, so that an unchanged slider is not rendered again.
    pub oninput: Callback<(Field, f64)>,
}

#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    let field = props.field;
    let r = field.range();
    let at_article = use_selector(move |s| s.get(field) == r.default);
    let (input_ref, output_ref, article_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let shown = use_live(
        &[(output_ref.clone(), Slot::Text), (input_ref.clone(), Slot::Attr("aria-valuetext"))],
        Live::new(move |s| (s.get(field), s.locale), move |(v, loc)| show(field, *v, *loc)),
    );
    let value =
        use_live(&[(input_ref.clone(), Slot::Value)], Live::new(move |s| s.get(field), |v| model::decimal::plain(*v)));
    let with_differs = props.differs;
    let article = use_live(
        &[(article_ref.clone(), Slot::Text)],
        Live::new(
            // Without the difference, the line depends on the language alone.
            move |s| (with_differs.then(|| s.get(field)), s.locale),
            move |(v, loc)| {
                let article = reference(field, *loc);
                match v.and_then(|v| differs(field, v, *loc)) {
                    Some(d) => format!("{article}; {d}"),
                    None => article,
                }
            },
        ),
    );
    // The input event goes to a listener on the input itself (see `use_listener`).
    let oninput = use_callback((props.oninput.clone(), field), |e: Event, (cb, field)| {
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
    html! {
        <div class="field">
            <div class="field-head">
                <label for={props.id.clone()}>{ props.label.clone() }</label>
                <span ref={output_ref} class="field-value" aria-hidden="true">{ shown.clone() }</span>
            </div>
            <input
                type="range"
                id={props.id.clone()}
                min={model::decimal::plain(r.min)}
                max={model::decimal::plain(r.max)}
                step={model::decimal::plain(r.step)}
                {value}
                aria-valuetext={shown}
                ref={input_ref}
            />
            if !at_article {
                <p ref={article_ref} class="article-value">{ article }</p>
            }
        </div>
    }
}
