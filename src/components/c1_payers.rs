//! Who pays: the preset groups and the payer slider (`id="users"`). It reads only the
//! number of payers.

use crate::components::group_select::GroupSelect;
use crate::components::slider::Slider;
use crate::hooks::use_selector;
use content::{fill, Ui, PAYER_GROUPS};
use model::format::count_m;
use model::{c1, Field, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C1PayersProps {
    pub onset: Callback<(Field, f64)>,
}

#[function_component(C1Payers)]
pub fn c1_payers(props: &C1PayersProps) -> Html {
    let (payers, loc): (f64, Locale) = use_selector(|s| (s.c1.payers_m, s.locale));
    let ui = Ui::get(loc);
    let group = PAYER_GROUPS.iter().find(|g| g.millions == payers);
    let onselect = use_callback(props.onset.clone(), |m, onset| onset.emit((Field::C1Payers, m)));
    let article = (payers != c1::PAYERS_M.default)
        .then(|| AttrValue::from(fill(ui.article_value, &[("value", &count_m(c1::PAYERS_M.default, loc))])));
    html! {
        <>
            <GroupSelect id="c1-group" groups={PAYER_GROUPS} selected={group} locale={loc} {onselect} />
            <Slider
                field={Field::C1Payers}
                id="users"
                label={ui.c1_payers}
                value={payers}
                range={c1::PAYERS_M}
                display={count_m(payers, loc)}
                {article}
                oninput={props.onset.clone()}
            />
        </>
    }
}
