//! Picks a preset group of payers; shows how firm its size is and where it comes from.

use crate::components::embed_page::use_external_target;
use crate::perf;
use content::{PayerGroup, Ui};
use model::format::{count_m, date};
use model::Locale;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GroupSelectProps {
    pub id: AttrValue,
    pub groups: &'static [PayerGroup],
    /// The group whose size equals the current number of payers, if any.
    pub selected: Option<&'static PayerGroup>,
    pub locale: Locale,
    /// Called with the chosen group's size in millions.
    pub onselect: Callback<f64>,
}

#[function_component(GroupSelect)]
pub fn group_select(props: &GroupSelectProps) -> Html {
    let ui = Ui::get(props.locale);
    let loc = props.locale;
    let onchange = {
        let groups = props.groups;
        let cb = props.onselect.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(g) = groups.iter().find(|g| g.id == select.value()) {
                perf::update_start();
                crate::panic::using("c1");
                cb.emit(g.millions);
            }
        })
    };
    let target = use_external_target();
    let selected_id = props.selected.map(|g| g.id).unwrap_or("");
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ ui.c1_group }</label>
            <select id={props.id.clone()} {onchange} disabled={crate::app::PRERENDERING}>
                { for props.groups.iter().map(|g| html! {
                    <option value={g.id} selected={g.id == selected_id}>
                        { format!("{} ({})", g.label.get(loc), count_m(g.millions, loc)) }
                    </option>
                }) }
                <option value="" selected={selected_id.is_empty()} disabled=true>{ ui.c1_group_custom }</option>
            </select>
            if let Some(g) = props.selected {
                <p class="group-source">
                    // A status ending in an abbreviation ("rund 301 Mio.") has its full stop.
                    { g.status.get(loc) }{ if g.status.get(loc).ends_with('.') { " " } else { ". " } }
                    <a href={g.source.url} rel="noopener noreferrer" target={target}>{ g.source.publisher }</a>
                    { format!(", {}", date(g.source.date, loc)) }
                </p>
            }
        </div>
    }
}
