//! C1's result in one line, shown on the collapsed calculator's button on phones; a live
//! value (`use_live`).

use crate::hooks::{use_live, Live, Slot};
use content::Ui;
use model::c1;
use model::format::usd;
use yew::prelude::*;

#[function_component(C1Summary)]
pub fn c1_summary() -> Html {
    let node = use_node_ref();
    let text = use_live(
        &[(node.clone(), Slot::Text)],
        Live::new(
            |s| (s.c1, s.locale),
            |(inputs, loc)| {
                let monthly = c1::compute(inputs).map(|o| usd(o.monthly_usd, *loc)).unwrap_or_default();
                format!("{monthly} {} ", Ui::get(*loc).c1_per_month)
            },
        ),
    );
    html! { <span ref={node}>{ text }</span> }
}
