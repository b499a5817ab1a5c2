//! Who pays: the preset groups and the payer slider (`id="users"`). It renders again only when
//! the chosen group changes (the slider writes its own value, see `Slider`).

use crate::components::group_select::GroupSelect;
use crate::components::slider::Slider;
use crate::hooks::use_selector;
use content::{Ui, PAYER_GROUPS};
use model::{Field, Locale};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct C1PayersProps {
    pub onset: Callback<(Field, f64)>,
}

#[function_component(C1Payers)]
pub fn c1_payers(props: &C1PayersProps) -> Html {
    let (group, loc): (Option<usize>, Locale) =
        use_selector(|s| (PAYER_GROUPS.iter().position(|g| g.millions == s.c1.payers_m), s.locale));
    let ui = Ui::get(loc);
    let onselect = use_callback(props.onset.clone(), |m, onset| onset.emit((Field::C1Payers, m)));
    html! {
        <>
            <GroupSelect id="c1-group" groups={PAYER_GROUPS} selected={group.map(|i| &PAYER_GROUPS[i])} locale={loc} {onselect} />
            <Slider field={Field::C1Payers} id="users" label={ui.c1_payers} differs=false oninput={props.onset.clone()} />
        </>
    }
}
