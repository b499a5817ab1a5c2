//! A calculator input that is a choice among a few options, as native radio buttons in a
//! fieldset (keyboard: arrow keys), or as a select when there are many.

use crate::fields::{options, reference};
use crate::hooks::use_field;
use crate::perf;
use model::Field;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldChoiceProps {
    pub field: Field,
    /// The input's DOM id (the select's, or the radio group's prefix).
    pub id: AttrValue,
    pub onset: Callback<(Field, f64)>,
}

#[function_component(FieldChoice)]
pub fn field_choice(props: &FieldChoiceProps) -> Html {
    let (value, loc) = use_field(props.field);
    let f = props.field;
    let default = f.range().default;
    let article = (value != default).then(|| reference(f, loc));
    let opts = options(f, loc);
    let selected = value as usize;
    if opts.len() > 3 {
        let onchange = {
            let onset = props.onset.clone();
            Callback::from(move |e: Event| {
                perf::update_start();
                crate::panic::using(f.calculator());
                let select: HtmlSelectElement = e.target_unchecked_into();
                onset.emit((f, select.selected_index() as f64));
            })
        };
        return html! {
            <div class="field">
                <label for={props.id.clone()}>{ f.name(loc) }</label>
                <select id={props.id.clone()} {onchange} disabled={crate::app::PRERENDERING}>
                    { for opts.iter().enumerate().map(|(i, o)| html! { <option value={i.to_string()} selected={i == selected}>{ o }</option> }) }
                </select>
                if let Some(a) = article { <p class="article-value">{ a }</p> }
            </div>
        };
    }
    let onchange = {
        let onset = props.onset.clone();
        Callback::from(move |e: Event| {
            perf::update_start();
            crate::panic::using(f.calculator());
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(i) = model::decimal::parse(&input.value()) {
                onset.emit((f, i));
            }
        })
    };
    html! {
        <fieldset class="field choice">
            <legend>{ f.name(loc) }</legend>
            <div class="choice-options">
                { for opts.iter().enumerate().map(|(i, o)| {
                    let id = format!("{}-{i}", props.id);
                    html! {
                        <label class="choice-option" for={id.clone()}>
                            <input type="radio" {id} name={props.id.clone()} value={i.to_string()} checked={i == selected} onchange={onchange.clone()} />
                            { o }
                        </label>
                    }
                }) }
            </div>
            if let Some(a) = article { <p class="article-value">{ a }</p> }
        </fieldset>
    }
}
