//! A calculator input as a labelled slider. It reads its own value from the store, so moving
//! it re-renders it alone; it shows the article's value beside it when the reader's differs.

use crate::components::slider::Slider;
use crate::fields::{differs, show};
use crate::hooks::use_field;
use content::{fill, Ui};
use model::Field;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldSliderProps {
    pub field: Field,
    /// The input's DOM id.
    pub id: AttrValue,
    pub onset: Callback<(Field, f64)>,
}

#[function_component(FieldSlider)]
pub fn field_slider(props: &FieldSliderProps) -> Html {
    let (value, loc) = use_field(props.field);
    let ui = Ui::get(loc);
    let f = props.field;
    let range = f.range();
    let article = (value != range.default).then(|| {
        let article = fill(ui.article_value, &[("value", &show(f, range.default, loc))]);
        AttrValue::from(match differs(f, value, loc) {
            Some(d) => format!("{article}; {d}"),
            None => article,
        })
    });
    html! {
        <Slider
            field={f}
            id={props.id.clone()}
            label={f.name(loc)}
            {value}
            {range}
            display={show(f, value, loc)}
            {article}
            oninput={props.onset.clone()}
        />
    }
}
