//! A calculator input as a labelled slider, named in the page's language.

use crate::components::slider::Slider;
use crate::hooks::use_locale;
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
    let loc = use_locale();
    html! {
        <Slider field={props.field} id={props.id.clone()} label={props.field.name(loc)} oninput={props.onset.clone()} />
    }
}
